/**
 * The languages the player speaks. English is built in; every other language is a separate file that
 * is downloaded only when a player needs it. A page can add a language, or change strings of one, with
 * `registerTranslation()`.
 */
import type { Translation } from './translation.js';
import { en } from './locales/en.js';

export type { Translation } from './translation.js';
export type { PluralForms } from './plural.js';
export { plural, numbers, orList } from './plural.js';

type Loader = () => Promise<Translation>;

/** The languages that ship with Netwise, each loaded on first use. */
const builtIn: Record<string, Loader> = {
  ar: () => import('./locales/ar.js').then((m) => m.ar),
  cs: () => import('./locales/cs.js').then((m) => m.cs),
  de: () => import('./locales/de.js').then((m) => m.de),
  es: () => import('./locales/es.js').then((m) => m.es),
  fr: () => import('./locales/fr.js').then((m) => m.fr),
  it: () => import('./locales/it.js').then((m) => m.it),
  nl: () => import('./locales/nl.js').then((m) => m.nl),
  pl: () => import('./locales/pl.js').then((m) => m.pl),
  pt: () => import('./locales/pt.js').then((m) => m.pt),
  sk: () => import('./locales/sk.js').then((m) => m.sk),
  uk: () => import('./locales/uk.js').then((m) => m.uk),
};

/** The codes of the languages that ship with Netwise. */
export const builtInLanguages: readonly string[] = ['en', ...Object.keys(builtIn)];

const loaders = new Map<string, Loader>(Object.entries(builtIn));
const loaded = new Map<string, Translation>([['en', en]]);
const pending = new Map<string, Promise<Translation>>();
const changes = new EventTarget();

/**
 * Adds a language, or replaces one, for every player on the page. Give a whole `Translation`, or a
 * function that loads one (called the first time a player needs the language). Players showing that
 * language update at once.
 *
 * ```js
 * import { registerTranslation, loadTranslation } from 'netwise';
 * registerTranslation({ ...(await loadTranslation('de')), $code: 'de-CH', next: 'Weiter' });
 * registerTranslation('lb', () => import('./lb.js').then((m) => m.lb));
 * ```
 */
export function registerTranslation(translation: Translation): void;
export function registerTranslation(code: string, load: () => Promise<Translation>): void;
export function registerTranslation(what: Translation | string, load?: () => Promise<Translation>): void {
  const code = (typeof what === 'string' ? what : what.$code).toLowerCase();
  pending.delete(code);
  if (typeof what === 'string') {
    loaders.set(code, load!);
    loaded.delete(code);
  } else {
    loaded.set(code, what);
  }
  changes.dispatchEvent(new Event('change'));
}

/** Calls `fn` whenever a language is registered; returns the function that stops it. */
export function onTranslationsChange(fn: () => void): () => void {
  changes.addEventListener('change', fn);
  return () => changes.removeEventListener('change', fn);
}

/**
 * The code of the best language available for a BCP 47 tag: the exact tag (`pt-br`), else its base
 * language (`pt`), else English. Lower case.
 */
export function matchLanguage(lang: string | null | undefined): string {
  const tag = (lang ?? '').trim().toLowerCase();
  const base = tag.split('-')[0];
  for (const code of [tag, base]) if (code && (loaded.has(code) || loaders.has(code))) return code;
  return 'en';
}

/** True when the best language for `lang` is ready to use without waiting. */
export function translationReady(lang: string | null | undefined): boolean {
  return loaded.has(matchLanguage(lang));
}

/**
 * The strings for `lang` if they are ready: the best match (see `matchLanguage`), else, while it
 * downloads, its base language or English.
 */
export function translationFor(lang: string | null | undefined): Translation {
  const code = matchLanguage(lang);
  return loaded.get(code) ?? loaded.get(code.split('-')[0]) ?? loaded.get('en') ?? en;
}

/** The strings for `lang`, downloading them if needed. A language that fails to load gives English. */
export function loadTranslation(lang: string | null | undefined): Promise<Translation> {
  const code = matchLanguage(lang);
  const ready = loaded.get(code);
  if (ready) return Promise.resolve(ready);
  let loading = pending.get(code);
  if (!loading) {
    const load = loaders.get(code)!;
    loading = load().then(
      (t) => {
        if (pending.get(code) === loading) {
          loaded.set(code, t);
          pending.delete(code);
        }
        return loaded.get(code) ?? t;
      },
      (err: unknown) => {
        // Use the base language or English from now on (until the page registers it again).
        const fallback = loaded.get(code.split('-')[0]) ?? en;
        if (pending.get(code) === loading) {
          loaded.set(code, fallback);
          pending.delete(code);
        }
        console.error(`Netwise: the "${code}" translation could not be loaded`, err);
        return fallback;
      },
    );
    pending.set(code, loading);
  }
  return loading;
}
