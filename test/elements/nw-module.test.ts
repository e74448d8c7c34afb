import { expect, fixture, fixtureSync, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/nw-module.js';
import type { NwModule } from '../../src/elements/nw-module.js';
import type { NwChoice } from '../../src/elements/nw-choice.js';
import { NoneTracker } from '../../src/tracking/none.js';
import { LocalTracker } from '../../src/tracking/local.js';
import type { NwAnswerEvent, NwCompleteEvent, NwErrorEvent, NwProgressEvent } from '../../src/events/index.js';
import { playerDoc } from './doc-fixture.js';

interface Events { 'nw-answer': NwAnswerEvent; 'nw-progress': NwProgressEvent; 'nw-complete': NwCompleteEvent; 'nw-error': NwErrorEvent }
const next = <K extends keyof Events>(el: Element, type: K) => oneEvent(el, type) as unknown as Promise<Events[K]>;

/** Creates a player with a listener already attached (errors can fire before a fixture resolves). */
async function playerWithError(setup: (el: NwModule) => void) {
  const el = document.createElement('nw-module');
  const error = next(el, 'nw-error');
  setup(el);
  const host = fixtureSync(html`<div></div>`);
  host.append(el);
  return { el, error: await error };
}

const root = (el: Element) => el.shadowRoot!;
const byText = (scope: ParentNode, selector: string, text: string) =>
  [...scope.querySelectorAll<HTMLElement>(selector)].find((e) => e.textContent!.trim().startsWith(text));

async function ready(el: NwModule) {
  await waitUntil(() => el.actor && root(el).querySelector('h3'), 'player did not start');
  await el.updateComplete;
}

function questionEl<T extends Element>(el: NwModule, tag: string): T {
  return root(el).querySelector(tag) as T;
}

async function clickNext(el: NwModule) {
  byText(root(el), 'nav button', 'Next')!.click();
  await el.updateComplete;
}

async function answerChoice(el: NwModule, text: string) {
  const q = questionEl<NwChoice>(el, 'nw-choice');
  await q.updateComplete;
  const label = byText(q.shadowRoot!, 'label', text)!;
  label.querySelector('input')!.click();
  await q.updateComplete;
  byText(q.shadowRoot!, 'button', 'Check')!.click();
  await q.updateComplete;
  return q;
}

describe('<nw-module>', () => {
  beforeEach(() => localStorage.clear());

  it('is accessible on a reading step and on a question', async () => {
    const el = await fixture<NwModule>(html`<nw-module .tracker=${new NoneTracker()} .doc=${playerDoc()}></nw-module>`);
    await ready(el);
    await expect(el).to.be.accessible();
    await clickNext(el);
    await questionEl<NwChoice>(el, 'nw-choice').updateComplete;
    await expect(el).to.be.accessible();
  });

  it('shows the title, the first step and a progress bar', async () => {
    const el = await fixture<NwModule>(html`<nw-module .tracker=${new NoneTracker()} .doc=${playerDoc()}></nw-module>`);
    await ready(el);
    expect(root(el).querySelector('h2')!.textContent).to.equal('Test module');
    expect(root(el).querySelector('h3')!.textContent).to.equal('Welcome');
    expect(root(el).querySelector('.prose strong')!.textContent).to.equal('this');
    const bar = root(el).querySelector('progress')!;
    expect(bar.max).to.equal(4);
    expect(bar.value).to.equal(1);
    expect(root(el).textContent).to.contain('Step 1 of 4');
  });

  it('does not move past an unanswered question, and says why', async () => {
    const el = await fixture<NwModule>(html`<nw-module .tracker=${new NoneTracker()} .doc=${playerDoc()}></nw-module>`);
    await ready(el);
    await clickNext(el);
    const next = byText(root(el), 'nav button', 'Next')!;
    expect(next.getAttribute('aria-disabled')).to.equal('true');
    expect(root(el).textContent).to.contain('Answer the question to go on.');
    next.click();
    await el.updateComplete;
    expect(root(el).querySelector('h3')!.textContent).to.equal('Pick one');
  });

  it('gives per-option feedback, allows a retry and then moves on', async () => {
    const el = await fixture<NwModule>(html`<nw-module .tracker=${new NoneTracker()} .doc=${playerDoc()}></nw-module>`);
    await ready(el);
    await clickNext(el);
    const answered = next(el, 'nw-answer');
    const q = await answerChoice(el, 'cat');
    const event = await answered;
    expect(event.questionId).to.equal('q1');
    expect(event.correct).to.equal(false);
    const feedback = q.shadowRoot!.querySelector('[part="feedback"]')!;
    expect(feedback.getAttribute('role')).to.equal('status');
    expect(feedback.textContent).to.contain('Not quite.');
    expect(feedback.textContent).to.contain('Three letters only.');
    expect(feedback.textContent).to.contain('1 try left');
    byText(q.shadowRoot!, 'button', 'Try again')!.click();
    await q.updateComplete;
    await answerChoice(el, 'kettle orbit tulip');
    expect(q.shadowRoot!.querySelector('[part="feedback"]')!.textContent).to.contain('Correct!');
    expect(q.shadowRoot!.querySelector('[part="feedback"]')!.textContent).to.contain('Length wins.');
    await el.updateComplete;
    const progress = next(el, 'nw-progress');
    await clickNext(el);
    expect((await progress).index).to.equal(2);
    expect(root(el).querySelector('h3')!.textContent).to.equal('True or false');
  });

  it('plays to the end with the keyboard alone and shows the summary', async () => {
    const el = await fixture<NwModule>(html`<nw-module .tracker=${new NoneTracker()} .doc=${playerDoc()}></nw-module>`);
    await ready(el);
    const press = (key: string) => sendKeys({ press: key });
    // Step 1 → Next (Back is hidden on the first step, so Next is the first button).
    byText(root(el), 'nav button', 'Next')!.focus();
    await press('Enter');
    await el.updateComplete;
    expect(root(el).querySelector('h3')!.textContent).to.equal('Pick one');
    // The heading has focus; Tab into the options, arrow to the second, Space picks, Tab to Check.
    const q1 = questionEl<NwChoice>(el, 'nw-choice');
    await q1.updateComplete;
    await press('Tab');
    await press('Space');
    await press('ArrowDown');
    await q1.updateComplete;
    await press('Tab');
    await press('Enter');
    await q1.updateComplete;
    expect(q1.shadowRoot!.querySelector('[part="feedback"]')!.textContent).to.contain('Correct!');
    byText(root(el), 'nav button', 'Next')!.focus();
    await press('Enter');
    await el.updateComplete;
    const tf = root(el).querySelector('nw-truefalse')!;
    await (tf as unknown as { updateComplete: Promise<void> }).updateComplete;
    (tf.shadowRoot!.querySelectorAll('input')[1] as HTMLInputElement).focus();
    await press('Space');
    await press('Tab');
    await press('Enter');
    await (tf as unknown as { updateComplete: Promise<void> }).updateComplete;
    expect(tf.shadowRoot!.querySelector('[part="feedback"]')!.textContent).to.contain('Right.');
    byText(root(el), 'nav button', 'Next')!.focus();
    await press('Enter');
    await el.updateComplete;
    const q3 = questionEl<NwChoice>(el, 'nw-choice');
    await q3.updateComplete;
    const boxes = q3.shadowRoot!.querySelectorAll('input');
    (boxes[0] as HTMLInputElement).focus();
    await press('Space');
    await press('Tab');
    await press('Space');
    await q3.updateComplete;
    byText(q3.shadowRoot!, 'button', 'Check')!.focus();
    await press('Enter');
    await q3.updateComplete;
    const complete = next(el, 'nw-complete');
    byText(root(el), 'nav button', 'Finish')!.focus();
    await press('Enter');
    const done = await complete;
    expect(done.percent).to.equal(100);
    expect(done.passed).to.equal(true);
    await waitUntil(() => root(el).querySelector('nw-summary')?.shadowRoot?.querySelector('h2'));
    const summary = root(el).querySelector('nw-summary')!;
    expect(summary.shadowRoot!.textContent).to.contain('You scored 100%');
    expect(summary.shadowRoot!.textContent).to.contain('Passed');
    expect(summary.shadowRoot!.querySelectorAll('li').length).to.equal(3);
    await expect(el).to.be.accessible();
  });

  it('resumes at the same step with every answer after a reload', async () => {
    const first = await fixture<NwModule>(html`<nw-module tracking="local" .doc=${playerDoc()}></nw-module>`);
    await ready(first);
    await clickNext(first);
    await answerChoice(first, 'kettle orbit tulip');
    await clickNext(first);
    expect(root(first).querySelector('h3')!.textContent).to.equal('True or false');
    first.remove();
    const second = await fixture<NwModule>(html`<nw-module tracking="local" .doc=${playerDoc()}></nw-module>`);
    await ready(second);
    expect(root(second).querySelector('h3')!.textContent).to.equal('True or false');
    expect(root(second).textContent).to.contain('saved on this device');
    byText(root(second), 'nav button', 'Back')!.click();
    await second.updateComplete;
    const q = questionEl<NwChoice>(second, 'nw-choice');
    await q.updateComplete;
    const checked = [...q.shadowRoot!.querySelectorAll('input')].map((i) => i.checked);
    expect(checked).to.deep.equal([false, true, false]);
    expect(q.shadowRoot!.querySelector('[part="feedback"]')!.textContent).to.contain('Correct!');
  });

  it('shows a clear message, not a blank box, when the module is missing or broken', async () => {
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    try {
      const { el, error } = await playerWithError((p) => {
        p.tracking = 'none';
        p.src = '/does-not-exist.json';
      });
      await el.updateComplete;
      expect(error.error.message).to.contain('404');
      const alert = root(el).querySelector('[role="alert"]')!;
      expect(alert.textContent).to.contain('could not be opened');
      await expect(el).to.be.accessible();
      const broken = await playerWithError((p) => {
        p.tracking = 'none';
        p.doc = { format: 1, meta: {}, lessons: [] } as never;
      });
      await broken.el.updateComplete;
      expect(root(broken.el).querySelector('[role="alert"]')).to.exist;
      expect(errors.length).to.equal(2);
      expect(String((errors[1] as Error[])[0])).to.contain('no lessons');
    } finally {
      console.error = original;
    }
  });

  it("lets the page style every question's parts through the player", async () => {
    const style = document.createElement('style');
    style.textContent = 'nw-module::part(prompt) { color: rgb(1, 2, 3); } nw-module::part(feedback) { border-left-color: rgb(4, 5, 6); }';
    document.head.append(style);
    try {
      const el = await fixture<NwModule>(html`<nw-module .tracker=${new NoneTracker()} .doc=${playerDoc()}></nw-module>`);
      await ready(el);
      await clickNext(el);
      const q = questionEl<NwChoice>(el, 'nw-choice');
      await q.updateComplete;
      expect(getComputedStyle(q.shadowRoot!.querySelector('[part="prompt"]')!).color).to.equal('rgb(1, 2, 3)');
      expect(getComputedStyle(q.shadowRoot!.querySelector('[part="feedback"]')!).borderLeftColor).to.equal('rgb(4, 5, 6)');
    } finally {
      style.remove();
    }
  });

  it('keeps progress when moved in the DOM', async () => {
    const el = await fixture<NwModule>(html`<nw-module .tracker=${new NoneTracker()} .doc=${playerDoc()}></nw-module>`);
    await ready(el);
    await clickNext(el);
    const other = document.createElement('div');
    document.body.append(other);
    other.append(el);
    await el.updateComplete;
    expect(root(el).querySelector('h3')!.textContent).to.equal('Pick one');
    other.remove();
  });

  it('tells the student when this browser cannot save', async () => {
    const full = { getItem: () => null, setItem: () => { throw new DOMException('full', 'QuotaExceededError'); }, removeItem() {} } as unknown as Storage;
    const el = await fixture<NwModule>(html`<nw-module .tracker=${new LocalTracker({ storage: full })} .doc=${playerDoc()}></nw-module>`);
    await ready(el);
    await clickNext(el);
    await el.updateComplete;
    expect(root(el).querySelector('[part="status"]')!.textContent).to.contain('not saving your progress');
  });
});
