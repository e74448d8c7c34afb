/**
 * The cmi5 launch: the five query parameters an LMS adds to the AU's URL (cmi5 §8.1). Small and
 * dependency-free, so `tracking="auto"` can look for them without downloading the cmi5 adapter.
 */
import type { XapiAgent } from './xapi-statements.js';

export interface Cmi5Launch {
  endpoint: string;
  fetch: string;
  actor: XapiAgent;
  registration: string;
  activityId: string;
}

const NAMES = ['endpoint', 'fetch', 'actor', 'registration', 'activityId'] as const;

/** True when the URL carries all five cmi5 launch parameters. */
export function hasCmi5Launch(search: string = location.search): boolean {
  const q = new URLSearchParams(search);
  return NAMES.every((n) => !!q.get(n));
}

/** The launch parameters, or `null` when one is missing or the actor is not a JSON object. */
export function readCmi5Launch(search: string = location.search): Cmi5Launch | null {
  if (!hasCmi5Launch(search)) return null;
  const q = new URLSearchParams(search);
  let actor: unknown;
  try {
    actor = JSON.parse(q.get('actor')!);
  } catch {
    return null;
  }
  if (typeof actor !== 'object' || actor === null || Array.isArray(actor)) return null;
  return { endpoint: q.get('endpoint')!, fetch: q.get('fetch')!, actor: actor as XapiAgent, registration: q.get('registration')!, activityId: q.get('activityId')! };
}

/** A tracker that can end the session and send the student back to the LMS (cmi5 LaunchData `returnURL`). */
export interface ReturnToLms {
  /** Where the LMS wants the student to go when they leave, if anywhere. */
  readonly returnURL?: string;
  /** Ends the session (cmi5 `terminated`) and goes to `returnURL`. */
  exit(): Promise<void>;
}

/** True when `tracker` offers a way back to the LMS right now. */
export function canReturn(tracker: object): tracker is ReturnToLms {
  return typeof (tracker as ReturnToLms).exit === 'function' && typeof (tracker as ReturnToLms).returnURL === 'string';
}
