/**
 * Which language a part of the page is in, and which way it is written. The player decides its UI
 * language here (see `LocalizeController`) and marks lesson content with the module's own language.
 */

/** Scripts written right to left, for browsers without `Intl.Locale#getTextInfo`. */
const RTL = /^(ar|arc|ckb|dv|fa|he|iw|ks|ku-arab|ps|sd|syr|ug|ur|yi)(-|$)/i;

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
  try {
    const locale = new Intl.Locale(lang) as Intl.Locale & {
      getTextInfo?: () => { direction?: string };
      textInfo?: { direction?: string };
    };
    const dir = (locale.getTextInfo?.() ?? locale.textInfo)?.direction;
    if (dir === 'rtl' || dir === 'ltr') return dir;
  } catch {
    // Not a valid tag: fall through.
  }
  return RTL.test(lang) ? 'rtl' : 'ltr';
}

/** The roots an element's `lang` can come from: its own root, then each shadow host's, up to the document. */
export function rootsOf(el: Element): Node[] {
  const roots: Node[] = [];
  let root = el.getRootNode();
  for (;;) {
    roots.push(root);
    if (!(root instanceof ShadowRoot)) return roots;
    root = root.host.getRootNode();
  }
}
