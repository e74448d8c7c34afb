/**
 * The player's life in the page: a player removed for good lets go of its actor, tracker and page
 * listeners; a player only moved keeps going; a released player put back resumes from what was saved;
 * and each question gets an element of its own.
 */
import { expect, fixture, fixtureSync, html, waitUntil } from '@open-wc/testing';
import '../../src/elements/nw-module.js';
import type { NwModule } from '../../src/elements/nw-module.js';
import type { NwChoice } from '../../src/elements/nw-choice.js';
import type { ModuleDoc } from '../../src/content/types.js';
import { NoneTracker } from '../../src/tracking/none.js';
import { LocalTracker } from '../../src/tracking/local.js';
import { MemoryStorage } from '../tracking/scorm-fixtures.js';
import { playerDoc } from './doc-fixture.js';

/** A tracker that counts the sessions it opened and ended. */
class CountingTracker extends NoneTracker {
  started = 0;
  ended = 0;
  override async start() {
    this.started += 1;
    return null;
  }
  override terminate(): void {
    this.ended += 1;
  }
}

/** Counts the `pagehide` listeners added to and removed from the window while `fn` runs. */
async function countingPagehide<T>(fn: (live: () => number) => Promise<T>): Promise<T> {
  const add = window.addEventListener;
  const remove = window.removeEventListener;
  const listeners = new Set<unknown>();
  window.addEventListener = function (this: Window, type: string, listener: unknown, options?: unknown) {
    if (type === 'pagehide') listeners.add(listener);
    return add.call(this, type, listener as EventListener, options as AddEventListenerOptions);
  } as typeof window.addEventListener;
  window.removeEventListener = function (this: Window, type: string, listener: unknown, options?: unknown) {
    if (type === 'pagehide') listeners.delete(listener);
    return remove.call(this, type, listener as EventListener, options as EventListenerOptions);
  } as typeof window.removeEventListener;
  try {
    return await fn(() => listeners.size);
  } finally {
    window.addEventListener = add;
    window.removeEventListener = remove;
  }
}

const root = (el: Element) => el.shadowRoot!;
const heading = (el: NwModule) => root(el).querySelector('h3')?.textContent;
/** Lets the task that removed or moved a player end (the disconnect rule's moment). */
const endOfTask = () => new Promise((resolve) => setTimeout(resolve));
const ready = (el: NwModule) => waitUntil(() => el.actor && root(el).querySelector('h3'), 'player did not start');
const nextButton = (el: NwModule) => [...root(el).querySelectorAll<HTMLButtonElement>('nav button')].find((b) => b.textContent!.trim() === 'Next')!;

async function clickNext(el: NwModule) {
  nextButton(el).click();
  await el.updateComplete;
}

async function answer(el: NwModule, option: string) {
  const q = root(el).querySelector<NwChoice>('nw-choice')!;
  await q.updateComplete;
  [...root(q).querySelectorAll('label')].find((l) => l.textContent!.includes(option))!.querySelector('input')!.click();
  await q.updateComplete;
  [...root(q).querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Check')!.click();
  await q.updateComplete;
  await el.updateComplete;
  return q;
}

describe('<nw-module> in and out of the page', () => {
  it('many players added and removed let go of every actor, tracker session and pagehide listener', async () => {
    await countingPagehide(async (live) => {
      const before = live();
      const host = fixtureSync(html`<div></div>`);
      const players = Array.from({ length: 12 }, () => {
        const el = document.createElement('nw-module');
        el.tracker = new CountingTracker();
        el.doc = playerDoc();
        host.append(el);
        return el;
      });
      await Promise.all(players.map(ready));
      expect(live() - before, 'one pagehide listener per player, at least').to.be.at.least(12);
      const actors = players.map((p) => p.actor!);
      actors.forEach((a) => expect(a.getSnapshot().status).to.equal('active'));

      players.forEach((p) => p.remove());
      await endOfTask();

      actors.forEach((a, i) => expect(a.getSnapshot().status, `actor ${i}`).to.equal('stopped'));
      players.forEach((p, i) => {
        expect(p.actor, `player ${i} keeps no actor`).to.equal(undefined);
        expect((p.tracker as CountingTracker).ended, `tracker ${i} ended once`).to.equal(1);
      });
      expect(live(), 'no pagehide listener left behind').to.equal(before);
      window.dispatchEvent(new PageTransitionEvent('pagehide'));
      players.forEach((p) => expect((p.tracker as CountingTracker).ended).to.equal(1));
    });
  });

  it('a player moved in the page keeps its actor and its tracker session', async () => {
    const tracker = new CountingTracker();
    const el = await fixture<NwModule>(html`<nw-module .tracker=${tracker} .doc=${playerDoc()}></nw-module>`);
    await ready(el);
    const actor = el.actor!;
    const other = document.createElement('div');
    document.body.append(other);
    other.append(el);
    await endOfTask();
    expect(el.actor).to.equal(actor);
    expect(actor.getSnapshot().status).to.equal('active');
    expect(tracker.ended).to.equal(0);
    other.remove();
  });

  it('dispose() lets go at once; put back in the page, the player resumes from what was saved', async () => {
    const storage = new MemoryStorage();
    const el = await fixture<NwModule>(html`<nw-module .tracker=${new LocalTracker({ storage })} .doc=${playerDoc()}></nw-module>`);
    await ready(el);
    await clickNext(el);
    await answer(el, 'kettle orbit tulip');
    await clickNext(el);
    expect(heading(el)).to.equal('True or false');
    const actor = el.actor!;
    el.dispose();
    expect(actor.getSnapshot().status).to.equal('stopped');
    await el.updateComplete;
    expect(root(el).querySelector('article'), 'nothing shows once released').to.equal(null);

    const parent = el.parentElement!;
    el.remove();
    await endOfTask();
    parent.append(el);
    await ready(el);
    expect(el.actor).not.to.equal(actor);
    expect(heading(el)).to.equal('True or false');
  });

  it('gives each question an element of its own, even after one of the same kind', async () => {
    const doc: ModuleDoc = playerDoc();
    const [first] = doc.lessons[0].steps.filter((s) => s.question);
    const second = { ...first, id: 'one.q1b', title: 'Pick again', question: { ...first.question!, id: 'q1b', hintHtml: undefined } };
    doc.lessons[0].steps.push(second);
    const el = await fixture<NwModule>(html`<nw-module .tracker=${new NoneTracker()} .doc=${doc}></nw-module>`);
    await ready(el);
    await clickNext(el);
    const q1 = await answer(el, 'kettle orbit tulip');
    await clickNext(el);
    expect(heading(el)).to.equal('Pick again');
    const q1b = root(el).querySelector<NwChoice>('nw-choice')!;
    await q1b.updateComplete;
    expect(q1b, 'a new element').not.to.equal(q1);
    expect(q1.isConnected).to.equal(false);
    expect(root(q1b).querySelector('[part="feedback"]')!.textContent!.trim(), 'none of the last answer shows').to.equal('');
    expect([...root(q1b).querySelectorAll('input')].some((i) => i.checked)).to.equal(false);
    // Back again: the first question's element is made anew, showing its answer.
    [...root(el).querySelectorAll<HTMLButtonElement>('nav button')].find((b) => b.textContent!.trim() === 'Back')!.click();
    await el.updateComplete;
    const again = root(el).querySelector<NwChoice>('nw-choice')!;
    await again.updateComplete;
    expect(again).not.to.equal(q1b);
    expect(root(again).querySelector('[part="feedback"]')!.textContent).to.contain('Correct!');
  });
});
