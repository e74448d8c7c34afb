/**
 * The HTML the server renders: escaped text, no inline script (scripts come from `/lti/assets/`), no
 * inline style but the pages' own and a pre-rendered player's (each allowed by its hash), and the
 * security headers every response carries.
 */
import { createHash } from 'node:crypto';
import type { FastifyReply } from 'fastify';
import type { ServerStrings } from './locales/index.js';
import type { LtiError } from './id-token.js';
import { errorText } from './i18n.js';
import { SERVER_CSS } from './assets.js';

/** Escapes text for HTML content and attribute values. */
export function esc(value: unknown): string {
  return String(value ?? '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export interface CspOptions {
  /** Where forms on the page may post (default: this server only). */
  formAction?: string[];
  /** Who may frame the page (default: `'self' https:`; an LMS shows the tool in an iframe). */
  frameAncestors?: string;
  /** Inline `<style>` texts the page holds (its own, a pre-rendered player's), each allowed by its hash. */
  styles?: string[];
}

/** A strict Content-Security-Policy: this server's own scripts, styles and data only. */
export function csp(options: CspOptions = {}): string {
  const form = ["'self'", ...(options.formAction ?? [])].join(' ');
  return [
    "default-src 'self'",
    "script-src 'self'",
    `style-src 'self'${(options.styles ?? []).map((css) => ` 'sha256-${createHash('sha256').update(css).digest('base64')}'`).join('')}`,
    "img-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    `form-action ${form}`,
    `frame-ancestors ${options.frameAncestors ?? "'self' https:"}`,
  ].join('; ');
}

/** Headers for every response; the server's `frameAncestors` setting applies to every page's CSP. */
export function securityHeaders(reply: FastifyReply, frameAncestors?: string): void {
  reply.header('X-Content-Type-Options', 'nosniff');
  if (!reply.hasHeader('Referrer-Policy')) reply.header('Referrer-Policy', 'no-referrer');
  reply.header('Cross-Origin-Opener-Policy', 'same-origin-allow-popups');
  reply.header('Cross-Origin-Resource-Policy', 'same-origin');
  reply.header('Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=()');
  const set = reply.getHeader('Content-Security-Policy');
  if (typeof set !== 'string') reply.header('Content-Security-Policy', csp({ frameAncestors }));
  else if (frameAncestors) reply.header('Content-Security-Policy', set.replace(/frame-ancestors [^;]*/, `frame-ancestors ${frameAncestors}`));
}

export interface PageOptions extends CspOptions {
  /** The page's language: its strings, `<html lang dir>`. */
  strings: ServerStrings;
  title: string;
  /** Already-escaped HTML for the body. */
  body: string;
  /** Extra already-escaped HTML for the head (meta tags, scripts from this server). */
  head?: string;
}

/** Sends a whole page with its CSP; nothing in it is cached. */
export function page(reply: FastifyReply, status: number, options: PageOptions): FastifyReply {
  reply.header('Content-Security-Policy', csp({ ...options, styles: [SERVER_CSS, ...(options.styles ?? [])] }));
  reply.header('Cache-Control', 'no-store');
  return reply
    .code(status)
    .type('text/html; charset=utf-8')
    .send(`<!doctype html>
<html lang="${esc(options.strings.$code)}" dir="${options.strings.$dir}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(options.title)}</title>
<style>${SERVER_CSS}</style>
${options.head ?? ''}
</head>
<body>
${options.body}
</body>
</html>
`);
}

/** A clear error page in the reader's language: what went wrong and what to do. */
export function errorPage(reply: FastifyReply, status: number, s: ServerStrings, message: string): FastifyReply {
  return page(reply, status, {
    strings: s,
    title: s.errorTitle,
    body: `<main><h1>${esc(s.errorHeading)}</h1><p>${esc(message)}</p></main>`,
  });
}

/** The error page for a refusal (`LtiError`). */
export function refusal(reply: FastifyReply, s: ServerStrings, err: LtiError): FastifyReply {
  return errorPage(reply, err.status, s, errorText(s, err.key, err.detail));
}
