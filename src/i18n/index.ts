/**
 * The languages the player speaks. The player's own English words are built in (`locales/en-core.ts`);
 * the rest of English comes with the question kinds that use it, and every other language is a separate
 * file downloaded only when a player needs it. A page can add a language, or change strings of one,
 * with `registerTranslation()`.
 */
import type { Translation } from './translation.js';
import { enCore } from './locales/en-core.js';

export type { Translation } from './translation.js';
export type { PluralForms } from './plural.js';
export { plural, numbers, orList } from './plural.js';

type Loader = () => Promise<Translation>;

/** The languages that ship with Netwise besides English (`locales/load.ts` says where each one is). */
const BUILT_IN = 'ar cs de es fr it nl pl pt sk uk'.split(' ');
const loaders: Record<string, Loader | undefined> = { en: () => import('./locales/en.js').then((m) => m.en) };
for (const code of BUILT_IN) loaders[code] = () => import('./locales/load.js').then((m) => m.builtIn[code]());

/** The codes of the languages that ship with Netwise. */
export const builtInLanguages: readonly string[] = ['en', ...BUILT_IN];

const loaded: Record<string, Translation | undefined> = {};
/**
 * English as far as it is here: the player's own words, completed in place by `locales/en.ts` (the
 * elements that need the rest import it). What every player shows until its language has arrived.
 */
const english = enCore as Translation;

/** Marks the complete English as here (the lazily loaded elements call it; it never replaces a page's own). */
export function provideEnglish(complete: Translation): void {
  loaded.en ??= complete;
}
const pending: Record<string, Promise<Translation> | undefined> = {};
const listeners = new Set<() => void>();

/**
 * Adds a language, or replaces one, for every player on the page. Give a whole `Translation`, or a
 * code and a function that loads one (called the first time a player needs the language). Players
 * showing that language update at once.
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
  delete pending[code];
  if (load) {
    loaders[code] = load;
    delete loaded[code];
  } else {
    loaded[code] = what as Translation;
  }
  listeners.forEach((fn) => fn());
}

/** Calls `fn` whenever a language is registered; returns the function that stops it. */
export function onTranslationsChange(fn: () => void): () => void {
  listeners.add(fn);
  return () => listeners.delete(fn);
}

/**
 * The code of the best language available for a BCP 47 tag: the exact tag (`pt-br`), else its base
 * language (`pt`), else English. Lower case.
 */
export function matchLanguage(lang: string | null | undefined): string {
  const tag = (lang ?? '').toLowerCase();
  return [tag, tag.split('-')[0]].find((code) => loaded[code] || loaders[code]) ?? 'en';
}

/** The strings for `lang` (see `matchLanguage`) if they are here, else `undefined`. */
export function readyTranslation(lang: string | null | undefined): Translation | undefined {
  return loaded[matchLanguage(lang)];
}

/** The strings for `lang` if they are ready (see `matchLanguage`), else English until they are. */
export function translationFor(lang: string | null | undefined): Translation {
  return readyTranslation(lang) ?? english;
}

/**
 * The strings for `lang`, downloading them if needed. A language that fails to load gives English; it
 * rejects only when English cannot be loaded either.
 */
export function loadTranslation(lang: string | null | undefined): Promise<Translation> {
  const code = matchLanguage(lang);
  const ready = loaded[code];
  if (ready) return Promise.resolve(ready);
  const loading: Promise<Translation> = (pending[code] ??= loaders[code]!()
    .catch((err: unknown) => {
      if (code === 'en') throw err;
      // English from now on (until the page registers the language again).
      console.error('Netwise: no translation', code, err);
      return loadTranslation('en');
    })
    .then(
      (t) => {
        if (pending[code] === loading) {
          loaded[code] = t;
          delete pending[code];
        }
        return loaded[code] ?? t;
      },
      (err: unknown) => {
        if (pending[code] === loading) delete pending[code];
        throw err;
      },
    ));
  return loading;
}
