/**
 * Where an element is against the viewport, as layout says: the player's lazy start (`near-viewport.ts`)
 * and the embed's early step (`elements/early-step.ts`) decide with it.
 */

/** Where an element is: on screen, within reach of it, or further away (or not laid out). */
export type Whereabouts = 'view' | 'reach' | 'far';

/** Where `el` is now, as layout says (it forces a layout if one is pending); "reach" is a screen away. */
export function whereabouts(el: Element): Whereabouts {
  if (!el.getClientRects().length) return 'far';
  const { top, bottom } = el.getBoundingClientRect();
  const height = el.ownerDocument.defaultView?.innerHeight ?? innerHeight;
  if (bottom >= 0 && top < height) return 'view';
  return bottom >= -height && top <= 2 * height ? 'reach' : 'far';
}
