/**
 * Picks an element's UI language from its own `lang` or the closest ancestor's, crossing shadow roots,
 * so each player on a page can speak its own language. No global state.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { type Translation, translationFor } from './index.js';

/** The `lang` in effect for `el`: its own, or the nearest ancestor's (through shadow hosts). */
export function langOf(el: Element): string {
  let node: Node | null = el;
  while (node) {
    if (node instanceof Element && node.getAttribute('lang')) return node.getAttribute('lang')!;
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return document.documentElement.lang || 'en';
}

export class LocalizeController implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    (this.#host = host).addController(this);
  }

  hostConnected(): void {}

  /** The strings for the host's language now. */
  get t(): Translation {
    return translationFor(langOf(this.#host));
  }
}
