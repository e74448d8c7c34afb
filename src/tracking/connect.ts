/**
 * Wires a running module actor to a tracker: every emitted milestone goes to the tracker, and every
 * change is saved. Returns the function that disconnects them.
 *
 * Unsent work (a draft) can change with every keystroke, and an LMS must not get a commit for each:
 * a draft is stored once the changes pause for `draftDelay` (and at least every `draftMaxWait` while
 * they go on). An answer or a step change is stored at once and carries the drafts with it; leaving
 * the page (`pagehide`, or the tab going to the background) and disconnecting store a waiting draft.
 */
import type { Actor } from 'xstate';
import type { ModuleMachine } from '../machines/module-machine.js';
import type { SavedProgress } from '../machines/progress.js';
import type { Tracker } from './tracker.js';

export interface ConnectOptions {
  /** How long a draft waits for the changes to pause, in ms (default 1000). */
  draftDelay?: number;
  /** The longest a draft waits while changes keep coming, in ms (default 5000). */
  draftMaxWait?: number;
  /** Where `pagehide` and (on its `document`) `visibilitychange` come from (default: this window). */
  window?: Window;
  /** The time and timers the draft wait uses (default: `Date.now`, `setTimeout`, `clearTimeout`); tests pass their own. */
  clock?: Clock;
}

/** A seam for time: what the draft wait reads and schedules. */
export interface Clock {
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(id: unknown): void;
}

const realClock: Clock = {
  now: () => Date.now(),
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (id) => clearTimeout(id as ReturnType<typeof setTimeout>),
};

export function connectTracker(actor: Actor<ModuleMachine>, tracker: Tracker, options: ConnectOptions = {}): () => void {
  const delay = options.draftDelay ?? 1000;
  const maxWait = options.draftMaxWait ?? 5000;
  const clock = options.clock ?? realClock;
  let waiting: SavedProgress | null = null;
  let since = 0;
  let timer: unknown;

  const cancel = () => {
    clock.clearTimeout(timer);
    timer = undefined;
    waiting = null;
  };
  const flush = () => {
    const progress = waiting;
    cancel();
    if (progress) tracker.save(progress);
  };
  const saved = (progress: SavedProgress, draft: boolean) => {
    if (!draft) {
      cancel(); // this progress is newer and holds the drafts too
      tracker.save(progress);
      return;
    }
    const now = clock.now();
    if (!waiting) since = now;
    waiting = progress;
    clock.clearTimeout(timer);
    timer = clock.setTimeout(flush, Math.max(0, Math.min(delay, since + maxWait - now)));
  };

  const win = options.window ?? (typeof window === 'undefined' ? undefined : window);
  const doc = win?.document;
  const onHidden = () => {
    if (doc?.visibilityState === 'hidden') flush();
  };
  win?.addEventListener('pagehide', flush);
  doc?.addEventListener('visibilitychange', onHidden);

  const subs = [
    actor.on('answered', (e) => tracker.answered(e.question, e.record)),
    actor.on('progressed', (e) => tracker.progressed(e.progress)),
    actor.on('completed', (e) => tracker.completed(e.result)),
    actor.on('saved', (e) => saved(e.progress, e.draft === true)),
  ];
  return () => {
    flush();
    win?.removeEventListener('pagehide', flush);
    doc?.removeEventListener('visibilitychange', onHidden);
    subs.forEach((s) => s.unsubscribe());
  };
}
