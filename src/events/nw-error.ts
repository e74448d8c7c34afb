/** Fired by `<nw-module>` when its module cannot be loaded or played. Bubbles; not composed. */
export class NwErrorEvent extends Event {
  static readonly type = 'nw-error';
  /** The precise cause, for developers (the student sees a plain message). */
  readonly error: Error;

  constructor(error: Error) {
    super(NwErrorEvent.type, { bubbles: true, composed: false });
    this.error = error;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'nw-error': NwErrorEvent;
  }
}
