/**
 * What every question element shares, seen through <nw-choice>: here, hints (one, or several shown
 * one press at a time).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/nw-choice.js';
import type { NwChoice } from '../../src/elements/nw-choice.js';
import type { ChoiceQuestion } from '../../src/content/types.js';
import { loadSanitizer } from '../../src/content/sanitize.js';
import { questionActor } from './question-actor.js';

const question: ChoiceQuestion = {
  kind: 'choice', id: 'strong', promptHtml: '<p>Which is strongest?</p>', attempts: 2, weight: 1, multiple: false, shuffle: false,
  options: [
    { id: 'a', html: 'Summer2024!', correct: false },
    { id: 'b', html: 'kettle orbit tulip', correct: true },
  ],
};
const three: ChoiceQuestion = {
  ...question, id: 'three-hints', hintHtml: 'Think about <em>length</em>.', hintsHtml: ['Think about <em>length</em>.', 'Seasons and years are guessed first.', 'Count the letters.'],
};
const one: ChoiceQuestion = { ...question, id: 'one-hint', hintHtml: 'Longer is better.' };

const root = (el: NwChoice) => el.shadowRoot!;
const hintButton = (el: NwChoice) => [...root(el).querySelectorAll('[part="actions"] button')].find((b) => /hint/i.test(b.textContent!)) as HTMLButtonElement | undefined;
const label = (el: NwChoice) => hintButton(el)?.textContent!.trim();
const shownHints = (el: NwChoice) => [...root(el).querySelectorAll('[part="hint"] li')].map((li) => li.textContent!.trim());

async function press(el: NwChoice) {
  hintButton(el)!.click();
  await el.updateComplete;
}

describe('hints in a question element', () => {
  before(() => loadSanitizer());

  it('shows several hints one press at a time, in order, then hides them', async () => {
    const el = await fixture<NwChoice>(html`<nw-choice .actor=${questionActor(three).actor}></nw-choice>`);
    expect(label(el)).to.equal('Show a hint');
    expect(hintButton(el)!.getAttribute('aria-expanded')).to.equal('false');
    expect(root(el).querySelector('[part="hint"]')).to.equal(null);
    await press(el);
    expect(shownHints(el)).to.deep.equal(['Think about length.']);
    expect(root(el).querySelector('[part="hint"] li em')!.textContent).to.equal('length');
    expect(label(el)).to.equal('Show another hint');
    expect(hintButton(el)!.getAttribute('aria-expanded')).to.equal('true');
    await press(el);
    expect(shownHints(el)).to.deep.equal(['Think about length.', 'Seasons and years are guessed first.']);
    expect(label(el)).to.equal('Show another hint');
    await press(el);
    expect(shownHints(el)).to.deep.equal(['Think about length.', 'Seasons and years are guessed first.', 'Count the letters.']);
    expect(label(el)).to.equal('Hide the hints');
    await press(el);
    expect(root(el).querySelector('[part="hint"]')).to.equal(null);
    expect(label(el)).to.equal('Show a hint');
  });

  it('names the list of hints and announces each new one politely', async () => {
    const el = await fixture<NwChoice>(html`<nw-choice .actor=${questionActor(three).actor}></nw-choice>`);
    // The live region is there before the first hint, so adding a hint is what gets read out.
    const live = root(el).querySelector('[aria-live="polite"]')!;
    expect(live).to.not.equal(null);
    expect(live.textContent!.trim()).to.equal('');
    await press(el);
    await press(el);
    expect(root(el).querySelector('[aria-live="polite"]')).to.equal(live);
    expect(live.querySelectorAll('li')).to.have.length(2);
    const list = live.querySelector('ol')!;
    expect(root(el).getElementById(list.getAttribute('aria-labelledby')!)!.textContent).to.equal('Hints:');
    await expect(el).to.be.accessible();
  });

  it('shows the next hint with the keyboard, focus staying on the button', async () => {
    const el = await fixture<NwChoice>(html`<nw-choice .actor=${questionActor(three).actor}></nw-choice>`);
    hintButton(el)!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(shownHints(el)).to.have.length(2);
    expect(root(el).activeElement).to.equal(hintButton(el));
    expect(label(el)).to.equal('Show another hint');
  });

  it('keeps a single hint a show / hide toggle', async () => {
    const el = await fixture<NwChoice>(html`<nw-choice .actor=${questionActor(one).actor}></nw-choice>`);
    await press(el);
    expect(root(el).querySelector('[part="hint"]')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Hint: Longer is better.');
    expect(label(el)).to.equal('Hide the hint');
    await press(el);
    expect(root(el).querySelector('[part="hint"]')).to.equal(null);
    expect(label(el)).to.equal('Show a hint');
  });

  it('has no hint button when the question has no hint', async () => {
    const el = await fixture<NwChoice>(html`<nw-choice .actor=${questionActor(question).actor}></nw-choice>`);
    expect(hintButton(el)).to.equal(undefined);
    expect(root(el).querySelector('[aria-live="polite"]')).to.equal(null);
  });
});
