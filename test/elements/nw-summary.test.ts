import { expect, fixture, html } from '@open-wc/testing';
import { createActor } from 'xstate';
import '../../src/elements/nw-summary.js';
import type { NwSummary } from '../../src/elements/nw-summary.js';
import { loadSanitizer } from '../../src/content/sanitize.js';
import { moduleMachine } from '../../src/machines/module-machine.js';
import type { AnswerRecord } from '../../src/machines/scoring.js';
import { playerDoc } from './doc-fixture.js';

const record = (response: AnswerRecord['response'], correct: boolean, score = correct ? 1 : 0): AnswerRecord => ({
  response, attempts: 1, score, correct, done: true, revealed: false, latencyMs: 100,
});

function finishedActor(answers: Record<string, AnswerRecord>, mode: 'graded' | 'practice' = 'graded') {
  return createActor(moduleMachine, {
    input: { doc: playerDoc({ mode }), saved: { v: 1, module: 'player-test', step: 'two.q3', answers, finished: true } },
  }).start();
}

describe('<nw-summary>', () => {
  before(() => loadSanitizer());

  it('shows the score, the verdict and a review of every question, accessibly', async () => {
    const actor = finishedActor({ q1: record(['b'], true), q2: record(true, false), q3: record(['a'], false, 0.5) });
    const el = await fixture<NwSummary>(html`<nw-summary .actor=${actor}></nw-summary>`);
    const text = el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
    // (1 + 0 + 0.5×2) of 4 points = 50%.
    expect(text).to.contain('You scored 50%');
    expect(text).to.contain('1 of 3 questions right');
    expect(text).to.contain('Not passed yet — the pass mark is 70%.');
    const items = el.shadowRoot!.querySelectorAll('[part="review"] > li');
    expect(items.length).to.equal(3);
    expect(items[1].textContent).to.contain('You answered');
    expect(items[1].querySelector('dd')!.textContent).to.contain('True');
    expect(items[1].querySelectorAll('dd')[1].textContent).to.contain('False');
    expect(items[2].querySelectorAll('dd')[1].textContent).to.contain('A password manager; Two-step login');
    await expect(el).to.be.accessible();
  });

  it('takes the student back to a question, or starts again', async () => {
    const actor = finishedActor({ q1: record(['b'], true), q2: record(false, true), q3: record(['a', 'b'], true) });
    const el = await fixture<NwSummary>(html`<nw-summary .actor=${actor}></nw-summary>`);
    expect(el.shadowRoot!.textContent).to.contain('Passed');
    const goTo = [...el.shadowRoot!.querySelectorAll('li button')] as HTMLButtonElement[];
    goTo[1].click();
    expect(actor.getSnapshot().value).to.equal('playing');
    expect(actor.getSnapshot().context.steps[actor.getSnapshot().context.index].step.id).to.equal('two.q2');
    const again = finishedActor({ q1: record(['b'], true), q2: record(false, true), q3: record(['a', 'b'], true) });
    const el2 = await fixture<NwSummary>(html`<nw-summary .actor=${again}></nw-summary>`);
    [...el2.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Start again')!.click();
    expect(again.getSnapshot().context.answers).to.deep.equal({});
    expect(again.getSnapshot().context.index).to.equal(0);
  });

  it('reports no pass or fail in practice mode', async () => {
    const el = await fixture<NwSummary>(html`<nw-summary .actor=${finishedActor({ q1: record(['a'], false) }, 'practice')}></nw-summary>`);
    expect(el.shadowRoot!.textContent).to.contain('Practice finished.');
    expect(el.shadowRoot!.textContent).not.to.contain('pass mark');
  });
});
