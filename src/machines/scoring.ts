/**
 * Scoring: pure functions from a question and a response to a result, and from a module's answers to
 * its outcome. No state, no DOM: the machines call these, and so can anyone else.
 */
import type { ChoiceQuestion, ModuleDoc, Question, Response, TrueFalseQuestion } from '../content/types.js';

/** How one response scored. `score` runs from 0 to 1 (partial credit in between). */
export interface Grade {
  score: number;
  correct: boolean;
}

function gradeChoice(q: ChoiceQuestion, picked: string[]): Grade {
  const chosen = new Set(picked);
  if (!q.multiple) {
    const correct = q.options.some((o) => o.correct && chosen.has(o.id)) && chosen.size === 1;
    return { score: correct ? 1 : 0, correct };
  }
  // Several right answers: each right pick earns a share, each wrong pick costs one; never below 0.
  const right = q.options.filter((o) => o.correct);
  const hits = right.filter((o) => chosen.has(o.id)).length;
  const misses = q.options.filter((o) => !o.correct && chosen.has(o.id)).length;
  const score = Math.max(0, (hits - misses) / right.length);
  return { score, correct: hits === right.length && misses === 0 };
}

function gradeTrueFalse(q: TrueFalseQuestion, answer: boolean): Grade {
  const correct = answer === q.answer;
  return { score: correct ? 1 : 0, correct };
}

/** Grades `response` against `question`. */
export function grade(question: Question, response: Response): Grade {
  switch (question.kind) {
    case 'choice':
      return gradeChoice(question, Array.isArray(response) ? response : []);
    case 'truefalse':
      return gradeTrueFalse(question, response === true);
  }
}

/** True when `response` is complete enough to submit. */
export function isAnswerable(question: Question, response: Response | null | undefined): response is Response {
  if (response === null || response === undefined) return false;
  switch (question.kind) {
    case 'choice':
      return Array.isArray(response) && response.length > 0 && response.every((id) => question.options.some((o) => o.id === id));
    case 'truefalse':
      return typeof response === 'boolean';
  }
}

/** The correct response, for "show answer" and for LMS correct-response patterns. */
export function correctResponse(question: Question): Response {
  switch (question.kind) {
    case 'choice':
      return question.options.filter((o) => o.correct).map((o) => o.id);
    case 'truefalse':
      return question.answer;
  }
}

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
  passed: boolean;
  answered: number;
  questions: number;
}

/** Every question in reading order. */
export function questionsOf(doc: ModuleDoc): Question[] {
  return doc.lessons.flatMap((l) => l.steps.flatMap((s) => (s.question ? [s.question] : [])));
}

/** Scores a module from its answers. A revealed answer earns nothing; unanswered questions count as 0. */
export function moduleResult(doc: ModuleDoc, answers: Record<string, AnswerRecord | undefined>): ModuleResult {
  let points = 0;
  let maxPoints = 0;
  let answered = 0;
  const questions = questionsOf(doc);
  for (const q of questions) {
    const a = answers[q.id];
    maxPoints += q.weight;
    if (!a) continue;
    answered += 1;
    if (!a.revealed) points += a.score * q.weight;
  }
  const percent = maxPoints === 0 ? 100 : Math.round((points / maxPoints) * 100);
  return { points, maxPoints, percent, passed: percent >= doc.meta.passMark, answered, questions: questions.length };
}
