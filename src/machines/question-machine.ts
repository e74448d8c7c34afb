/**
 * One question's life: the student builds a response, submits it, sees feedback, retries while
 * attempts remain, or asks to see the answer. Pure logic: no DOM, no storage, no clock unless the
 * event carries none.
 *
 * ```
 * resume ─▶ answering ──submit──▶ correct            (done)
 *              ▲          ├──────▶ incorrect ─retry─┘ (attempts left)
 *              │          │           └─reveal─▶ revealed (done)
 *              │          └──────▶ failed             (done: no attempts left)
 * ```
 * A saved draft resumes answering, also after a wrong answer with attempts left (a retry under way).
 * The machine knows no parent: it emits each submission (and a reveal) as `question.answered`, and each
 * change of the draft while answering as `question.drafted` (`actor.on(type, handler)`), so a question
 * runs the same on its own as inside a module. The module machine listens to its questions and keeps
 * their records and drafts; a draft comes back as `input.draft`. A retry starts from a fresh draft
 * (empty, or for `order` the shuffled order again).
 */
import { assign, emit, setup } from 'xstate';
import type { Question, Response } from '../content/types.js';
import type { GradingOf } from './response-shape.js';
import type { AnswerRecord } from './result.js';
import { shuffled, shuffledAway } from './shuffle.js';
import { resumesDraft } from './progress.js';

export interface QuestionInput {
  question: Question;
  /** A saved record to resume from. */
  record?: AnswerRecord;
  /** When the question first showed (ms since epoch); defaults to now. */
  startedAt?: number;
  /** Decides the shuffled orders (with the question id): the same seed gives the same order. */
  seed?: string;
  /**
   * An unsubmitted response saved earlier: the question resumes answering with it, unless `record` is
   * settled (see `resumesDraft`), when it is ignored.
   */
  draft?: Response;
}

export interface QuestionContext {
  question: Question;
  /** The response being built (not yet submitted). */
  draft: Response | null;
  /** The last submission, if any. */
  record: AnswerRecord | null;
  startedAt: number;
  /**
   * The display order of ids, decided here so elements decide nothing: choice options when the author
   * asked for `shuffle`, `order` items (always, and never already in the right order), `sort` cards,
   * `match` targets; `null` for the other kinds (show the authored order).
   */
  order: string[] | null;
  /** The question resumed from `input.draft`: it starts answering even after a wrong answer (a retry was under way). */
  resumedDraft: boolean;
}

export type QuestionEvent =
  | { type: 'question.respond'; response: Response }
  | { type: 'question.submit'; at?: number }
  | { type: 'question.retry' }
  | { type: 'question.reveal' };

/** What the question emits each time the student changes the draft while answering. */
export interface QuestionDraftedEvent {
  type: 'question.drafted';
  questionId: string;
  /** The draft now (`null`: nothing left to keep). */
  response: Response | null;
}

/** What the question emits after every submission (and a reveal). */
export interface QuestionAnsweredEvent {
  type: 'question.answered';
  questionId: string;
  record: AnswerRecord;
  /** When it was submitted (the `question.submit` event's `at`); absent for a reveal. */
  at?: number;
}

/** Everything a question emits (listen with `actor.on`). */
export type QuestionEmitted = QuestionAnsweredEvent | QuestionDraftedEvent;

/** The display order of `question`'s ids for `seed` (see `QuestionContext.order`). */
export function displayOrder(question: Question, seed = ''): string[] | null {
  const key = `${seed}|${question.id}`;
  const ids = (list: Array<{ id: string }>) => list.map((x) => x.id);
  switch (question.kind) {
    case 'choice':
      return question.shuffle ? shuffled(ids(question.options), key) : null;
    case 'order':
      return shuffledAway(ids(question.items), key);
    case 'sort':
      return shuffled(ids(question.cards), key);
    case 'match':
      return shuffled(ids(question.targets), key);
    default:
      return null;
  }
}

export { resumesDraft };

/** The draft a fresh attempt starts from: an `order` question starts in its shuffled order (a full answer). */
const freshDraft = (question: Question, order: string[] | null): Response | null =>
  question.kind === 'order' && order ? [...order] : null;

function submission(context: QuestionContext, at: number | undefined, gradingOf: GradingOf): AnswerRecord {
  const response = context.draft as Response;
  const { score, correct } = gradingOf(context.question).grade(context.question, response);
  const attempts = (context.record?.attempts ?? 0) + 1;
  return {
    response,
    attempts,
    score,
    correct,
    done: correct || attempts >= context.question.attempts,
    revealed: false,
    latencyMs: Math.max(0, (at ?? Date.now()) - context.startedAt),
  };
}

/**
 * Whether the element should show the right answer now: once the question is done (answered right,
 * out of tries, or the answer asked for), unless the author keeps solutions hidden (`solution: false`;
 * the student's own right answer is still marked right).
 */
export function solutionShown(snapshot: { hasTag(tag: 'done'): boolean; matches(state: 'correct'): boolean; context: QuestionContext }): boolean {
  return snapshot.hasTag('done') && (snapshot.matches('correct') || snapshot.context.question.solution !== false);
}

/**
 * The question machine, grading with `gradingOf` (the grading of each question's kind). With every
 * kind's, it is `questionMachine` (`machines.ts`); the player builds one with the kinds its module uses.
 */
export function questionMachineWith(gradingOf: GradingOf) {
  return setup({
    types: {
      context: {} as QuestionContext,
      events: {} as QuestionEvent,
      input: {} as QuestionInput,
      emitted: {} as QuestionEmitted,
    },
    guards: {
      canSubmit: ({ context }) => context.draft !== null && gradingOf(context.question).answerable(context.question, context.draft),
      wasCorrect: ({ context }) => context.record?.correct === true,
      wasRevealed: ({ context }) => context.record?.revealed === true,
      outOfAttempts: ({ context }) => (context.record?.attempts ?? 0) >= context.question.attempts,
      hasRecord: ({ context }) => context.record !== null,
      resumedDraft: ({ context }) => context.resumedDraft,
      solutionAllowed: ({ context }) => context.question.solution !== false,
    },
    actions: {
      recordSubmission: assign(({ context, event }) => ({
        record: submission(context, event.type === 'question.submit' ? event.at : undefined, gradingOf),
      })),
      recordReveal: assign(({ context }) => ({
        record: context.record ? { ...context.record, done: true, revealed: true } : null,
      })),
      restartDraft: assign({ draft: ({ context }) => freshDraft(context.question, context.order) }),
      report: emit(({ context, event }): QuestionAnsweredEvent => ({
        type: 'question.answered',
        questionId: context.question.id,
        record: context.record!,
        ...(event.type === 'question.submit' && event.at !== undefined ? { at: event.at } : {}),
      })),
      reportDraft: emit(({ context }): QuestionDraftedEvent => ({
        type: 'question.drafted',
        questionId: context.question.id,
        response: context.draft,
      })),
    },
  }).createMachine({
    id: 'question',
    context: ({ input }) => {
      const order = displayOrder(input.question, input.seed);
      const resumedDraft = input.draft !== undefined && input.draft !== null && resumesDraft(input.question, input.record);
      return {
        question: input.question,
        draft: resumedDraft ? input.draft! : (input.record?.response ?? freshDraft(input.question, order)),
        record: input.record ?? null,
        startedAt: input.startedAt ?? Date.now(),
        order,
        resumedDraft,
      };
    },
    initial: 'resume',
    states: {
      resume: {
        always: [
          { guard: 'wasCorrect', target: 'correct' },
          { guard: 'wasRevealed', target: 'revealed' },
          { guard: 'outOfAttempts', target: 'failed' },
          { guard: 'resumedDraft', target: 'answering' },
          { guard: 'hasRecord', target: 'incorrect' },
          { target: 'answering' },
        ],
      },
      answering: {
        on: {
          'question.respond': { actions: [assign({ draft: ({ event }) => event.response }), 'reportDraft'] },
          'question.submit': { guard: 'canSubmit', target: 'checking', actions: ['recordSubmission', 'report'] },
        },
      },
      /** Transient: routes a fresh submission to its outcome. */
      checking: {
        always: [
          { guard: 'wasCorrect', target: 'correct' },
          { guard: 'outOfAttempts', target: 'failed' },
          { target: 'incorrect' },
        ],
      },
      incorrect: {
        on: {
          'question.retry': { target: 'answering', actions: 'restartDraft' },
          'question.reveal': { guard: 'solutionAllowed', target: 'revealed', actions: ['recordReveal', 'report'] },
        },
      },
      correct: { tags: ['done'] },
      failed: { tags: ['done'] },
      revealed: { tags: ['done'] },
    },
  });
}

export type QuestionMachine = ReturnType<typeof questionMachineWith>;
