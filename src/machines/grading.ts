/**
 * Grading every kind: how a response scores, and whether it can be submitted. The rules of each kind
 * are in `kinds/` (the player loads them with the kind); this gathers them for whoever grades any
 * question (the machines' default, the server, tests). What is right in a response and the right
 * answer are in `answers.ts`; `scoring.ts` gathers all of it.
 */
import type { Question, QuestionKind, Response } from '../content/types.js';
import { blanksGrading } from './kinds/blanks.js';
import { choiceGrading } from './kinds/choice.js';
import { hotspotGrading } from './kinds/hotspot.js';
import { matchGrading } from './kinds/match.js';
import { orderGrading } from './kinds/order.js';
import { reflectGrading } from './kinds/reflect.js';
import { scenarioGrading } from './kinds/scenario.js';
import { sortGrading } from './kinds/sort.js';
import { truefalseGrading } from './kinds/truefalse.js';
import type { Grade, KindGrading } from './response-shape.js';

export { isGapRight, normalizeAnswer, type Grade, type GradingOf, type KindGrading } from './response-shape.js';

/** Every kind's grading. */
export const gradings: { [K in QuestionKind]: KindGrading<Extract<Question, { kind: K }>> } = {
  choice: choiceGrading,
  truefalse: truefalseGrading,
  order: orderGrading,
  match: matchGrading,
  blanks: blanksGrading,
  sort: sortGrading,
  hotspot: hotspotGrading,
  scenario: scenarioGrading,
  reflect: reflectGrading,
};

/** The grading of `question`'s kind. */
export const gradingOf = (question: Question): KindGrading => gradings[question.kind] as KindGrading;

/** Grades `response` against `question`. Malformed responses score 0; this never throws. */
export function grade(question: Question, response: Response): Grade {
  return gradingOf(question).grade(question, response);
}

/** True when `response` is complete enough to submit. */
export function isAnswerable(question: Question, response: Response | null | undefined): response is Response {
  return response !== null && response !== undefined && gradingOf(question).answerable(question, response);
}
