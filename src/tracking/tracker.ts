/**
 * The one interface every tracking adapter implements: local storage, none, SCORM 1.2, SCORM 2004,
 * xAPI and cmi5. The player calls it; adapters never call the player, except to report their status.
 */
import type { ModuleMeta, Question } from '../content/types.js';
import type { AnswerRecord, ModuleResult } from '../machines/scoring.js';
import type { ProgressInfo } from '../machines/module-machine.js';
import type { SavedProgress } from '../machines/progress.js';

/** Which adapter is saving the student's work, and how that is going. */
export interface TrackerStatus {
  /** The adapter actually in use (e.g. `local` after an LMS failed). */
  kind: string;
  /** `ok`; `fallback` when the configured target failed and another took over; `error` when nothing saves. */
  state: 'ok' | 'fallback' | 'error';
  /** A short note for the student, already in plain words (English; the element localises known cases). */
  detail?: string;
}

export type StatusListener = (status: TrackerStatus) => void;

export interface Tracker {
  /** Adapter name: `local`, `none`, `scorm12`, `scorm2004`, `xapi`, `cmi5`. */
  readonly kind: string;
  /** Opens the session for `module` and returns progress saved earlier, if any. */
  start(module: ModuleMeta): Promise<SavedProgress | null>;
  /** Stores the student's progress. Called after every answer and step. Must not throw. */
  save(progress: SavedProgress): void;
  /** One question was submitted (or revealed). */
  answered(question: Question, record: AnswerRecord): void;
  /** The student moved to another step. */
  progressed(progress: ProgressInfo): void;
  /** The student reached the end; `result` has the score and pass/fail. */
  completed(result: ModuleResult): void;
  /** Ends the session (the Finish button, or the page going away). Safe to call twice. */
  terminate(): void;
  /** The status now. */
  readonly status: TrackerStatus;
  /** Subscribes to status changes; returns the unsubscribe function. */
  onStatus(listener: StatusListener): () => void;
}
