/**
 * cmi5 adapter (Quartz): the player as an Assignable Unit launched by a cmi5 LMS.
 *
 * - Launch (§8): the five query parameters; the auth token is fetched once (POST) and kept in
 *   `sessionStorage` with the session's start, so a reload continues the same session without a second
 *   fetch (which the LMS would refuse) and without a second `initialized`.
 * - `LMS.LaunchData` (§10) comes from the State API through `@xapi/cmi5`: its `contextTemplate` is the
 *   base of every statement, `launchMode` Browse/Review sends only initialized and terminated,
 *   `masteryScore` decides passed/failed (else the module's pass mark), and `moveOn` asks for a
 *   pass/fail judgement even from a practice module when it needs one.
 * - Order (§9.3): `initialized` first; answers (`answered`, cmi.interaction) and `progressed` as
 *   "cmi5 allowed" statements; `completed` and `passed` at most once per registration, `failed` at most
 *   once per session and never after `passed`; `terminated` last. Statements go through the same
 *   outbox as the xAPI adapter (stored on the device, resent until the LRS takes them, in order).
 * - `terminated` is sent when the page closes after the student finished (or in Browse/Review mode).
 *   A page closed half-way sends what is waiting but not `terminated`, so a reload can go on with the
 *   same session; a student who does not come back is marked `abandoned` by the LMS, as cmi5 intends.
 * - `exit()` (the player's "Back to the course" button, shown when LaunchData has a `returnURL`) ends
 *   the session with `terminated` and then opens `returnURL` in this window, as cmi5 §10 asks.
 * - Progress for resuming stays on this device, keyed by learner and registration.
 */
import Cmi5 from '@xapi/cmi5/dist/Cmi5.esm.js';
import type { ModuleMeta, Question } from '../content/types.js';
import type { ProgressInfo } from '../machines/module-machine.js';
import type { SavedProgress } from '../machines/progress.js';
import type { AnswerRecord, ModuleResult } from '../machines/scoring.js';
import { type Cmi5Launch, readCmi5Launch, type ReturnToLms } from './cmi5-launch.js';
import { readJson as read, safeStorage, writeJson as write } from './base.js';
import { learnerTag } from './fallback.js';
import { interactionOf } from './interaction.js';
import { OutboxTracker } from './outbox-tracker.js';
import { lrsSender } from './xapi-send.js';
import { interactionDefinition, responseOf, scoreOf, uuid, VERBS, type XapiStatement } from './xapi-statements.js';

export interface Cmi5TrackerOptions {
  /** The launch URL's query string (default: this page's). */
  search?: string;
  /** Storage for progress, the outbox and per-registration facts (default: `localStorage`). */
  storage?: Storage;
  /** Storage for the session's token (default: `sessionStorage`). */
  session?: Storage;
  /** `fetch` for the token and the statements (default: the page's). */
  fetch?: typeof fetch;
  /** First pause before resending after a failure, in ms (default 2000). */
  retryMs?: number;
  /** Opens `returnURL` after `exit()` (default: `location.assign`). */
  navigate?: (url: string) => void;
  /** How long `exit()` waits for the LMS to take the last statements before leaving, in ms (default 3000). */
  exitWaitMs?: number;
}

const CMI5_CATEGORY = 'https://w3id.org/xapi/cmi5/context/categories/cmi5';
type MoveOn = 'Passed' | 'Completed' | 'CompletedAndPassed' | 'CompletedOrPassed' | 'NotApplicable';

/** What this tab remembers about the session (sessionStorage). */
interface Session {
  token: string;
  /** ISO time `initialized` was sent; absent if it has not been yet. */
  initializedAt?: string;
  failed?: boolean;
  finished?: boolean;
  terminated?: boolean;
}

/** What is true for the whole registration (localStorage): cmi5 allows one each. */
interface Done {
  completed?: boolean;
  passed?: boolean;
}

/** `@xapi/cmi5` with its statements routed into our outbox instead of sent one by one. */
class QueuedCmi5 extends Cmi5 {
  outbox: (s: XapiStatement) => void = () => undefined;
  override sendXapiStatement(...[statement, options]: Parameters<Cmi5['sendXapiStatement']>): ReturnType<Cmi5['sendXapiStatement']> {
    const s = (options?.transform ? options.transform(statement) : statement) as unknown as XapiStatement;
    this.outbox(s);
    return Promise.resolve({ data: [s.id] }) as never;
  }
}

export class Cmi5Tracker extends OutboxTracker implements ReturnToLms {
  readonly kind = 'cmi5';
  protected readonly label = 'cmi5';
  readonly #o: Cmi5TrackerOptions;
  #launch: Cmi5Launch | null = null;
  #cmi5: QueuedCmi5 | null = null;
  #meta: ModuleMeta | null = null;
  #session: Session | null = null;
  #done: Done = {};

  constructor(options: Cmi5TrackerOptions = {}) {
    super();
    this.#o = options;
  }

  /** `Normal`, `Browse` or `Review` once launched. */
  get launchMode(): string | undefined {
    return this.#cmi5?.isAuthenticated ? this.#cmi5.launchData?.launchMode : undefined;
  }

  /** Where the LMS wants the student sent after the session (LaunchData `returnURL`), if anywhere. */
  get returnURL(): string | undefined {
    return this.#cmi5?.isAuthenticated ? this.#cmi5.launchData?.returnURL : undefined;
  }

  #storage(): Storage | null {
    return safeStorage(this.#o.storage, () => window.localStorage);
  }

  #sessionStorage(): Storage | null {
    return safeStorage(this.#o.session, () => window.sessionStorage);
  }

  get #sessionKey() {
    return `netwise:cmi5:session:${this.#launch!.registration}`;
  }

  get #doneKey() {
    return `netwise:cmi5:done:${learnerTag(this.#launch!.registration + JSON.stringify(this.#launch!.actor))}`;
  }

  #saveSession(): void {
    // Unstored, a reload would fetch again and be refused: the student is told then.
    write(this.#sessionStorage(), this.#sessionKey, this.#session);
  }

  #fallback(module: ModuleMeta, detail: string, prefix = 'netwise:'): Promise<SavedProgress | null> {
    return this.deviceOnly(module, this.#o.storage, prefix, { kind: 'local', state: 'fallback', detail });
  }

  /** POSTs to the fetch URL once (cmi5 §8.2). */
  async #fetchToken(url: string): Promise<string> {
    const res = await (this.#o.fetch ?? fetch)(url, { method: 'POST', credentials: 'omit' });
    const body = (await res.json().catch(() => ({}))) as Record<string, string>;
    if (!res.ok || typeof body['auth-token'] !== 'string') {
      throw new Error(body['error-code'] ? `the LMS refused the token (error ${body['error-code']}: ${body['error-text'] ?? ''})` : `the fetch URL answered ${res.status}`);
    }
    return body['auth-token'];
  }

  async start(module: ModuleMeta): Promise<SavedProgress | null> {
    this.#meta = module;
    const launch = readCmi5Launch(this.#o.search ?? location.search);
    if (!launch) return this.#fallback(module, 'no cmi5 launch parameters');
    this.#launch = launch;
    const who = `netwise:cmi5:${learnerTag(JSON.stringify(launch.actor) + launch.registration)}:`;

    this.#session = read<Session>(this.#sessionStorage(), this.#sessionKey);
    if (!this.#session?.token) {
      try {
        this.#session = { token: await this.#fetchToken(launch.fetch) };
      } catch (err) {
        return this.#fallback(module, `cmi5: ${(err as Error).message}`, who);
      }
      this.#saveSession();
    }
    if (this.#session.terminated) {
      // This session is over (the student finished and left); the LMS takes no more statements in it.
      return this.deviceOnly(module, this.#o.storage, who, { kind: 'local', state: 'ok' });
    }
    const cmi5 = new QueuedCmi5(launch as never);
    // The session's start: durations are measured from it, also after a reload.
    const startedAt = this.#session.initializedAt ? new Date(this.#session.initializedAt) : new Date();
    try {
      // With a token already at hand @xapi/cmi5 reads LaunchData and preferences and sends nothing.
      await cmi5.initialize({ authToken: this.#session.token, initializedDate: startedAt });
    } catch (err) {
      return this.#fallback(module, `cmi5: LaunchData could not be read (${(err as Error).message})`, who);
    }
    this.#cmi5 = cmi5;
    this.#done = read<Done>(this.#storage(), this.#doneKey) ?? {};
    const saved = await this.startLocal(module, this.#o.storage, who);
    const queue = this.openQueue({
      key: `netwise:cmi5-queue:${learnerTag(launch.registration)}`,
      storage: this.#storage(),
      send: lrsSender({ endpoint: launch.endpoint, auth: `Basic ${this.#session.token}`, fetch: this.#o.fetch }),
      retryMs: this.#o.retryMs,
    });
    cmi5.outbox = (s) => queue.push(s);
    if (!this.#session.initializedAt) {
      this.#session.initializedAt = startedAt.toISOString();
      this.#saveSession();
      queue.push(this.#initialized(startedAt));
    }
    return saved;
  }

  /** The `initialized` statement (cmi5-defined: context template, registration, cmi5 category). */
  #initialized(at: Date): XapiStatement {
    const template = (this.#cmi5!.launchData.contextTemplate ?? {}) as Record<string, unknown>;
    const activities = (template.contextActivities ?? {}) as { category?: object[] };
    return {
      id: uuid(),
      actor: this.#launch!.actor,
      verb: VERBS.initialized,
      object: { objectType: 'Activity', id: this.#launch!.activityId },
      timestamp: at.toISOString(),
      context: {
        ...template,
        registration: this.#launch!.registration,
        contextActivities: { ...activities, category: [...(activities.category ?? []), { id: CMI5_CATEGORY }] },
      },
    };
  }

  /** Statements other than initialized/terminated are for Normal mode only, and never after terminated. */
  get #normal(): boolean {
    return !!this.#cmi5 && !this.#session?.terminated && this.#cmi5.launchData.launchMode === 'Normal';
  }

  /** Runs an `@xapi/cmi5` verb, which may throw (e.g. a mode it refuses) or reject; the player goes on. */
  #send(verb: () => Promise<unknown>): boolean {
    try {
      verb().catch(() => undefined);
      return true;
    } catch (err) {
      console.warn('netwise: cmi5 statement not sent', err);
      return false;
    }
  }

  override answered(question: Question, record: AnswerRecord): void {
    if (!this.#normal) return;
    const at = new Date();
    const i = interactionOf(question, record, at);
    const success = i.result === 'correct' ? true : i.result === 'incorrect' ? false : undefined;
    const cmi5 = this.#cmi5!;
    const period = { start: new Date(at.getTime() - i.latencyMs), end: at };
    // Ids go into the activity IRI `<activityId>/test/<module>/question/<question>`.
    this.#send(() => cmi5.interaction(encodeURIComponent(this.#meta!.id), encodeURIComponent(i.id), responseOf(i), interactionDefinition(i, this.#meta!) as never, success, period));
  }

  override progressed(progress: ProgressInfo): void {
    const percent = this.#normal ? this.progressStep(progress.fraction) : null;
    const cmi5 = this.#cmi5;
    if (percent !== null && cmi5) this.#send(() => cmi5.progress(percent));
  }

  override completed(result: ModuleResult): void {
    if (!this.#normal) return;
    const cmi5 = this.#cmi5!;
    const launchData = cmi5.launchData;
    const moveOn = (launchData.moveOn ?? 'NotApplicable') as MoveOn;
    const lmsMastery = typeof launchData.masteryScore === 'number' ? launchData.masteryScore : undefined;
    const mastery = lmsMastery ?? this.#meta!.passMark / 100;
    // A judgement is made for a graded module, or when the LMS asks for one (a mastery score, or a
    // moveOn that needs "passed").
    const judged = result.graded || lmsMastery !== undefined || moveOn === 'Passed' || moveOn === 'CompletedAndPassed' || moveOn === 'CompletedOrPassed';
    const score = scoreOf(result.percent);
    const passed = score.scaled >= mastery;
    if (!this.#done.completed) this.#done.completed = this.#send(() => cmi5.complete());
    if (judged && !this.#done.passed) {
      if (passed) this.#done.passed = this.#send(() => cmi5.pass(score));
      else if (!this.#session!.failed) this.#session!.failed = this.#send(() => cmi5.fail(score));
    }
    this.#session!.finished = true;
    write(this.#storage(), this.#doneKey, this.#done);
    this.#saveSession();
  }

  /**
   * The student leaves: sends `terminated` (also half-way: the LMS then judges moveOn from what it has),
   * waits a moment for the LMS to take it, and opens `returnURL` when there is one.
   */
  async exit(): Promise<void> {
    const url = this.returnURL;
    const queue = this.queue;
    if (this.#cmi5 && queue && this.#session && !this.#session.terminated) {
      const cmi5 = this.#cmi5;
      this.#send(() => cmi5.terminate());
      this.#session.terminated = true;
      this.#saveSession();
      const wait = new Promise((r) => setTimeout(r, this.#o.exitWaitMs ?? 3000));
      await Promise.race([queue.flush(), wait]);
      // Whatever the LMS has not taken yet goes with keepalive, which outlives this page.
      queue.flushOnExit();
    }
    if (url) (this.#o.navigate ?? ((u: string) => location.assign(u)))(url);
  }

  override terminate(): void {
    if (!this.#cmi5 || !this.queue || !this.#session || this.#session.terminated) return;
    if (this.#session.finished || this.#cmi5.launchData.launchMode !== 'Normal') {
      const cmi5 = this.#cmi5;
      cmi5.outbox = (s) => this.queue!.pushOnExit(s);
      this.#send(() => cmi5.terminate());
      this.#session.terminated = true;
      this.#saveSession();
    } else {
      this.queue.flushOnExit();
    }
  }
}
