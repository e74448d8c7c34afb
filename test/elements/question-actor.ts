import { createActor } from 'xstate';
import type { Question } from '../../src/content/types.js';
import { questionMachine } from '../../src/machines/question-machine.js';
import type { AnswerRecord } from '../../src/machines/scoring.js';

/** A running question actor on its own (no module): its reports are collected instead of sent. */
export function questionActor(question: Question, record?: AnswerRecord) {
  const reports: AnswerRecord[] = [];
  const actor = createActor(
    questionMachine.provide({ actions: { report: ({ context }) => void reports.push(context.record!) } }),
    { input: { question, record } },
  ).start();
  return { actor, reports };
}
