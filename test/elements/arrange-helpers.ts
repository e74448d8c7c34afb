/** Helpers shared by the tests of the dragging elements (order, sort, match). */
import type { LitElement } from 'lit';

export const button = (el: LitElement, text: string) =>
  [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim() === text);
export const feedback = (el: LitElement) => el.shadowRoot!.querySelector('[part="feedback"]')!.textContent!.replace(/\s+/g, ' ');

/** Waits for the element's update and the one its `updated()` may request. */
export async function settle(el: LitElement) {
  await el.updateComplete;
  await el.updateComplete;
}

export function pointer(target: Element, type: string, x: number, y: number, pointerType = 'mouse') {
  target.dispatchEvent(
    new PointerEvent(type, { pointerId: 5, isPrimary: true, button: 0, clientX: x, clientY: y, pointerType, bubbles: true, composed: true }),
  );
}

/** Drags from near the top left of `from` to the middle of `to`, as a mouse, a finger or a pen would. */
export async function drag(el: LitElement, from: Element, to: Element, pointerType = 'mouse') {
  const a = from.getBoundingClientRect();
  const b = to.getBoundingClientRect();
  pointer(from, 'pointerdown', a.x + 4, a.y + 4, pointerType);
  pointer(from, 'pointermove', b.x + b.width / 2, b.y + b.height / 2, pointerType);
  await settle(el);
  pointer(from, 'pointerup', b.x + b.width / 2, b.y + b.height / 2, pointerType);
  await settle(el);
}

/**
 * Puts the page under `style-src 'self'` (a strict CSP, as the demo site has) and collects violations.
 * A policy cannot be lifted again: keep this in the file's last test.
 */
export function strictStyleCsp(): string[] {
  const meta = document.createElement('meta');
  meta.httpEquiv = 'Content-Security-Policy';
  meta.content = "style-src 'self'";
  document.head.append(meta);
  const violations: string[] = [];
  document.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.violatedDirective} ${e.sample}`));
  return violations;
}
