/**
 * Sends statement batches to an LRS through `@xapi/xapi`, with the platform's `fetch` (no XHR, so
 * `keepalive` can carry the last statements when the page closes). The version header (1.0.3) and
 * `Authorization` come from `@xapi/xapi`; failures become `LrsError`s with the HTTP status.
 */
import XAPI from '@xapi/xapi/dist/XAPI.esm.js';
import { type BatchSender, LrsError } from './xapi-queue.js';

export interface LrsConnection {
  /** The LRS endpoint (the URL that `statements` is under). */
  endpoint: string;
  /** The `Authorization` header value (`Basic …`); a bare token gets `Basic ` in front. */
  auth?: string;
  /** `fetch` to use (default: the page's). */
  fetch?: typeof fetch;
}

/** The `Authorization` header value for `auth`. */
function authHeader(auth: string | undefined): string | undefined {
  if (!auth) return undefined;
  return /^\w+ /.test(auth) ? auth : `Basic ${auth}`;
}

type AdapterRequest = { url: string; method: string; headers?: Record<string, string>; data?: unknown };

/** The part of a `@xapi/xapi` client this library uses. */
interface LrsClient {
  sendStatements(params: { statements: unknown[] }): Promise<unknown>;
}

/** A `@xapi/xapi` client whose requests go through `fetch` (with `keepalive` for the page's last requests). */
function lrsClient(conn: LrsConnection, keepalive = false): LrsClient {
  const doFetch = conn.fetch ?? ((...a: Parameters<typeof fetch>) => fetch(...a));
  const adapter = async <T>({ url, method, headers = {}, data }: AdapterRequest) => {
    const json = String(headers['Content-Type'] ?? '').includes('json');
    let res: Response;
    try {
      res = await doFetch(url, { method, headers, body: data === undefined ? undefined : json ? JSON.stringify(data) : (data as BodyInit), keepalive });
    } catch (err) {
      throw new LrsError(0, (err as Error).message);
    }
    const text = await res.text().catch(() => '');
    if (!res.ok) throw new LrsError(res.status, text.slice(0, 200) || res.statusText);
    let body: unknown = text;
    try {
      body = JSON.parse(text);
    } catch {
      /* not JSON */
    }
    return { data: body as T, headers: Object.fromEntries(res.headers.entries()), status: res.status };
  };
  return new XAPI({ endpoint: conn.endpoint, auth: authHeader(conn.auth), adapter: adapter as never }) as unknown as LrsClient;
}

/** A `BatchSender` posting to the LRS's statements resource. */
export function lrsSender(conn: LrsConnection): BatchSender {
  const client = lrsClient(conn);
  const last = lrsClient(conn, true);
  return async (statements, exiting) => {
    await (exiting ? last : client).sendStatements({ statements });
  };
}
