import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/nw-choice.js';
import type { NwChoice } from '../../src/elements/nw-choice.js';
import type { ChoiceQuestion } from '../../src/content/types.js';
import { loadSanitizer } from '../../src/content/sanitize.js';
import { questionActor } from './question-actor.js';

const single: ChoiceQuestion = {
  kind: 'choice', id: 'strong', promptHtml: '<p>Which is <em>strongest</em>?</p>', attempts: 2, weight: 1, multiple: false, shuffle: false,
  hintHtml: 'Longer is better.', explanationHtml: '<p>Length beats symbols.</p>',
  options: [
    { id: 'a', html: 'Summer2024!', correct: false, feedbackHtml: '<p>Season and year are guessed first.</p>' },
    { id: 'b', html: 'kettle orbit tulip', correct: true, feedbackHtml: '<p>Three random words.</p>' },
    { id: 'c', html: 'P@ssw0rd', correct: false },
  ],
};
const multiple: ChoiceQuestion = { ...single, id: 'multi', multiple: true, attempts: 1, options: [
  { id: 'a', html: 'Manager', correct: true }, { id: 'b', html: 'Two-step login', correct: true }, { id: 'c', html: 'Pet name', correct: false },
] };

const inputs = (el: NwChoice) => [...el.shadowRoot!.querySelectorAll('input')];
const button = (el: NwChoice, text: string) => [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim() === text);
const feedback = (el: NwChoice) => el.shadowRoot!.querySelector('[part="feedback"]')!.textContent!.replace(/\s+/g, ' ');

describe('<nw-choice>', () => {
  before(() => loadSanitizer());

  it('is accessible before and after answering', async () => {
    const { actor } = questionActor(single);
    const el = await fixture<NwChoice>(html`<nw-choice .actor=${actor}></nw-choice>`);
    await expect(el).to.be.accessible();
    inputs(el)[0].click();
    button(el, 'Check')!.click();
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('renders radio buttons for one answer, checkboxes for several', async () => {
    const one = await fixture<NwChoice>(html`<nw-choice .actor=${questionActor(single).actor}></nw-choice>`);
    expect(inputs(one).map((i) => i.type)).to.deep.equal(['radio', 'radio', 'radio']);
    expect(one.shadowRoot!.textContent).to.contain('Choose one answer.');
    expect(one.shadowRoot!.querySelector('[part="prompt"] em')!.textContent).to.equal('strongest');
    const many = await fixture<NwChoice>(html`<nw-choice .actor=${questionActor(multiple).actor}></nw-choice>`);
    expect(inputs(many).map((i) => i.type)).to.deep.equal(['checkbox', 'checkbox', 'checkbox']);
    expect(many.shadowRoot!.textContent).to.contain('Choose every right answer.');
  });

  it('ignores Check until an option is picked', async () => {
    const { actor, reports } = questionActor(single);
    const el = await fixture<NwChoice>(html`<nw-choice .actor=${actor}></nw-choice>`);
    expect(button(el, 'Check')!.getAttribute('aria-disabled')).to.equal('true');
    button(el, 'Check')!.click();
    await el.updateComplete;
    expect(reports).to.have.length(0);
    expect(feedback(el).trim()).to.equal('');
  });

  it('shows the picked option\'s reason, the tries left, and a retry that clears the choice', async () => {
    const { actor, reports } = questionActor(single);
    const el = await fixture<NwChoice>(html`<nw-choice .actor=${actor}></nw-choice>`);
    inputs(el)[0].click();
    await el.updateComplete;
    button(el, 'Check')!.click();
    await el.updateComplete;
    expect(reports[0]).to.include({ correct: false, attempts: 1 });
    expect(feedback(el)).to.contain('Not quite.');
    expect(feedback(el)).to.contain('Season and year are guessed first.');
    expect(feedback(el)).to.contain('1 try left');
    // The right answer is not given away while tries remain.
    expect(feedback(el)).not.to.contain('Length beats symbols.');
    expect(inputs(el).every((i) => i.disabled)).to.equal(true);
    button(el, 'Try again')!.click();
    await el.updateComplete;
    expect(inputs(el).some((i) => i.checked)).to.equal(false);
    expect(el.shadowRoot!.activeElement).to.equal(inputs(el)[0]);
    inputs(el)[1].click();
    button(el, 'Check')!.click();
    await el.updateComplete;
    expect(feedback(el)).to.contain('Correct!');
    expect(feedback(el)).to.contain('Three random words.');
    expect(feedback(el)).to.contain('Length beats symbols.');
  });

  it('shows the answer on request', async () => {
    const { actor } = questionActor(single);
    const el = await fixture<NwChoice>(html`<nw-choice .actor=${actor}></nw-choice>`);
    inputs(el)[2].click();
    button(el, 'Check')!.click();
    await el.updateComplete;
    button(el, 'Show the answer')!.click();
    await el.updateComplete;
    expect(feedback(el)).to.contain('Here is the answer.');
    const marks = [...el.shadowRoot!.querySelectorAll('label')].map((l) => l.querySelector('.mark')?.className ?? '');
    expect(marks[1]).to.contain('right');
    expect(marks[2]).to.contain('wrong');
  });

  it('keeps the right answer hidden when the author says so (solution: false)', async () => {
    const { actor } = questionActor({ ...single, solution: false });
    const el = await fixture<NwChoice>(html`<nw-choice .actor=${actor}></nw-choice>`);
    inputs(el)[2].click();
    button(el, 'Check')!.click();
    await el.updateComplete;
    expect(button(el, 'Try again')).to.exist;
    expect(button(el, 'Show the answer')).to.equal(undefined);
    button(el, 'Try again')!.click();
    await el.updateComplete;
    inputs(el)[0].click();
    button(el, 'Check')!.click();
    await el.updateComplete;
    // Out of tries: the wrong pick is marked, but neither the right option nor the explanation shows.
    expect(feedback(el)).to.contain('No tries left.');
    const marks = [...el.shadowRoot!.querySelectorAll('label')].map((l) => l.querySelector('.mark')?.className ?? '');
    expect(marks).to.deep.equal(['mark wrong', '', '']);
    expect(feedback(el)).not.to.contain('Length beats symbols.');
    await expect(el).to.be.accessible();
  });

  it('gives partial credit feedback on several answers', async () => {
    const { actor, reports } = questionActor(multiple);
    const el = await fixture<NwChoice>(html`<nw-choice .actor=${actor}></nw-choice>`);
    inputs(el)[0].click();
    await el.updateComplete;
    button(el, 'Check')!.click();
    await el.updateComplete;
    expect(reports[0].score).to.equal(0.5);
    expect(feedback(el)).to.contain('Partly right.');
    expect(feedback(el)).to.contain('No tries left.');
  });

  it('reveals the hint on request', async () => {
    const el = await fixture<NwChoice>(html`<nw-choice .actor=${questionActor(single).actor}></nw-choice>`);
    const toggle = button(el, 'Show a hint')!;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    toggle.click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="hint"]')!.textContent).to.contain('Longer is better.');
    expect(button(el, 'Hide the hint')!.getAttribute('aria-expanded')).to.equal('true');
  });

  it('is answered with the keyboard alone', async () => {
    const { actor, reports } = questionActor(single);
    const el = await fixture<NwChoice>(html`<nw-choice .actor=${actor}></nw-choice>`);
    inputs(el)[0].focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(inputs(el)[1].checked).to.equal(true);
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(reports[0]).to.include({ correct: true });
  });

  it('has touch targets of at least 24px', async () => {
    const el = await fixture<NwChoice>(html`<nw-choice .actor=${questionActor(single).actor}></nw-choice>`);
    for (const target of [...el.shadowRoot!.querySelectorAll('label, button')]) {
      const box = target.getBoundingClientRect();
      expect(box.height, target.textContent!).to.be.at.least(24);
      expect(box.width, target.textContent!).to.be.at.least(24);
    }
  });

  it('resumes a saved answer', async () => {
    const { actor } = questionActor(single, { response: ['b'], attempts: 1, score: 1, correct: true, done: true, revealed: false, latencyMs: 10 });
    const el = await fixture<NwChoice>(html`<nw-choice .actor=${actor}></nw-choice>`);
    expect(inputs(el).map((i) => i.checked)).to.deep.equal([false, true, false]);
    expect(feedback(el)).to.contain('Correct!');
  });
});
