import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/nw-sort.js';
import type { NwSort } from '../../src/elements/nw-sort.js';
import type { SortQuestion } from '../../src/content/types.js';
import { loadSanitizer } from '../../src/content/sanitize.js';
import { questionActor } from './question-actor.js';
import { button, drag, feedback, settle, strictStyleCsp } from './arrange-helpers.js';

const messages: SortQuestion = {
  kind: 'sort', id: 'phishing-or-not', promptHtml: '<p>Which messages are phishing?</p>', attempts: 2, weight: 1,
  explanationHtml: '<p>Rush and links are the signs.</p>',
  groups: [
    { id: 'phishing', html: 'Phishing' },
    { id: 'genuine', html: '<em>Genuine</em>' },
  ],
  cards: [
    { id: 'c1', html: 'Your account is locked! Click here.', group: 'phishing', feedbackHtml: '<p>A rush and a link.</p>' },
    { id: 'c2', html: 'Your library book is due on Friday.', group: 'genuine', feedbackHtml: '<p>No link, no rush.</p>' },
    { id: 'c3', html: 'You won a phone! Pay the delivery fee.', group: 'phishing' },
  ],
};
const rightGroup = (card: string) => messages.cards.find((c) => c.id === card)!.group;

const root = (el: NwSort) => el.shadowRoot!;
const zone = (el: NwSort, id: string) => root(el).querySelector<HTMLElement>(`[data-zone="${id}"]`)!;
const cardsIn = (el: NwSort, id: string) => [...zone(el, id).querySelectorAll<HTMLElement>('[part="card"]')].map((c) => c.dataset.card);
const card = (el: NwSort, id: string) => root(el).querySelector<HTMLElement>(`[data-card="${id}"]`)!;
const radio = (el: NwSort, cardId: string, group: string) => card(el, cardId).querySelector<HTMLInputElement>(`input[value="${group}"]`)!;
const focusedCard = (el: NwSort) => (root(el).activeElement?.closest('[data-card]') as HTMLElement | null)?.dataset.card;
const machineOrder = (actor: ReturnType<typeof questionActor>['actor']) =>
  (actor.getSnapshot().context as { order?: string[] | null }).order ?? messages.cards.map((c) => c.id);



describe('<nw-sort>', () => {
  before(() => loadSanitizer());

  it('is accessible before and after answering', async () => {
    const { actor } = questionActor(messages);
    const el = await fixture<NwSort>(html`<nw-sort .actor=${actor}></nw-sort>`);
    await expect(el).to.be.accessible();
    actor.send({ type: 'question.respond', response: { c1: 'phishing', c2: 'phishing', c3: 'phishing' } });
    await settle(el);
    button(el, 'Check')!.click();
    await settle(el);
    expect(feedback(el)).to.contain('Partly right.');
    await expect(el).to.be.accessible();
  });

  it('starts with every card to sort, in the machine\'s order, and checks only when all are sorted', async () => {
    const { actor, reports } = questionActor(messages);
    const el = await fixture<NwSort>(html`<nw-sort .actor=${actor}></nw-sort>`);
    expect(cardsIn(el, '')).to.deep.equal(machineOrder(actor));
    expect(zone(el, '').querySelector('.title')!.textContent).to.equal('Cards to sort');
    expect(zone(el, 'genuine').querySelector('.title em')!.textContent).to.equal('Genuine');
    // Each card's radio group is named by the card.
    const group = card(el, 'c2').querySelector('[role="radiogroup"]')!;
    expect(root(el).getElementById(group.getAttribute('aria-labelledby')!)!.textContent).to.equal('Your library book is due on Friday.');
    radio(el, 'c1', 'phishing').click();
    radio(el, 'c2', 'genuine').click();
    await settle(el);
    expect(button(el, 'Check')!.getAttribute('aria-disabled')).to.equal('true');
    button(el, 'Check')!.click();
    await settle(el);
    expect(reports).to.have.length(0);
  });

  it('is answered with the keyboard alone, Tab going on to the next card to sort', async () => {
    const { actor, reports } = questionActor(messages);
    const el = await fixture<NwSort>(html`<nw-sort .actor=${actor}></nw-sort>`);
    zone(el, '').querySelector('input')!.focus();
    for (let n = 0; n < 3; n++) {
      const id = focusedCard(el)!;
      expect(cardsIn(el, ''), `card ${n}`).to.include(id);
      // Space picks the first group (Phishing); the right arrow moves on to Genuine.
      await sendKeys({ press: rightGroup(id) === 'phishing' ? 'Space' : 'ArrowRight' });
      await settle(el);
      expect(cardsIn(el, rightGroup(id))).to.include(id);
      expect(focusedCard(el), 'focus follows the card').to.equal(id);
      expect(root(el).activeElement).to.equal(radio(el, id, rightGroup(id)));
      do await sendKeys({ press: 'Tab' });
      while (focusedCard(el) && !cardsIn(el, '').includes(focusedCard(el)));
    }
    expect(root(el).activeElement!.textContent!.trim()).to.equal('Check');
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(reports[0]).to.include({ correct: true, score: 1 });
    expect(feedback(el)).to.contain('Correct!');
  });

  it('moves a card between groups with the arrow keys, keeping focus on it', async () => {
    const el = await fixture<NwSort>(html`<nw-sort .actor=${questionActor(messages).actor}></nw-sort>`);
    radio(el, 'c2', 'phishing').focus();
    await sendKeys({ press: 'Space' });
    await settle(el);
    expect(cardsIn(el, 'phishing')).to.deep.equal(['c2']);
    await sendKeys({ press: 'ArrowRight' });
    await settle(el);
    expect(cardsIn(el, 'phishing')).to.deep.equal([]);
    expect(cardsIn(el, 'genuine')).to.deep.equal(['c2']);
    expect(root(el).activeElement).to.equal(radio(el, 'c2', 'genuine'));
    expect(radio(el, 'c2', 'genuine').checked).to.equal(true);
  });

  it('is answered by dragging cards onto groups, with a mouse and by the grip with a finger', async () => {
    const { actor, reports } = questionActor(messages);
    const el = await fixture<NwSort>(html`<nw-sort .actor=${actor}></nw-sort>`);
    await drag(el, card(el, 'c2').querySelector('.text')!, zone(el, 'genuine'));
    expect(cardsIn(el, 'genuine')).to.deep.equal(['c2']);
    expect(radio(el, 'c2', 'genuine').checked).to.equal(true);
    expect(root(el).querySelector('[data-announce]')!.textContent).to.equal('Now in Genuine: Your library book is due on Friday.');
    // A finger on the text scrolls the page; on the grip it drags.
    await drag(el, card(el, 'c1').querySelector('.text')!, zone(el, 'phishing'), 'touch');
    expect(cardsIn(el, 'phishing')).to.deep.equal([]);
    await drag(el, card(el, 'c1').querySelector('.grip')!, zone(el, 'phishing'), 'touch');
    expect(cardsIn(el, 'phishing')).to.deep.equal(['c1']);
    await drag(el, card(el, 'c3').querySelector('.grip')!, zone(el, 'genuine'), 'pen');
    // Changed my mind: back to the cards to sort, then into Phishing.
    await drag(el, card(el, 'c3').querySelector('.text')!, zone(el, ''));
    expect(cardsIn(el, '')).to.deep.equal(['c3']);
    await drag(el, card(el, 'c3').querySelector('.text')!, zone(el, 'phishing'));
    button(el, 'Check')!.click();
    await settle(el);
    expect(reports[0]).to.include({ correct: true });
    expect(reports[0].response).to.deep.equal({ c1: 'phishing', c2: 'genuine', c3: 'phishing' });
  });

  it('marks each card, gives the reasons of the right ones, retries empty, then says where cards belong', async () => {
    const { actor, reports } = questionActor(messages);
    const el = await fixture<NwSort>(html`<nw-sort .actor=${actor}></nw-sort>`);
    radio(el, 'c1', 'phishing').click();
    radio(el, 'c2', 'phishing').click();
    radio(el, 'c3', 'genuine').click();
    await settle(el);
    button(el, 'Check')!.click();
    await settle(el);
    expect(reports[0]).to.include({ correct: false, attempts: 1 });
    expect(reports[0].score).to.be.closeTo(1 / 3, 1e-9);
    const mark = (id: string) => card(el, id).querySelector('.mark')!.textContent!.replace(/\s+/g, ' ').trim();
    expect([mark('c1'), mark('c2'), mark('c3')]).to.deep.equal(['✓ Correct!', '✗ Not quite.', '✗ Not quite.']);
    expect(feedback(el)).to.contain('A rush and a link.');
    // The wrong cards' reasons would give the answer away while tries remain.
    expect(feedback(el)).not.to.contain('No link, no rush.');
    expect(root(el).querySelector('.belongs')).to.equal(null);
    expect(radio(el, 'c1', 'genuine').disabled).to.equal(true);

    button(el, 'Try again')!.click();
    await settle(el);
    expect(cardsIn(el, '')).to.deep.equal(machineOrder(actor));
    expect(root(el).activeElement).to.equal(zone(el, 'phishing').querySelector('input') ?? zone(el, '').querySelector('input'));
    radio(el, 'c1', 'genuine').click();
    radio(el, 'c2', 'genuine').click();
    radio(el, 'c3', 'phishing').click();
    await settle(el);
    button(el, 'Check')!.click();
    await settle(el);
    expect(feedback(el)).to.contain('No tries left.');
    expect(feedback(el)).to.contain('No link, no rush.');
    expect(feedback(el)).to.contain('Rush and links are the signs.');
    expect(card(el, 'c1').querySelector('.belongs')!.textContent).to.equal('Belongs in: Phishing');
    expect(card(el, 'c2').querySelector('.belongs')).to.equal(null);
  });

  it('shows the answer on request', async () => {
    const { actor } = questionActor(messages);
    const el = await fixture<NwSort>(html`<nw-sort .actor=${actor}></nw-sort>`);
    actor.send({ type: 'question.respond', response: { c1: 'genuine', c2: 'genuine', c3: 'genuine' } });
    await settle(el);
    button(el, 'Check')!.click();
    await settle(el);
    button(el, 'Show the answer')!.click();
    await settle(el);
    expect(feedback(el)).to.contain('Here is the answer.');
    expect(card(el, 'c1').querySelector('.belongs')!.textContent).to.equal('Belongs in: Phishing');
    expect(card(el, 'c3').querySelector('.belongs')!.textContent).to.equal('Belongs in: Phishing');
  });

  it('restores a saved answer on reload', async () => {
    const { actor } = questionActor(messages, {
      response: { c1: 'phishing', c2: 'phishing', c3: 'genuine' }, attempts: 2, score: 1 / 3, correct: false, done: true, revealed: false, latencyMs: 10,
    });
    const el = await fixture<NwSort>(html`<nw-sort .actor=${actor}></nw-sort>`);
    expect(cardsIn(el, 'phishing').sort()).to.deep.equal(['c1', 'c2']);
    expect(cardsIn(el, 'genuine')).to.deep.equal(['c3']);
    expect(zone(el, '')).to.equal(null);
    expect(feedback(el)).to.contain('No tries left.');
    expect(card(el, 'c2').querySelector('.belongs')!.textContent).to.equal('Belongs in: Genuine');
  });

  it('has touch targets of at least 44px', async () => {
    const el = await fixture<NwSort>(html`<nw-sort .actor=${questionActor(messages).actor}></nw-sort>`);
    for (const target of [...root(el).querySelectorAll('label, .grip')]) {
      const box = target.getBoundingClientRect();
      expect(box.height, target.textContent!).to.be.at.least(44);
      expect(box.width, target.textContent!).to.be.at.least(44);
    }
  });

  // Last: the policy stays on the page.
  it('renders and drags under a strict style CSP without a violation', async () => {
    const violations = strictStyleCsp();
    const el = await fixture<NwSort>(html`<nw-sort .actor=${questionActor(messages).actor}></nw-sort>`);
    await drag(el, card(el, 'c2').querySelector('.text')!, zone(el, 'genuine'));
    expect(cardsIn(el, 'genuine')).to.deep.equal(['c2']);
    await new Promise((r) => setTimeout(r, 50));
    expect(violations).to.deep.equal([]);
  });
});
