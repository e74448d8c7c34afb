/**
 * Sends statement batches to an LRS: one `POST <endpoint>statements` (xAPI 1.0.3 §7.2) with the
 * platform's `fetch`, so `keepalive` can carry the last statements when the page closes (no XHR).
 * Failures become `LrsError`s with the HTTP status (0: no answer), which the outbox acts on.
 *
 * This is the whole of what the player asks of an LRS client, so it needs no xAPI library (the cmi5
 * adapter's `@xapi/cmi5` still brings its own, for the State API).
 */
import { type BatchSender, LrsError } from './xapi-queue.js';

export interface LrsConnection {
  /** The LRS endpoint (the URL that `statements` is under). */
  endpoint: string;
  /** The `Authorization` header value (`Basic …`); a bare token gets `Basic ` in front. */
  auth?: string;
  /** `fetch` to use (default: the page's). */
  fetch?: typeof fetch;
}

/** The xAPI version the statements follow (sent with every request, as the spec requires). */
const XAPI_VERSION = '1.0.3';

/** The `Authorization` header value for `auth`; without one, an empty Basic pair (what LRS clients send). */
function authHeader(auth: string | undefined): string {
  if (!auth) return `Basic ${btoa(':')}`;
  return /^\w+ /.test(auth) ? auth : `Basic ${auth}`;
}

/** A `BatchSender` posting to the LRS's statements resource. */
export function lrsSender(conn: LrsConnection): BatchSender {
  const url = `${conn.endpoint.endsWith('/') ? conn.endpoint : `${conn.endpoint}/`}statements`;
  const headers = { 'X-Experience-API-Version': XAPI_VERSION, 'Content-Type': 'application/json', Authorization: authHeader(conn.auth) };
  const doFetch = conn.fetch ?? ((...a: Parameters<typeof fetch>) => fetch(...a));
  return async (statements, exiting) => {
    let res: Response;
    try {
      res = await doFetch(url, { method: 'POST', headers, body: JSON.stringify(statements), keepalive: exiting });
    } catch (err) {
      throw new LrsError(0, (err as Error).message);
    }
    if (!res.ok) {
      const text = await res.text().catch(() => '');
      throw new LrsError(res.status, text.slice(0, 200) || res.statusText);
    }
  };
}
