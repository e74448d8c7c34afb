import type { ModuleResult } from '../machines/scoring.js';

/** Fired by `<nw-module>` when the student finishes the module. Bubbles; not composed. */
export class NwCompleteEvent extends Event {
  static readonly type = 'nw-complete';
  /** 0–100. */
  readonly percent: number;
  readonly passed: boolean;
  /** Points, answered count and the rest of the result. */
  readonly result: ModuleResult;

  constructor(result: ModuleResult) {
    super(NwCompleteEvent.type, { bubbles: true, composed: false });
    this.percent = result.percent;
    this.passed = result.passed;
    this.result = result;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'nw-complete': NwCompleteEvent;
  }
}
