import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/nw-order.js';
import type { NwOrder } from '../../src/elements/nw-order.js';
import type { OrderQuestion } from '../../src/content/types.js';
import { loadSanitizer } from '../../src/content/sanitize.js';
import { questionActor } from './question-actor.js';
import { button, feedback, pointer, settle, strictStyleCsp } from './arrange-helpers.js';

const steps: OrderQuestion = {
  kind: 'order', id: 'report-steps', promptHtml: '<p>Put what you do in order.</p>', attempts: 2, weight: 1,
  explanationHtml: '<p>A screenshot first: once you block, messages may disappear.</p>',
  items: [
    { id: 'a', html: 'Do not reply' },
    { id: 'b', html: 'Take a <em>screenshot</em>' },
    { id: 'c', html: 'Block and report' },
    { id: 'd', html: 'Tell an adult you trust' },
  ],
};

/** An actor whose draft starts in a given (wrong) order, as the machine's shuffle would leave it. */
function startingAt(order: string[], question: OrderQuestion = steps) {
  const made = questionActor(question);
  made.actor.send({ type: 'question.respond', response: order });
  return made;
}

const shown = (el: NwOrder) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part="list"] > li')].map((li) => li.dataset.item);
const item = (el: NwOrder, id: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part="list"] > li[data-item="${id}"]`)!;
const control = (el: NwOrder, id: string, which: string) => item(el, id).querySelector<HTMLButtonElement>(`[data-control="${which}"]`)!;
const announced = (el: NwOrder) => el.shadowRoot!.querySelector('[data-announce]')!.textContent!.trim();



describe('<nw-order>', () => {
  before(() => loadSanitizer());

  it('is accessible before and after answering', async () => {
    const { actor } = startingAt(['b', 'a', 'c', 'd']);
    const el = await fixture<NwOrder>(html`<nw-order .actor=${actor}></nw-order>`);
    await expect(el).to.be.accessible();
    button(el, 'Check')!.click();
    await settle(el);
    expect(feedback(el)).to.contain('Partly right.');
    await expect(el).to.be.accessible();
  });

  it('starts in the machine\'s order, which can be checked as it stands', async () => {
    const { actor, reports } = questionActor(steps);
    const el = await fixture<NwOrder>(html`<nw-order .actor=${actor}></nw-order>`);
    await settle(el);
    const machineOrder = (actor.getSnapshot().context as { order?: string[] | null }).order ?? steps.items.map((i) => i.id);
    expect(shown(el)).to.deep.equal(machineOrder);
    expect(actor.getSnapshot().context.draft).to.deep.equal(machineOrder);
    expect(button(el, 'Check')!.getAttribute('aria-disabled')).to.equal('false');
    button(el, 'Check')!.click();
    await settle(el);
    expect(reports[0].response).to.deep.equal(machineOrder);
  });

  it('shows a draft the machine holds, and the instructions', async () => {
    const el = await fixture<NwOrder>(html`<nw-order .actor=${startingAt(['d', 'c', 'b', 'a']).actor}></nw-order>`);
    expect(shown(el)).to.deep.equal(['d', 'c', 'b', 'a']);
    expect(el.shadowRoot!.querySelector('.instructions')!.textContent).to.contain('arrow keys');
    expect(item(el, 'b').querySelector('em')!.textContent).to.equal('screenshot');
  });

  it('is answered with the keyboard alone, every move announced', async () => {
    const { actor, reports } = startingAt(['c', 'a', 'b', 'd']);
    const el = await fixture<NwOrder>(html`<nw-order .actor=${actor}></nw-order>`);
    control(el, 'c', 'handle').focus();
    await sendKeys({ press: 'Space' });
    await settle(el);
    expect(control(el, 'c', 'handle').getAttribute('aria-pressed')).to.equal('true');
    expect(announced(el)).to.equal('Block and report picked up, position 1 of 4. Use the arrow keys to move it, Space to drop it, Escape to cancel.');
    await sendKeys({ press: 'ArrowDown' });
    await settle(el);
    expect(shown(el)).to.deep.equal(['a', 'c', 'b', 'd']);
    expect(announced(el)).to.equal('Block and report, position 2 of 4.');
    expect(el.shadowRoot!.activeElement).to.equal(control(el, 'c', 'handle'));
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Space' });
    await settle(el);
    expect(shown(el)).to.deep.equal(['a', 'b', 'c', 'd']);
    expect(control(el, 'c', 'handle').getAttribute('aria-pressed')).to.equal('false');
    expect(announced(el)).to.equal('Block and report dropped at position 3 of 4.');
    // On to Check: this item's two buttons, the last item's three, then Check.
    for (let i = 0; i < 6; i++) await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement!.textContent!.trim()).to.equal('Check');
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(reports[0]).to.include({ correct: true });
    expect(feedback(el)).to.contain('Correct!');
  });

  it('moves focus between items with the arrow keys when nothing is picked up', async () => {
    const el = await fixture<NwOrder>(html`<nw-order .actor=${startingAt(['c', 'a', 'b', 'd']).actor}></nw-order>`);
    control(el, 'c', 'handle').focus();
    await sendKeys({ press: 'ArrowDown' });
    expect(el.shadowRoot!.activeElement).to.equal(control(el, 'a', 'handle'));
    await sendKeys({ press: 'End' });
    expect(el.shadowRoot!.activeElement).to.equal(control(el, 'd', 'handle'));
    expect(shown(el)).to.deep.equal(['c', 'a', 'b', 'd']);
  });

  it('says the position again when an item cannot go further', async () => {
    const el = await fixture<NwOrder>(html`<nw-order .actor=${startingAt(['c', 'a', 'b', 'd']).actor}></nw-order>`);
    const region = el.shadowRoot!.querySelector('[data-announce]')!;
    control(el, 'c', 'handle').focus();
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'ArrowUp' });
    await settle(el);
    const first = region.textContent;
    expect(first!.trim()).to.equal('Block and report, position 1 of 4.');
    await sendKeys({ press: 'ArrowUp' });
    await settle(el);
    // Changed, so a screen reader speaks it again; the same words.
    expect(region.textContent).not.to.equal(first);
    expect(region.textContent!.trim()).to.equal('Block and report, position 1 of 4.');
    expect(shown(el)).to.deep.equal(['c', 'a', 'b', 'd']);
  });

  it('drops a picked-up item where it is when Tab leaves it', async () => {
    const el = await fixture<NwOrder>(html`<nw-order .actor=${startingAt(['c', 'a', 'b', 'd']).actor}></nw-order>`);
    control(el, 'a', 'handle').focus();
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ press: 'Tab' });
    await settle(el);
    expect(shown(el)).to.deep.equal(['a', 'c', 'b', 'd']);
    expect(control(el, 'a', 'handle').getAttribute('aria-pressed')).to.equal('false');
    expect(announced(el)).to.equal('Do not reply dropped at position 1 of 4.');
    expect(el.shadowRoot!.activeElement).to.equal(control(el, 'a', 'up'));
  });

  it('puts an item back with Escape', async () => {
    const el = await fixture<NwOrder>(html`<nw-order .actor=${startingAt(['c', 'a', 'b', 'd']).actor}></nw-order>`);
    control(el, 'a', 'handle').focus();
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await settle(el);
    expect(shown(el)).to.deep.equal(['c', 'b', 'd', 'a']);
    await sendKeys({ press: 'Escape' });
    await settle(el);
    expect(shown(el)).to.deep.equal(['c', 'a', 'b', 'd']);
    expect(announced(el)).to.equal('Move cancelled. Do not reply is back at position 2 of 4.');
    expect(el.shadowRoot!.activeElement).to.equal(control(el, 'a', 'handle'));
  });

  it('is answered with the Move up and Move down buttons', async () => {
    const { actor, reports } = startingAt(['b', 'a', 'd', 'c']);
    const el = await fixture<NwOrder>(html`<nw-order .actor=${actor}></nw-order>`);
    // Named with the item, so a screen reader's list of buttons makes sense.
    expect(control(el, 'b', 'down').getAttribute('aria-labelledby')).to.match(/-b-down .*-b-text$/);
    expect(control(el, 'b', 'up').getAttribute('aria-disabled')).to.equal('true');
    control(el, 'b', 'up').click();
    await settle(el);
    expect(shown(el)).to.deep.equal(['b', 'a', 'd', 'c']);
    control(el, 'b', 'down').click();
    await settle(el);
    expect(shown(el)).to.deep.equal(['a', 'b', 'd', 'c']);
    expect(el.shadowRoot!.activeElement).to.equal(control(el, 'b', 'down'));
    expect(announced(el)).to.equal('Take a screenshot, position 2 of 4.');
    control(el, 'c', 'up').click();
    await settle(el);
    button(el, 'Check')!.click();
    await settle(el);
    expect(reports[0]).to.include({ correct: true, score: 1 });
  });

  it('is answered by dragging with a mouse, and by the grip with a finger', async () => {
    const { actor, reports } = startingAt(['d', 'a', 'b', 'c']);
    const el = await fixture<NwOrder>(html`<nw-order .actor=${actor}></nw-order>`);
    // Mouse: drag "Tell an adult" from the top onto the last place.
    const from = item(el, 'd').querySelector('.text')!;
    const start = from.getBoundingClientRect();
    const end = item(el, 'c').getBoundingClientRect();
    pointer(from, 'pointerdown', start.x + 5, start.y + 5);
    pointer(from, 'pointermove', start.x + 5, end.y + end.height / 2);
    await settle(el);
    expect(item(el, 'd').hasAttribute('data-dragged')).to.equal(true);
    expect(item(el, 'c').hasAttribute('data-over')).to.equal(true);
    pointer(from, 'pointerup', start.x + 5, end.y + end.height / 2);
    await settle(el);
    expect(shown(el)).to.deep.equal(['a', 'b', 'c', 'd']);
    expect(announced(el)).to.equal('Tell an adult you trust dropped at position 4 of 4.');
    // Touch on the text scrolls instead of dragging; the grip drags.
    const grip = control(el, 'a', 'handle');
    const g = grip.getBoundingClientRect();
    const b = item(el, 'b').getBoundingClientRect();
    const text = item(el, 'a').querySelector('.text')!;
    pointer(text, 'pointerdown', g.x + 60, g.y + 5, 'touch');
    pointer(text, 'pointermove', g.x + 60, b.y + b.height / 2, 'touch');
    pointer(text, 'pointerup', g.x + 60, b.y + b.height / 2, 'touch');
    await settle(el);
    expect(shown(el)).to.deep.equal(['a', 'b', 'c', 'd']);
    pointer(grip, 'pointerdown', g.x + 5, g.y + 5, 'touch');
    pointer(grip, 'pointermove', g.x + 5, b.y + b.height / 2, 'touch');
    pointer(grip, 'pointerup', g.x + 5, b.y + b.height / 2, 'touch');
    await settle(el);
    expect(shown(el)).to.deep.equal(['b', 'a', 'c', 'd']);
    // The click that ends a drag on the grip does not pick the item up.
    grip.click();
    await settle(el);
    expect(control(el, 'a', 'handle').getAttribute('aria-pressed')).to.equal('false');
    button(el, 'Check')!.click();
    await settle(el);
    expect(reports[0].response).to.deep.equal(['b', 'a', 'c', 'd']);
  });

  it('marks each place right or wrong, retries from the machine\'s order, then shows the answer', async () => {
    const { actor, reports } = startingAt(['a', 'b', 'd', 'c']);
    const el = await fixture<NwOrder>(html`<nw-order .actor=${actor}></nw-order>`);
    button(el, 'Check')!.click();
    await settle(el);
    expect(reports[0]).to.include({ correct: false, attempts: 1 });
    expect(feedback(el)).to.contain('Partly right.');
    expect(feedback(el)).to.contain('1 try left');
    expect(feedback(el)).not.to.contain('A screenshot first');
    const marks = shown(el).map((id) => item(el, id!).querySelector('.mark')!.textContent!.replace(/\s+/g, ' ').trim());
    expect(marks).to.deep.equal(['✓ Correct!', '✓ Correct!', '✗ Not quite.', '✗ Not quite.']);
    expect(el.shadowRoot!.querySelectorAll('[part="list"] button')).to.have.length(0);
    expect(el.shadowRoot!.querySelector('[part="right-order"]')).to.equal(null);

    button(el, 'Try again')!.click();
    await settle(el);
    const machineOrder = (actor.getSnapshot().context as { order?: string[] | null }).order ?? steps.items.map((i) => i.id);
    expect(shown(el)).to.deep.equal(machineOrder);
    expect(el.shadowRoot!.activeElement).to.equal(control(el, machineOrder[0], 'handle'));
    actor.send({ type: 'question.respond', response: ['d', 'c', 'b', 'a'] });
    await settle(el);
    button(el, 'Check')!.click();
    await settle(el);
    expect(feedback(el)).to.contain('No tries left.');
    const right = el.shadowRoot!.querySelector('[part="right-order"]')!;
    expect([...right.querySelectorAll('li')].map((li) => li.textContent!.trim())).to.deep.equal([
      'Do not reply', 'Take a screenshot', 'Block and report', 'Tell an adult you trust',
    ]);
    expect(feedback(el)).to.contain('A screenshot first');
  });

  it('shows the answer on request', async () => {
    const el = await fixture<NwOrder>(html`<nw-order .actor=${startingAt(['b', 'a', 'c', 'd']).actor}></nw-order>`);
    button(el, 'Check')!.click();
    await settle(el);
    button(el, 'Show the answer')!.click();
    await settle(el);
    expect(feedback(el)).to.contain('Here is the answer.');
    expect(el.shadowRoot!.querySelector('[part="right-order"]')!.textContent).to.contain('The right order');
  });

  it('restores a saved answer on reload', async () => {
    const { actor } = questionActor(steps, { response: ['b', 'a', 'c', 'd'], attempts: 1, score: 2 / 3, correct: false, done: false, revealed: false, latencyMs: 10 });
    const el = await fixture<NwOrder>(html`<nw-order .actor=${actor}></nw-order>`);
    await settle(el);
    expect(shown(el)).to.deep.equal(['b', 'a', 'c', 'd']);
    expect(feedback(el)).to.contain('Partly right.');
    expect(button(el, 'Try again')).to.exist;
  });

  it('has touch targets of at least 44px', async () => {
    const el = await fixture<NwOrder>(html`<nw-order .actor=${startingAt(['b', 'a', 'c', 'd']).actor}></nw-order>`);
    for (const target of [...el.shadowRoot!.querySelectorAll('li button')]) {
      const box = target.getBoundingClientRect();
      expect(box.height).to.be.at.least(44);
      expect(box.width).to.be.at.least(44);
    }
  });

  // Last: the policy stays on the page.
  it('renders and drags under a strict style CSP without a violation', async () => {
    const violations = strictStyleCsp();
    const el = await fixture<NwOrder>(html`<nw-order .actor=${startingAt(['b', 'a', 'c', 'd']).actor}></nw-order>`);
    const from = item(el, 'b').querySelector('.text')!;
    const a = from.getBoundingClientRect();
    const b = item(el, 'a').getBoundingClientRect();
    pointer(from, 'pointerdown', a.x + 5, a.y + 5);
    pointer(from, 'pointermove', a.x + 5, b.y + b.height / 2);
    await settle(el);
    expect(item(el, 'b').style.transform).to.contain('translate(');
    pointer(from, 'pointerup', a.x + 5, b.y + b.height / 2);
    await settle(el);
    expect(shown(el)).to.deep.equal(['a', 'b', 'c', 'd']);
    await new Promise((r) => setTimeout(r, 50));
    expect(violations).to.deep.equal([]);
  });
});
