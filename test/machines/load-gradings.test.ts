/**
 * The player's grading: only the kinds a module uses are loaded, and a module machine built with them
 * grades those questions exactly as the machine with every kind's grading does.
 */
import { expect } from '@open-wc/testing';
import { createActor } from 'xstate';
import type { Question, Response } from '../../src/content/types.js';
import { loadGradings } from '../../src/machines/kinds/load.js';
import { questionMachine } from '../../src/machines/machines.js';
import { questionMachineWith } from '../../src/machines/question-machine.js';
import { correctResponse } from '../../src/machines/scoring.js';
import { allKinds } from './kinds.js';
import { wrongResponse } from '../modules/wrong-response.js';

/** Submits `response` to a question actor of `machine` and returns its record. */
function submit(machine: typeof questionMachine, question: Question, response: Response) {
  const actor = createActor(machine, { input: { question } }).start();
  actor.send({ type: 'question.respond', response });
  actor.send({ type: 'question.submit', at: Date.now() });
  return actor.getSnapshot().context.record;
}

describe('loadGradings (the player grades with the kinds its module uses)', () => {
  it('grades every kind it loaded as the machine with every kind does, right and wrong answers alike', async () => {
    const gradingOf = await loadGradings(allKinds.map((q) => q.kind));
    const player = questionMachineWith(gradingOf);
    for (const q of allKinds) {
      for (const response of [correctResponse(q), wrongResponse(q)]) {
        const mine = submit(player, q, response);
        const every = submit(questionMachine, q, response);
        expect([mine?.score, mine?.correct], `${q.kind} ${JSON.stringify(response)}`).to.deep.equal([every?.score, every?.correct]);
      }
    }
  });

  it('has choice without loading anything, and refuses a kind it was not asked for', async () => {
    const gradingOf = await loadGradings([]);
    const choice = allKinds.find((q) => q.kind === 'choice')!;
    const order = allKinds.find((q) => q.kind === 'order')!;
    expect(gradingOf(choice).grade(choice, correctResponse(choice)).correct).to.equal(true);
    expect(() => gradingOf(order)).to.throw(/No grading loaded for a order question/);
  });
});
