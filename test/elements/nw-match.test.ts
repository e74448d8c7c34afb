import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/nw-match.js';
import type { NwMatch } from '../../src/elements/nw-match.js';
import type { MatchQuestion } from '../../src/content/types.js';
import { loadSanitizer } from '../../src/content/sanitize.js';
import { questionActor } from './question-actor.js';
import { button, drag, feedback, settle, strictStyleCsp } from './arrange-helpers.js';

const words: MatchQuestion = {
  kind: 'match', id: 'words', promptHtml: '<p>Match each word with what it means.</p>', attempts: 2, weight: 1,
  explanationHtml: '<p>Words worth knowing.</p>',
  pairs: [
    { id: 'a', html: 'Phishing', target: '1' },
    { id: 'b', html: '<em>Malware</em>', target: '2' },
    { id: 'c', html: 'Two-step login', target: '3' },
  ],
  targets: [
    { id: '1', html: 'A message that pretends to come from someone you trust' },
    { id: '2', html: 'Software made to <strong>harm</strong> your device' },
    { id: '3', html: 'A second check after your password' },
    { id: '4', html: 'A password made of three random words' },
  ],
};
const right = { a: '1', b: '2', c: '3' };

const root = (el: NwMatch) => el.shadowRoot!;
const pair = (el: NwMatch, id: string) => root(el).querySelector<HTMLElement>(`[data-pair="${id}"]`)!;
const select = (el: NwMatch, id: string) => pair(el, id).querySelector('select')!;
const partner = (el: NwMatch, id: string) => root(el).querySelector<HTMLElement>(`[part="partner"][data-drag="${id}"]`)!;
const machineOrder = (actor: ReturnType<typeof questionActor>['actor']) =>
  (actor.getSnapshot().context as { order?: string[] | null }).order ?? words.targets.map((t) => t.id);
function choose(el: NwMatch, pairId: string, target: string) {
  const s = select(el, pairId);
  s.value = target;
  s.dispatchEvent(new Event('change'));
}



describe('<nw-match>', () => {
  before(() => loadSanitizer());

  it('is accessible before and after answering', async () => {
    const { actor } = questionActor(words);
    const el = await fixture<NwMatch>(html`<nw-match .actor=${actor}></nw-match>`);
    await expect(el).to.be.accessible();
    actor.send({ type: 'question.respond', response: { a: '1', b: '4', c: '2' } });
    await settle(el);
    button(el, 'Check')!.click();
    await settle(el);
    expect(feedback(el)).to.contain('Partly right.');
    await expect(el).to.be.accessible();
  });

  it('offers every partner, decoys included, in the machine\'s order, in a list named by its item', async () => {
    const { actor } = questionActor(words);
    const el = await fixture<NwMatch>(html`<nw-match .actor=${actor}></nw-match>`);
    const order = machineOrder(actor);
    const options = [...select(el, 'b').options];
    expect(options.map((o) => o.value)).to.deep.equal(['', ...order]);
    expect(options[0].textContent).to.equal('Choose…');
    expect(options.find((o) => o.value === '2')!.textContent).to.equal('Software made to harm your device');
    expect(root(el).getElementById(select(el, 'b').getAttribute('aria-labelledby')!)!.textContent).to.equal('Malware');
    expect([...root(el).querySelectorAll<HTMLElement>('[part="partner"]')].map((p) => p.dataset.drag)).to.deep.equal(order);
    expect(partner(el, '2').querySelector('strong')!.textContent).to.equal('harm');
  });

  it('checks only once every item is matched', async () => {
    const { actor, reports } = questionActor(words);
    const el = await fixture<NwMatch>(html`<nw-match .actor=${actor}></nw-match>`);
    choose(el, 'a', '1');
    choose(el, 'b', '2');
    await settle(el);
    expect(button(el, 'Check')!.getAttribute('aria-disabled')).to.equal('true');
    button(el, 'Check')!.click();
    await settle(el);
    expect(reports).to.have.length(0);
    choose(el, 'c', '4');
    await settle(el);
    expect(button(el, 'Check')!.getAttribute('aria-disabled')).to.equal('false');
    // Back to "Choose…" unmatches.
    choose(el, 'c', '');
    await settle(el);
    expect(actor.getSnapshot().context.draft).to.deep.equal({ a: '1', b: '2' });
  });

  it('is answered with the keyboard alone', async () => {
    const { actor, reports } = questionActor(words);
    const el = await fixture<NwMatch>(html`<nw-match .actor=${actor}></nw-match>`);
    const order = machineOrder(actor);
    select(el, 'a').focus();
    for (const [p, target] of Object.entries(right)) {
      expect(root(el).activeElement).to.equal(select(el, p));
      for (let i = 0; i <= order.indexOf(target); i++) await sendKeys({ press: 'ArrowDown' });
      await settle(el);
      expect(select(el, p).value).to.equal(target);
      await sendKeys({ press: 'Tab' });
    }
    expect(root(el).activeElement!.textContent!.trim()).to.equal('Check');
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(reports[0]).to.include({ correct: true, score: 1 });
    expect(reports[0].response).to.deep.equal(right);
  });

  it('is answered by dragging partners onto items, by touch and with a mouse', async () => {
    const { actor, reports } = questionActor(words);
    const el = await fixture<NwMatch>(html`<nw-match .actor=${actor}></nw-match>`);
    await drag(el, partner(el, '3'), pair(el, 'c'), 'touch');
    expect(select(el, 'c').value).to.equal('3');
    expect(root(el).querySelector('[data-announce]')!.textContent).to.equal('Two-step login matched with A second check after your password.');
    await drag(el, partner(el, '4'), pair(el, 'a'), 'mouse');
    expect(select(el, 'a').value).to.equal('4');
    // A partner can be dropped again: it replaces the earlier one.
    await drag(el, partner(el, '1'), pair(el, 'a'), 'pen');
    await drag(el, partner(el, '2'), pair(el, 'b'), 'touch');
    // Dropped outside every item: nothing changes.
    await drag(el, partner(el, '4'), root(el).querySelector('[part="prompt"]')!);
    expect(actor.getSnapshot().context.draft).to.deep.equal(right);
    button(el, 'Check')!.click();
    await settle(el);
    expect(reports[0]).to.include({ correct: true });
  });

  it('marks each item, retries empty, then names the right partners', async () => {
    const { actor, reports } = questionActor(words);
    const el = await fixture<NwMatch>(html`<nw-match .actor=${actor}></nw-match>`);
    choose(el, 'a', '1');
    choose(el, 'b', '4');
    choose(el, 'c', '2');
    await settle(el);
    button(el, 'Check')!.click();
    await settle(el);
    expect(reports[0].score).to.be.closeTo(1 / 3, 1e-9);
    const mark = (id: string) => pair(el, id).querySelector('.mark')!.textContent!.replace(/\s+/g, ' ').trim();
    expect([mark('a'), mark('b'), mark('c')]).to.deep.equal(['✓ Correct!', '✗ Not quite.', '✗ Not quite.']);
    expect(feedback(el)).to.contain('1 try left');
    expect(root(el).querySelector('.answer')).to.equal(null);
    expect(select(el, 'b').disabled).to.equal(true);
    expect(select(el, 'b').value).to.equal('4');
    expect(root(el).querySelector('[part="partners"]')).to.equal(null);

    button(el, 'Try again')!.click();
    await settle(el);
    expect(['a', 'b', 'c'].map((p) => select(el, p).value)).to.deep.equal(['', '', '']);
    expect(root(el).activeElement).to.equal(select(el, 'a'));
    choose(el, 'a', '2');
    choose(el, 'b', '2');
    choose(el, 'c', '3');
    await settle(el);
    button(el, 'Check')!.click();
    await settle(el);
    expect(feedback(el)).to.contain('No tries left.');
    expect(feedback(el)).to.contain('Words worth knowing.');
    expect(pair(el, 'a').querySelector('.answer')!.textContent).to.equal('The right partner: A message that pretends to come from someone you trust');
    expect(pair(el, 'c').querySelector('.answer')).to.equal(null);
  });

  it('shows the answer on request', async () => {
    const { actor } = questionActor(words);
    const el = await fixture<NwMatch>(html`<nw-match .actor=${actor}></nw-match>`);
    actor.send({ type: 'question.respond', response: { a: '4', b: '4', c: '4' } });
    await settle(el);
    button(el, 'Check')!.click();
    await settle(el);
    button(el, 'Show the answer')!.click();
    await settle(el);
    expect(feedback(el)).to.contain('Here is the answer.');
    expect([...root(el).querySelectorAll('.answer')].map((a) => a.textContent)).to.deep.equal([
      'The right partner: A message that pretends to come from someone you trust',
      'The right partner: Software made to harm your device',
      'The right partner: A second check after your password',
    ]);
  });

  it('restores a saved answer on reload', async () => {
    const { actor } = questionActor(words, { response: { a: '1', b: '2', c: '3' }, attempts: 1, score: 1, correct: true, done: true, revealed: false, latencyMs: 10 });
    const el = await fixture<NwMatch>(html`<nw-match .actor=${actor}></nw-match>`);
    await settle(el);
    expect(['a', 'b', 'c'].map((p) => select(el, p).value)).to.deep.equal(['1', '2', '3']);
    expect(feedback(el)).to.contain('Correct!');
    expect(root(el).querySelectorAll('.mark.right')).to.have.length(3);
  });

  it('has touch targets of at least 44px', async () => {
    const el = await fixture<NwMatch>(html`<nw-match .actor=${questionActor(words).actor}></nw-match>`);
    for (const target of [...root(el).querySelectorAll('select, [part="partner"]')]) {
      const box = target.getBoundingClientRect();
      expect(box.height).to.be.at.least(44);
      expect(box.width).to.be.at.least(44);
    }
  });

  // Last: the policy stays on the page.
  it('renders and drags under a strict style CSP without a violation', async () => {
    const violations = strictStyleCsp();
    const el = await fixture<NwMatch>(html`<nw-match .actor=${questionActor(words).actor}></nw-match>`);
    await drag(el, partner(el, '2'), pair(el, 'b'));
    expect(select(el, 'b').value).to.equal('2');
    await new Promise((r) => setTimeout(r, 50));
    expect(violations).to.deep.equal([]);
  });
});
