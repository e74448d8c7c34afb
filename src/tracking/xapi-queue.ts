/**
 * The outbox for xAPI statements: every statement is stored (in `localStorage`) before it is sent, sent
 * in order in batches, and removed only once the LRS has accepted it. When the LRS cannot be reached the
 * statements wait and are retried with growing pauses (2 s, 4 s, … up to a minute) and when the browser
 * comes back online; a reload picks them up again. Statement ids make a resend harmless: an LRS stores
 * a statement id once.
 */
import type { TrackerStatus } from './tracker.js';
import type { XapiStatement } from './xapi-statements.js';

/** A failed request, with the HTTP status when there was a response (0: network failure). */
export class LrsError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** Sends one batch; rejects with an `LrsError` on failure. `exiting`: the page is closing. */
export type BatchSender = (statements: XapiStatement[], exiting: boolean) => Promise<void>;

export interface QueueState {
  /** Statements waiting to be sent. */
  waiting: number;
  /** The last attempt failed (the LRS is not answering or refused). */
  failing: boolean;
  /** Why, for the status line (English). */
  reason?: string;
  /** The statements could not be written to this device's storage (they live in memory only). */
  unstored: boolean;
}

/**
 * A tracker's status while its statements go through an outbox: the device's progress storage failing
 * comes first, then an LRS not taking statements (they wait on this device), then an outbox kept in memory only.
 */
export function outboxStatus(kind: string, label: string, local: TrackerStatus | undefined, q: QueueState): TrackerStatus {
  if (local?.state === 'error') return local;
  if (q.failing) return { kind: 'local', state: 'fallback', detail: `${label}: ${q.reason}; ${q.waiting} statement(s) waiting on this device` };
  if (q.unstored) return { kind, state: 'error', detail: 'storage-unavailable' };
  return { kind, state: 'ok' };
}

export interface QueueOptions {
  /** `localStorage` key of the stored queue. */
  key: string;
  storage?: Storage | null;
  send: BatchSender;
  /** First retry pause in ms (doubles after each failure). */
  retryMs?: number;
  maxRetryMs?: number;
  /** Statements per request. */
  batch?: number;
  onChange?: (state: QueueState) => void;
}

/** What a request with this status means for the batch. */
function retryable(status: number): boolean {
  // No response, server trouble, throttling, or credentials the LMS may fix: keep and try again.
  return status === 0 || status >= 500 || status === 401 || status === 403 || status === 408 || status === 429;
}

const looksLikeStatement = (s: unknown): s is XapiStatement =>
  typeof s === 'object' && s !== null && typeof (s as XapiStatement).id === 'string' && typeof (s as XapiStatement).verb?.id === 'string' &&
  typeof (s as XapiStatement).actor === 'object' && typeof (s as XapiStatement).object?.id === 'string';

/** keepalive requests may carry at most 64 KiB in total. */
const KEEPALIVE_BYTES = 60_000;

export class StatementQueue {
  readonly #o: Required<Omit<QueueOptions, 'storage' | 'onChange'>> & Pick<QueueOptions, 'storage' | 'onChange'>;
  #items: XapiStatement[] = [];
  #sending: Promise<void> | null = null;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #delay: number;
  #failing = false;
  #reason?: string;
  #unstored = false;
  /** Send one at a time after a batch was refused, to find the statement the LRS will not take. */
  #single = false;
  #closed = false;
  readonly #online = () => this.retryNow();

  constructor(options: QueueOptions) {
    this.#o = { retryMs: 2000, maxRetryMs: 60_000, batch: 50, ...options };
    this.#delay = this.#o.retryMs;
    globalThis.addEventListener?.('online', this.#online);
  }

  /**
   * Reads what an earlier page left unsent. Returns `corrupt: true` when the stored queue could not be
   * read (it is replaced; readable statements in it are kept).
   */
  load(): { restored: number; corrupt: boolean } {
    let raw: string | null = null;
    try {
      raw = this.#o.storage?.getItem(this.#o.key) ?? null;
    } catch {
      return { restored: 0, corrupt: false };
    }
    if (!raw) return { restored: 0, corrupt: false };
    let data: unknown;
    try {
      data = JSON.parse(raw);
    } catch {
      this.#persist();
      return { restored: 0, corrupt: true };
    }
    const list = Array.isArray(data) ? data : [];
    const good = list.filter(looksLikeStatement);
    const known = new Set(this.#items.map((s) => s.id));
    this.#items = [...good.filter((s) => !known.has(s.id)), ...this.#items];
    const corrupt = !Array.isArray(data) || good.length !== list.length;
    if (corrupt) this.#persist();
    return { restored: good.length, corrupt };
  }

  get size(): number {
    return this.#items.length;
  }

  get state(): QueueState {
    return { waiting: this.#items.length, failing: this.#failing, reason: this.#reason, unstored: this.#unstored };
  }

  /** Adds statements (stored at once) and starts sending. */
  push(...statements: XapiStatement[]): void {
    this.#items.push(...statements);
    this.#persist();
    this.#changed();
    void this.flush();
  }

  /** Adds the page's last statements and sends everything waiting as the page closes (`flushOnExit`). */
  pushOnExit(...statements: XapiStatement[]): void {
    this.#items.push(...statements);
    this.#persist();
    this.flushOnExit();
  }

  /** Sends everything waiting, in order; resolves when the queue is empty or an attempt failed. */
  flush(): Promise<void> {
    if (this.#closed) return Promise.resolve();
    this.#sending ??= this.#drain().finally(() => (this.#sending = null));
    return this.#sending;
  }

  /** Cancels the pause and tries again now (the browser came back online, or a test asks). */
  retryNow(): Promise<void> {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    return this.flush();
  }

  async #drain(): Promise<void> {
    while (this.#items.length && !this.#closed) {
      const batch = this.#items.slice(0, this.#single ? 1 : this.#o.batch);
      try {
        await this.#o.send(batch, false);
      } catch (err) {
        const status = err instanceof LrsError ? err.status : 0;
        if (status === 409) {
          // A statement with one of these ids is already stored: an earlier send arrived after all.
          this.#accept(batch.length);
          continue;
        }
        if (!retryable(status)) {
          if (batch.length > 1) {
            this.#single = true; // find the one it refuses
            continue;
          }
          // The LRS will never take this statement: dropping it keeps the others flowing.
          console.warn('netwise: the LRS refused a statement and it was dropped', status, batch[0], err);
          this.#accept(1);
          continue;
        }
        this.#failing = true;
        this.#reason = status ? `the LRS answered ${status}` : 'the LRS is not answering';
        this.#changed();
        this.#schedule();
        return;
      }
      this.#accept(batch.length);
      this.#delay = this.#o.retryMs;
      if (this.#failing) {
        this.#failing = false;
        this.#reason = undefined;
      }
      this.#changed();
    }
    this.#single = false;
  }

  #accept(n: number): void {
    this.#items.splice(0, n);
    this.#persist();
  }

  #schedule(): void {
    if (this.#timer !== undefined || this.#closed) return;
    const jitter = 0.8 + Math.random() * 0.4;
    const wait = Math.round(this.#delay * jitter);
    this.#delay = Math.min(this.#o.maxRetryMs, this.#delay * 2);
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      void this.flush();
    }, wait);
  }

  /**
   * The page is closing: sends what is waiting with `keepalive` requests (which outlive the page), without
   * waiting for answers. The statements stay stored until an answer confirms them, so a page that comes
   * back resends any that did not arrive (the LRS ignores a repeated id).
   */
  flushOnExit(): void {
    if (!this.#items.length) return;
    let batch: XapiStatement[] = [];
    let bytes = 2;
    const sendBatch = (list: XapiStatement[]) => {
      const ids = new Set(list.map((s) => s.id));
      this.#o.send(list, true).then(
        () => {
          this.#items = this.#items.filter((s) => !ids.has(s.id));
          this.#persist();
          this.#changed();
        },
        () => undefined,
      );
    };
    for (const s of this.#items) {
      const size = new TextEncoder().encode(JSON.stringify(s)).length + 1;
      if (batch.length && bytes + size > KEEPALIVE_BYTES) {
        sendBatch(batch);
        batch = [];
        bytes = 2;
      }
      batch.push(s);
      bytes += size;
    }
    if (batch.length) sendBatch(batch);
  }

  /** Stops timers and listeners (the statements stay stored). */
  close(): void {
    this.#closed = true;
    clearTimeout(this.#timer);
    globalThis.removeEventListener?.('online', this.#online);
  }

  #persist(): void {
    try {
      if (!this.#o.storage) throw new Error('no storage');
      if (this.#items.length) this.#o.storage.setItem(this.#o.key, JSON.stringify(this.#items));
      else this.#o.storage.removeItem(this.#o.key);
      this.#unstored = false;
    } catch {
      this.#unstored = this.#items.length > 0;
    }
  }

  #changed(): void {
    this.#o.onChange?.(this.state);
  }
}
