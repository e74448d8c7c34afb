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
 * Each submission is reported to the parent (the module machine) as `question.answered`.
 */
import { assign, sendParent, setup } from 'xstate';
import type { Question, Response } from '../content/types.js';
import { type AnswerRecord, grade, isAnswerable } from './scoring.js';

export interface QuestionInput {
  question: Question;
  /** A saved record to resume from. */
  record?: AnswerRecord;
  /** When the question first showed (ms since epoch); defaults to now. */
  startedAt?: number;
}

export interface QuestionContext {
  question: Question;
  /** The response being built (not yet submitted). */
  draft: Response | null;
  /** The last submission, if any. */
  record: AnswerRecord | null;
  startedAt: number;
}

export type QuestionEvent =
  | { type: 'question.respond'; response: Response }
  | { type: 'question.submit'; at?: number }
  | { type: 'question.retry' }
  | { type: 'question.reveal' };

/** What the question tells its parent after every submission (and a reveal). */
export interface QuestionAnsweredEvent {
  type: 'question.answered';
  questionId: string;
  record: AnswerRecord;
}

function submission(context: QuestionContext, at: number | undefined): AnswerRecord {
  const response = context.draft as Response;
  const { score, correct } = grade(context.question, response);
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

export const questionMachine = setup({
  types: {
    context: {} as QuestionContext,
    events: {} as QuestionEvent,
    input: {} as QuestionInput,
  },
  guards: {
    canSubmit: ({ context }) => isAnswerable(context.question, context.draft),
    wasCorrect: ({ context }) => context.record?.correct === true,
    wasRevealed: ({ context }) => context.record?.revealed === true,
    outOfAttempts: ({ context }) => (context.record?.attempts ?? 0) >= context.question.attempts,
    hasRecord: ({ context }) => context.record !== null,
  },
  actions: {
    recordSubmission: assign(({ context, event }) => ({
      record: submission(context, event.type === 'question.submit' ? event.at : undefined),
    })),
    recordReveal: assign(({ context }) => ({
      record: context.record ? { ...context.record, done: true, revealed: true } : null,
    })),
    clearDraft: assign({ draft: null }),
    report: sendParent(({ context }): QuestionAnsweredEvent => ({
      type: 'question.answered',
      questionId: context.question.id,
      record: context.record!,
    })),
  },
}).createMachine({
  id: 'question',
  context: ({ input }) => ({
    question: input.question,
    draft: input.record?.response ?? null,
    record: input.record ?? null,
    startedAt: input.startedAt ?? Date.now(),
  }),
  initial: 'resume',
  states: {
    resume: {
      always: [
        { guard: 'wasCorrect', target: 'correct' },
        { guard: 'wasRevealed', target: 'revealed' },
        { guard: 'outOfAttempts', target: 'failed' },
        { guard: 'hasRecord', target: 'incorrect' },
        { target: 'answering' },
      ],
    },
    answering: {
      on: {
        'question.respond': { actions: assign({ draft: ({ event }) => event.response }) },
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
        'question.retry': { target: 'answering', actions: 'clearDraft' },
        'question.reveal': { target: 'revealed', actions: ['recordReveal', 'report'] },
      },
    },
    correct: { tags: ['done'] },
    failed: { tags: ['done'] },
    revealed: { tags: ['done'] },
  },
});
