/**
 * A compact, versioned text encoding of `SavedProgress` for `cmi.suspend_data`, and the budget rules.
 *
 * SCORM 1.2 allows 4,096 characters and many LMSs count bytes, so the encoding is plain ASCII (every
 * id and free value goes through `encodeURIComponent`) and a caller gives a byte budget. When the full
 * record does not fit, it degrades step by step and says how far it went:
 *
 * 0. everything; unsent drafts go first when room is short (as many as fit, the latest first: they
 *    are not part of the level, the caller learns how many were left out);
 * 1. without latencies (and without drafts or question times);
 * 2. without responses (kept: attempts, score, right/wrong, done, revealed — enough to score and resume);
 * 3. only as many answers as fit (the caller keeps the rest elsewhere).
 *
 * ```
 * N1|<level>|<finished 0/1>|<step>|<qid>~<attempts>~<score>~<flags>~<latency>~<response>;…[|<seed>[|D<qid>~<response>;…][|T<qid>~<time>;…]]
 * ```
 * The seed (which decides shuffled orders and pool draws) comes next, and only when there is one (or,
 * empty, before drafts or times), so data written before seeds existed still reads; then the drafts,
 * marked `D`, and the time on screen of questions not yet settled, marked `T` (level 0 only).
 * attempts, latency and time (tenths of a second) in base 36; flags: 1 correct, 2 done, 4 revealed;
 * response `T`/`F`, `L<id>,<id>` (a list of ids), `J<JSON>` (anything else), or empty when dropped.
 */
import type { Response } from '../content/types.js';
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
  /** Unsent drafts left out for lack of room. */
  draftsDropped: number;
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
  // (`['']` would read back as `[]`: it goes as JSON.)
  if (Array.isArray(response) && response.every((r) => typeof r === 'string') && !(response.length === 1 && response[0] === '')) {
    return `L${response.map(enc).join(',')}`;
  }
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
  const latency = level >= 1 ? '0' : tenths(a.latencyMs);
  const response = level >= 2 ? '' : encodeResponse(a.response);
  return `${enc(id)}~${Math.max(0, a.attempts | 0).toString(36)}~${round(a.score)}~${flags}~${latency}~${response}`;
}

const tenths = (ms: number) => Math.round(Math.max(0, ms || 0) / 100).toString(36);

function assemble(progress: SavedProgress, level: SuspendLevel, answers: string[], drafts: string[] = []): string {
  const seed = progress.seed ? enc(progress.seed) : '';
  const times = level === 0 ? Object.entries(progress.time ?? {}).map(([id, ms]) => `${enc(id)}~${tenths(ms)}`) : [];
  const sections = [...(drafts.length ? [`D${drafts.join(';')}`] : []), ...(times.length ? [`T${times.join(';')}`] : [])];
  const tail = sections.length ? `|${seed}|${sections.join('|')}` : seed ? `|${seed}` : '';
  return `${MAGIC}|${level}|${progress.finished ? 1 : 0}|${enc(progress.step)}|${answers.join(';')}${tail}`;
}

/** Encodes `progress` within `budget` UTF-8 bytes, degrading as little as needed. */
export function encodeSuspend(progress: SavedProgress, budget: number): EncodedSuspend {
  const entries = Object.entries(progress.answers);
  const drafts = Object.entries(progress.drafts ?? {})
    .filter(([, r]) => r !== null && r !== undefined)
    .map(([id, r]) => `${enc(id)}~${encodeResponse(r)}`);
  const full = entries.map(([id, a]) => encodeAnswer(id, a, 0));
  if (byteLength(assemble(progress, 0, full)) <= budget) {
    // Room for every answer: add the drafts that fit, the latest changed (last) first.
    const kept: string[] = [];
    for (const draft of [...drafts].reverse()) {
      if (byteLength(assemble(progress, 0, full, [draft, ...kept])) <= budget) kept.unshift(draft);
    }
    return { text: assemble(progress, 0, full, kept), level: 0, dropped: 0, draftsDropped: drafts.length - kept.length };
  }
  for (const level of [1, 2] as const) {
    const text = assemble(progress, level, entries.map(([id, a]) => encodeAnswer(id, a, level)));
    if (byteLength(text) <= budget) return { text, level, dropped: 0, draftsDropped: drafts.length };
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
  return { text: assemble(progress, 3, kept), level: 3, dropped: entries.length - kept.length, draftsDropped: drafts.length };
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
  const sections = parts.slice(6);
  const tags = sections.map((p) => p[0]);
  if (parts.length < 5 || parts[0] !== MAGIC || !tags.every((t) => t === 'D' || t === 'T') || new Set(tags).size !== tags.length) {
    throw new Error('suspend data is not in Netwise format N1');
  }
  const section = (tag: string) => sections.find((p) => p[0] === tag);
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
  const draftText = section('D');
  if (draftText && draftText.length > 1) {
    // Drafts are a bonus: damaged ones are left out, and the answers still load.
    try {
      const drafts = draftText.slice(1).split(';').map((item): [string, Response] => {
        const f = item.split('~');
        if (f.length !== 2 || f[1] === '') throw new Error('a saved draft is damaged');
        return [decodeURIComponent(f[0]), decodeResponse(f[1]) as Response];
      });
      progress.drafts = Object.fromEntries(drafts);
    } catch {
      /* left out */
    }
  }
  // So are the times: an unreadable one is left out (that question's clock starts again).
  const timeText = section('T');
  if (timeText && timeText.length > 1) {
    const times = timeText.slice(1).split(';').flatMap((item): Array<[string, number]> => {
      const [id, t] = item.split('~');
      const n = parseInt(t ?? '', 36);
      try {
        return id && Number.isFinite(n) ? [[decodeURIComponent(id), n * 100]] : [];
      } catch {
        return [];
      }
    });
    if (times.length) progress.time = Object.fromEntries(times);
  }
  return { progress, level: level as SuspendLevel };
}
