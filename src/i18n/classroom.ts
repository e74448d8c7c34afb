/**
 * The strings of the classroom parts of the player: the certificate at the end of a module and the
 * whiteboard mode (`<nw-module mode="present">`). They load with those parts, on demand, so the player's
 * entry file does not carry them; one file per language in `locales/classroom/`.
 *
 * For translators: the same rules as `translation.ts`. The certificate is printed and kept by a student
 * (aged 10 to 16); the whiteboard strings are read by a teacher at the front of a class.
 */
import { matchLanguage } from './index.js';

export interface ClassroomTranslation {
  /** Heading of the certificate part of the results page. */
  certificateHeading: string;
  /** Label of the field where the student types their name for the certificate. */
  nameLabel: string;
  /** Under the name field: the name is not kept or sent. */
  nameHint: string;
  /** Button: print the certificate. */
  printCertificate: string;
  /** The big title on the printed certificate. */
  certificateTitle: string;
  /** On the certificate, after the student's name and before the module's title. */
  completed: string;
  /** On the certificate: "on 4 December 2026" (`date` is already written the language's way). */
  onDate: (date: string) => string;
  /** On the certificate, before the module's objectives. */
  canNow: string;

  /** Whiteboard: how to use the keys (shown small at the bottom of the screen). */
  presentKeys: string;
  /** Whiteboard: under a question, before the class has chosen. */
  presentAsk: string;
  /** Whiteboard: a step too long for one screen is shown in parts, advanced with the same keys ("Part 1 of 2"). */
  presentPart: (n: number, total: number) => string;
  /** Whiteboard: the option the class chose ("The class chose B"). */
  classChose: (letter: string) => string;
  /** Whiteboard button: reveal the right answer and its feedback. */
  reveal: string;
  /** Whiteboard: the right answer once revealed ("The answer: B" or "The answer: A, C"). */
  answerWas: (letters: string) => string;
  /** Whiteboard button and panel title: the teacher's notes for this step. */
  notes: string;
  /** Whiteboard button: fill the screen (key F). */
  fullScreen: string;
  /** Whiteboard: shown after the last step. */
  presentEnd: string;
}

const loaders: Record<string, () => Promise<ClassroomTranslation>> = {
  en: () => import('./locales/classroom/en.js').then((m) => m.default),
  ar: () => import('./locales/classroom/ar.js').then((m) => m.default),
  cs: () => import('./locales/classroom/cs.js').then((m) => m.default),
  de: () => import('./locales/classroom/de.js').then((m) => m.default),
  es: () => import('./locales/classroom/es.js').then((m) => m.default),
  fr: () => import('./locales/classroom/fr.js').then((m) => m.default),
  it: () => import('./locales/classroom/it.js').then((m) => m.default),
  nl: () => import('./locales/classroom/nl.js').then((m) => m.default),
  pl: () => import('./locales/classroom/pl.js').then((m) => m.default),
  pt: () => import('./locales/classroom/pt.js').then((m) => m.default),
  sk: () => import('./locales/classroom/sk.js').then((m) => m.default),
  uk: () => import('./locales/classroom/uk.js').then((m) => m.default),
};

/** The languages the classroom strings come in. */
export const classroomLanguages = Object.keys(loaders);

/** The classroom strings for a language (the player's match: `pt-BR` → `pt`; one we lack → English). */
export function loadClassroomStrings(lang: string | null | undefined): Promise<ClassroomTranslation> {
  const code = matchLanguage(lang);
  return (loaders[code] ?? loaders.en)().catch(() => loaders.en());
}
