/**
 * Sanitises HTML before it reaches the DOM. All module text passes here, whether it was compiled
 * by us or fetched from anywhere else: scripts, event handlers and `javascript:` URLs never survive.
 *
 * DOMPurify is loaded on demand (`loadSanitizer()`), in parallel with the module itself, so the
 * player's first download stays small. Until it has loaded, `sanitize()` returns the text with every
 * tag removed and escaped: never unsanitised markup.
 */
import type { DOMPurify } from 'dompurify';

let purify: DOMPurify | undefined;
let loading: Promise<void> | undefined;
/**
 * Sanitised results by input. A re-render passes the same markup again (the same prompt, the same
 * options), and DOMPurify would parse it into a new document each time; the output never changes.
 */
const done = new Map<string, string>();
/** Enough for every text of a long module; past it the oldest results go first. */
const KEEP = 500;

/** Loads DOMPurify (once). Our own instance, so our hook never changes a DOMPurify the page uses. */
export function loadSanitizer(): Promise<void> {
  loading ??= import('dompurify').then(({ default: createDOMPurify }) => {
    const instance = createDOMPurify(window);
    // Links in lessons open in a new tab without handing the lesson page to the target.
    instance.addHook('afterSanitizeAttributes', (node) => {
      if (node.nodeName === 'A' && (node as Element).hasAttribute('href')) {
        (node as Element).setAttribute('target', '_blank');
        (node as Element).setAttribute('rel', 'noopener noreferrer');
      }
    });
    // Set once: passing the options to every sanitize() call would make DOMPurify rebuild its lists each time.
    instance.setConfig({
      USE_PROFILES: { html: true },
      FORBID_TAGS: ['style', 'form', 'input', 'button', 'textarea', 'select', 'iframe'],
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

/** Returns `html` with everything executable removed (or, before DOMPurify loads, as escaped plain text). */
export function sanitize(html: string): string {
  if (!purify) {
    // DOMParser never runs scripts or loads resources; we keep only the text.
    return escapeText(new DOMParser().parseFromString(html, 'text/html').body.textContent ?? '');
  }
  let clean = done.get(html);
  if (clean === undefined) {
    clean = purify.sanitize(html);
    if (done.size >= KEEP) done.delete(done.keys().next().value!);
    done.set(html, clean);
  }
  return clean;
}
