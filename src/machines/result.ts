/**
 * A module's outcome: the record kept for each answered question, the weighted score and pass or fail,
 * and the score band reached. Pure functions over a module and its answers.
 */
import type { ModuleDoc, Question, Response, ScoreBand } from '../content/types.js';

/** What the module keeps for each answered question: enough to score, review, resume and report. */
export interface AnswerRecord {
  /** The last submitted response. */
  response: Response;
  /** Submissions so far. */
  attempts: number;
  /** Score of the last submission, 0–1. */
  score: number;
  correct: boolean;
  /** No more tries: answered right, out of attempts, or the answer was shown. */
  done: boolean;
  /** The student asked to see the answer. */
  revealed: boolean;
  /** Milliseconds from the question first showing to the last submission. */
  latencyMs: number;
}

/** The outcome of a module so far. */
export interface ModuleResult {
  /** Weighted points earned and possible. */
  points: number;
  maxPoints: number;
  /** 0–100, rounded. */
  percent: number;
  /**
   * Reached the pass mark. Always `false` when the module is not `graded` (practice mode has no
   * pass or fail: read `graded` first).
   */
  passed: boolean;
  /** The module is graded (`meta.mode: graded`); `false` for a practice self-check. */
  graded: boolean;
  answered: number;
  questions: number;
}

/** Every question in reading order. */
export function questionsOf(doc: ModuleDoc): Question[] {
  return doc.lessons.flatMap((l) => l.steps.flatMap((s) => (s.question ? [s.question] : [])));
}

/**
 * Scores a module from its answers. A revealed answer earns nothing; unanswered questions count as 0.
 * `questions` are the questions that count (default: all). With question pools, pass the ones drawn
 * for this attempt, e.g. `questionsOfSteps(context.steps)` of the module machine.
 * In practice mode (`meta.mode: practice`) the percent is still computed, for the student's own view,
 * but there is no verdict: `graded` and `passed` are `false`.
 */
export function moduleResult(
  doc: ModuleDoc,
  answers: Record<string, AnswerRecord | undefined>,
  questions: Question[] = questionsOf(doc),
): ModuleResult {
  let points = 0;
  let maxPoints = 0;
  let answered = 0;
  for (const q of questions) {
    const a = answers[q.id];
    maxPoints += q.weight;
    if (!a) continue;
    answered += 1;
    if (!a.revealed) points += a.score * q.weight;
  }
  const percent = maxPoints === 0 ? 100 : Math.round((points / maxPoints) * 100);
  const graded = doc.meta.mode !== 'practice';
  return { points, maxPoints, percent, passed: graded && percent >= doc.meta.passMark, graded, answered, questions: questions.length };
}

/**
 * The end-of-module feedback band for a result: the first of `bands` whose `min`–`max` (percent,
 * both ends included) holds `result.percent`; `undefined` when none does.
 */
export function bandFor(result: Pick<ModuleResult, 'percent'>, bands: readonly ScoreBand[]): ScoreBand | undefined {
  return bands.find((b) => result.percent >= b.min && result.percent <= b.max);
}
