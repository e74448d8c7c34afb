/**
 * connectTracker: answers and steps are stored at once, but unsent work (which can change with every
 * keystroke) is stored once the changes pause, at least every so often while they go on, and at once
 * when the page goes away or the tracker is disconnected, so an LMS never gets a commit per keystroke.
 * Time is a ManualClock: nothing here sleeps.
 */
import { expect } from '@open-wc/testing';
import { createActor } from 'xstate';
import type { Response } from '../../src/content/types.js';
import { moduleMachine } from '../../src/machines/machines.js';
import type { SavedProgress } from '../../src/machines/progress.js';
import { type ConnectOptions, connectTracker } from '../../src/tracking/connect.js';
import { NoneTracker } from '../../src/tracking/none.js';
import type { Tracker } from '../../src/tracking/tracker.js';
import { scormDoc } from './scorm-fixtures.js';
import { ManualClock } from '../support/manual-clock.js';

/** A window and document of our own, so the test can say when the page goes away. */
function fakeWindow() {
  const document = Object.assign(new EventTarget(), { visibilityState: 'visible' as DocumentVisibilityState });
  return Object.assign(new EventTarget(), { document }) as EventTarget & { document: typeof document };
}

function setup(options: ConnectOptions = {}) {
  const saves: SavedProgress[] = [];
  const tracker: Tracker = new NoneTracker();
  tracker.save = (p) => void saves.push(p);
  const win = fakeWindow();
  const clock = new ManualClock();
  const actor = createActor(moduleMachine, { input: { doc: scormDoc(), seed: 's' } });
  const disconnect = connectTracker(actor, tracker, { draftDelay: 60, draftMaxWait: 1000, window: win as unknown as Window, clock, ...options });
  actor.start();
  actor.send({ type: 'module.next' });
  saves.length = 0; // the step change above
  const q1 = () => actor.getSnapshot().children.q1!;
  return {
    actor,
    saves,
    win,
    clock,
    disconnect,
    draft: (response: Response) => q1().send({ type: 'question.respond', response }),
    submit: () => q1().send({ type: 'question.submit' }),
  };
}

describe('connectTracker: saving drafts', () => {
  it('stores a run of draft changes once, after they pause, with the latest draft', () => {
    const { saves, draft, clock } = setup();
    draft(['a']);
    clock.tick(50);
    draft(['c']);
    clock.tick(50);
    draft(['b']);
    expect(saves, 'nothing at once').to.have.length(0);
    clock.tick(59);
    expect(saves, 'nothing before the pause is over').to.have.length(0);
    clock.tick(1);
    expect(saves).to.have.length(1);
    clock.tick(10_000);
    expect(saves, 'once').to.have.length(1);
    expect(saves[0].drafts).to.deep.equal({ q1: ['b'] });
  });

  it('an answer is stored at once, with no draft save left to follow', () => {
    const { saves, draft, submit, clock } = setup();
    draft(['a']);
    submit();
    expect(saves).to.have.length(1);
    expect(saves[0].answers.q1).to.include({ attempts: 1, correct: false });
    expect(saves[0].drafts).to.equal(undefined);
    expect(clock.pending, 'the waiting draft save was dropped').to.equal(0);
    clock.tick(10_000);
    expect(saves).to.have.length(1);
  });

  it('a step change is stored at once and carries the waiting draft', () => {
    const { saves, draft, actor, clock } = setup();
    draft(['c']);
    actor.send({ type: 'module.back' });
    expect(saves).to.have.length(1);
    expect(saves[0]).to.include({ step: 'one.intro' });
    expect(saves[0].drafts).to.deep.equal({ q1: ['c'] });
    clock.tick(10_000);
    expect(saves).to.have.length(1);
  });

  it('leaving the page (pagehide) stores the waiting draft at once', () => {
    const { saves, draft, win } = setup();
    draft(['c']);
    win.dispatchEvent(new Event('pagehide'));
    expect(saves).to.have.length(1);
    expect(saves[0].drafts).to.deep.equal({ q1: ['c'] });
    win.dispatchEvent(new Event('pagehide'));
    expect(saves, 'nothing waits any more').to.have.length(1);
  });

  it('the tab going to the background stores the waiting draft; coming back does nothing', () => {
    const { saves, draft, win } = setup();
    draft(['c']);
    win.document.dispatchEvent(new Event('visibilitychange'));
    expect(saves, 'still visible').to.have.length(0);
    win.document.visibilityState = 'hidden';
    win.document.dispatchEvent(new Event('visibilitychange'));
    expect(saves).to.have.length(1);
    expect(saves[0].drafts).to.deep.equal({ q1: ['c'] });
  });

  it('disconnecting stores the waiting draft, then listens no more', () => {
    const { saves, draft, disconnect, win, clock } = setup();
    draft(['c']);
    disconnect();
    expect(saves).to.have.length(1);
    draft(['b']);
    win.dispatchEvent(new Event('pagehide'));
    clock.tick(10_000);
    expect(saves).to.have.length(1);
  });

  it('stores a draft at least every draftMaxWait while changes keep coming', () => {
    const { saves, draft, clock } = setup({ draftDelay: 10_000, draftMaxWait: 80 });
    const ids = ['a', 'b', 'c'];
    for (let i = 0; i < 12; i++) {
      draft([ids[i % 3]]);
      clock.tick(25);
    }
    // 300 ms of changes, one every 25 ms, against a 10 s pause: stored at 80, 180 and 280 ms (each
    // wait starts with the first change after a save), never one per change.
    expect(saves).to.have.length(3);
    expect(saves.map((s) => s.drafts)).to.deep.equal([{ q1: ['a'] }, { q1: ['b'] }, { q1: ['c'] }]);
  });
});
