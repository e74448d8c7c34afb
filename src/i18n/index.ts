/**
 * The languages the player speaks. To add one, write `locales/<code>.ts` exporting a `Translation`
 * and list it here.
 */
import type { Translation } from './translation.js';
import { en } from './locales/en.js';

export type { Translation } from './translation.js';

export const translations: Readonly<Record<string, Translation>> = { en };

/** The best translation for a BCP 47 tag: exact, then the base language, then English. */
export function translationFor(lang: string | null | undefined): Translation {
  const tag = (lang ?? '').toLowerCase();
  return translations[tag] ?? translations[tag.split('-')[0]] ?? en;
}
