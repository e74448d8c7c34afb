/**
 * The module machine's data: its context, events and what it emits, and the pure functions over them
 * (the steps in play, where the student may go, the saved-progress record, the question clock, the
 * starting context). `module-machine.ts` holds the machine and re-exports the public part of this.
 */
import type { ModuleDoc, Question, Response, Step } from '../content/types.js';
import type { QuestionAnsweredEvent, QuestionDraftedEvent } from './question-machine.js';
import type { AnswerRecord, ModuleResult } from './scoring.js';
import { PROGRESS_VERSION, type SavedProgress, resumesDraft } from './progress.js';
import { draw, newSeed } from './shuffle.js';

/** A step with its place in the module. */
export interface StepRef {
  lessonIndex: number;
  stepIndex: number;
  step: Step;
}

export interface ModuleInput {
  doc: ModuleDoc;
  /** Progress saved earlier for this module; ignored when it belongs to another module. */
  saved?: SavedProgress | null;
  /**
   * Decides shuffled orders and pool draws. A seed in `saved` wins (so a reload shows the same); without
   * either a random one is made (`newSeed`): pass one to keep the machine deterministic.
   */
  seed?: string;
  /** When the first step came on screen (ms, any clock that runs forward); starts the question clock. */
  startedAt?: number;
}

/** The question on screen and since when (ms, the host's clock). */
export interface Showing {
  id: string;
  since: number;
}

export interface ModuleContext {
  doc: ModuleDoc;
  /** The steps in play, in reading order: all of them, less the pooled questions not drawn (`stepsInPlay`). */
  steps: StepRef[];
  /** The current step. */
  index: number;
  answers: Record<string, AnswerRecord>;
  /** Unsent work by question id (a submission removes its question's draft). */
  drafts: Record<string, Response>;
  /** The module has been finished at least once. */
  finished: boolean;
  /** This attempt's seed (see `ModuleInput.seed`); "Start again" moves to `nextSeed(seed)`. */
  seed: string;
  /** Time each question has been on screen before its current showing, ms by question id (all sessions). */
  time: Record<string, number>;
  /** The question on screen now, when the host gave a time for it. */
  showing: Showing | null;
}

/** `at`: when the change reached the screen (ms, the host's clock); optional, see the header. */
export type ModuleEvent =
  | { type: 'module.next'; at?: number }
  | { type: 'module.back'; at?: number }
  | { type: 'module.goto'; index: number; at?: number }
  | { type: 'module.review'; index?: number; at?: number }
  | { type: 'module.restart'; at?: number }
  /** The page is going away (or hidden): the time so far goes into the saved progress. */
  | { type: 'module.pause'; at: number }
  | QuestionAnsweredEvent
  | QuestionDraftedEvent;

/** Progress as a fraction of steps, 0–1. */
export interface ProgressInfo {
  index: number;
  total: number;
  fraction: number;
}

export type ModuleEmitted =
  | { type: 'answered'; question: Question; record: AnswerRecord }
  | { type: 'progressed'; progress: ProgressInfo }
  | { type: 'completed'; result: ModuleResult }
  /** `draft`: only unsent work changed (it may come with every keystroke; a tracker may wait a moment). */
  | { type: 'saved'; progress: SavedProgress; draft?: true };

/** Flattens lessons into a list of steps. */
export function stepsOf(doc: ModuleDoc): StepRef[] {
  return doc.lessons.flatMap((lesson, lessonIndex) => lesson.steps.map((step, stepIndex) => ({ lessonIndex, stepIndex, step })));
}

/**
 * The steps of this attempt: every step, less those holding a pooled question that `seed` did not draw
 * (each pool plays `draw` of its questions). Without pools, every step.
 */
export function stepsInPlay(doc: ModuleDoc, seed: string): StepRef[] {
  const pools = doc.pools ?? [];
  const steps = stepsOf(doc);
  if (!pools.length) return steps;
  const left = new Set<string>();
  for (const pool of pools) {
    const drawn = new Set(draw(pool.questions, pool.draw, `${seed}|pool|${pool.id}`));
    for (const id of pool.questions) if (!drawn.has(id)) left.add(id);
  }
  return steps.filter(({ step }) => !step.question || !left.has(step.question.id));
}

/** The questions of `steps`, in order: with pools, the ones in play (pass them to `moduleResult`). */
export function questionsOfSteps(steps: readonly StepRef[]): Question[] {
  return steps.flatMap(({ step }) => (step.question ? [step.question] : []));
}

/** True when the step at `index` can be left forwards: it has no question, or the question was answered. */
export function isStepCleared(context: ModuleContext, index: number): boolean {
  const q = context.steps[index]?.step.question;
  return !q || context.answers[q.id] !== undefined;
}

/** The furthest step the student may jump to: every step before it is cleared. */
export function furthestReachable(context: ModuleContext): number {
  let i = 0;
  while (i < context.steps.length - 1 && isStepCleared(context, i)) i += 1;
  return i;
}

/** Where the student is: step index, total, fraction (1 when finished). */
export function progressOf(context: ModuleContext, finished = context.finished): ProgressInfo {
  const total = context.steps.length;
  return { index: context.index, total, fraction: finished ? 1 : total ? context.index / total : 0 };
}

/** The compact, JSON-safe record of a student's progress that trackers store. */
export function toSavedProgress(context: ModuleContext): SavedProgress {
  // Time matters only for a question that can still be submitted.
  const time = Object.entries(context.time).filter(([id]) => !context.answers[id]?.done);
  return {
    v: PROGRESS_VERSION,
    module: context.doc.meta.id,
    step: context.steps[context.index]?.step.id ?? '',
    answers: context.answers,
    finished: context.finished,
    seed: context.seed,
    ...(Object.keys(context.drafts).length ? { drafts: context.drafts } : {}),
    ...(time.length ? { time: Object.fromEntries(time) } : {}),
  };
}

/** `context.time` with the current showing's time up to `at` added (unchanged without a time or a showing). */
export function timeUpTo(context: ModuleContext, at: number | undefined): Record<string, number> {
  const s = context.showing;
  if (!s || at === undefined) return context.time;
  return { ...context.time, [s.id]: (context.time[s.id] ?? 0) + Math.max(0, at - s.since) };
}

/** The showing that starts at `at` for the current step (none without a time or a question). */
export function showingAt(context: Pick<ModuleContext, 'steps' | 'index'>, at: number | undefined): Showing | null {
  const q = context.steps[context.index]?.step.question;
  return q && at !== undefined && Number.isFinite(at) ? { id: q.id, since: at } : null;
}

export const eventTime = (event: ModuleEvent): number | undefined => ('at' in event && Number.isFinite(event.at) ? event.at : undefined);

/** The latency of a submission and the clock after it (see the header). */
export function answerTiming(context: ModuleContext, event: QuestionAnsweredEvent): Pick<ModuleContext, 'time' | 'showing'> & { latencyMs: number } {
  const id = event.questionId;
  const s = context.showing;
  const at = event.at;
  if (at !== undefined && Number.isFinite(at) && s?.id === id) {
    const latencyMs = Math.round((context.time[id] ?? 0) + Math.max(0, at - s.since));
    return { latencyMs, time: { ...context.time, [id]: latencyMs }, showing: { id, since: at } };
  }
  // A reveal (no time of its own) keeps the submission's latency; with no clock, the question's own.
  const latencyMs = at === undefined && context.answers[id] ? context.answers[id].latencyMs : (context.time[id] ?? event.record.latencyMs);
  return { latencyMs, time: context.time, showing: s };
}

/** True when the student has neither answered `questionId` nor begun an answer to it (no record, no draft). */
export function isUntouched(context: Pick<ModuleContext, 'answers' | 'drafts'>, questionId: string): boolean {
  return !context.answers[questionId] && context.drafts[questionId] === undefined;
}

/** `drafts` less the draft of `questionId`. */
export function withoutDraft(drafts: Record<string, Response>, questionId: string): Record<string, Response> {
  const { [questionId]: _gone, ...rest } = drafts;
  return rest;
}

/** The starting context: fresh, or resumed from `input.saved` when it belongs to this module. */
export function initialContext(input: ModuleInput): ModuleContext {
  const { doc } = input;
  const usable = !!input.saved && input.saved.v === PROGRESS_VERSION && input.saved.module === doc.meta.id;
  const saved = usable ? input.saved! : null;
  const seed = saved?.seed || input.seed || newSeed();
  const steps = stepsInPlay(doc, seed);
  const fresh: ModuleContext = { doc, steps, index: 0, answers: {}, drafts: {}, finished: false, seed, time: {}, showing: null };
  if (!saved) return { ...fresh, showing: showingAt(fresh, input.startedAt) };
  const known = new Map(questionsOfSteps(steps).map((q) => [q.id, q]));
  // Answers to questions the module no longer has (or that are not in play) are dropped; the rest resume.
  const answers = Object.fromEntries(Object.entries(saved.answers ?? {}).filter(([id]) => known.has(id)));
  // So are drafts, and drafts of questions already settled (right, revealed or failed).
  const drafts = Object.fromEntries(
    Object.entries(saved.drafts ?? {}).filter(([id]) => known.has(id) && resumesDraft(known.get(id)!, answers[id])),
  );
  const time = Object.fromEntries(Object.entries(saved.time ?? {}).filter(([id]) => known.has(id)));
  const at = steps.findIndex((s) => s.step.id === saved.step);
  const context = { ...fresh, answers, drafts, time, finished: saved.finished === true };
  // Never resume past an unanswered question (the module may have changed since).
  const resumed = { ...context, index: Math.min(at === -1 ? 0 : at, furthestReachable(context)) };
  return { ...resumed, showing: resumed.finished ? null : showingAt(resumed, input.startedAt) };
}
