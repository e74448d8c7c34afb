import { StatusChannel } from './status.js';
import type { Tracker } from './tracker.js';

/** Saves nothing anywhere: for previews and kiosks. DOM events still fire. */
export class NoneTracker implements Tracker {
  readonly kind = 'none';
  readonly #channel = new StatusChannel({ kind: 'none', state: 'ok' });
  get status() {
    return this.#channel.status;
  }
  onStatus(listener: Parameters<StatusChannel['subscribe']>[0]) {
    return this.#channel.subscribe(listener);
  }
  async start() {
    return null;
  }
  save(): void {}
  answered(): void {}
  progressed(): void {}
  completed(): void {}
  terminate(): void {}
}
