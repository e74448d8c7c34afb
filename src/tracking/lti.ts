/**
 * LTI adapter: saves the student's work on the Netwise server that launched the page (`netwise serve`),
 * so it resumes on any device the student launches from, and reports each answer and reaching the end
 * (the server then grades the saved answers itself and passes the score on to the LMS's gradebook). Calls go to the same origin with the launch
 * session in an `Authorization` header, never a cookie, so they work in an LMS iframe that blocks
 * cookies and no other site can make them (CSRF-safe).
 *
 * When the server does not answer, the work is kept on this device (under a key tied to the learner)
 * and the student sees the same notice as with any other tracker; the next save that gets through
 * catches the server up.
 *
 * The launch page names the API and session in two meta tags, which is all the player needs:
 * `<meta name="netwise-lti" content="/api/">` and `<meta name="netwise-session" content="…">`
 * (plus `netwise-learner`, an opaque tag for the device copy's key).
 */
import type { ModuleMeta, Question } from '../content/types.js';
import { readSavedProgress, type SavedProgress } from '../machines/progress.js';
import type { AnswerRecord, ModuleResult } from '../machines/scoring.js';
import { chooseProgress, LocalFallback } from './fallback.js';
import { safeStorage, TrackerBase } from './base.js';

export interface LtiTrackerOptions {
  /** The server's API base (default: the `netwise-lti` meta tag, else `/api/`). */
  endpoint?: string;
  /** The launch session (default: the `netwise-session` meta tag). */
  session?: string;
  /** An opaque tag for the learner, part of the device copy's key (default: the `netwise-learner` meta tag). */
  learner?: string;
  storage?: Storage;
  fetch?: typeof fetch;
  /** How long to wait for the server, in ms (default 8000). */
  timeoutMs?: number;
  /** First pause before trying the server again after a failure, in ms (default 5000; doubles up to a minute). */
  retryMs?: number;
}

const NOT_ANSWERING = 'the Netwise server is not answering';

function meta(name: string): string | undefined {
  try {
    return document.querySelector<HTMLMetaElement>(`meta[name="${name}"]`)?.content || undefined;
  } catch {
    return undefined;
  }
}

export class LtiTracker extends TrackerBase {
  readonly kind = 'lti';
  readonly #o: LtiTrackerOptions;
  #device: LocalFallback | null = null;
  #module: ModuleMeta | null = null;
  /** The newest progress the server has not confirmed. */
  #unsent: SavedProgress | null = null;
  #sending = false;
  #retryTimer: ReturnType<typeof setTimeout> | undefined;
  #failures = 0;
  #pendingResult: number | null = null;
  #terminated = false;

  constructor(options: LtiTrackerOptions = {}) {
    super({ kind: 'lti', state: 'ok' });
    this.#o = options;
  }

  get #endpoint(): string {
    const base = this.#o.endpoint ?? meta('netwise-lti') ?? '/api/';
    return base.endsWith('/') ? base : `${base}/`;
  }

  #resultKey(): string {
    return `netwise:lti-result:${this.#o.learner ?? meta('netwise-learner') ?? 'anonymous'}:${this.#module?.id}:${this.#module?.lang}`;
  }

  #storage(): Storage | null {
    return safeStorage(this.#o.storage, () => window.localStorage);
  }

  /** One call to the server; throws when it does not answer or answers with an error. */
  async #call(path: string, method: string, body?: unknown, keepalive = false): Promise<unknown> {
    const session = this.#o.session ?? meta('netwise-session');
    if (!session) throw new Error('no launch session');
    const res = await (this.#o.fetch ?? fetch)(`${this.#endpoint}${path}`, {
      method,
      headers: { Authorization: `Bearer ${session}`, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'omit',
      keepalive,
      signal: keepalive ? undefined : AbortSignal.timeout(this.#o.timeoutMs ?? 8000),
    });
    if (!res.ok) throw new Error(`server answered ${res.status}`);
    return res.json();
  }

  async start(module: ModuleMeta): Promise<SavedProgress | null> {
    this.#module = module;
    const learner = this.#o.learner ?? meta('netwise-learner') ?? 'anonymous';
    this.#device = new LocalFallback({ storage: this.#o.storage, prefix: `netwise:lti:${learner}:` });
    const device = await this.#device.start(module);
    try {
      const raw = this.#storage()?.getItem(this.#resultKey());
      if (raw !== null && raw !== undefined && Number.isFinite(Number(raw))) this.#pendingResult = Number(raw);
    } catch {
      /* no storage: nothing pending from an earlier visit */
    }
    let server: SavedProgress | null;
    try {
      const body = (await this.#call('progress', 'GET')) as { progress?: unknown };
      server = body.progress ? readSavedProgress(body.progress) : null;
    } catch {
      this.channel.set({ kind: 'local', state: 'fallback', detail: NOT_ANSWERING });
      if (this.#pendingResult !== null) this.#schedule();
      return device;
    }
    const chosen = chooseProgress(module.id, server, 0, device);
    // The device held more (the server was down last time): send it now.
    if (chosen && device && chosen === device) this.save(device);
    else this.#device.clear();
    if (this.#pendingResult !== null) void this.#flush();
    return chosen;
  }

  save(progress: SavedProgress): void {
    this.#unsent = progress;
    void this.#flush();
  }

  /** Sends the newest unsent progress and any pending result, one request at a time. */
  async #flush(): Promise<void> {
    if (this.#sending) return;
    this.#sending = true;
    clearTimeout(this.#retryTimer);
    try {
      while (this.#unsent || this.#pendingResult !== null) {
        if (this.#unsent) {
          const progress = this.#unsent;
          await this.#call('progress', 'PUT', { progress });
          if (this.#unsent === progress) this.#unsent = null;
        } else {
          await this.#call('result', 'POST', { percent: this.#pendingResult });
          this.#pendingResult = null;
          try {
            this.#storage()?.removeItem(this.#resultKey());
          } catch {
            /* nothing stored */
          }
        }
      }
      this.#failures = 0;
      this.#device?.clear();
      this.channel.set({ kind: 'lti', state: 'ok' });
    } catch {
      if (this.#unsent && this.#device && !this.#device.save(this.#unsent)) {
        this.channel.set({ kind: 'local', state: 'error', detail: 'storage-unavailable' });
      } else {
        this.channel.set({ kind: 'local', state: 'fallback', detail: NOT_ANSWERING });
      }
      this.#failures += 1;
      this.#schedule();
    } finally {
      this.#sending = false;
    }
  }

  #schedule(): void {
    if (this.#terminated) return;
    clearTimeout(this.#retryTimer);
    const wait = Math.min((this.#o.retryMs ?? 5000) * 2 ** Math.max(0, this.#failures - 1), 60_000);
    this.#retryTimer = setTimeout(() => void this.#flush(), wait);
  }

  override answered(question: Question, record: AnswerRecord): void {
    // For the class statistics; the answer itself is already in the saved progress.
    this.#call('answer', 'POST', {
      question: question.id, attempt: record.attempts, correct: record.correct, score: record.score, response: record.response ?? null,
    }).catch(() => undefined);
  }

  override completed(result: ModuleResult): void {
    this.#pendingResult = result.percent;
    try {
      this.#storage()?.setItem(this.#resultKey(), String(result.percent));
    } catch {
      /* kept in memory for this page */
    }
    void this.#flush();
  }

  override terminate(): void {
    if (this.#terminated) return;
    this.#terminated = true;
    clearTimeout(this.#retryTimer);
    // Best effort as the page goes: the device copy and the next launch cover a failure.
    if (this.#unsent) this.#call('progress', 'PUT', { progress: this.#unsent }, true).catch(() => undefined);
  }
}
