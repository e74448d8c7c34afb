import { expect, fixture, html } from '@open-wc/testing';
import { createActor } from 'xstate';
import '../../src/elements/nw-summary.js';
import type { NwSummary } from '../../src/elements/nw-summary.js';
import { loadSanitizer } from '../../src/content/sanitize.js';
import { moduleMachine } from '../../src/machines/machines.js';
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

describe('<nw-summary> feedback bands and questions without a right answer', () => {
  before(() => loadSanitizer());

  it("shows the author's feedback for the band the score falls in", async () => {
    const bands = [
      { min: 0, max: 49, feedbackHtml: '<p>Have another look at lesson 2.</p>' },
      { min: 50, max: 100, feedbackHtml: '<p>Well done!</p>' },
    ];
    const doc = playerDoc({ bands });
    const saved = (answers: Record<string, AnswerRecord>) => ({ v: 1 as const, module: 'player-test', step: 'two.q3', answers, finished: true });
    const low = createActor(moduleMachine, { input: { doc, saved: saved({ q1: record(['a'], false) }) } }).start();
    const el = await fixture<NwSummary>(html`<nw-summary .actor=${low}></nw-summary>`);
    expect(el.shadowRoot!.querySelector('[part="band"]')!.textContent).to.equal('Have another look at lesson 2.');
    const high = createActor(moduleMachine, {
      input: { doc, saved: saved({ q1: record(['b'], true), q2: record(false, true), q3: record(['a', 'b'], true) }) },
    }).start();
    const el2 = await fixture<NwSummary>(html`<nw-summary .actor=${high}></nw-summary>`);
    expect(el2.shadowRoot!.querySelector('[part="band"]')!.textContent).to.equal('Well done!');
    await expect(el2).to.be.accessible();
  });

  it('does not judge a reflection: no right answer, not counted as right or wrong', async () => {
    const doc = playerDoc();
    const reflect = { kind: 'reflect' as const, id: 'feel', promptHtml: '<p>How do you feel?</p>', attempts: 1, weight: 0, options: [], maxLength: 200 };
    doc.lessons[1].steps.push({ id: 'two.feel', title: 'Think', html: '', question: reflect });
    const answers = { q1: record(['b'], true), q2: record(false, true), q3: record(['a', 'b'], true), feel: record({ text: 'Safer now' }, true) };
    const actor = createActor(moduleMachine, { input: { doc, saved: { v: 1, module: 'player-test', step: 'two.feel', answers, finished: true } } }).start();
    const el = await fixture<NwSummary>(html`<nw-summary .actor=${actor}></nw-summary>`);
    const text = el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
    expect(text).to.contain('3 of 3 questions right');
    const items = el.shadowRoot!.querySelectorAll('[part="review"] > li');
    const last = items[items.length - 1];
    expect(last.querySelector('dd')!.textContent!.trim()).to.equal('Safer now');
    expect(last.querySelectorAll('dd').length).to.equal(1);
  });

  it('does not give away an answer the author keeps hidden (solution: false)', async () => {
    const doc = playerDoc();
    const q2 = doc.lessons[1].steps[0].question!;
    q2.solution = false;
    q2.explanationHtml = '<p>The statement was false.</p>';
    const answers = { q1: record(['b'], true), q2: record(true, false), q3: record(['a', 'b'], true) };
    const actor = createActor(moduleMachine, { input: { doc, saved: { v: 1, module: 'player-test', step: 'two.q3', answers, finished: true } } }).start();
    const el = await fixture<NwSummary>(html`<nw-summary .actor=${actor}></nw-summary>`);
    const items = el.shadowRoot!.querySelectorAll('[part="review"] > li');
    expect(items[1].querySelectorAll('dd').length).to.equal(1);
    expect(items[1].textContent).to.contain('True (Not quite.)');
    expect(items[1].textContent).not.to.contain('The statement was false.');
    expect(items[0].querySelectorAll('dd').length).to.equal(2);
  });
});
