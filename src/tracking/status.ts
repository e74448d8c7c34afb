import type { StatusListener, TrackerStatus } from './tracker.js';

/** Holds an adapter's status and tells listeners when it changes. Adapters compose one. */
export class StatusChannel {
  #status: TrackerStatus;
  readonly #listeners = new Set<StatusListener>();

  constructor(initial: TrackerStatus) {
    this.#status = initial;
  }

  get status(): TrackerStatus {
    return this.#status;
  }

  set(status: TrackerStatus): void {
    if (status.kind === this.#status.kind && status.state === this.#status.state && status.detail === this.#status.detail) return;
    this.#status = status;
    for (const l of this.#listeners) l(status);
  }

  subscribe(listener: StatusListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }
}
