/**
 * Makes the tracker a `tracking` attribute names. Local storage and none are built in; LMS adapters
 * are loaded only when asked for, so a page that does not use them never downloads them.
 */
import { LocalTracker } from './local.js';
import { NoneTracker } from './none.js';
import type { Tracker } from './tracker.js';

export type TrackingKind = 'auto' | 'local' | 'none' | 'scorm' | 'scorm12' | 'scorm2004';

export async function createTracker(kind: string): Promise<Tracker> {
  switch (kind) {
    case 'none':
      return new NoneTracker();
    case 'scorm12':
      return new (await import('./scorm12.js')).Scorm12Tracker();
    case 'scorm2004':
      return new (await import('./scorm2004.js')).Scorm2004Tracker();
    case 'scorm':
    case 'auto': {
      // SCORM 2004 first, then 1.2 (the standards' own order). A top-level page with no API and no
      // opener cannot have an LMS, so it never downloads the (small) discovery chunk.
      const maybeLms = kind === 'scorm' || 'API' in window || 'API_1484_11' in window || window.parent !== window || !!window.opener;
      const version = maybeLms ? (await import('./scorm-api.js')).detectScorm() : null;
      if (version === '2004') return new (await import('./scorm2004.js')).Scorm2004Tracker();
      if (version === '1.2') return new (await import('./scorm12.js')).Scorm12Tracker();
      // `scorm` with no LMS: the 1.2 adapter falls back to this device and says so.
      if (kind === 'scorm') return new (await import('./scorm12.js')).Scorm12Tracker();
      return new LocalTracker();
    }
    case 'local':
    default:
      return new LocalTracker();
  }
}
