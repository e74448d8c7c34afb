/**
 * Sanitises HTML before it reaches the DOM. All module text passes here, whether it was compiled
 * by us or fetched from anywhere else: scripts, event handlers and `javascript:` URLs never survive.
 */
import createDOMPurify, { type DOMPurify } from 'dompurify';

let instance: DOMPurify | undefined;

// Our own DOMPurify instance, so our hook never changes a DOMPurify the embedding page uses.
function purifier(): DOMPurify {
  if (!instance) {
    instance = createDOMPurify(window);
    // Links in lessons open in a new tab without handing the lesson page to the target.
    instance.addHook('afterSanitizeAttributes', (node) => {
      if (node.nodeName === 'A' && (node as Element).hasAttribute('href')) {
        (node as Element).setAttribute('target', '_blank');
        (node as Element).setAttribute('rel', 'noopener noreferrer');
      }
    });
  }
  return instance;
}

/** Returns `html` with everything executable removed. */
export function sanitize(html: string): string {
  return purifier().sanitize(html, {
    USE_PROFILES: { html: true },
    FORBID_TAGS: ['style', 'form', 'input', 'button', 'textarea', 'select', 'iframe'],
  });
}
