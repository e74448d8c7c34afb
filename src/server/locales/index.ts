/**
 * The languages of the server's pages (the player's twelve) and how one is chosen: the LMS's
 * `launch_presentation.locale` first, then the browser's `Accept-Language`, then English.
 */
import { ar } from './ar.js';
import { cs } from './cs.js';
import { de } from './de.js';
import { en, type ServerStrings } from './en.js';
import { es } from './es.js';
import { fr } from './fr.js';
import { it } from './it.js';
import { nl } from './nl.js';
import { pl } from './pl.js';
import { pt } from './pt.js';
import { sk } from './sk.js';
import { uk } from './uk.js';

export type { ServerErrors, ServerStrings } from './en.js';

export const SERVER_LOCALES: Readonly<Record<string, ServerStrings>> = { en, cs, sk, pl, de, fr, es, it, nl, pt, uk, ar };

/** The strings for a tag such as `cs`, `pt-BR` or `de_AT` (LMSs write both), or undefined. */
export function localeFor(tag: unknown): ServerStrings | undefined {
  if (typeof tag !== 'string') return undefined;
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
  return Object.hasOwn(SERVER_LOCALES, primary) ? SERVER_LOCALES[primary] : undefined;
}

/** The languages of an `Accept-Language` header, most wanted first (`q=0` left out). */
export function acceptedLanguages(header: string | undefined): string[] {
  return (header ?? '')
    .split(',')
    .map((part, i) => {
      const [tag, ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { tag: tag.trim(), q: q ? Number(q.slice(2)) : 1, i };
    })
    .filter((x) => x.tag && x.tag !== '*' && x.q > 0)
    .sort((a, b) => b.q - a.q || a.i - b.i)
    .map((x) => x.tag);
}

/** The first of `wanted` (tags, most wanted first) this server speaks, else English. */
export function pickStrings(wanted: unknown[]): ServerStrings {
  for (const tag of wanted) {
    const s = localeFor(tag);
    if (s) return s;
  }
  return en;
}
