/**
 * Reading a response safely, whatever a saved or hostile one holds, and comparing a typed answer:
 * shared by grading (`scoring.ts`) and by what is right in a response (`answers.ts`).
 */
import type { BlanksQuestion, Question } from '../content/types.js';

/** How one response scored. `score` runs from 0 to 1 (partial credit in between). */
export interface Grade {
  score: number;
  correct: boolean;
}

/**
 * How one kind of question grades: what the question machine runs. One per kind in `kinds/`, loaded
 * with the kind (the player's first download holds only choice's). Never throws: a malformed response
 * scores 0 and cannot be submitted.
 */
export interface KindGrading<Q extends Question = Question> {
  grade(question: Q, response: unknown): Grade;
  /** True when `response` is complete enough to submit. */
  answerable(question: Q, response: unknown): boolean;
}

/** The grading of a question's kind (what the question machine is built with). */
export type GradingOf = (question: Question) => KindGrading;

export const NONE: Grade = { score: 0, correct: false };
export const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
export const isStringList = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');
/** Own keys only: a response can never reach `Object.prototype` through an id like `__proto__`. */
export const own = (r: Record<string, unknown>, key: string): unknown => (Object.prototype.hasOwnProperty.call(r, key) ? r[key] : undefined);

/**
 * How blanks compares a typed answer: Unicode-normalised (NFKC), curly quotes and dashes made plain,
 * runs of spaces made one, ends trimmed, and (unless case matters) lower-cased.
 */
export function normalizeAnswer(text: string, caseSensitive = false): string {
  const plain = text
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201F\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
  return caseSensitive ? plain : plain.toLowerCase();
}

/** True when `typed` is one of the gap's accepted answers. */
export function isGapRight(q: BlanksQuestion, index: number, typed: unknown): boolean {
  const gap = q.gaps[index];
  if (!gap || typeof typed !== 'string') return false;
  const t = normalizeAnswer(typed, q.caseSensitive);
  return t !== '' && gap.answers.some((a) => normalizeAnswer(a, q.caseSensitive) === t);
}

/** Each pair (match) or card (sort) in its right place earns an equal share. */
export function shareRight(keys: Array<{ id: string; right: string }>, given: Record<string, unknown>): Grade {
  if (!keys.length) return NONE;
  const hits = keys.filter((k) => own(given, k.id) === k.right).length;
  return { score: hits / keys.length, correct: hits === keys.length };
}

/** Every key is assigned one of `allowed`, and no other key is there. */
export function assignsAll(r: unknown, keys: string[], allowed: string[]): boolean {
  if (!isRecord(r)) return false;
  const ok = new Set(allowed);
  return keys.every((k) => ok.has(own(r, k) as string)) && Object.keys(r).every((k) => keys.includes(k));
}
