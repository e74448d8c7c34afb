import type { Question, Response } from '../content/types.js';
import type { AnswerRecord } from './scoring.js';

/**
 * Bump when `SavedProgress` changes in a way older saves would be misread; they are then ignored.
 * Optional fields added later (`seed`, `drafts`, `time`) need no bump: a save without them still reads.
 */
export const PROGRESS_VERSION = 1;

/**
 * A student's progress in one module: JSON-safe, and all a tracker stores to resume later (answers,
 * the attempt's seed and any unsent drafts). It names the current step by id (not index) so that a
 * module edited between visits still resumes.
 */
export interface SavedProgress {
  v: typeof PROGRESS_VERSION;
  /** The module's id. */
  module: string;
  /** Id of the current step. */
  step: string;
  /** Answers by question id. */
  answers: Record<string, AnswerRecord>;
  /** The student reached the summary. */
  finished: boolean;
  /**
   * The seed of this attempt, which decides shuffled orders and the questions drawn from pools, so a
   * reload shows the same ones. Absent in saves made before seeds existed (a new one is made then).
   */
  seed?: string;
  /**
   * Unsent work by question id: a half-walked story, typed text, half-sorted cards. Absent when there is
   * none (and in saves made before drafts were kept).
   */
  drafts?: Record<string, Response>;
  /**
   * Time each question not yet settled has been on screen, ms by question id, so its clock goes on
   * after a resume. Absent when there is none (and in older saves).
   */
  time?: Record<string, number>;
}

const isPlainObject = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x) && [Object.prototype, null].includes(Object.getPrototypeOf(x));

/** Narrows unknown stored data (localStorage, suspend_data) to `SavedProgress`, or `null`. */
export function readSavedProgress(data: unknown): SavedProgress | null {
  if (typeof data !== 'object' || data === null) return null;
  const d = data as Partial<SavedProgress>;
  if (d.v !== PROGRESS_VERSION || typeof d.module !== 'string' || typeof d.step !== 'string') return null;
  if (typeof d.answers !== 'object' || d.answers === null || Array.isArray(d.answers)) return null;
  // One damaged answer costs only that answer: every answer that reads is kept.
  const answers = Object.fromEntries(
    Object.entries(d.answers as Record<string, unknown>).filter(
      ([, a]) => isPlainObject(a) && typeof a.attempts === 'number' && typeof a.score === 'number' && typeof a.correct === 'boolean',
    ),
  ) as Record<string, AnswerRecord>;
  const progress: SavedProgress = { v: d.v, module: d.module, step: d.step, answers, finished: d.finished === true };
  if (typeof d.seed === 'string' && d.seed !== '') progress.seed = d.seed;
  // Drafts are a bonus: when damaged they are dropped, and the answers still load.
  if (isPlainObject(d.drafts)) {
    const drafts = Object.entries(d.drafts).filter(([, r]) => r !== null && r !== undefined);
    if (drafts.length) progress.drafts = Object.fromEntries(drafts) as Record<string, Response>;
  }
  // So are the times: only finite, non-negative numbers are kept.
  if (isPlainObject(d.time)) {
    const time = Object.entries(d.time).filter((e): e is [string, number] => typeof e[1] === 'number' && Number.isFinite(e[1]) && e[1] >= 0);
    if (time.length) progress.time = Object.fromEntries(time);
  }
  return progress;
}

/**
 * True when a saved draft can resume `question` with this `record`: nothing submitted yet, or a wrong
 * answer with attempts left (the student had tried again). Not once it is right, revealed or failed.
 */
export function resumesDraft(question: Question, record: AnswerRecord | null | undefined): boolean {
  return !record || (!record.correct && !record.revealed && record.attempts < question.attempts);
}
