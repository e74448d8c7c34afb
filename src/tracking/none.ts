import { TrackerBase } from './base.js';

/** Saves nothing anywhere: for previews and kiosks. DOM events still fire. */
export class NoneTracker extends TrackerBase {
  readonly kind = 'none';

  constructor() {
    super({ kind: 'none', state: 'ok' });
  }

  async start() {
    return null;
  }

  save(): void {}
}
