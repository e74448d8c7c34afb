/**
 * Makes the tracker a `tracking` attribute names. Local storage and none are built in; LMS adapters
 * are loaded only when asked for, so a page that does not use them never downloads them.
 */
import { LocalTracker } from './local.js';
import { NoneTracker } from './none.js';
import type { Tracker } from './tracker.js';

export type TrackingKind = 'auto' | 'local' | 'none';

export async function createTracker(kind: string): Promise<Tracker> {
  switch (kind) {
    case 'none':
      return new NoneTracker();
    case 'local':
    case 'auto':
    default:
      return new LocalTracker();
  }
}
