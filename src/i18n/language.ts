/**
 * Which language a part of the page is in, and which way it is written. The player decides its UI
 * language with `LocalizeController` and marks lesson content with the module's own language.
 */

/**
 * The `lang` in effect for `el`: its own, else the nearest ancestor's, through shadow roots up to
 * `<html>`; `''` when none of them says.
 */
export function langOf(el: Element): string {
  let node: Node | null = el;
  while (node) {
    if (node instanceof Element && node.getAttribute('lang')) return node.getAttribute('lang')!;
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return '';
}

/** `rtl` for a language written right to left (Arabic, Hebrew, Persian, Urdu…), else `ltr`. */
export function directionOf(lang: string): 'ltr' | 'rtl' {
  return /^(ar|ckb|dv|fa|he|ps|sd|ug|ur|yi)\b/i.test(lang) ? 'rtl' : 'ltr';
}

/** True when `el` is laid out right to left (for keys that move along a row: ArrowLeft, ArrowRight). */
export function isRightToLeft(el: Element): boolean {
  return getComputedStyle(el).direction === 'rtl';
}
