/**
 * The safety net of the LMS adapters: a `LocalTracker` that keeps the student's progress on this device
 * when the LMS is missing, fails, or cannot hold everything (SCORM 1.2's 4,096 characters), and the rule
 * that picks between the LMS's copy and this one on the next launch.
 *
 * The device copy is written only when it is needed and removed once the LMS holds everything again,
 * and its key carries a hash of the learner's id, so a shared school computer never resumes one
 * student's answers for another.
 */
import type { ModuleMeta } from '../content/types.js';
import type { SavedProgress } from '../machines/progress.js';
import type { AnswerRecord } from '../machines/scoring.js';
import { LocalTracker } from './local.js';

export interface LocalFallbackOptions {
  storage?: Storage;
  /** Key prefix for the device copy (the module id and language follow). */
  prefix: string;
}

/** A short, stable, non-reversible tag for a learner id (FNV-1a, 32 bits, hex). */
export function learnerTag(id: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i += 1) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

export class LocalFallback {
  readonly local: LocalTracker;
  #written = false;

  constructor(options: LocalFallbackOptions) {
    this.local = new LocalTracker({ storage: options.storage, prefix: options.prefix });
  }

  /** Opens the device copy for `module` and returns it, if there is one. */
  async start(module: ModuleMeta): Promise<SavedProgress | null> {
    const saved = await this.local.start(module);
    this.#written = saved !== null;
    return saved;
  }

  /** Keeps `progress` on this device. False when the device cannot store it either. */
  save(progress: SavedProgress): boolean {
    this.local.save(progress);
    this.#written = true;
    return this.local.status.state !== 'error';
  }

  /** Removes the device copy (the LMS holds everything again). */
  clear(): void {
    if (!this.#written) return;
    this.local.clear();
    this.#written = false;
  }
}

const count = (p: SavedProgress) => Object.keys(p.answers).length;
/** `p`'s own answer to `id` (an id like `__proto__` stays an ordinary key). */
const answerOf = (p: SavedProgress, id: string) => (Object.hasOwn(p.answers, id) ? p.answers[id] : undefined);
/** Both records describe the same submission (same attempts and score). */
const sameSubmission = (a: AnswerRecord, b: AnswerRecord) => a.attempts === b.attempts && Math.abs(a.score - b.score) < 1e-4;

/**
 * `lms` with the device's drafts added where the LMS had no room for them: each only while its
 * question's answer is the same in both copies (or absent from both), so it still belongs.
 */
function withDeviceDrafts(lms: SavedProgress, device: SavedProgress): SavedProgress {
  const same = (id: string) => {
    const a = answerOf(lms, id);
    const d = answerOf(device, id);
    return a && d ? sameSubmission(a, d) : !a && !d;
  };
  const drafts = { ...Object.fromEntries(Object.entries(device.drafts ?? {}).filter(([id]) => same(id))), ...lms.drafts };
  return Object.keys(drafts).length ? { ...lms, drafts } : lms;
}

/**
 * Picks what to resume from: the LMS's copy, unless this device holds more answers for the same module
 * (the LMS failed or ran out of room last time). When the LMS copy had to leave out details (`lmsLevel`
 * above 0), the device's responses, latencies and question times fill them in where both describe the same submission.
 */
export function chooseProgress(moduleId: string, lms: SavedProgress | null, lmsLevel: number, device: SavedProgress | null): SavedProgress | null {
  if (!device || device.module !== moduleId) return lms;
  if (!lms) return device;
  if (count(device) > count(lms) || (count(device) === count(lms) && lmsLevel > 0 && device.step === lms.step)) return device;
  if (lmsLevel === 0) return withDeviceDrafts(lms, device);
  const answers = Object.fromEntries(
    Object.entries(lms.answers).map(([id, a]) => {
      const d = answerOf(device, id);
      return [id, d && sameSubmission(d, a) ? { ...a, response: d.response, latencyMs: d.latencyMs } : a];
    }),
  );
  // The LMS copy left out the question times too (they go with the latencies): the device's stand.
  const time = lms.time ?? device.time;
  return withDeviceDrafts({ ...lms, answers, ...(time ? { time } : {}) }, device);
}
