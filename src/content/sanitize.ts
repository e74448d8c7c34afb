/**
 * Sanitises HTML before it reaches the DOM. All module text passes here, whether it was compiled
 * by us or fetched from anywhere else: scripts, event handlers and `javascript:` URLs never survive.
 *
 * It also keeps module content inside the player and on the module's own site:
 * - `style` attributes, popovers and invoker commands are removed (nothing is drawn over the page);
 * - images, video posters, `srcset` candidates and table backgrounds load only from the page's origin,
 *   the module's origin, `data:` URLs and the origins a page allows (`ResourcePolicy`); any other is
 *   removed before the browser could request it;
 * - every link (`<a href>`, `<area href>`) opens in a new tab with `rel="noopener noreferrer"`.
 *
 * DOMPurify is loaded on demand (`loadSanitizer()`), in parallel with the module itself, so the
 * player's first download stays small. Until it has loaded, `sanitize()` returns the text with every
 * tag removed and escaped: never unsanitised markup.
 */
import type { DOMPurify } from 'dompurify';

/** Where module resources may come from, besides the page's own origin and `data:` URLs. */
export interface ResourcePolicy {
  /** The module's URL: relative resource URLs resolve against it, and its origin is allowed. */
  base?: string;
  /** More origins (`https://cdn.example`) the embedding page allows, or `*` for any. */
  allowOrigins?: readonly string[];
}

let purify: DOMPurify | undefined;
let loading: Promise<void> | undefined;
/** The policy of the `sanitize()` call running now (DOMPurify's hooks are synchronous). */
let current: ResourcePolicy = {};
/**
 * Sanitised results by input. A re-render passes the same markup again (the same prompt, the same
 * options), and DOMPurify would parse it into a new document each time; the output never changes.
 */
const done = new Map<string, string>();
/** Enough for every text of a long module; past it the oldest results go first. */
const KEEP = 500;

/** Attributes that make the browser fetch something as soon as the element exists. */
const RESOURCE_ATTRIBUTES = ['src', 'poster', 'background'];

/** Reads an `allow-origins` value (origins separated by spaces or commas) into a list of origins. */
export function parseOrigins(value: string | null | undefined): string[] {
  const origins: string[] = [];
  for (const item of (value ?? '').split(/[\s,]+/)) {
    if (item === '*') origins.push('*');
    else if (item) {
      try {
        const origin = new URL(item).origin;
        if (origin !== 'null') origins.push(origin);
      } catch {
        /* not a URL: ignored */
      }
    }
  }
  return origins;
}

/**
 * The URL a module resource loads from under `policy` (absolute, relative ones resolved against the
 * module), or `undefined` when the policy does not allow it.
 */
export function resourceUrl(value: string, policy: ResourcePolicy = {}): string | undefined {
  const trimmed = value.trim();
  if (/^data:/i.test(trimmed)) return trimmed;
  let url: URL;
  try {
    url = new URL(trimmed, new URL(policy.base ?? document.baseURI, document.baseURI));
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  const allowed = policy.allowOrigins ?? [];
  const own = [location.origin, policy.base ? new URL(policy.base, document.baseURI).origin : location.origin];
  return allowed.includes('*') || own.includes(url.origin) || allowed.includes(url.origin) ? url.href : undefined;
}

/** A `srcset` with only the candidates the policy allows (or `undefined` if none is left). */
function allowedSrcset(value: string, policy: ResourcePolicy): string | undefined {
  const kept: string[] = [];
  for (const candidate of value.split(/\s*,\s*/)) {
    const [url, ...descriptor] = candidate.trim().split(/\s+/);
    if (!url) continue;
    const ok = resourceUrl(url, policy);
    if (ok) kept.push([ok, ...descriptor].join(' '));
  }
  return kept.length ? kept.join(', ') : undefined;
}

function keepInside(node: Element) {
  for (const name of RESOURCE_ATTRIBUTES) {
    const value = node.getAttribute(name);
    if (value === null) continue;
    const ok = resourceUrl(value, current);
    if (ok) node.setAttribute(name, ok);
    else node.removeAttribute(name);
  }
  const srcset = node.getAttribute('srcset');
  if (srcset !== null) {
    const ok = allowedSrcset(srcset, current);
    if (ok) node.setAttribute('srcset', ok);
    else node.removeAttribute('srcset');
  }
  // Links in lessons open in a new tab without handing the lesson page to the target.
  if ((node.nodeName === 'A' || node.nodeName === 'AREA') && node.hasAttribute('href')) {
    node.setAttribute('target', '_blank');
    node.setAttribute('rel', 'noopener noreferrer');
  } else {
    node.removeAttribute('target');
  }
}

/** Loads DOMPurify (once). Our own instance, so our hook never changes a DOMPurify the page uses. */
export function loadSanitizer(): Promise<void> {
  loading ??= import('dompurify').then(({ default: createDOMPurify }) => {
    const instance = createDOMPurify(window);
    instance.addHook('afterSanitizeAttributes', keepInside);
    // Set once: passing the options to every sanitize() call would make DOMPurify rebuild its lists each time.
    instance.setConfig({
      USE_PROFILES: { html: true },
      FORBID_TAGS: ['style', 'form', 'input', 'button', 'textarea', 'select', 'iframe', 'dialog', 'link', 'meta', 'base'],
      FORBID_ATTR: [
        'style', 'popover', 'popovertarget', 'popovertargetaction', 'command', 'commandfor',
        'part', 'exportparts', 'slot', 'ping', 'action', 'formaction', 'srcdoc',
      ],
      // The `:::helplines` block's element (it takes only `data-` attributes, which DOMPurify keeps).
      ADD_TAGS: ['nw-helplines'],
    });
    purify = instance;
  });
  return loading;
}

/** True once `sanitize()` can keep formatting (DOMPurify has loaded). */
export function sanitizerReady(): boolean {
  return purify !== undefined;
}

const escapeText = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * Returns `html` with everything executable, every style and every resource from a site the policy
 * does not allow removed (or, before DOMPurify loads, as escaped plain text).
 */
export function sanitize(html: string, policy: ResourcePolicy = {}): string {
  if (!purify) {
    // DOMParser never runs scripts or loads resources; we keep only the text.
    return escapeText(new DOMParser().parseFromString(html, 'text/html').body.textContent ?? '');
  }
  const key = `${policy.base ?? ''}\n${(policy.allowOrigins ?? []).join(' ')}\n${html}`;
  let clean = done.get(key);
  if (clean === undefined) {
    current = policy;
    try {
      clean = purify.sanitize(html);
    } finally {
      current = {};
    }
    if (done.size >= KEEP) done.delete(done.keys().next().value!);
    done.set(key, clean);
  }
  return clean;
}
