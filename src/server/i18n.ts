/**
 * Which language a page is rendered in: the LMS's `launch_presentation.locale` (from a launch's claims,
 * or a session's), else the browser's `Accept-Language`, else English (`locales/index.ts`).
 */
import type { FastifyRequest } from 'fastify';
import type { Query } from './db.js';
import { bearer, formToken, sessionOf } from './session.js';
import { acceptedLanguages, pickStrings, type ServerErrors, type ServerStrings } from './locales/index.js';

export const PRESENTATION_CLAIM = 'https://purl.imsglobal.org/spec/lti/claim/launch_presentation';

/** The locale an LTI message's (or a session's kept) claims ask for. */
export function claimLocale(claims: Record<string, unknown> | undefined): string | undefined {
  const p = claims?.[PRESENTATION_CLAIM] as { locale?: unknown } | undefined;
  return typeof p?.locale === 'string' ? p.locale : undefined;
}

/** The strings for a request: `first` (tags, most wanted first) before the browser's languages. */
export function stringsFor(request: FastifyRequest, ...first: unknown[]): ServerStrings {
  return pickStrings([...first, ...acceptedLanguages(request.headers['accept-language'])]);
}

/** The sentence for an error key in `s` (with its detail when it takes one). */
export function errorText(s: ServerStrings, key: keyof ServerErrors, detail = ''): string {
  const v = s.errors[key];
  return typeof v === 'function' ? v(detail) : v;
}

/**
 * The strings for a page a session's form posts to: the launch's locale kept with the session, else the
 * browser's. A missing or ended session simply falls back to the browser's languages.
 */
export async function sessionStrings(q: Query, request: FastifyRequest): Promise<ServerStrings> {
  const token = formToken(request) ?? bearer(request);
  const session = token ? await sessionOf(q, token).catch(() => undefined) : undefined;
  return stringsFor(request, claimLocale(session?.claims));
}
