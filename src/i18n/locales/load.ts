/**
 * Where each built-in language other than English lives. A separate chunk, fetched the first time a
 * player needs another language, so that the player's entry file does not grow with each language.
 */
import type { Translation } from '../translation.js';

export const builtIn: Record<string, () => Promise<Translation>> = {
  ar: () => import('./ar.js').then((m) => m.ar),
  cs: () => import('./cs.js').then((m) => m.cs),
  de: () => import('./de.js').then((m) => m.de),
  es: () => import('./es.js').then((m) => m.es),
  fr: () => import('./fr.js').then((m) => m.fr),
  it: () => import('./it.js').then((m) => m.it),
  nl: () => import('./nl.js').then((m) => m.nl),
  pl: () => import('./pl.js').then((m) => m.pl),
  pt: () => import('./pt.js').then((m) => m.pt),
  sk: () => import('./sk.js').then((m) => m.sk),
  uk: () => import('./uk.js').then((m) => m.uk),
};
