export type { Tracker, TrackerStatus, StatusListener } from './tracker.js';
export { StatusChannel } from './status.js';
export { LocalTracker, type LocalTrackerOptions } from './local.js';
export { NoneTracker } from './none.js';
export { connectTracker } from './connect.js';
export { createTracker, type TrackingKind } from './create.js';
