/**
 * Saves progress in the page's own `localStorage` (same origin only). The default: no account, no
 * server. When storage is unavailable or full it keeps progress in memory and says so.
 */
import type { ModuleMeta } from '../content/types.js';
import { readSavedProgress, type SavedProgress } from '../machines/progress.js';
import { safeStorage, TrackerBase } from './base.js';

export interface LocalTrackerOptions {
  /** Storage to use; defaults to `window.localStorage`. */
  storage?: Storage;
  /** Key prefix; the key is `<prefix><module id>:<lang>`. */
  prefix?: string;
}

export class LocalTracker extends TrackerBase {
  readonly kind = 'local';
  readonly #options: LocalTrackerOptions;
  #key = '';
  #memory: string | null = null;

  constructor(options: LocalTrackerOptions = {}) {
    super({ kind: 'local', state: 'ok' });
    this.#options = options;
  }

  #storage(): Storage | null {
    return safeStorage(this.#options.storage, () => window.localStorage);
  }

  async start(module: ModuleMeta): Promise<SavedProgress | null> {
    this.#key = `${this.#options.prefix ?? 'netwise:'}${module.id}:${module.lang}`;
    let raw: string | null = this.#memory;
    try {
      raw = this.#storage()?.getItem(this.#key) ?? raw;
      // Blocked or full storage shows now, not at the first save: the status is true from the first frame.
      const storage = this.#storage();
      if (!storage) throw new Error('no storage');
      storage.setItem(`${this.#key}:probe`, '1');
      storage.removeItem(`${this.#key}:probe`);
    } catch {
      this.channel.set({ kind: 'local', state: 'error', detail: 'storage-unavailable' });
    }
    if (!raw) return null;
    try {
      const saved = readSavedProgress(JSON.parse(raw));
      if (!saved) this.channel.set({ kind: 'local', state: 'ok', detail: 'saved-progress-unreadable' });
      return saved;
    } catch {
      this.channel.set({ kind: 'local', state: 'ok', detail: 'saved-progress-unreadable' });
      return null;
    }
  }

  save(progress: SavedProgress): void {
    const raw = JSON.stringify(progress);
    this.#memory = raw;
    const storage = this.#storage();
    try {
      if (!storage) throw new Error('no storage');
      storage.setItem(this.#key, raw);
      if (this.status.state !== 'ok') this.channel.set({ kind: 'local', state: 'ok' });
    } catch {
      // Full or blocked: the answer is kept for this page, and the student is told it will not survive a reload.
      this.channel.set({ kind: 'local', state: 'error', detail: 'storage-unavailable' });
    }
  }

  /** Forgets the saved progress (the "start again" action). */
  clear(): void {
    this.#memory = null;
    try {
      this.#storage()?.removeItem(this.#key);
    } catch {
      /* nothing stored */
    }
  }
}
