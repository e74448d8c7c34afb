/**
 * Wires a running module actor to a tracker: every emitted milestone goes to the tracker, and every
 * change is saved. Returns the function that disconnects them.
 */
import type { Actor } from 'xstate';
import type { moduleMachine } from '../machines/module-machine.js';
import type { Tracker } from './tracker.js';

export function connectTracker(actor: Actor<typeof moduleMachine>, tracker: Tracker): () => void {
  const subs = [
    actor.on('answered', (e) => tracker.answered(e.question, e.record)),
    actor.on('progressed', (e) => tracker.progressed(e.progress)),
    actor.on('completed', (e) => tracker.completed(e.result)),
    actor.on('saved', (e) => tracker.save(e.progress)),
  ];
  return () => subs.forEach((s) => s.unsubscribe());
}
