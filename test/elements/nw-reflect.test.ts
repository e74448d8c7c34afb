import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/nw-reflect.js';
import type { NwReflect } from '../../src/elements/nw-reflect.js';
import type { ReflectQuestion } from '../../src/content/types.js';
import { loadSanitizer } from '../../src/content/sanitize.js';
import { questionActor } from './question-actor.js';

const free: ReflectQuestion = {
  kind: 'reflect', id: 'feelings', promptHtml: '<p>How would you feel if someone shared a photo of you without asking?</p>',
  attempts: 1, weight: 0, options: [], maxLength: 40, explanationHtml: '<p>Many people feel upset. Ask first.</p>',
};
const poll: ReflectQuestion = {
  kind: 'reflect', id: 'how-often', promptHtml: '<p>How often do you play online games?</p>', attempts: 1, weight: 0, maxLength: 500,
  options: [{ id: 'a', html: 'Every <strong>day</strong>' }, { id: 'b', html: 'A few times a week' }, { id: 'c', html: 'Rarely or never' }],
};

const textarea = (el: NwReflect) => el.shadowRoot!.querySelector('textarea')!;
const radios = (el: NwReflect) => [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
const buttons = (el: NwReflect) => [...el.shadowRoot!.querySelectorAll('button')].map((b) => b.textContent!.trim());
const button = (el: NwReflect, text: string) => [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim() === text);
const feedback = (el: NwReflect) => el.shadowRoot!.querySelector('[part="feedback"]')!;
const count = (el: NwReflect) => el.shadowRoot!.querySelector('[part="count"]')!.textContent!.trim();
const spoken = (el: NwReflect) => el.shadowRoot!.querySelector('[aria-live="polite"]')!.textContent!.trim();

async function write(el: NwReflect, text: string) {
  textarea(el).value = text;
  textarea(el).dispatchEvent(new Event('input', { bubbles: true }));
  await el.updateComplete;
}

describe('<nw-reflect>', () => {
  before(() => loadSanitizer());

  it('is accessible before and after answering (free text and poll)', async () => {
    const el = await fixture<NwReflect>(html`<nw-reflect .actor=${questionActor(free).actor}></nw-reflect>`);
    await expect(el).to.be.accessible();
    await write(el, 'Angry.');
    button(el, 'Save my answer')!.click();
    await el.updateComplete;
    await expect(el).to.be.accessible();
    const p = await fixture<NwReflect>(html`<nw-reflect .actor=${questionActor(poll).actor}></nw-reflect>`);
    await expect(p).to.be.accessible();
    radios(p)[1].click();
    button(p, 'Save my answer')!.click();
    await p.updateComplete;
    await expect(p).to.be.accessible();
  });

  it('names the text field by the question and counts the characters against the limit', async () => {
    const el = await fixture<NwReflect>(html`<nw-reflect .actor=${questionActor(free).actor}></nw-reflect>`);
    const field = textarea(el);
    expect(el.shadowRoot!.getElementById(field.getAttribute('aria-labelledby')!)!.textContent).to.contain('shared a photo of you');
    expect(field.maxLength).to.equal(40);
    expect(count(el)).to.equal('0 of 40 characters');
    expect(el.shadowRoot!.textContent).to.contain('There is no right or wrong answer');
    await write(el, 'I would be upset');
    expect(count(el)).to.equal('16 of 40 characters');
    // Far from the limit nothing is read out; near it, the characters left are.
    expect(spoken(el)).to.equal('');
    await write(el, 'I would be upset and ask them to delet');
    expect(spoken(el)).to.equal('2 characters left');
    await write(el, 'I would be upset and ask them to delete');
    expect(spoken(el)).to.equal('1 character left');
  });

  it('does not save blank text', async () => {
    const { actor, reports } = questionActor(free);
    const el = await fixture<NwReflect>(html`<nw-reflect .actor=${actor}></nw-reflect>`);
    await write(el, '   ');
    expect(button(el, 'Save my answer')!.getAttribute('aria-disabled')).to.equal('true');
    button(el, 'Save my answer')!.click();
    await el.updateComplete;
    expect(reports).to.have.length(0);
  });

  it('thanks the student on saving and never says right or wrong, with no retry or answer to show', async () => {
    const { actor, reports } = questionActor(free);
    const el = await fixture<NwReflect>(html`<nw-reflect .actor=${actor}></nw-reflect>`);
    await write(el, 'Embarrassed.');
    button(el, 'Save my answer')!.click();
    await el.updateComplete;
    expect(reports[0]).to.deep.include({ response: { text: 'Embarrassed.' } });
    const box = feedback(el);
    expect(box.getAttribute('role')).to.equal('status');
    expect(box.textContent).to.contain('Saved. Thank you for sharing!').and.to.contain('Many people feel upset.');
    expect(box.textContent).not.to.match(/Correct|Not quite|Partly/);
    expect(box.getAttribute('data-verdict')).to.equal('');
    expect(buttons(el)).not.to.include('Try again');
    expect(buttons(el)).not.to.include('Show the answer');
    expect(textarea(el).readOnly).to.equal(true);
  });

  it('is answered with the keyboard alone (free text)', async () => {
    const { actor, reports } = questionActor(free);
    const el = await fixture<NwReflect>(html`<nw-reflect .actor=${actor}></nw-reflect>`);
    textarea(el).focus();
    await sendKeys({ type: 'Sad, then angry.' });
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement!.textContent!.trim()).to.equal('Save my answer');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(reports[0].response).to.deep.equal({ text: 'Sad, then angry.' });
    expect(feedback(el).textContent).to.contain('Saved.');
  });

  it('is answered with the keyboard alone (poll)', async () => {
    const { actor, reports } = questionActor(poll);
    const el = await fixture<NwReflect>(html`<nw-reflect .actor=${actor}></nw-reflect>`);
    expect(el.shadowRoot!.querySelector('label strong')!.textContent).to.equal('day');
    radios(el)[0].focus();
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(radios(el).map((r) => r.checked)).to.deep.equal([false, true, false]);
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(reports[0].response).to.deep.equal({ choice: 'b' });
    expect(feedback(el).textContent).to.contain('Saved. Thank you for sharing!').and.not.to.contain('Correct');
    expect(radios(el).every((r) => r.disabled)).to.equal(true);
  });

  it('has touch targets of at least 24px', async () => {
    const el = await fixture<NwReflect>(html`<nw-reflect .actor=${questionActor(poll).actor}></nw-reflect>`);
    for (const target of [...el.shadowRoot!.querySelectorAll('label, button')]) {
      const box = target.getBoundingClientRect();
      expect(box.height).to.be.at.least(24);
      expect(box.width).to.be.at.least(24);
    }
  });

  it('restores a saved reflection and a saved poll answer after a reload', async () => {
    const record = { attempts: 1, score: 1, correct: true, done: true, revealed: false, latencyMs: 10 };
    const el = await fixture<NwReflect>(html`<nw-reflect .actor=${questionActor(free, { ...record, response: { text: 'Upset.' } }).actor}></nw-reflect>`);
    expect(textarea(el).value).to.equal('Upset.');
    expect(textarea(el).readOnly).to.equal(true);
    expect(count(el)).to.equal('6 of 40 characters');
    expect(feedback(el).textContent).to.contain('Saved.');
    const p = await fixture<NwReflect>(html`<nw-reflect .actor=${questionActor(poll, { ...record, response: { choice: 'c' } }).actor}></nw-reflect>`);
    expect(radios(p).map((r) => r.checked)).to.deep.equal([false, false, true]);
    expect(feedback(p).textContent).to.contain('Saved.');
  });

  it('never runs script from the author\'s question or options', async () => {
    const w = window as unknown as { nwReflectXss?: number };
    w.nwReflectXss = 0;
    const evil: ReflectQuestion = {
      ...poll,
      promptHtml: '<p>Pick <img src="data:," onerror="window.nwReflectXss++"><script>window.nwReflectXss++</script></p>',
      options: [{ id: 'a', html: '<a href="javascript:window.nwReflectXss++">One</a>' }, { id: 'b', html: '<svg onload="window.nwReflectXss++"></svg>Two' }],
    };
    const el = await fixture<NwReflect>(html`<nw-reflect .actor=${questionActor(evil).actor}></nw-reflect>`);
    await new Promise((r) => setTimeout(r, 100));
    expect(w.nwReflectXss).to.equal(0);
    expect(el.shadowRoot!.querySelector('script, [onerror], [onload], [href^="javascript"]')).to.equal(null);
  });
});
