/**
 * What the xAPI and cmi5 adapters share: the student's progress kept on this device (a `LocalTracker`),
 * statements sent through an outbox (`StatementQueue`: stored first, sent in order, retried) whose
 * state is the tracker's status, and `progressed` statements only when the whole percent changes.
 */
import type { ModuleMeta } from '../content/types.js';
import type { SavedProgress } from '../machines/progress.js';
import { TrackerBase } from './base.js';
import { LocalTracker } from './local.js';
import type { TrackerStatus } from './tracker.js';
import { type BatchSender, outboxStatus, type QueueState, StatementQueue } from './xapi-queue.js';
import { progressPercent } from './xapi-statements.js';

export abstract class OutboxTracker extends TrackerBase {
  /** The standard's name in status notes, e.g. `xAPI`. */
  protected abstract readonly label: string;
  /** Progress on this device (resuming always comes from here). */
  protected local: LocalTracker | null = null;
  /** The outbox, once the LRS is known. */
  protected queue: StatementQueue | null = null;
  /** The status while there is no outbox (not configured, no launch, session over). */
  #idle: TrackerStatus | null = null;
  #lastPercent = -1;

  constructor() {
    super({ kind: 'pending', state: 'ok' });
  }

  /** Statements waiting for the LRS. */
  get waiting(): number {
    return this.queue?.size ?? 0;
  }

  /** Sends what is waiting now (resolves when sent or when the attempt failed). */
  flush(): Promise<void> {
    return this.queue?.retryNow() ?? Promise.resolve();
  }

  /** Opens the progress kept on this device under `prefix` (in `storage`, default `localStorage`). */
  protected startLocal(module: ModuleMeta, storage: Storage | undefined, prefix: string): Promise<SavedProgress | null> {
    this.local = new LocalTracker({ storage, prefix });
    return this.local.start(module);
  }

  /** No statements go anywhere: progress stays on this device, and the status says `status`. */
  protected async deviceOnly(module: ModuleMeta, storage: Storage | undefined, prefix: string, status: TrackerStatus): Promise<SavedProgress | null> {
    const saved = await this.startLocal(module, storage, prefix);
    this.#idle = status;
    this.channel.set(status);
    return saved;
  }

  /** Opens the outbox stored under `key` (statements an earlier page left unsent go first). */
  protected openQueue(options: { key: string; storage: Storage | null; send: BatchSender; retryMs?: number }): StatementQueue {
    const queue = new StatementQueue({ ...options, onChange: (s) => this.report(s) });
    this.queue = queue;
    const { corrupt } = queue.load();
    // Nothing the student can act on: the statements that could be read are sent, the rest is gone.
    if (corrupt) console.warn(`netwise: unsent ${this.label} statements from an earlier visit could not be read; the readable ones are sent`);
    this.report(queue.state);
    return queue;
  }

  protected report(q: QueueState): void {
    this.channel.set(outboxStatus(this.kind, this.label, this.local?.status, q));
  }

  /**
   * The percent a `progressed` statement carries for `fraction`, or `null` when there is nothing new to
   * say: the same whole percent as the last one, or 100 (`completed` says that).
   */
  protected progressStep(fraction: number): number | null {
    const percent = progressPercent(fraction);
    if (percent === this.#lastPercent || percent >= 100) return null;
    this.#lastPercent = percent;
    return percent;
  }

  save(progress: SavedProgress): void {
    this.local?.save(progress);
    if (this.local?.status.state === 'error') this.channel.set(this.local.status);
    else if (this.queue) this.report(this.queue.state);
    else if (this.#idle) this.channel.set(this.#idle);
  }
}
