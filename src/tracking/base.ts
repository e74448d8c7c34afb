/**
 * What every tracker shares: its status, kept in a `StatusChannel` that the player subscribes to, the
 * milestones it may ignore, and storage that may be out of reach (reading `localStorage` throws when a
 * browser setting blocks it). Extend it for a back end of your own:
 *
 * ```js
 * class MyTracker extends TrackerBase {
 *   kind = 'mine';
 *   constructor() { super({ kind: 'mine', state: 'ok' }); }
 *   async start(module) { return null; }
 *   save(progress) { this.channel.set({ kind: 'mine', state: 'ok' }); }
 * }
 * ```
 */
import type { ModuleMeta, Question } from '../content/types.js';
import type { ProgressInfo } from '../machines/module-machine.js';
import type { SavedProgress } from '../machines/progress.js';
import type { AnswerRecord, ModuleResult } from '../machines/scoring.js';
import { StatusChannel } from './status.js';
import type { StatusListener, Tracker, TrackerStatus } from './tracker.js';

/** `given`, else `fallback()` (e.g. `window.localStorage`), or `null` when the browser blocks it. */
export function safeStorage(given: Storage | undefined, fallback: () => Storage): Storage | null {
  try {
    return given ?? fallback();
  } catch {
    return null;
  }
}

/** The JSON object stored under `key`, or `null` (none, unreadable, not an object, storage blocked). */
export function readJson<T extends object>(storage: Storage | null, key: string): T | null {
  try {
    const v: unknown = JSON.parse(storage?.getItem(key) ?? 'null');
    return typeof v === 'object' && v !== null ? (v as T) : null;
  } catch {
    return null;
  }
}

/** Stores `value` as JSON under `key`; false when the storage is full or blocked. */
export function writeJson(storage: Storage | null, key: string, value: unknown): boolean {
  try {
    if (!storage) return false;
    storage.setItem(key, JSON.stringify(value));
    return true;
  } catch {
    return false;
  }
}

export abstract class TrackerBase implements Tracker {
  abstract readonly kind: string;
  /** The status; set it when it changes (listeners hear only real changes). */
  protected readonly channel: StatusChannel;

  constructor(initial: TrackerStatus) {
    this.channel = new StatusChannel(initial);
  }

  get status(): TrackerStatus {
    return this.channel.status;
  }

  onStatus(listener: StatusListener): () => void {
    return this.channel.subscribe(listener);
  }

  abstract start(module: ModuleMeta): Promise<SavedProgress | null>;
  abstract save(progress: SavedProgress): void;
  answered(_question: Question, _record: AnswerRecord): void {}
  progressed(_progress: ProgressInfo): void {}
  completed(_result: ModuleResult): void {}
  terminate(): void {}
}
