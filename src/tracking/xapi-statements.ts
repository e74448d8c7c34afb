/**
 * xAPI 1.0.3 statements for the player's milestones, as plain data (no network, no DOM): the verbs,
 * the module and question activities (questions as `cmi.interaction` activities in SCORM 2004's
 * response formats, which xAPI shares), results with ISO 8601 durations, and random ids.
 *
 * Shared by the xAPI and cmi5 adapters.
 */
import type { ModuleMeta } from '../content/types.js';
import type { Interaction, InteractionChoice } from './interaction.js';
import { scorm2004Pattern, scorm2004ShortId, scorm2004Value } from './scorm-format.js';
import { isoDuration } from './scorm-time.js';

/** A language map (`{"en": "…"}`). */
export type LanguageMap = Record<string, string>;

/** An xAPI Agent; without an `account` or `mbox` it identifies no one. */
export interface XapiAgent {
  objectType?: 'Agent';
  name?: string;
  mbox?: string;
  mbox_sha1sum?: string;
  openid?: string;
  account?: { homePage: string; name: string };
}

/** A statement as this library builds it (a subset of xAPI's). */
export interface XapiStatement {
  id: string;
  actor: XapiAgent;
  verb: { id: string; display: LanguageMap };
  object: { objectType: 'Activity'; id: string; definition?: Record<string, unknown> };
  result?: Record<string, unknown>;
  context?: Record<string, unknown>;
  timestamp: string;
}

const ADL = 'http://adlnet.gov/expapi/verbs/';
/** The ADL verbs the player uses. */
export const VERBS = {
  initialized: { id: `${ADL}initialized`, display: { 'en-US': 'initialized' } },
  answered: { id: `${ADL}answered`, display: { 'en-US': 'answered' } },
  progressed: { id: `${ADL}progressed`, display: { 'en-US': 'progressed' } },
  completed: { id: `${ADL}completed`, display: { 'en-US': 'completed' } },
  passed: { id: `${ADL}passed`, display: { 'en-US': 'passed' } },
  failed: { id: `${ADL}failed`, display: { 'en-US': 'failed' } },
  terminated: { id: `${ADL}terminated`, display: { 'en-US': 'terminated' } },
} as const;
export type VerbName = keyof typeof VERBS;

const INTERACTION_TYPE = 'http://adlnet.gov/expapi/activities/cmi.interaction';
export const MODULE_TYPE = 'http://adlnet.gov/expapi/activities/module';
/** cmi5's progress extension (0–100), also understood by plain LRS reports. */
export const PROGRESS_EXTENSION = 'https://w3id.org/xapi/cmi5/result/extensions/progress';
/** A progress fraction as the whole percent `progressed` reports (0–100). */
export const progressPercent = (fraction: number) => Math.round(Math.max(0, Math.min(1, fraction)) * 100);

/** A random UUID v4 (also where `crypto.randomUUID` is missing: plain-http intranets). */
export function uuid(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** A language map keyed by the module's language (`und` when it is not a valid tag). */
export function langMap(text: string, lang: string): LanguageMap {
  return { [/^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/.test(lang) ? lang : 'und']: text };
}

const components = (list: InteractionChoice[], lang: string) => list.map((c) => ({ id: scorm2004ShortId(c.id), description: langMap(c.description || c.id, lang) }));

/** The `cmi.interaction` activity definition of a question. */
export function interactionDefinition(i: Interaction, meta: ModuleMeta): Record<string, unknown> {
  const def: Record<string, unknown> = {
    type: INTERACTION_TYPE,
    name: langMap(i.id, meta.lang),
    interactionType: i.type,
  };
  if (i.description) def.description = langMap(i.description, meta.lang);
  // Omitted when no answer is right or wrong (xAPI: absent means "not graded", `[]` "nothing is right").
  if (i.correctResponses.length) def.correctResponsesPattern = i.correctResponses.map((p) => scorm2004Pattern(i, p));
  if (i.type === 'matching') {
    if (i.choices?.length) def.source = components(i.choices, meta.lang);
    if (i.targets?.length) def.target = components(i.targets, meta.lang);
  } else if (i.type === 'likert') {
    if (i.choices?.length) def.scale = components(i.choices, meta.lang);
  } else if (i.type === 'performance') {
    const steps = i.steps ?? i.choices;
    if (steps?.length) def.steps = components(steps, meta.lang);
  } else if (i.choices?.length && (i.type === 'choice' || i.type === 'sequencing')) {
    def.choices = components(i.choices, meta.lang);
  }
  return def;
}

/** The learner's response in the interaction type's format. */
export const responseOf = (i: Interaction) => scorm2004Value(i, i.response);

/** The `result` of an answered statement. */
export function answerResult(i: Interaction): Record<string, unknown> {
  const result: Record<string, unknown> = {
    response: responseOf(i),
    duration: isoDuration(i.latencyMs),
    score: { scaled: round(clamp(i.score, 0, 1)) },
  };
  if (i.result === 'correct' || i.result === 'incorrect') result.success = i.result === 'correct';
  return result;
}

const clamp = (n: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, Number.isFinite(n) ? n : 0));
const round = (n: number) => Math.round(n * 1e4) / 1e4;

/** A module's score as xAPI and cmi5 want it: scaled 0–1, raw an integer percent, min 0, max 100. */
export function scoreOf(percent: number): { scaled: number; raw: number; min: number; max: number } {
  const raw = Math.round(clamp(percent, 0, 100));
  return { scaled: round(raw / 100), raw, min: 0, max: 100 };
}

/** The question's activity id under the module's. */
export const questionActivityId = (moduleActivity: string, questionId: string) =>
  `${moduleActivity.replace(/\/+$/, '')}/questions/${encodeURIComponent(questionId)}`;
