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
import { safeStorage } from './base.js';
import { learnerTag } from './fallback.js';
import { interactionOf } from './interaction.js';
import { OutboxTracker } from './outbox-tracker.js';
import { isoDuration } from './scorm-time.js';
import { type LrsConnection, lrsSender } from './xapi-send.js';
import {
  answerResult,
  interactionDefinition,
  langMap,
  MODULE_TYPE,
  PROGRESS_EXTENSION,
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

export class XapiTracker extends OutboxTracker {
  readonly kind = 'xapi';
  protected readonly label = 'xAPI';
  readonly #o: XapiTrackerOptions;
  #meta: ModuleMeta | null = null;
  #actor: XapiAgent = {};
  #activity = '';
  #registration = '';
  #startedAt = 0;
  #completed = false;
  #terminated = false;

  constructor(options: XapiTrackerOptions = {}) {
    super();
    this.#o = options;
  }

  #now(): number {
    return (this.#o.now ?? Date.now)();
  }

  async start(module: ModuleMeta): Promise<SavedProgress | null> {
    this.#meta = module;
    this.#startedAt = this.#now();
    if (!this.#o.endpoint) {
      // Not configured: nothing leaves the page; progress stays on this device.
      return this.deviceOnly(module, this.#o.storage, 'netwise:', { kind: 'local', state: 'fallback', detail: 'no xAPI endpoint configured' });
    }
    const storage = safeStorage(this.#o.storage, () => window.localStorage);
    this.#actor = this.#o.actor ?? anonymousActor(storage);
    const who = learnerTag(JSON.stringify(this.#actor));
    this.#activity = this.#o.activityId ?? `${location.origin}/netwise/modules/${encodeURIComponent(module.id)}`;
    this.#registration = uuid();
    const saved = await this.startLocal(module, this.#o.storage, `netwise:xapi:${who}:`);
    this.openQueue({
      key: `netwise:xapi-queue:${learnerTag(this.#o.endpoint)}:${who}`,
      storage,
      send: lrsSender({ endpoint: this.#o.endpoint, auth: this.#o.auth, fetch: this.#o.fetch }),
      retryMs: this.#o.retryMs,
    });
    this.#send('initialized');
    return saved;
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
    if (!this.queue || this.#terminated) return;
    const s = this.#statement(verb, extra);
    if (exiting) this.queue.pushOnExit(s);
    else this.queue.push(s);
  }

  #elapsed(): string {
    return isoDuration(this.#now() - this.#startedAt);
  }

  override answered(question: Question, record: AnswerRecord): void {
    if (!this.queue) return;
    const i = interactionOf(question, record, new Date(this.#now()));
    this.#send('answered', {
      object: { objectType: 'Activity', id: questionActivityId(this.#activity, i.id), definition: interactionDefinition(i, this.#meta!) },
      result: answerResult(i),
    });
  }

  override progressed(progress: ProgressInfo): void {
    const percent = this.queue ? this.progressStep(progress.fraction) : null;
    if (percent !== null) this.#send('progressed', { result: { extensions: { [PROGRESS_EXTENSION]: percent } } });
  }

  override completed(result: ModuleResult): void {
    if (!this.queue || this.#completed) return;
    this.#completed = true;
    const score = result.graded ? { score: scoreOf(result.percent) } : {};
    this.#send('completed', { result: { completion: true, duration: this.#elapsed(), ...score } });
    if (result.graded) this.#send(result.passed ? 'passed' : 'failed', { result: { success: result.passed, duration: this.#elapsed(), ...score } });
  }

  override terminate(): void {
    if (this.#terminated) return;
    this.#send('terminated', { result: { duration: this.#elapsed() } }, true);
    this.#terminated = true;
  }
}
