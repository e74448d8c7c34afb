/**
 * The sanitiser's fast path: module HTML that is plainly harmless is let through without waiting for
 * DOMPurify. This never cleans anything. It parses the markup into an inert `<template>` (nothing runs,
 * nothing loads) and accepts it only if every node is text or an element from a short list of
 * formatting tags, with only the attributes listed for it; links must point at `http(s):`, `mailto:` or
 * a path, pictures only where the resource policy allows. Anything else (an unknown tag or attribute,
 * a comment, SVG or MathML, a form control, raw-text elements) returns `undefined`: the caller waits
 * for DOMPurify. What our Markdown compiler writes for ordinary text passes; so the first step of a
 * compiled module shows without the sanitiser's download, and every other string still goes through it.
 */
import type { ResourcePolicy } from './sanitize.js';

/** Formatting elements Markdown produces, none of which runs, loads or draws outside its box. */
const TAGS = new Set(
  'a abbr b blockquote br caption code dd del details div dl dt em figcaption figure h1 h2 h3 h4 h5 h6 hr i img ins kbd li mark ol p pre q s samp small span strong sub summary sup table tbody td tfoot th thead tr u ul var'.split(
    ' ',
  ),
);
/** Attributes any of them may carry (`class` only as Markdown writes it on code). */
const GLOBAL = new Set(['lang', 'dir', 'title']);
const ALLOWED: Record<string, Set<string>> = {
  a: new Set(['href']),
  img: new Set(['src', 'alt', 'width', 'height']),
  ol: new Set(['start']),
  td: new Set(['align', 'colspan', 'rowspan']),
  th: new Set(['align', 'colspan', 'rowspan', 'scope']),
  code: new Set(['class']),
};

/** A link target the fast path accepts: web, mail, or a path or fragment in this site. */
const SAFE_HREF = /^(?:https?:|mailto:|[/#.?]|[\w-]+(?:[/.?#]|$))/i;

/**
 * The markup as it may go into the DOM (links set to open in a new tab, picture addresses resolved by
 * `resolve`), or `undefined` when it holds anything the fast path does not vouch for.
 */
export function safeSubset(html: string, policy: ResourcePolicy, resolve: (url: string, policy: ResourcePolicy) => string | undefined): string | undefined {
  if (typeof document === 'undefined') return undefined;
  const template = document.createElement('template');
  template.innerHTML = html;
  const walker = document.createTreeWalker(template.content, NodeFilter.SHOW_ALL);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === Node.TEXT_NODE) continue;
    if (node.nodeType !== Node.ELEMENT_NODE) return undefined;
    const el = node as Element;
    const tag = el.localName;
    if (el.namespaceURI !== 'http://www.w3.org/1999/xhtml' || !TAGS.has(tag)) return undefined;
    for (const { name, value } of [...el.attributes]) {
      if (!GLOBAL.has(name) && !ALLOWED[tag]?.has(name)) return undefined;
      if (name === 'class' && !/^language-[\w+-]+$/.test(value)) return undefined;
      if (name === 'href' && !SAFE_HREF.test(value.trim())) return undefined;
      if (name === 'src') {
        const url = resolve(value, policy);
        if (!url) return undefined;
        el.setAttribute('src', url);
      }
    }
    if (tag === 'a' && el.hasAttribute('href')) {
      el.setAttribute('target', '_blank');
      el.setAttribute('rel', 'noopener noreferrer');
    }
  }
  return template.innerHTML;
}

/** Every HTML string in a piece of a module (properties named `html` or ending in `Html`). */
export function htmlIn(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((v) => htmlIn(v, out));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (/^html$|Html$/.test(k)) (Array.isArray(v) ? v : [v]).forEach((s) => typeof s === 'string' && out.push(s));
      else if (typeof v === 'object') htmlIn(v, out);
    }
  }
  return out;
}
