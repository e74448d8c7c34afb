import type { ProgressInfo } from '../machines/module-machine.js';

/** Fired by `<nw-module>` when the student moves to another step. Bubbles; not composed. */
export class NwProgressEvent extends Event {
  static readonly type = 'nw-progress';
  /** Index of the current step (0-based). */
  readonly index: number;
  /** Number of steps in the module. */
  readonly total: number;
  /** Progress, 0–1 (1 once finished). */
  readonly fraction: number;

  constructor(progress: ProgressInfo) {
    super(NwProgressEvent.type, { bubbles: true, composed: false });
    this.index = progress.index;
    this.total = progress.total;
    this.fraction = progress.fraction;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'nw-progress': NwProgressEvent;
  }
}
