/**
 * Interaction records: one answered question in a form every standard can take (SCORM 1.2, SCORM 2004,
 * xAPI `cmi.interaction`), and the formatters that turn it into each SCORM version's strings.
 *
 * `interactionOf` has one `case` per question kind: a new kind adds its case (and the compiler, through
 * the `never` check, asks for it).
 */
import type { ChoiceQuestion, Question, TrueFalseQuestion } from '../content/types.js';
import type { AnswerRecord } from '../machines/scoring.js';
import { correctResponse } from '../machines/scoring.js';

/** The interaction types the standards share (SCORM 2004 / xAPI names). */
export type InteractionType =
  | 'true-false'
  | 'choice'
  | 'fill-in'
  | 'long-fill-in'
  | 'matching'
  | 'sequencing'
  | 'performance'
  | 'likert'
  | 'numeric'
  | 'other';

/** Standard-neutral result; SCORM 1.2 says `wrong` for `incorrect`. */
export type InteractionResult = 'correct' | 'incorrect' | 'neutral' | 'unanticipated';

/** A response or a correct-response pattern, by shape. */
export type InteractionValue =
  /** true-false */
  | { kind: 'boolean'; value: boolean }
  /** choice (a set), sequencing (in order), likert (one id): ids from `choices` */
  | { kind: 'ids'; ids: string[] }
  /** matching: `[source id, target id]` pairs from `choices` and `targets` */
  | { kind: 'pairs'; pairs: Array<[string, string]> }
  /** fill-in, long-fill-in, performance, other */
  | { kind: 'text'; values: string[] }
  /** numeric */
  | { kind: 'number'; value: number };

/** An option (or a matching target) with its words, for reports that show them. */
export interface InteractionChoice {
  id: string;
  description: string;
}

export interface Interaction {
  /** The question id (stable across versions of the module). */
  id: string;
  type: InteractionType;
  /** The question text as plain text. */
  description: string;
  /** What the student answered last. */
  response: InteractionValue;
  /** Every acceptable answer (usually one); empty when no answer is right or wrong. */
  correctResponses: InteractionValue[];
  result: InteractionResult;
  /** Score of this answer, 0–1 (partial credit in between). */
  score: number;
  /** The question's weight in the module score. */
  weighting: number;
  /** From the question showing to the answer, in milliseconds. */
  latencyMs: number;
  /** Submissions so far. */
  attempts: number;
  /** When the answer was recorded. */
  at: Date;
  /** choice, sequencing, likert: every option in authored order; matching: the source side. */
  choices?: InteractionChoice[];
  /** matching: the target side. */
  targets?: InteractionChoice[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** Plain text from the compiled (trusted-at-compile-time, never rendered here) HTML of a prompt or option. */
export function plainText(html: string): string {
  return html
    .replace(/<\/?(?:a|abbr|b|bdi|bdo|cite|code|data|dfn|em|i|kbd|mark|q|s|samp|small|span|strong|sub|sup|time|u|var)\b[^>]*>/gi, '')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, code: string) => {
      if (code[0] === '#') {
        const n = code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
        return Number.isFinite(n) && n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : whole;
      }
      return ENTITIES[code.toLowerCase()] ?? whole;
    })
    .replace(/\s+/g, ' ')
    .trim();
}

function base(question: Question, record: AnswerRecord, at: Date) {
  return {
    id: question.id,
    description: plainText(question.promptHtml),
    result: (record.correct ? 'correct' : 'incorrect') as InteractionResult,
    score: record.score,
    weighting: question.weight,
    latencyMs: Math.max(0, Math.round(record.latencyMs || 0)),
    attempts: record.attempts,
    at,
  };
}

function choiceInteraction(question: ChoiceQuestion, record: AnswerRecord, at: Date): Interaction {
  const picked = Array.isArray(record.response) ? record.response.filter((r): r is string => typeof r === 'string') : [];
  return {
    ...base(question, record, at),
    type: 'choice',
    response: { kind: 'ids', ids: picked },
    correctResponses: [{ kind: 'ids', ids: correctResponse(question) as string[] }],
    choices: question.options.map((o) => ({ id: o.id, description: plainText(o.html) })),
  };
}

function trueFalseInteraction(question: TrueFalseQuestion, record: AnswerRecord, at: Date): Interaction {
  return {
    ...base(question, record, at),
    type: 'true-false',
    response: { kind: 'boolean', value: record.response === true },
    correctResponses: [{ kind: 'boolean', value: question.answer }],
  };
}

/** The interaction record for one answered question. */
export function interactionOf(question: Question, record: AnswerRecord, at: Date = new Date()): Interaction {
  switch (question.kind) {
    case 'choice':
      return choiceInteraction(question, record, at);
    case 'truefalse':
      return trueFalseInteraction(question, record, at);
    default: {
      // A kind without a mapping yet still reaches the LMS, as free text.
      const q = question as Question;
      return {
        ...base(q, record, at),
        type: 'other',
        response: { kind: 'text', values: [JSON.stringify((record as AnswerRecord).response ?? '')] },
        correctResponses: [],
      };
    }
  }
}

// ---------------------------------------------------------------------------------------------------
// SCORM 1.2 (RTE 3.4.2.7): types without long-fill-in/other, `wrong` for incorrect, single-character
// choice identifiers, `t`/`f`, `,` between items, every string at most 255 characters.

const SCORM12_CHARS = 'abcdefghijklmnopqrstuvwxyz0123456789';

/** SCORM 1.2 interaction id: letters, digits, `-` and `_` (Moodle: printable ASCII, no spaces), ≤ 255. */
export function scorm12Id(id: string): string {
  return (id.replace(/[^A-Za-z0-9_-]/g, '_') || 'q').slice(0, 255);
}

export function scorm12Type(type: InteractionType): string {
  switch (type) {
    case 'long-fill-in':
      return 'fill-in';
    case 'other':
      return 'performance';
    default:
      return type;
  }
}

export function scorm12Result(result: InteractionResult): string {
  return result === 'incorrect' ? 'wrong' : result;
}

/**
 * The single character SCORM 1.2 uses for an option: the author's id when every id already is one
 * character (`a`, `b`, …, the default), else the option's position (`a` for the first).
 */
function char12(list: InteractionChoice[] | undefined, id: string): string {
  if (!list?.length) return /^[0-9a-z]$/.test(id) ? id : '?';
  if (list.every((c) => /^[0-9a-z]$/.test(c.id))) return id;
  const at = list.findIndex((c) => c.id === id);
  return SCORM12_CHARS[at] ?? '?';
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : text.slice(0, max);
}

/** A response or pattern as SCORM 1.2 `CMIFeedback`. */
export function scorm12Value(interaction: Interaction, value: InteractionValue): string {
  switch (value.kind) {
    case 'boolean':
      return value.value ? 't' : 'f';
    case 'ids':
      return clip(value.ids.map((id) => char12(interaction.choices, id)).join(','), 255);
    case 'pairs':
      return clip(value.pairs.map(([s, t]) => `${char12(interaction.choices, s)}.${char12(interaction.targets, t)}`).join(','), 255);
    case 'text':
      return clip(value.values.join(','), 255);
    case 'number':
      return clip(String(value.value), 255);
  }
}

/** SCORM 1.2 weighting: a decimal from −100 to 100. */
export function scorm12Weighting(weight: number): string {
  return String(Math.max(-100, Math.min(100, Number.isFinite(weight) ? weight : 0)));
}

// ---------------------------------------------------------------------------------------------------
// SCORM 2004 (RTE 4.2.9): `[,]` between items, `[.]` inside a matching pair, `true`/`false`,
// short identifiers (URI characters, ≤ 250), `incorrect`.

/** A SCORM 2004 `short_identifier_type` made from any id. */
export function scorm2004ShortId(id: string): string {
  const safe = id.replace(/[^\w\-()+.:=@;$!*'%/#]/g, '_').slice(0, 250);
  return /\w/.test(safe) ? safe : `id${safe}`.slice(0, 250);
}

/** SCORM 2004 interaction id (`long_identifier_type`, no spaces, ≤ 4000). */
export function scorm2004Id(id: string): string {
  return (id.replace(/\s+/g, '_') || 'q').slice(0, 4000);
}

export function scorm2004Result(result: InteractionResult): string {
  return result;
}

/** A response or pattern in SCORM 2004's format for the interaction's type. */
export function scorm2004Value(interaction: Interaction, value: InteractionValue): string {
  switch (value.kind) {
    case 'boolean':
      return value.value ? 'true' : 'false';
    case 'ids':
      return value.ids.map(scorm2004ShortId).join('[,]');
    case 'pairs':
      return value.pairs.map(([s, t]) => `${scorm2004ShortId(s)}[.]${scorm2004ShortId(t)}`).join('[,]');
    case 'text':
      // Fill-in takes up to 10 strings of 250; long-fill-in, performance and other one long string.
      if (interaction.type === 'fill-in') return value.values.slice(0, 10).map((v) => clip(v.replace(/\[,\]/g, ','), 250)).join('[,]');
      return clip(value.values.join(' '), interaction.type === 'long-fill-in' ? 4000 : 250);
    case 'number':
      return String(value.value);
  }
}

/** A correct-response pattern in SCORM 2004's format (numeric patterns are ranges `min[:]max`). */
export function scorm2004Pattern(interaction: Interaction, value: InteractionValue): string {
  if (value.kind === 'number') return `${value.value}[:]${value.value}`;
  return scorm2004Value(interaction, value);
}
