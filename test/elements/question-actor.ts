import { createActor } from 'xstate';
import type { Question } from '../../src/content/types.js';
import { questionMachine } from '../../src/machines/machines.js';
import type { AnswerRecord } from '../../src/machines/scoring.js';

/**
 * A running question actor on its own (no module), the real machine: the records it emits
 * (`question.answered`) are collected in `reports`.
 */
export function questionActor(question: Question, record?: AnswerRecord) {
  const reports: AnswerRecord[] = [];
  const actor = createActor(questionMachine, { input: { question, record } });
  actor.on('question.answered', (e) => void reports.push(e.record));
  actor.start();
  return { actor, reports };
}
