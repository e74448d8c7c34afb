/**
 * `safeHtml(markup)`: sanitised module HTML as a Lit template part. The resource policy (which origins
 * module images may load from, and the module's URL that relative ones resolve against) is read from
 * the closest element, crossing shadow roots, that carries one: an `<nw-module>` (its `src` and
 * `allow-origins`) or any element with an `allow-origins` attribute. Without one, only the page's own
 * origin and `data:` URLs load.
 */
import { nothing } from 'lit';
import type { ChildPart } from 'lit';
import { directive } from 'lit/directive.js';
import { UnsafeHTMLDirective } from 'lit/directives/unsafe-html.js';
import { type ResourcePolicy, parseOrigins, sanitize } from '../content/sanitize.js';

/** What an element holding a policy exposes (`<nw-module>` does). */
interface PolicyHost {
  src?: string;
  allowOrigins?: string;
}

/** The resource policy for content shown inside `host`. */
export function resourcePolicyFor(host: Element | undefined | null): ResourcePolicy {
  let el: Element | null | undefined = host;
  while (el) {
    const isPlayer = el.localName === 'nw-module';
    if (isPlayer || el.hasAttribute('allow-origins')) {
      const h = el as Element & PolicyHost;
      const src = isPlayer ? (typeof h.src === 'string' ? h.src : el.getAttribute('src')) : null;
      const allow = typeof h.allowOrigins === 'string' ? h.allowOrigins : el.getAttribute('allow-origins');
      let base: string | undefined;
      try {
        base = src ? new URL(src, document.baseURI).href : undefined;
      } catch {
        base = undefined;
      }
      return { ...(base ? { base } : {}), allowOrigins: parseOrigins(allow) };
    }
    el = el.parentElement ?? ((el.getRootNode() as ShadowRoot).host as Element | undefined) ?? null;
  }
  return {};
}

class SafeHTMLDirective extends UnsafeHTMLDirective {
  static override directiveName = 'safeHTML';

  /** Without a part (server rendering): the default policy. */
  override render(markup: string | typeof nothing | undefined | null) {
    return super.render(typeof markup === 'string' && markup ? sanitize(markup) : nothing);
  }

  override update(part: ChildPart, [markup]: [string | undefined]) {
    if (!markup) return super.render(nothing);
    return super.render(sanitize(markup, resourcePolicyFor(part.options?.host as Element | undefined)));
  }
}

const safeHtmlDirective = directive(SafeHTMLDirective);

/** Sanitised Markdown HTML as a template part (nothing for empty markup). */
export const safeHtml = (markup: string | undefined) => (markup ? safeHtmlDirective(markup) : nothing);
