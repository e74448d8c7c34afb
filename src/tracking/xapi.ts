/**
 * xAPI adapter: reports the module to a Learning Record Store as xAPI 1.0.3 statements (initialized,
 * answered with `cmi.interaction` definitions, progressed, completed, passed/failed, terminated, each
 * with its duration), through an outbox that survives reloads and LRS outages (see `xapi-queue.ts`).
 * Progress for resuming stays on this device, as with `tracking="local"`.
 *
 * Privacy: without an `endpoint` nothing is sent anywhere. Without an `actor` the statements name an
 * anonymous account (`homePage` = this site, `name` = a random id kept on this device), never a person.
 *
 * ```js
 * import { XapiTracker } from 'netwise/tracking';
 * player.tracker = new XapiTracker({ endpoint: 'https://lrs.example/xapi/', auth: 'Basic …', actor });
 * ```
 */
import type { ModuleMeta, Question } from '../content/types.js';
import type { ProgressInfo } from '../machines/module-machine.js';
import type { SavedProgress } from '../machines/progress.js';
import type { AnswerRecord, ModuleResult } from '../machines/scoring.js';
import { learnerTag } from './fallback.js';
import { interactionOf } from './interaction.js';
import { LocalTracker } from './local.js';
import { isoDuration } from './scorm-time.js';
import { StatusChannel } from './status.js';
import type { StatusListener, Tracker, TrackerStatus } from './tracker.js';
import { outboxStatus, type QueueState, StatementQueue } from './xapi-queue.js';
import { type LrsConnection, lrsSender } from './xapi-send.js';
import {
  answerResult,
  interactionDefinition,
  langMap,
  MODULE_TYPE,
  PROGRESS_EXTENSION,
  progressPercent,
  questionActivityId,
  scoreOf,
  uuid,
  type VerbName,
  VERBS,
  type XapiAgent,
  type XapiStatement,
} from './xapi-statements.js';

export interface XapiTrackerOptions extends Partial<LrsConnection> {
  /** Who the statements are about. Default: an anonymous per-device account (no personal data). */
  actor?: XapiAgent;
  /** The module's activity id (an IRI). Default: `<this site>/netwise/modules/<module id>`. */
  activityId?: string;
  /** Storage for progress, the outbox and the anonymous id (default: `localStorage`). */
  storage?: Storage;
  /** The clock (default `Date.now`). */
  now?: () => number;
  /** First pause before resending after a failure, in ms (default 2000; doubles up to a minute). */
  retryMs?: number;
}

const DEVICE_ID_KEY = 'netwise:xapi:device';

/** The anonymous actor: an account on this site named by a random id that stays on this device. */
export function anonymousActor(storage: Storage | null, homePage = location.origin): XapiAgent {
  let name: string | null = null;
  try {
    name = storage?.getItem(DEVICE_ID_KEY) ?? null;
    if (!name || !/^[\w-]{8,64}$/.test(name)) {
      name = uuid();
      storage?.setItem(DEVICE_ID_KEY, name);
    }
  } catch {
    name ??= uuid();
  }
  return { objectType: 'Agent', account: { homePage, name } };
}

export class XapiTracker implements Tracker {
  readonly kind = 'xapi';
  readonly #o: XapiTrackerOptions;
  readonly #channel = new StatusChannel({ kind: 'pending', state: 'ok' });
  #local: LocalTracker | null = null;
  #queue: StatementQueue | null = null;
  #meta: ModuleMeta | null = null;
  #actor: XapiAgent = {};
  #activity = '';
  #registration = '';
  #startedAt = 0;
  #completed = false;
  #terminated = false;
  #lastPercent = -1;

  constructor(options: XapiTrackerOptions = {}) {
    this.#o = options;
  }

  get status(): TrackerStatus {
    return this.#channel.status;
  }

  onStatus(listener: StatusListener): () => void {
    return this.#channel.subscribe(listener);
  }

  /** Statements waiting for the LRS. */
  get waiting(): number {
    return this.#queue?.size ?? 0;
  }

  /** Sends what is waiting now (resolves when sent or when the attempt failed). */
  flush(): Promise<void> {
    return this.#queue?.retryNow() ?? Promise.resolve();
  }

  #now(): number {
    return (this.#o.now ?? Date.now)();
  }

  #storage(): Storage | null {
    try {
      return this.#o.storage ?? window.localStorage;
    } catch {
      return null;
    }
  }

  async start(module: ModuleMeta): Promise<SavedProgress | null> {
    this.#meta = module;
    this.#startedAt = this.#now();
    const storage = this.#storage();
    if (!this.#o.endpoint) {
      // Not configured: nothing leaves the page; progress stays on this device.
      this.#local = new LocalTracker({ storage: this.#o.storage });
      const saved = await this.#local.start(module);
      this.#channel.set({ kind: 'local', state: 'fallback', detail: 'no xAPI endpoint configured' });
      return saved;
    }
    this.#actor = this.#o.actor ?? anonymousActor(storage);
    const who = learnerTag(JSON.stringify(this.#actor));
    this.#activity = this.#o.activityId ?? `${location.origin}/netwise/modules/${encodeURIComponent(module.id)}`;
    this.#registration = uuid();
    this.#local = new LocalTracker({ storage: this.#o.storage, prefix: `netwise:xapi:${who}:` });
    const saved = await this.#local.start(module);
    this.#queue = new StatementQueue({
      key: `netwise:xapi-queue:${learnerTag(this.#o.endpoint)}:${who}`,
      storage,
      send: lrsSender({ endpoint: this.#o.endpoint, auth: this.#o.auth, fetch: this.#o.fetch }),
      retryMs: this.#o.retryMs,
      onChange: (s) => this.#report(s),
    });
    const { corrupt } = this.#queue.load();
    // Nothing the student can act on: the statements that could be read are sent, the rest is gone.
    if (corrupt) console.warn('netwise: unsent xAPI statements from an earlier visit could not be read; the readable ones are sent');
    this.#report(this.#queue.state);
    this.#send('initialized');
    return saved;
  }

  #report(q: QueueState): void {
    this.#channel.set(outboxStatus('xapi', 'xAPI', this.#local?.status, q));
  }

  /** A statement about the module (or `object`), in this session's context. */
  #statement(verb: VerbName, extra: Partial<XapiStatement> = {}): XapiStatement {
    const meta = this.#meta!;
    const parent = extra.object ? { contextActivities: { parent: [{ objectType: 'Activity', id: this.#activity }] } } : {};
    return {
      id: uuid(),
      actor: this.#actor,
      verb: VERBS[verb],
      object: { objectType: 'Activity', id: this.#activity, definition: { type: MODULE_TYPE, name: langMap(meta.title, meta.lang), description: langMap(meta.summary || meta.title, meta.lang) } },
      timestamp: new Date(this.#now()).toISOString(),
      ...extra,
      context: { registration: this.#registration, language: meta.lang, platform: 'Netwise', ...parent, ...extra.context },
    };
  }

  #send(verb: VerbName, extra?: Partial<XapiStatement>, exiting = false): void {
    if (!this.#queue || this.#terminated) return;
    const s = this.#statement(verb, extra);
    if (exiting) this.#queue.pushOnExit(s);
    else this.#queue.push(s);
  }

  #elapsed(): string {
    return isoDuration(this.#now() - this.#startedAt);
  }

  save(progress: SavedProgress): void {
    this.#local?.save(progress);
    if (this.#queue) this.#report(this.#queue.state);
    else if (this.#local) this.#channel.set(this.#local.status.state === 'error' ? this.#local.status : { kind: 'local', state: 'fallback', detail: 'no xAPI endpoint configured' });
  }

  answered(question: Question, record: AnswerRecord): void {
    if (!this.#queue) return;
    const i = interactionOf(question, record, new Date(this.#now()));
    this.#send('answered', {
      object: { objectType: 'Activity', id: questionActivityId(this.#activity, i.id), definition: interactionDefinition(i, this.#meta!) },
      result: answerResult(i),
    });
  }

  progressed(progress: ProgressInfo): void {
    const percent = progressPercent(progress.fraction);
    if (!this.#queue || percent === this.#lastPercent || percent >= 100) return;
    this.#lastPercent = percent;
    this.#send('progressed', { result: { extensions: { [PROGRESS_EXTENSION]: percent } } });
  }

  completed(result: ModuleResult): void {
    if (!this.#queue || this.#completed) return;
    this.#completed = true;
    const score = result.graded ? { score: scoreOf(result.percent) } : {};
    this.#send('completed', { result: { completion: true, duration: this.#elapsed(), ...score } });
    if (result.graded) this.#send(result.passed ? 'passed' : 'failed', { result: { success: result.passed, duration: this.#elapsed(), ...score } });
  }

  terminate(): void {
    if (this.#terminated) return;
    this.#send('terminated', { result: { duration: this.#elapsed() } }, true);
    this.#terminated = true;
  }
}
