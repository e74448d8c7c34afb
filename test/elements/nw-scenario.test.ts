import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/nw-scenario.js';
import type { NwScenario } from '../../src/elements/nw-scenario.js';
import type { ScenarioQuestion } from '../../src/content/types.js';
import { loadSanitizer } from '../../src/content/sanitize.js';
import { questionActor } from './question-actor.js';

const skins: ScenarioQuestion = {
  kind: 'scenario', id: 'skins', promptHtml: '<p>A stranger sends you a <em>message</em>.</p>', attempts: 2, weight: 1, scored: true,
  explanationHtml: '<p>Free stuff for a login is always a scam.</p>',
  nodes: [
    {
      id: 'start', html: '<p>"Want free skins? Send your login."</p>', ending: false, choices: [
        { id: 'start.a', html: 'Send your login', next: 'hacked', feedbackHtml: '<p>Never share your login.</p>' },
        { id: 'start.b', html: 'Ask how it works', next: 'asked', feedbackHtml: '<p>Asking is fine, but stay careful.</p>' },
        { id: 'start.c', html: 'Block them', next: 'safe' },
      ],
    },
    {
      id: 'asked', html: '<p>"Easy: I log in and add them."</p>', ending: false, choices: [
        { id: 'asked.a', html: 'OK, here it is', next: 'hacked' },
        { id: 'asked.b', html: 'No thanks, block', next: 'safe', feedbackHtml: '<p>Good call.</p>' },
      ],
    },
    { id: 'hacked', html: '<p>The next day your account is gone.</p>', ending: true, choices: [], score: 0 },
    { id: 'safe', html: '<p>You kept your account safe.</p>', ending: true, choices: [], score: 1 },
  ],
};

const story: ScenarioQuestion = {
  ...skins, id: 'story', scored: false, weight: 0, attempts: 1, nodes: skins.nodes.map((n) => ({ ...n, score: undefined })),
};

const root = (el: NwScenario) => el.shadowRoot!;
const choices = (el: NwScenario) => [...root(el).querySelectorAll<HTMLButtonElement>('[part="choice"]')];
const choice = (el: NwScenario, text: string) => choices(el).find((b) => b.textContent!.trim() === text)!;
const button = (el: NwScenario, text: string) => [...root(el).querySelectorAll('button')].find((b) => b.textContent!.trim() === text);
const node = (el: NwScenario) => root(el).querySelector<HTMLElement>('[part="node"]');
const text = (e: Element | null | undefined) => (e?.textContent ?? '').replace(/\s+/g, ' ').trim();
const feedback = (el: NwScenario) => text(root(el).querySelector('[part="feedback"]'));
const past = (el: NwScenario) => [...root(el).querySelectorAll('[part="story"] > li')].map(text);

async function pick(el: NwScenario, label: string) {
  choice(el, label).click();
  await el.updateComplete;
}

async function submit(el: NwScenario) {
  button(el, 'See how it ends')!.click();
  await el.updateComplete;
}

describe('<nw-scenario>', () => {
  before(() => loadSanitizer());

  it('is accessible at the start, mid-story, at an ending and after it', async () => {
    const el = await fixture<NwScenario>(html`<nw-scenario .actor=${questionActor(skins).actor}></nw-scenario>`);
    await expect(el).to.be.accessible();
    await pick(el, 'Ask how it works');
    await expect(el).to.be.accessible();
    await pick(el, 'No thanks, block');
    await expect(el).to.be.accessible();
    await submit(el);
    await expect(el).to.be.accessible();
  });

  it('shows the prompt, the first part and its choices; the story cannot be submitted before an ending', async () => {
    const { actor, reports } = questionActor(skins);
    const el = await fixture<NwScenario>(html`<nw-scenario .actor=${actor}></nw-scenario>`);
    expect(text(root(el).querySelector('[part="prompt"]'))).to.equal('A stranger sends you a message.');
    expect(text(node(el))).to.equal('"Want free skins? Send your login."');
    expect(choices(el).map((b) => text(b))).to.deep.equal(['Send your login', 'Ask how it works', 'Block them']);
    expect(root(el).querySelector('[role="group"]')!.getAttribute('aria-label')).to.equal('What do you do?');
    expect(button(el, 'See how it ends')!.getAttribute('aria-disabled')).to.equal('true');
    expect(button(el, 'Undo last choice')).to.equal(undefined);
    button(el, 'See how it ends')!.click();
    await el.updateComplete;
    expect(reports).to.have.length(0);
  });

  it('moves on after a choice: the story so far with the choice and its feedback, focus on the new part, the path as the draft', async () => {
    const { actor } = questionActor(skins);
    const el = await fixture<NwScenario>(html`<nw-scenario .actor=${actor}></nw-scenario>`);
    await pick(el, 'Ask how it works');
    expect(past(el)).to.deep.equal(['"Want free skins? Send your login." You chose: Ask how it works Asking is fine, but stay careful.']);
    expect(root(el).querySelector('[part="story"]')!.getAttribute('aria-label')).to.equal('The story so far');
    expect(text(node(el))).to.equal('"Easy: I log in and add them."');
    expect(root(el).activeElement).to.equal(node(el));
    // The choice and its feedback are also spoken.
    expect(text(root(el).querySelector('[part="response"] [role="status"]'))).to.equal('You chose: Ask how it works. Asking is fine, but stay careful.');
    expect(actor.getSnapshot().context.draft).to.deep.equal(['start.b']);
    await pick(el, 'OK, here it is');
    expect(past(el)).to.have.length(2);
    expect(past(el)[1]).to.equal('"Easy: I log in and add them." You chose: OK, here it is');
    expect(actor.getSnapshot().context.draft).to.deep.equal(['start.b', 'asked.a']);
  });

  it('keeps the ending hidden until "See how it ends", then tells it with the verdict', async () => {
    const { actor, reports } = questionActor(skins);
    const el = await fixture<NwScenario>(html`<nw-scenario .actor=${actor}></nw-scenario>`);
    await pick(el, 'Send your login');
    expect(text(node(el))).to.equal('Your story has reached its end.');
    expect(root(el).textContent).not.to.contain('account is gone');
    expect(choices(el)).to.have.length(0);
    expect(button(el, 'See how it ends')!.getAttribute('aria-disabled')).to.equal('false');
    await submit(el);
    expect(reports[0]).to.include({ correct: false, score: 0, attempts: 1 });
    expect(feedback(el)).to.contain('Not quite.');
    expect(feedback(el)).to.contain('The next day your account is gone.');
    expect(feedback(el)).to.contain('1 try left');
    expect(feedback(el)).not.to.contain('always a scam');
    expect(root(el).querySelector('[part="feedback"]')!.getAttribute('data-verdict')).to.equal('incorrect');
    // Once told, the path is fixed: no undo, no choices.
    expect(button(el, 'Undo last choice')).to.equal(undefined);
    expect(past(el)).to.have.length(1);
  });

  it('says "Correct!" for the best ending of a scored story', async () => {
    const { actor, reports } = questionActor(skins);
    const el = await fixture<NwScenario>(html`<nw-scenario .actor=${actor}></nw-scenario>`);
    await pick(el, 'Ask how it works');
    await pick(el, 'No thanks, block');
    await submit(el);
    expect(reports[0]).to.include({ correct: true, score: 1 });
    expect(feedback(el)).to.contain('Correct!');
    expect(feedback(el)).to.contain('You kept your account safe.');
    expect(feedback(el)).to.contain('Free stuff for a login is always a scam.');
    expect(root(el).querySelector('[part="feedback"]')!.getAttribute('data-verdict')).to.equal('correct');
  });

  it('ends an unscored story without right or wrong, whichever ending', async () => {
    for (const path of [['Send your login'], ['Block them']]) {
      const { actor, reports } = questionActor(story);
      const el = await fixture<NwScenario>(html`<nw-scenario .actor=${actor}></nw-scenario>`);
      for (const label of path) await pick(el, label);
      await submit(el);
      expect(reports).to.have.length(1);
      expect(feedback(el)).to.contain('This is how your story ends.');
      expect(feedback(el)).not.to.match(/Correct|Not quite|Partly/);
      expect(root(el).querySelector('[part="feedback"]')!.getAttribute('data-verdict')).to.equal('');
    }
  });

  it('undoes the last choice, back to the part before it', async () => {
    const { actor } = questionActor(skins);
    const el = await fixture<NwScenario>(html`<nw-scenario .actor=${actor}></nw-scenario>`);
    await pick(el, 'Ask how it works');
    await pick(el, 'OK, here it is');
    button(el, 'Undo last choice')!.click();
    await el.updateComplete;
    expect(actor.getSnapshot().context.draft).to.deep.equal(['start.b']);
    expect(text(node(el))).to.equal('"Easy: I log in and add them."');
    expect(root(el).activeElement).to.equal(node(el));
    expect(past(el)).to.have.length(1);
    button(el, 'Undo last choice')!.click();
    await el.updateComplete;
    expect(actor.getSnapshot().context.draft).to.deep.equal([]);
    expect(past(el)).to.deep.equal([]);
    expect(button(el, 'Undo last choice')).to.equal(undefined);
    expect(text(node(el))).to.equal('"Want free skins? Send your login."');
  });

  it('restarts the story on Try again, and shows the best path with the answer', async () => {
    const { actor } = questionActor(skins);
    const el = await fixture<NwScenario>(html`<nw-scenario .actor=${actor}></nw-scenario>`);
    await pick(el, 'Ask how it works');
    await pick(el, 'OK, here it is');
    await submit(el);
    button(el, 'Try again')!.click();
    await el.updateComplete;
    await el.updateComplete;
    expect(past(el)).to.deep.equal([]);
    expect(text(node(el))).to.equal('"Want free skins? Send your login."');
    expect(root(el).activeElement).to.equal(node(el));
    expect(feedback(el)).to.equal('');
    expect(text(root(el).querySelector('[part="response"] [role="status"]'))).to.equal('');
    await pick(el, 'Send your login');
    await submit(el);
    expect(feedback(el)).to.contain('No tries left.');
    expect(feedback(el)).to.contain('The best path: Block them');
  });

  it('is played to an ending with the keyboard alone', async () => {
    const { actor, reports } = questionActor(skins);
    const el = await fixture<NwScenario>(html`<nw-scenario .actor=${actor}></nw-scenario>`);
    choices(el)[0].focus();
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(text(root(el).activeElement)).to.equal('"Easy: I log in and add them."');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(text(root(el).activeElement)).to.equal('No thanks, block');
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(text(root(el).activeElement)).to.equal('Your story has reached its end.');
    await sendKeys({ press: 'Tab' });
    expect(text(root(el).activeElement)).to.equal('Undo last choice');
    await sendKeys({ press: 'Tab' });
    expect(text(root(el).activeElement)).to.equal('See how it ends');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(reports[0]).to.include({ correct: true });
    expect(actor.getSnapshot().context.record!.response).to.deep.equal(['start.b', 'asked.b']);
  });

  it('carries on mid-story when the element is made anew on the same question (the step shown again)', async () => {
    const { actor } = questionActor(skins);
    const first = await fixture<NwScenario>(html`<nw-scenario .actor=${actor}></nw-scenario>`);
    await pick(first, 'Ask how it works');
    first.remove();
    const el = await fixture<NwScenario>(html`<nw-scenario .actor=${actor}></nw-scenario>`);
    expect(past(el)).to.have.length(1);
    expect(text(node(el))).to.equal('"Easy: I log in and add them."');
    expect(button(el, 'Undo last choice')).to.not.equal(undefined);
    // Nothing is spoken again.
    expect(text(root(el).querySelector('[part="response"] [role="status"]'))).to.equal('');
  });

  it('resumes a finished story from its saved answer', async () => {
    const { actor } = questionActor(skins, { response: ['start.b', 'asked.b'], attempts: 1, score: 1, correct: true, done: true, revealed: false, latencyMs: 10 });
    const el = await fixture<NwScenario>(html`<nw-scenario .actor=${actor}></nw-scenario>`);
    expect(past(el)).to.have.length(2);
    expect(node(el)).to.equal(null);
    expect(feedback(el)).to.contain('Correct!');
    expect(feedback(el)).to.contain('You kept your account safe.');
  });

  it('has touch targets of at least 24px', async () => {
    const el = await fixture<NwScenario>(html`<nw-scenario .actor=${questionActor(skins).actor}></nw-scenario>`);
    await pick(el, 'Ask how it works');
    for (const target of [...root(el).querySelectorAll('button')]) {
      const box = target.getBoundingClientRect();
      expect(box.height, target.textContent!).to.be.at.least(24);
      expect(box.width, target.textContent!).to.be.at.least(24);
    }
  });
});
