/**
 * Makes the tracker a `tracking` attribute names. Local storage and none are built in; LMS adapters
 * are loaded only when asked for, so a page that does not use them never downloads them (the xAPI and
 * cmi5 libraries included).
 */
import { hasCmi5Launch } from './cmi5-launch.js';
import { LocalTracker } from './local.js';
import { NoneTracker } from './none.js';
import type { Tracker } from './tracker.js';
import type { XapiTrackerOptions } from './xapi.js';

export type TrackingKind = 'auto' | 'local' | 'none' | 'scorm' | 'scorm12' | 'scorm2004' | 'xapi' | 'cmi5' | 'lti';

/** Settings some adapters need (the player fills them from its attributes). */
export interface TrackerConfig {
  /** For `xapi` (and `auto`, which uses xAPI when an endpoint is given and no LMS is found). */
  xapi?: XapiTrackerOptions;
}

export async function createTracker(kind: string, config: TrackerConfig = {}): Promise<Tracker> {
  switch (kind) {
    case 'none':
      return new NoneTracker();
    case 'scorm12':
      return new (await import('./scorm12.js')).Scorm12Tracker();
    case 'scorm2004':
      return new (await import('./scorm2004.js')).Scorm2004Tracker();
    case 'xapi':
      return new (await import('./xapi.js')).XapiTracker(config.xapi);
    case 'cmi5':
      return new (await import('./cmi5.js')).Cmi5Tracker();
    case 'lti':
      return new (await import('./lti.js')).LtiTracker();
    case 'scorm':
    case 'auto': {
      // cmi5 first (its five launch parameters are unambiguous), then SCORM 2004, then 1.2 (the
      // standards' own order). A top-level page with no API and no opener cannot have a SCORM LMS, so
      // it never downloads the (small) discovery chunk.
      if (kind === 'auto' && hasCmi5Launch()) return new (await import('./cmi5.js')).Cmi5Tracker();
      const maybeLms = kind === 'scorm' || 'API' in window || 'API_1484_11' in window || window.parent !== window || !!window.opener;
      const version = maybeLms ? (await import('./scorm-api.js')).detectScorm() : null;
      if (version === '2004') return new (await import('./scorm2004.js')).Scorm2004Tracker();
      if (version === '1.2') return new (await import('./scorm12.js')).Scorm12Tracker();
      // `scorm` with no LMS: the 1.2 adapter falls back to this device and says so.
      if (kind === 'scorm') return new (await import('./scorm12.js')).Scorm12Tracker();
      if (config.xapi?.endpoint) return new (await import('./xapi.js')).XapiTracker(config.xapi);
      return new LocalTracker();
    }
    case 'local':
    default:
      return new LocalTracker();
  }
}
