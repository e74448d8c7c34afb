import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/nw-truefalse.js';
import type { NwTrueFalse } from '../../src/elements/nw-truefalse.js';
import type { TrueFalseQuestion } from '../../src/content/types.js';
import { loadSanitizer } from '../../src/content/sanitize.js';
import { questionActor } from './question-actor.js';

const statement: TrueFalseQuestion = {
  kind: 'truefalse', id: 'monthly', promptHtml: '<p>Change every password each month.</p>', attempts: 1, weight: 1, answer: false,
  feedbackTrueHtml: '<p>Experts dropped that advice.</p>', feedbackFalseHtml: '<p>Right: only when it may have leaked.</p>',
  explanationHtml: '<p>NIST says no forced changes.</p>',
};
const inputs = (el: NwTrueFalse) => [...el.shadowRoot!.querySelectorAll('input')];
const check = (el: NwTrueFalse) => [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Check')!;
const feedback = (el: NwTrueFalse) => el.shadowRoot!.querySelector('[part="feedback"]')!.textContent!;

describe('<nw-truefalse>', () => {
  before(() => loadSanitizer());

  it('is accessible', async () => {
    const el = await fixture<NwTrueFalse>(html`<nw-truefalse .actor=${questionActor(statement).actor}></nw-truefalse>`);
    await expect(el).to.be.accessible();
    expect(el.shadowRoot!.textContent).to.contain('True or false?');
  });

  it('shows the feedback for the answer given, then the explanation', async () => {
    const { actor, reports } = questionActor(statement);
    const el = await fixture<NwTrueFalse>(html`<nw-truefalse .actor=${actor}></nw-truefalse>`);
    inputs(el)[0].click();
    await el.updateComplete;
    check(el).click();
    await el.updateComplete;
    expect(reports[0]).to.include({ correct: false, response: true });
    expect(feedback(el)).to.contain('Experts dropped that advice.');
    expect(feedback(el)).to.contain('No tries left.');
    expect(feedback(el)).to.contain('NIST says no forced changes.');
    await expect(el).to.be.accessible();
  });

  it('is answered with the keyboard alone', async () => {
    const { actor, reports } = questionActor(statement);
    const el = await fixture<NwTrueFalse>(html`<nw-truefalse .actor=${actor}></nw-truefalse>`);
    inputs(el)[0].focus();
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(inputs(el)[1].checked).to.equal(true);
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(reports[0]).to.include({ correct: true, response: false });
    expect(feedback(el)).to.contain('Right: only when it may have leaked.');
  });
});
