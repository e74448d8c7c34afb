/**
 * What the SCORM 1.2 and 2004 adapters share: the session, the save-and-commit cycle, the bookmark and
 * `suspend_data`, the interaction journal, and the fall back to this device when the LMS fails.
 *
 * Rules it keeps (see docs in lms-standards.md §8):
 * - status is set explicitly at start (`incomplete`) and at the end, never left for the LMS to guess;
 * - `exit` is `suspend` until the module is finished, so the next launch resumes;
 * - the end goes in the commits the version asks for (`finish`): SCORM 1.2 commits the status before
 *   the score, because Moodle 4.x judges completion when the score arrives from the status it has stored;
 * - every commit carries the session time so far (`session_time` may be set before the end), so an LMS
 *   that adds up sessions loses nothing when a reload's new session starts before the old one's finish
 *   arrives (Moodle);
 * - every answer and step is committed at once; nothing waits for an unload handler (unsent drafts come
 *   once the typing pauses, see `connectTracker`, and stay on this device when suspend_data has no room);
 * - a failing call (`"false"` with an error code, an exception) moves saving to this device, keeps the
 *   interactions to retry, and tells the student; a later successful commit moves it back;
 * - but an LMS that refuses one value (a format or range it does not take, e.g. Moodle's 406 on a
 *   2004 identifier) is still answering: the value is logged once (`console.warn`) and left out, the
 *   rest goes on, and the LMS stays the tracker (a refused `suspend_data` also keeps a device copy).
 */
import type { ModuleMeta, Question } from '../content/types.js';
import type { ProgressInfo } from '../machines/module-machine.js';
import type { SavedProgress } from '../machines/progress.js';
import type { AnswerRecord, ModuleResult } from '../machines/scoring.js';
import { chooseProgress, LocalFallback, learnerTag } from './fallback.js';
import { type Interaction, interactionOf } from './interaction.js';
import { findScormApi, isRefusal, ScormConnection, type Scorm12Api, type Scorm2004Api, type ScormVersion } from './scorm-api.js';
import { decodeSuspend, encodeSuspend } from './scorm-suspend.js';
import { TrackerBase } from './base.js';

export interface ScormTrackerOptions {
  /** The window discovery starts from (default: this one). */
  window?: Window;
  /** An API object to use instead of searching for one. */
  api?: Scorm12Api | Scorm2004Api;
  /** Storage for the fallback copy (default: `localStorage`). */
  storage?: Storage;
  /** The clock, for session time (default: `Date.now`). */
  now?: () => number;
}

/** What each version does differently. */
export interface ScormElements {
  learnerId: string;
  location: string;
  locationMax: number;
  suspendData: string;
  /** Byte budget for `suspend_data`, a margin under the standard's limit. */
  suspendBudget: number;
  exit: string;
  exitFinished: string;
  sessionTime: string;
  interactionCount: string;
}

/** The student sees this (in English; the player localises the known cases). */
const TRIMMED = 'your learning platform (some details of your answers are kept on this device only)';

export abstract class ScormTracker extends TrackerBase {
  abstract override readonly kind: 'scorm12' | 'scorm2004';
  protected abstract readonly version: ScormVersion;
  /** Human name for messages, e.g. `SCORM 1.2`. */
  protected abstract readonly label: string;
  protected abstract readonly elements: ScormElements;

  /** Sets the status at the start of a session (e.g. `incomplete` when not attempted). */
  protected abstract begin(write: (element: string, value: string) => void, read: (element: string) => string): void;
  /**
   * The score and final status as `[element, value]` pairs, in batches: each batch after the first goes
   * in a commit of its own, after the one before has been committed.
   */
  protected abstract finish(result: ModuleResult, meta: ModuleMeta): Array<Array<[string, string]>>;
  /** Writes one interaction at index `n`; returns false if even its id could not be written. */
  protected abstract writeInteraction(write: (element: string, value: string) => boolean, n: number, interaction: Interaction, meta: ModuleMeta): boolean;
  /** Formats a duration for `session_time`. */
  protected abstract duration(ms: number): string;
  /** Writes the progress measure, where the version has one. */
  protected progress(_write: (element: string, value: string) => void, _progress: ProgressInfo): void {}

  readonly #options: ScormTrackerOptions;
  #conn: ScormConnection | null = null;
  #fallback: LocalFallback | null = null;
  #meta: ModuleMeta | null = null;
  #startedAt = 0;
  #last: SavedProgress | null = null;
  #result: ModuleResult | null = null;
  #progress: ProgressInfo | null = null;
  #pending: Interaction[] = [];
  #next = 0;
  #errors: string[] = [];
  /** Elements the LMS refused a value for, in this flush. */
  readonly #refused = new Set<string>();
  /** Refusals already logged (one line per element kind and error). */
  readonly #warned = new Set<string>();
  #dirty = false;
  #broken = false;
  #terminated = false;

  constructor(options: ScormTrackerOptions = {}) {
    super({ kind: 'pending', state: 'ok' });
    this.#options = options;
  }

  #now(): number {
    return (this.#options.now ?? Date.now)();
  }

  /** Writes a value; a refusal is logged, any other failure is remembered for the next flush. */
  #write = (element: string, value: string): boolean => {
    const r = this.#conn!.set(element, value);
    if (r.ok) return true;
    if (isRefusal(this.version, r.code)) this.#refuse(element, value, r.error ?? `${element} refused`);
    else this.#errors.push(r.error ?? `${element} failed`);
    return false;
  };

  #refuse(element: string, value: string, error: string): void {
    this.#refused.add(element);
    const key = `${element}|${error}`.replace(/\.\d+(?=[.)|]|$)/g, '.n');
    if (this.#warned.has(key)) return;
    this.#warned.add(key);
    console.warn(`netwise: the ${this.label} LMS refused ${element} = ${JSON.stringify(value.slice(0, 100))} (${error}); the rest is saved as usual.`);
  }

  #read = (element: string): string => this.#conn!.get(element).value;

  async start(module: ModuleMeta): Promise<SavedProgress | null> {
    this.#meta = module;
    this.#startedAt = this.#now();
    const api = this.#options.api ?? findScormApi(this.version, this.#options.window ?? window);
    const conn = api ? new ScormConnection(this.version, api) : null;
    const init = conn?.initialize();
    if (!conn || !init?.ok) {
      // No LMS, or it refused the session: plain local saving, as `tracking="local"` would.
      this.#fallback = new LocalFallback({ storage: this.#options.storage, prefix: 'netwise:' });
      const saved = await this.#fallback.start(module);
      this.#broken = true;
      this.#terminated = true;
      this.channel.set({ kind: 'local', state: 'fallback', detail: conn ? `${this.label}: ${init?.error}` : `no ${this.label} API found` });
      return saved;
    }
    this.#conn = conn;
    const learner = conn.get(this.elements.learnerId).value;
    this.#fallback = new LocalFallback({ storage: this.#options.storage, prefix: `netwise:${this.kind}:${learnerTag(learner)}:` });
    const device = await this.#fallback.start(module);

    this.begin(this.#write, this.#read);
    this.#write(this.elements.exit, 'suspend');
    const count = Number(conn.get(this.elements.interactionCount).value);
    this.#next = Number.isInteger(count) && count > 0 ? count : 0;

    const raw = conn.get(this.elements.suspendData);
    let lms: SavedProgress | null = null;
    let level = 0;
    let unreadable = false;
    if (!raw.ok) this.#errors.push(raw.error ?? 'suspend_data unreadable');
    try {
      const decoded = decodeSuspend(raw.value, module.id);
      lms = decoded?.progress ?? null;
      level = decoded?.level ?? 0;
    } catch {
      unreadable = true;
    }
    const commit = this.#commit(false);
    if (!commit.ok) this.#errors.push(commit.error ?? 'commit failed');
    const saved = chooseProgress(module.id, lms, level, device);
    this.#last = saved;
    if (this.#errors.length) this.#fail();
    else if (unreadable && !device) this.channel.set({ kind: this.kind, state: 'ok', detail: 'saved-progress-unreadable' });
    else this.channel.set({ kind: this.kind, state: 'ok' });
    return saved;
  }

  save(progress: SavedProgress): void {
    this.#last = progress;
    this.#flush();
  }

  override answered(question: Question, record: AnswerRecord): void {
    if (!this.#conn || this.#terminated) return; // the progress itself reaches the device copy through save()
    this.#pending.push(interactionOf(question, record, new Date(this.#now())));
    this.#schedule();
  }

  override progressed(progress: ProgressInfo): void {
    this.#progress = progress;
    this.#schedule();
  }

  override completed(result: ModuleResult): void {
    this.#result = result;
    this.#schedule();
  }

  /** Commits soon, unless a `save()` (which the module sends right after every change) does it first. */
  #schedule(): void {
    this.#dirty = true;
    queueMicrotask(() => {
      if (this.#dirty) this.#flush();
    });
  }

  /** Writes everything not yet written, commits, and deals with the outcome. */
  #flush(final = false): void {
    this.#dirty = false;
    if (!this.#conn || this.#terminated) {
      if (this.#last) this.#keepOnDevice(this.#conn ? `the ${this.label} session has ended` : undefined);
      return;
    }
    this.#errors = [];
    this.#refused.clear();
    while (this.#pending.length) {
      const interaction = this.#pending[0];
      const before = this.#errors.length;
      const started = this.writeInteraction((el, v) => this.#write(el, v), this.#next, interaction, this.#meta!);
      if (started) this.#next += 1;
      if (this.#errors.length > before) break; // keep it, and the rest, for the next try
      this.#pending.shift(); // written, or refused in part or whole (logged): not tried again
    }
    if (this.#progress) this.progress(this.#write, this.#progress);
    const [first = [], ...later] = this.#result ? this.finish(this.#result, this.#meta!) : [];
    for (const [element, value] of first) this.#write(element, value);
    let level = 0;
    let dropped = 0;
    let draftsDropped = 0;
    if (this.#last) {
      const encoded = encodeSuspend(this.#last, this.elements.suspendBudget);
      level = encoded.level;
      dropped = encoded.dropped;
      draftsDropped = encoded.draftsDropped;
      this.#write(this.elements.suspendData, encoded.text);
      this.#write(this.elements.location, this.#last.step.slice(0, this.elements.locationMax));
    }
    const finished = this.#last?.finished === true || this.#result !== null;
    this.#write(this.elements.exit, finished ? this.elements.exitFinished : 'suspend');
    const batches = [...later];
    let end = this.#commit(final && !batches.length);
    while (end.ok && batches.length) {
      for (const [element, value] of batches.shift()!) this.#write(element, value);
      end = this.#commit(final && !batches.length);
    }
    if (!end.ok) this.#errors.push(end.error ?? 'commit failed');
    else this.#result = null; // the end is in the LMS: not written again

    if (this.#errors.length) {
      this.#fail();
      return;
    }
    // All of it in the LMS: the device copy goes. Otherwise (details, answers or only unsent drafts left
    // out, or the progress refused) the full progress waits on this device.
    const refused = this.#refused.has(this.elements.suspendData) || this.#refused.has(this.elements.location);
    if (level === 0 && draftsDropped === 0 && !refused) this.#fallback?.clear();
    else this.#keepOnDevice();
    this.#broken = false;
    if (level === 0 && !refused) this.channel.set({ kind: this.kind, state: 'ok' });
    else if (level < 3) this.channel.set({ kind: this.kind, state: 'ok', detail: TRIMMED });
    else this.channel.set({ kind: 'local', state: 'fallback', detail: `${this.label} suspend_data is full: ${dropped} answer(s) kept on this device only` });
  }

  /** Commits (or, `final`, finishes) with the session time so far. */
  #commit(final: boolean) {
    this.#write(this.elements.sessionTime, this.duration(this.#now() - this.#startedAt));
    return final ? this.#conn!.finish() : this.#conn!.commit();
  }

  /** Keeps the latest progress on this device; reports an error if even that fails. */
  #keepOnDevice(detail?: string): boolean {
    if (!this.#last || !this.#fallback) return false;
    const ok = this.#fallback.save(this.#last);
    if (!ok) this.channel.set({ kind: 'local', state: 'error', detail: 'storage-unavailable' });
    else if (detail) this.channel.set({ kind: 'local', state: 'fallback', detail });
    return ok;
  }

  #fail(): void {
    this.#broken = true;
    const detail = `${this.label}: ${this.#errors[0]}`;
    if (this.#keepOnDevice() || !this.#last) this.channel.set({ kind: 'local', state: 'fallback', detail });
  }

  /** True while saving has moved to this device (the LMS failed). */
  get fellBack(): boolean {
    return this.#broken;
  }

  override terminate(): void {
    if (this.#terminated) return;
    if (!this.#conn) {
      this.#terminated = true;
      return;
    }
    this.#flush(true);
    this.#terminated = true;
  }
}
