/**
 * A compact, versioned text encoding of `SavedProgress` for `cmi.suspend_data`, and the budget rules.
 *
 * SCORM 1.2 allows 4,096 characters and many LMSs count bytes, so the encoding is plain ASCII (every
 * id and free value goes through `encodeURIComponent`) and a caller gives a byte budget. When the full
 * record does not fit, it degrades step by step and says how far it went:
 *
 * 0. everything;
 * 1. without latencies;
 * 2. without responses (kept: attempts, score, right/wrong, done, revealed — enough to score and resume);
 * 3. only as many answers as fit (the caller keeps the rest elsewhere).
 *
 * ```
 * N1|<level>|<finished 0/1>|<step>|<qid>~<attempts>~<score>~<flags>~<latency>~<response>;…[|<seed>]
 * ```
 * The seed (which decides shuffled orders and pool draws) comes last, and only when there is one, so
 * data written before seeds existed still reads.
 * attempts and latency (tenths of a second) in base 36; flags: 1 correct, 2 done, 4 revealed;
 * response `T`/`F`, `L<id>,<id>` (a list of ids), `J<JSON>` (anything else), or empty when dropped.
 */
import { PROGRESS_VERSION, type SavedProgress } from '../machines/progress.js';
import type { AnswerRecord } from '../machines/scoring.js';

const MAGIC = 'N1';

/** How much of the progress an encoding kept (see the module comment). */
export type SuspendLevel = 0 | 1 | 2 | 3;

export interface EncodedSuspend {
  text: string;
  level: SuspendLevel;
  /** Answers left out (level 3 only). */
  dropped: number;
}

/** `encodeURIComponent`, plus the characters it leaves alone that could clash with separators (`~` above all). */
const enc = (text: string) => encodeURIComponent(text).replace(/[~!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/** UTF-8 byte length. */
export function byteLength(text: string): number {
  return new TextEncoder().encode(text).length;
}

function encodeResponse(response: unknown): string {
  if (response === true) return 'T';
  if (response === false) return 'F';
  if (Array.isArray(response) && response.every((r) => typeof r === 'string')) return `L${response.map(enc).join(',')}`;
  if (response === undefined) return '';
  return `J${enc(JSON.stringify(response))}`;
}

function decodeResponse(text: string): unknown {
  if (text === '') return undefined;
  if (text === 'T') return true;
  if (text === 'F') return false;
  if (text[0] === 'L') return text.length === 1 ? [] : text.slice(1).split(',').map(decodeURIComponent);
  if (text[0] === 'J') return JSON.parse(decodeURIComponent(text.slice(1)));
  throw new Error(`unknown response encoding "${text.slice(0, 10)}"`);
}

function round(score: number): string {
  const s = Math.round(Math.max(0, Math.min(1, score)) * 10000) / 10000;
  return String(s);
}

function encodeAnswer(id: string, a: AnswerRecord, level: SuspendLevel): string {
  const flags = (a.correct ? 1 : 0) | (a.done ? 2 : 0) | (a.revealed ? 4 : 0);
  const latency = level >= 1 ? '0' : Math.round(Math.max(0, a.latencyMs || 0) / 100).toString(36);
  const response = level >= 2 ? '' : encodeResponse(a.response);
  return `${enc(id)}~${Math.max(0, a.attempts | 0).toString(36)}~${round(a.score)}~${flags}~${latency}~${response}`;
}

function assemble(progress: SavedProgress, level: SuspendLevel, answers: string[]): string {
  const seed = progress.seed ? `|${enc(progress.seed)}` : '';
  return `${MAGIC}|${level}|${progress.finished ? 1 : 0}|${enc(progress.step)}|${answers.join(';')}${seed}`;
}

/** Encodes `progress` within `budget` UTF-8 bytes, degrading as little as needed. */
export function encodeSuspend(progress: SavedProgress, budget: number): EncodedSuspend {
  const entries = Object.entries(progress.answers);
  for (const level of [0, 1, 2] as const) {
    const text = assemble(progress, level, entries.map(([id, a]) => encodeAnswer(id, a, level)));
    if (byteLength(text) <= budget) return { text, level, dropped: 0 };
  }
  // Level 3: keep as many answers (without responses) as fit, in the order they were given.
  const kept: string[] = [];
  let size = byteLength(assemble(progress, 3, []));
  for (const [id, a] of entries) {
    const part = encodeAnswer(id, a, 2);
    const extra = byteLength(part) + (kept.length ? 1 : 0);
    if (size + extra > budget) break;
    kept.push(part);
    size += extra;
  }
  return { text: assemble(progress, 3, kept), level: 3, dropped: entries.length - kept.length };
}

export interface DecodedSuspend {
  progress: SavedProgress;
  level: SuspendLevel;
}

/**
 * Decodes suspend data written by `encodeSuspend` for module `moduleId`. Returns `null` for empty
 * data and throws on anything unreadable (so the caller can tell the student).
 */
export function decodeSuspend(text: string, moduleId: string): DecodedSuspend | null {
  if (!text) return null;
  const parts = text.split('|');
  if ((parts.length !== 5 && parts.length !== 6) || parts[0] !== MAGIC) throw new Error('suspend data is not in Netwise format N1');
  const level = Number(parts[1]);
  if (![0, 1, 2, 3].includes(level)) throw new Error(`unknown suspend level ${parts[1]}`);
  const entries: Array<[string, AnswerRecord]> = [];
  for (const item of parts[4] ? parts[4].split(';') : []) {
    const f = item.split('~');
    if (f.length !== 6) throw new Error('a saved answer is damaged');
    const attempts = parseInt(f[1], 36);
    const score = Number(f[2]);
    const flags = Number(f[3]);
    const latency = parseInt(f[4], 36);
    if (![attempts, score, flags, latency].every(Number.isFinite) || score < 0 || score > 1) throw new Error('a saved answer is damaged');
    entries.push([decodeURIComponent(f[0]), {
      response: decodeResponse(f[5]) as AnswerRecord['response'],
      attempts,
      score,
      correct: (flags & 1) !== 0,
      done: (flags & 2) !== 0,
      revealed: (flags & 4) !== 0,
      latencyMs: latency * 100,
    }]);
  }
  // fromEntries, not assignment: an id such as `__proto__` stays an ordinary key.
  const answers: Record<string, AnswerRecord> = Object.fromEntries(entries);
  const progress: SavedProgress = { v: PROGRESS_VERSION, module: moduleId, step: decodeURIComponent(parts[3]), answers, finished: parts[2] === '1' };
  if (parts[5]) progress.seed = decodeURIComponent(parts[5]);
  return { progress, level: level as SuspendLevel };
}
