/**
 * A whole module: the step cursor across its lessons, the answers, progress and the result.
 * It spawns one question actor per question in play (ids are the question ids, so an element can find
 * `snapshot.children[questionId]`), and never moves past a question that has not been answered.
 * Its seed decides shuffled orders and which questions each pool draws; "Start again" draws anew.
 *
 * ```
 * resume ──────────────(saved progress was finished)──────────────┐
 *   └─▶ playing ──next (last step)──▶ finished ◀─────────────────┘
 *         ▲  ▲                          │  │
 *         │  └──review──────────────────┘  │
 *         └─────restart (next seed)────────┘
 * ```
 * In `playing`, next / back / goto move the step cursor, never past an unanswered question.
 * `question.answered` and `question.drafted`, emitted by the question actors, are taken in every state.
 * It emits what trackers and DOM events need: `answered`, `progressed`, `completed`, and `saved`
 * (with the compact progress to store) after every change, unsent drafts included (marked `draft`
 * when only a draft changed, so a tracker can wait for the typing to stop).
 *
 * Time on a question: the machine reads no clock. The host gives the time on the events that change
 * what is on screen (`input.startedAt`, `at` on next/back/goto/review/restart, `module.pause` when the
 * page goes away) and on each submission (`at` on `question.submit`). Each question's time on screen
 * adds up in `time` (kept in the saved progress, so it goes on after a resume), and an answer's
 * `latencyMs` is that time up to the submission. Without times (a host that passes none), an answer
 * keeps the latency its question actor measured.
 */
import { assign, emit, enqueueActions, setup } from 'xstate';
import type { ModuleDoc, Question, Response, Step } from '../content/types.js';
import { type QuestionAnsweredEvent, type QuestionDraftedEvent, questionMachine, resumesDraft } from './question-machine.js';
import { type AnswerRecord, type ModuleResult, moduleResult } from './scoring.js';
import { PROGRESS_VERSION, type SavedProgress } from './progress.js';
import { draw, newSeed, nextSeed } from './shuffle.js';

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
function timeUpTo(context: ModuleContext, at: number | undefined): Record<string, number> {
  const s = context.showing;
  if (!s || at === undefined) return context.time;
  return { ...context.time, [s.id]: (context.time[s.id] ?? 0) + Math.max(0, at - s.since) };
}

/** The showing that starts at `at` for the current step (none without a time or a question). */
function showingAt(context: Pick<ModuleContext, 'steps' | 'index'>, at: number | undefined): Showing | null {
  const q = context.steps[context.index]?.step.question;
  return q && at !== undefined && Number.isFinite(at) ? { id: q.id, since: at } : null;
}

const eventTime = (event: ModuleEvent): number | undefined => ('at' in event && Number.isFinite(event.at) ? event.at : undefined);

/** The latency of a submission and the clock after it (see the header). */
function answerTiming(context: ModuleContext, event: QuestionAnsweredEvent): Pick<ModuleContext, 'time' | 'showing'> & { latencyMs: number } {
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

/** `drafts` less the draft of `questionId`. */
function withoutDraft(drafts: Record<string, Response>, questionId: string): Record<string, Response> {
  const { [questionId]: _gone, ...rest } = drafts;
  return rest;
}

/** The starting context: fresh, or resumed from `input.saved` when it belongs to this module. */
function initialContext(input: ModuleInput): ModuleContext {
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

export const moduleMachine = setup({
  types: {
    context: {} as ModuleContext,
    events: {} as ModuleEvent,
    input: {} as ModuleInput,
    emitted: {} as ModuleEmitted,
  },
  actors: { question: questionMachine },
  guards: {
    canAdvance: ({ context }) => isStepCleared(context, context.index) && context.index < context.steps.length - 1,
    canFinish: ({ context }) => isStepCleared(context, context.index) && context.index === context.steps.length - 1,
    hasPrevious: ({ context }) => context.index > 0,
    canGoto: ({ context, event }) =>
      event.type === 'module.goto' && Number.isInteger(event.index) && event.index >= 0 && event.index <= furthestReachable(context),
    wasFinished: ({ context }) => context.finished,
  },
  actions: {
    /** One question actor per question in play; what each emits comes back to the module as its own event. */
    spawnQuestions: assign(({ context, spawn, self }) => {
      for (const { step } of context.steps) {
        const question = step.question;
        if (question) {
          const input = { question, record: context.answers[question.id], seed: context.seed, draft: context.drafts[question.id] };
          const child = spawn('question', { id: question.id, input });
          child.on('question.answered', (e) => self.send(e));
          child.on('question.drafted', (e) => self.send(e));
        }
      }
      return {};
    }),
    stopQuestions: enqueueActions(({ context, enqueue }) => {
      for (const { step } of context.steps) if (step.question) enqueue.stopChild(step.question.id);
    }),
    next: assign({ index: ({ context }) => context.index + 1 }),
    back: assign({ index: ({ context }) => context.index - 1 }),
    goto: assign({ index: ({ context, event }) => (event.type === 'module.goto' ? event.index : context.index) }),
    review: assign({
      index: ({ context, event }) =>
        event.type === 'module.review' && event.index !== undefined && event.index >= 0 && event.index < context.steps.length ? event.index : 0,
    }),
    /** A new attempt: the next seed, so a new shuffle and a new draw from the pools; the clocks start again. */
    reset: assign(({ context, event }) => {
      const seed = nextSeed(context.seed);
      const steps = stepsInPlay(context.doc, seed);
      return { index: 0, answers: {}, drafts: {}, finished: false, seed, steps, time: {}, showing: showingAt({ steps, index: 0 }, eventTime(event)) };
    }),
    /** After a step change: the time of the question left is added up, the clock of the one shown starts. */
    clock: assign(({ context, event }) => ({ time: timeUpTo(context, eventTime(event)), showing: showingAt(context, eventTime(event)) })),
    /** At the summary no question is on screen. */
    stopClock: assign(({ context, event }) => ({ time: timeUpTo(context, eventTime(event)), showing: null })),
    /** The page goes away: the time so far is added up; the clock goes on from here if the page stays. */
    pauseClock: assign(({ context, event }) => {
      const at = eventTime(event);
      return { time: timeUpTo(context, at), showing: context.showing && at !== undefined ? { ...context.showing, since: at } : context.showing };
    }),
    markFinished: assign({ finished: true }),
    recordAnswer: assign(({ context, event }) => {
      if (event.type !== 'question.answered') return {};
      const { latencyMs, time, showing } = answerTiming(context, event);
      // The submission replaces the draft it came from.
      const answers = { ...context.answers, [event.questionId]: { ...event.record, latencyMs } };
      return { answers, drafts: withoutDraft(context.drafts, event.questionId), time, showing };
    }),
    recordDraft: assign({
      drafts: ({ context, event }) => {
        if (event.type !== 'question.drafted') return context.drafts;
        const drafts = withoutDraft(context.drafts, event.questionId);
        return event.response === null || event.response === undefined ? drafts : { ...drafts, [event.questionId]: event.response };
      },
    }),
    emitAnswered: emit(({ context, event }) => {
      const e = event as QuestionAnsweredEvent;
      const question = context.steps.find((s) => s.step.question?.id === e.questionId)!.step.question!;
      return { type: 'answered' as const, question, record: context.answers[e.questionId] ?? e.record };
    }),
    emitProgressed: emit(({ context }) => ({ type: 'progressed' as const, progress: progressOf(context) })),
    emitCompleted: emit(({ context }) => ({
      type: 'completed' as const,
      result: moduleResult(context.doc, context.answers, questionsOfSteps(context.steps)),
    })),
    emitSaved: emit(({ context }) => ({ type: 'saved' as const, progress: toSavedProgress(context) })),
    emitDraftSaved: emit(({ context }) => ({ type: 'saved' as const, progress: toSavedProgress(context), draft: true as const })),
  },
}).createMachine({
  id: 'module',
  context: ({ input }) => initialContext(input),
  entry: 'spawnQuestions',
  initial: 'resume',
  on: {
    // Answers are accepted in any state: a question can be answered while reviewing, too.
    'question.answered': { actions: ['recordAnswer', 'emitAnswered', 'emitSaved'] },
    'question.drafted': { actions: ['recordDraft', 'emitDraftSaved'] },
    'module.pause': { actions: ['pauseClock', 'emitSaved'] },
  },
  states: {
    resume: {
      always: [{ guard: 'wasFinished', target: 'finished' }, { target: 'playing' }],
    },
    playing: {
      on: {
        'module.next': [
          { guard: 'canAdvance', actions: ['next', 'clock', 'emitProgressed', 'emitSaved'] },
          { guard: 'canFinish', target: 'finished', actions: ['markFinished', 'stopClock', 'emitProgressed', 'emitCompleted', 'emitSaved'] },
        ],
        'module.back': { guard: 'hasPrevious', actions: ['back', 'clock', 'emitProgressed', 'emitSaved'] },
        'module.goto': { guard: 'canGoto', actions: ['goto', 'clock', 'emitProgressed', 'emitSaved'] },
      },
    },
    /** The summary. Reached by finishing (which emits `completed`) or by resuming a finished module (which does not). */
    finished: {
      on: {
        'module.review': { target: 'playing', actions: ['review', 'clock', 'emitProgressed', 'emitSaved'] },
        'module.restart': { target: 'playing', actions: ['stopQuestions', 'reset', 'spawnQuestions', 'emitProgressed', 'emitSaved'] },
      },
    },
  },
});
