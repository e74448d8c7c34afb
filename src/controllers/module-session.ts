/**
 * The session behind a `<nw-module>`: loads the module, opens its tracker, runs the module actor,
 * turns what the actor emits into DOM events on the host, and releases all of it. The element only
 * renders what this holds (`snapshot`, `error`, `loading`, `status`, `returnUrl`).
 *
 * The disconnect rule: a DOM move (out of the document and back within the same task) keeps
 * everything. A host still out of the document once the task ends is released, as if the page went
 * away: the actor stops, the waiting draft is stored, the tracker's session ends and the `pagehide`
 * listener goes. `dispose()` does the same at once. A released host put back in the document starts
 * again, resuming from what its tracker saved.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { type Actor, createActor } from 'xstate';
import type { ModuleDoc } from '../content/types.js';
import { loadModule, readCompiledModule } from '../content/load.js';
import { loadFastPath, loadSanitizer } from '../content/sanitize.js';
import { NwAnswerEvent } from '../events/nw-answer.js';
import { NwCompleteEvent } from '../events/nw-complete.js';
import { NwErrorEvent } from '../events/nw-error.js';
import { NwProgressEvent } from '../events/nw-progress.js';
import { loadGradings } from '../machines/kinds/load.js';
import { type ModuleMachine, moduleMachineWith } from '../machines/module-machine.js';
import { questionMachineWith } from '../machines/question-machine.js';
import { questionsOf } from '../machines/result.js';
import type { GradingOf } from '../machines/response-shape.js';
import { connectTracker } from '../tracking/connect.js';
import { canReturn } from '../tracking/cmi5-launch.js';
import { createTracker } from '../tracking/create.js';
import type { Tracker, TrackerStatus } from '../tracking/tracker.js';
import { ActorController } from './actor-controller.js';

export type ModuleActor = Actor<ModuleMachine>;

/** What to play and where to save it (the player's properties). */
export interface SessionSource {
  doc?: ModuleDoc;
  src?: string;
  /** A compiled module's JSON written into the page (used before `src`; no request at all). */
  inline?: string;
  /** The request for `src` the page's early step made already (read instead of fetching again). */
  response?: Promise<Response>;
  tracking: string;
  tracker?: Tracker;
  xapiEndpoint?: string;
  xapiAuth?: string;
}

export interface SessionOptions {
  /**
   * Runs once the module is loaded, before it shows (the player loads its question elements, and waits
   * for the sanitiser if some of the module's text cannot show without it).
   */
  prepare?: (doc: ModuleDoc) => Promise<unknown>;
  /** How long a load may take before `loading` turns true, in ms (default 500). */
  loadingDelay?: number;
}

type Host = ReactiveControllerHost & HTMLElement;

export class ModuleSession implements ReactiveController {
  readonly #host: Host;
  readonly #options: SessionOptions;
  readonly #view: ActorController<ModuleActor>;
  /** The load failed, or the module is not playable. */
  error?: Error;
  /** True when a load has been taking a while (see `loadingDelay`). */
  loading = false;
  /** Where the work is saved, and how that is going. */
  status?: TrackerStatus;
  /** The LMS's address for leaving (cmi5 `returnURL`), when the tracker has one. */
  returnUrl?: string;
  #source?: SessionSource;
  #tracker?: Tracker;
  #generation = 0;
  #teardown: (() => void)[] = [];
  #released = false;
  #releaseTimer?: ReturnType<typeof setTimeout>;

  constructor(host: Host, options: SessionOptions = {}) {
    this.#host = host;
    this.#options = options;
    this.#view = new ActorController<ModuleActor>(host);
    host.addController(this);
  }

  /** The running module actor. */
  get actor(): ModuleActor | undefined {
    return this.#view.actor;
  }

  get snapshot() {
    return this.#view.snapshot;
  }

  send(event: Parameters<ModuleActor['send']>[0]): void {
    this.#view.send(event);
  }

  /** Plays `source`, dropping any session before it (its tracker is not ended: the page may still use it). */
  async open(source: SessionSource): Promise<void> {
    this.#source = source;
    this.#released = false;
    const generation = ++this.#generation;
    this.#stop();
    this.#set({ error: undefined });
    if (!source.doc && !source.src && source.inline === undefined) return;
    // Say "Loading" only if it takes a while: a fast load goes straight to the first step.
    const slow = setTimeout(() => generation === this.#generation && this.#set({ loading: true }), this.#options.loadingDelay ?? 500);
    try {
      // The sanitiser downloads while the module does; `prepare` says whether the first step waits for it.
      void loadFastPath().catch(() => {});
      void loadSanitizer().catch(() => {});
      const doc$ = source.doc
        ? import('../content/validate.js').then((v) => v.assertModuleDoc(source.doc))
        : source.inline !== undefined
          ? readCompiledModule(source.inline, 'the page (an inline module)')
          : loadModule(source.src!, { response: source.response });
      const doc = await doc$;
      const [gradingOf] = await Promise.all([loadGradings(questionsOf(doc).map((q) => q.kind)), this.#options.prepare?.(doc)]);
      const tracker = source.tracker ?? (await createTracker(source.tracking, { xapi: { endpoint: source.xapiEndpoint, auth: source.xapiAuth } }));
      const saved = await tracker.start(doc.meta);
      if (generation !== this.#generation) return;
      this.#attach(doc, tracker, saved, gradingOf);
    } catch (err) {
      if (generation !== this.#generation) return;
      this.#set({ error: err as Error });
      console.error(err);
      this.#host.dispatchEvent(new NwErrorEvent(err as Error));
    } finally {
      clearTimeout(slow);
      if (generation === this.#generation) this.#set({ loading: false });
    }
  }

  /** Releases the session now: stops the actor, stores waiting work, ends the tracker's session. */
  dispose(): void {
    clearTimeout(this.#releaseTimer);
    if (this.#released) return;
    this.#released = true;
    this.#generation += 1; // a load under way is dropped
    const tracker = this.#tracker;
    this.#stop();
    tracker?.terminate();
  }

  /** Ends the LMS session and goes back to the course (cmi5 with a `returnURL`). */
  exit(): void {
    const tracker = this.#tracker;
    if (tracker && canReturn(tracker)) void tracker.exit();
  }

  hostConnected(): void {
    clearTimeout(this.#releaseTimer);
    if (this.#released && this.#source) void this.open(this.#source);
  }

  hostDisconnected(): void {
    clearTimeout(this.#releaseTimer);
    this.#releaseTimer = setTimeout(() => this.#host.isConnected || this.dispose());
  }

  #attach(doc: ModuleDoc, tracker: Tracker, saved: Awaited<ReturnType<Tracker['start']>>, gradingOf: GradingOf): void {
    // The question clock: times come in on events (see module-machine.ts); leaving the page adds them up.
    // Its questions grade with the kinds this module uses (choice's in the first download, the rest beside their elements).
    const actor = createActor(moduleMachineWith(questionMachineWith(gradingOf)), { input: { doc, saved, startedAt: Date.now() } });
    const host = this.#host;
    const pause = () => actor.send({ type: 'module.pause', at: Date.now() });
    const onHidden = () => document.visibilityState === 'hidden' && pause();
    const onPageHide = () => {
      pause();
      tracker.terminate();
    };
    this.#tracker = tracker;
    this.#set({ status: tracker.status, returnUrl: canReturn(tracker) ? tracker.returnURL : undefined });
    const subs = [
      actor.on('answered', (e) => host.dispatchEvent(new NwAnswerEvent(e.question, e.record))),
      actor.on('progressed', (e) => host.dispatchEvent(new NwProgressEvent(e.progress))),
      actor.on('completed', (e) => host.dispatchEvent(new NwCompleteEvent(e.result))),
    ];
    this.#teardown = [
      connectTracker(actor, tracker),
      tracker.onStatus((status) => this.#set({ status })),
      () => subs.forEach((s) => s.unsubscribe()),
      () => window.removeEventListener('pagehide', onPageHide),
      () => document.removeEventListener('visibilitychange', onHidden),
      () => actor.stop(),
    ];
    window.addEventListener('pagehide', onPageHide);
    document.addEventListener('visibilitychange', onHidden);
    this.#view.actor = actor.start();
  }

  #stop(): void {
    for (const fn of this.#teardown.splice(0)) fn();
    this.#view.actor = undefined;
    this.#tracker = undefined;
    this.#set({ returnUrl: undefined });
  }

  #set(change: Partial<Pick<ModuleSession, 'error' | 'loading' | 'status' | 'returnUrl'>>): void {
    Object.assign(this, change);
    this.#host.requestUpdate();
  }
}
