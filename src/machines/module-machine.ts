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
import type { QuestionAnsweredEvent, QuestionMachine } from './question-machine.js';
import { moduleResult } from './result.js';
import { nextSeed } from './shuffle.js';
import {
  type ModuleContext, type ModuleEmitted, type ModuleEvent, type ModuleInput,
  answerTiming, eventTime, furthestReachable, initialContext, isStepCleared, progressOf, questionsOfSteps, showingAt,
  stepsInPlay, timeUpTo, toSavedProgress, withoutDraft,
} from './module-context.js';

export {
  type StepRef, type ModuleInput, type Showing, type ModuleContext, type ModuleEvent, type ProgressInfo, type ModuleEmitted,
  stepsOf, stepsInPlay, questionsOfSteps, isStepCleared, isUntouched, furthestReachable, progressOf, toSavedProgress,
} from './module-context.js';

/**
 * The module machine, running its questions on `question` (a question machine: `questionMachine` grades
 * every kind; the player's grades the kinds its module uses). With every kind, it is `moduleMachine`
 * (`machines.ts`).
 */
export function moduleMachineWith(question: QuestionMachine) {
  return setup({
    types: {
      context: {} as ModuleContext,
      events: {} as ModuleEvent,
      input: {} as ModuleInput,
      emitted: {} as ModuleEmitted,
    },
    actors: { question },
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
}

export type ModuleMachine = ReturnType<typeof moduleMachineWith>;
