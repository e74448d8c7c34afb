import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/nw-blanks.js';
import type { NwBlanks } from '../../src/elements/nw-blanks.js';
import type { BlanksQuestion } from '../../src/content/types.js';
import { loadSanitizer, sanitize } from '../../src/content/sanitize.js';
import { questionActor } from './question-actor.js';

const words: BlanksQuestion = {
  kind: 'blanks', id: 'three-words', promptHtml: '<p>Fill the gaps.</p>', attempts: 2, weight: 1, caseSensitive: false,
  explanationHtml: '<p>Long and random beats short and clever.</p>',
  textHtml: '<p>A strong password is made of <span data-gap="0"></span> random words.</p>\n<p>Turn on <span data-gap="1"></span> login wherever you can.</p>',
  gaps: [{ answers: ['three', '3'] }, { answers: ['two-step', '2-step'] }],
};

const fields = (el: NwBlanks) => [...el.shadowRoot!.querySelectorAll('input')];
const button = (el: NwBlanks, text: string) => [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim() === text);
const feedback = (el: NwBlanks) => el.shadowRoot!.querySelector('[part="feedback"]')!.textContent!.replace(/\s+/g, ' ');
/** The words a screen reader gets for a gap after Check: its mark and, once shown, the answer. */
const description = (el: NwBlanks, input: HTMLInputElement) =>
  (input.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean).map((id) => el.shadowRoot!.getElementById(id)!.textContent!.replace(/\s+/g, ' ').trim()).join(' | ');

async function type(el: NwBlanks, index: number, text: string) {
  const input = fields(el)[index];
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  await el.updateComplete;
}

describe('<nw-blanks>', () => {
  before(() => loadSanitizer());

  it('keeps the gap placeholders through sanitising', () => {
    expect(sanitize(words.textHtml)).to.contain('<span data-gap="0"></span>').and.to.contain('<span data-gap="1"></span>');
  });

  it('puts a named text field into each gap, inside the text', async () => {
    const el = await fixture<NwBlanks>(html`<nw-blanks .actor=${questionActor(words).actor}></nw-blanks>`);
    expect(fields(el).map((i) => i.getAttribute('aria-label'))).to.deep.equal(['Gap 1 of 2', 'Gap 2 of 2']);
    const first = el.shadowRoot!.querySelector('[data-gap="0"]')!;
    expect(first.querySelector('input')).to.equal(fields(el)[0]);
    expect(first.parentElement!.textContent).to.contain('A strong password is made of');
    expect(el.shadowRoot!.textContent).to.contain('Type your answer in each gap.');
  });

  it('is accessible before and after answering', async () => {
    const { actor } = questionActor(words);
    const el = await fixture<NwBlanks>(html`<nw-blanks .actor=${actor}></nw-blanks>`);
    await expect(el).to.be.accessible();
    await type(el, 0, 'three');
    await type(el, 1, 'one-step');
    button(el, 'Check')!.click();
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('ignores Check while every gap is empty', async () => {
    const { actor, reports } = questionActor(words);
    const el = await fixture<NwBlanks>(html`<nw-blanks .actor=${actor}></nw-blanks>`);
    expect(button(el, 'Check')!.getAttribute('aria-disabled')).to.equal('true');
    await type(el, 0, '   ');
    button(el, 'Check')!.click();
    await el.updateComplete;
    expect(reports).to.have.length(0);
  });

  it('marks each gap right or wrong in words, then clears the gaps on Try again', async () => {
    const { actor, reports } = questionActor(words);
    const el = await fixture<NwBlanks>(html`<nw-blanks .actor=${actor}></nw-blanks>`);
    await type(el, 0, ' THREE ');
    await type(el, 1, 'one-step');
    button(el, 'Check')!.click();
    await el.updateComplete;
    expect(reports[0]).to.deep.include({ response: [' THREE ', 'one-step'], score: 0.5, correct: false, attempts: 1 });
    expect(feedback(el)).to.contain('Partly right.').and.to.contain('1 try left');
    expect(description(el, fields(el)[0])).to.equal('✓Correct!');
    expect(description(el, fields(el)[1])).to.equal('✗Not quite.');
    // No answer is given away while a try is left.
    expect(el.shadowRoot!.querySelector('[part="gap-answer"]')).to.equal(null);
    expect(fields(el).every((i) => i.readOnly)).to.equal(true);
    button(el, 'Try again')!.click();
    await el.updateComplete;
    expect(fields(el).map((i) => i.value)).to.deep.equal(['', '']);
    expect(fields(el).some((i) => i.readOnly)).to.equal(false);
    expect(el.shadowRoot!.activeElement).to.equal(fields(el)[0]);
    await type(el, 0, '3');
    await type(el, 1, '2‐step');
    button(el, 'Check')!.click();
    await el.updateComplete;
    expect(reports[1]).to.include({ correct: true });
    expect(feedback(el)).to.contain('Correct!').and.to.contain('Long and random beats short and clever.');
  });

  it('shows the accepted answers beside the wrong gaps when asked', async () => {
    const { actor } = questionActor(words);
    const el = await fixture<NwBlanks>(html`<nw-blanks .actor=${actor}></nw-blanks>`);
    await type(el, 0, 'three');
    await type(el, 1, 'secret');
    button(el, 'Check')!.click();
    await el.updateComplete;
    button(el, 'Show the answer')!.click();
    await el.updateComplete;
    expect(feedback(el)).to.contain('Here is the answer.');
    const answers = [...el.shadowRoot!.querySelectorAll('[part="gap-answer"]')].map((a) => a.textContent);
    expect(answers).to.deep.equal(['Answer: two-step (or 2-step)']);
    expect(description(el, fields(el)[1])).to.equal('✗Not quite. | Answer: two-step (or 2-step)');
    await expect(el).to.be.accessible();
  });

  it('shows the answers when no try is left', async () => {
    const { actor } = questionActor({ ...words, attempts: 1 });
    const el = await fixture<NwBlanks>(html`<nw-blanks .actor=${actor}></nw-blanks>`);
    await type(el, 1, 'two-step');
    button(el, 'Check')!.click();
    await el.updateComplete;
    expect(feedback(el)).to.contain('No tries left.');
    expect([...el.shadowRoot!.querySelectorAll('[part="gap-answer"]')].map((a) => a.textContent)).to.deep.equal(['Answer: three (or 3)']);
  });

  it('is answered with the keyboard alone', async () => {
    const { actor, reports } = questionActor(words);
    const el = await fixture<NwBlanks>(html`<nw-blanks .actor=${actor}></nw-blanks>`);
    fields(el)[0].focus();
    await sendKeys({ type: 'three' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'two-step' });
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement!.textContent!.trim()).to.equal('Check');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(reports[0]).to.deep.include({ response: ['three', 'two-step'], correct: true });
  });

  it('keeps the caret where the student types', async () => {
    const el = await fixture<NwBlanks>(html`<nw-blanks .actor=${questionActor(words).actor}></nw-blanks>`);
    fields(el)[0].focus();
    await sendKeys({ type: 'thee' });
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ type: 'r' });
    await el.updateComplete;
    expect(fields(el)[0].value).to.equal('three');
  });

  it('has touch targets of at least 24px', async () => {
    const el = await fixture<NwBlanks>(html`<nw-blanks .actor=${questionActor(words).actor}></nw-blanks>`);
    for (const target of [...el.shadowRoot!.querySelectorAll('input, button')]) {
      const box = target.getBoundingClientRect();
      expect(box.height).to.be.at.least(24);
      expect(box.width).to.be.at.least(24);
    }
  });

  it('restores a saved answer after a reload', async () => {
    const { actor } = questionActor(words, { response: ['3', 'never'], attempts: 2, score: 0.5, correct: false, done: true, revealed: false, latencyMs: 10 });
    const el = await fixture<NwBlanks>(html`<nw-blanks .actor=${actor}></nw-blanks>`);
    expect(fields(el).map((i) => i.value)).to.deep.equal(['3', 'never']);
    expect(fields(el).every((i) => i.readOnly)).to.equal(true);
    expect(feedback(el)).to.contain('No tries left.');
    expect(description(el, fields(el)[0])).to.equal('✓Correct!');
    expect(description(el, fields(el)[1])).to.contain('Answer: two-step');
  });

  it('never runs script from the author\'s text', async () => {
    const w = window as unknown as { nwBlanksXss?: number };
    w.nwBlanksXss = 0;
    const evil: BlanksQuestion = {
      ...words,
      textHtml: '<p>Gap <span data-gap="0" onmouseover="nwBlanksXss++"></span><img src="data:," onerror="window.nwBlanksXss++"><script>window.nwBlanksXss++</script> here.</p><span data-gap="1"></span>',
    };
    const el = await fixture<NwBlanks>(html`<nw-blanks .actor=${questionActor(evil).actor}></nw-blanks>`);
    await new Promise((r) => setTimeout(r, 100));
    expect(w.nwBlanksXss).to.equal(0);
    expect(el.shadowRoot!.querySelector('script, [onerror], [onmouseover]')).to.equal(null);
    expect(fields(el)).to.have.length(2);
  });
});
