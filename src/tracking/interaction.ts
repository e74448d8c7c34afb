/**
 * Interaction records: one answered question in a form every standard can take (SCORM 1.2, SCORM 2004,
 * xAPI `cmi.interaction`), and the formatters that turn it into each SCORM version's strings.
 *
 * `interactionOf` has one `case` per question kind: a new kind adds its case (and the compiler, through
 * the `never` check, asks for it).
 */
import type {
  BlanksQuestion,
  ChoiceQuestion,
  HotspotQuestion,
  MatchQuestion,
  OrderQuestion,
  Question,
  ReflectQuestion,
  ScenarioQuestion,
  SortQuestion,
  TrueFalseQuestion,
} from '../content/types.js';
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
  /**
   * matching: `[source id, target id]` pairs from `choices` and `targets`;
   * performance: `[step id, answer]` pairs, steps from `steps` (a scenario: `[node id, choice id]`)
   */
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
  /** performance: the steps (a scenario's nodes that offer choices), in authored order. */
  steps?: InteractionChoice[];
  /**
   * fill-in: upper and lower case must match for the patterns to match (SCORM 2004 and xAPI write
   * `{case_matters=true}` before each pattern). Absent or false: case does not matter, their default.
   */
  caseMatters?: boolean;
}

/**
 * At most this many correct-response patterns per interaction: the smallest number SCORM 2004 asks
 * every LMS to keep for a kind with several patterns (fill-in, matching, performance, sequencing: 5).
 */
const MAX_PATTERNS = 5;

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

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
/** Own string values only: an id like `__proto__` stays an ordinary key. */
const ownString = (r: unknown, key: string): string | undefined => {
  if (!isRecord(r) || !Object.prototype.hasOwnProperty.call(r, key)) return undefined;
  const v = r[key];
  return typeof v === 'string' ? v : undefined;
};

/** Options, items or targets as interaction choices: id and plain-text description. */
const described = (items: ReadonlyArray<{ id: string; html: string }>): InteractionChoice[] =>
  items.map((i) => ({ id: i.id, description: plainText(i.html) }));

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
  return {
    ...base(question, record, at),
    type: 'choice',
    response: { kind: 'ids', ids: strings(record.response) },
    correctResponses: [{ kind: 'ids', ids: correctResponse(question) as string[] }],
    choices: described(question.options),
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

/** `order` → sequencing: item ids in the student's order; the pattern is the authored (right) order. */
function orderInteraction(question: OrderQuestion, record: AnswerRecord, at: Date): Interaction {
  return {
    ...base(question, record, at),
    type: 'sequencing',
    response: { kind: 'ids', ids: strings(record.response) },
    correctResponses: [{ kind: 'ids', ids: question.items.map((i) => i.id) }],
    choices: described(question.items),
  };
}

/** Pairs `[source, target]` for every source the student placed, in the sources' authored order. */
function placed(sources: string[], response: unknown): Array<[string, string]> {
  return sources.flatMap((id): Array<[string, string]> => {
    const target = ownString(response, id);
    return target === undefined ? [] : [[id, target]];
  });
}

/** `match` → matching: pair id → target id (decoy targets are listed among `targets`). */
function matchInteraction(question: MatchQuestion, record: AnswerRecord, at: Date): Interaction {
  return {
    ...base(question, record, at),
    type: 'matching',
    response: { kind: 'pairs', pairs: placed(question.pairs.map((p) => p.id), record.response) },
    correctResponses: [{ kind: 'pairs', pairs: question.pairs.map((p): [string, string] => [p.id, p.target]) }],
    choices: described(question.pairs),
    targets: described(question.targets),
  };
}

/** `sort` → matching: card id → group id. */
function sortInteraction(question: SortQuestion, record: AnswerRecord, at: Date): Interaction {
  return {
    ...base(question, record, at),
    type: 'matching',
    response: { kind: 'pairs', pairs: placed(question.cards.map((c) => c.id), record.response) },
    correctResponses: [{ kind: 'pairs', pairs: question.cards.map((c): [string, string] => [c.id, c.group]) }],
    choices: described(question.cards),
    targets: described(question.groups),
  };
}

/**
 * Every combination of the gaps' accepted answers (the first gap varying slowest), the authored
 * solution (each gap's first answer) first, at most `MAX_PATTERNS` of them.
 */
function gapPatterns(question: BlanksQuestion): string[][] {
  let combos: string[][] = [[]];
  for (const gap of question.gaps) {
    const answers = gap.answers.length ? gap.answers : [''];
    combos = combos.flatMap((c) => answers.map((a) => [...c, a])).slice(0, MAX_PATTERNS);
  }
  return combos;
}

/**
 * `blanks` → fill-in: one value per gap, in order. The patterns list the combinations of accepted
 * answers (all of them when there are few, else the solution first and then the first few others).
 * The description shows the text with its gaps as `___`, so a report reads like the question.
 */
function blanksInteraction(question: BlanksQuestion, record: AnswerRecord, at: Date): Interaction {
  const typed = Array.isArray(record.response) ? record.response : [];
  const gapText = question.textHtml.replace(/<span data-gap="\d+"><\/span>/g, '___');
  return {
    ...base(question, record, at),
    description: plainText(`${question.promptHtml} ${gapText}`),
    type: 'fill-in',
    response: { kind: 'text', values: question.gaps.map((_, i) => (typeof typed[i] === 'string' ? (typed[i] as string) : '')) },
    correctResponses: gapPatterns(question).map((values) => ({ kind: 'text', values })),
    caseMatters: question.caseSensitive,
  };
}

/**
 * `hotspot` → choice: the ids of the regions marked, the regions (with their labels) as the options.
 * Not performance: the regions are a fixed set the student picks from, in any order, which is what
 * choice says; Moodle's report and xAPI tools show a choice's options by name (xAPI `choices` with
 * descriptions), and every standard and LMS supports choice, where performance asks for steps a
 * hotspot does not have.
 */
function hotspotInteraction(question: HotspotQuestion, record: AnswerRecord, at: Date): Interaction {
  return {
    ...base(question, record, at),
    type: 'choice',
    response: { kind: 'ids', ids: strings(record.response) },
    correctResponses: [{ kind: 'ids', ids: question.regions.filter((r) => r.target).map((r) => r.id) }],
    choices: question.regions.map((r) => ({ id: r.id, description: r.label })),
  };
}

/**
 * `scenario` → performance: the path as `[node id, choice id]` steps. Not sequencing: sequencing says
 * "put all these items in order", where a path picks a few choices out of many; performance records
 * a task done in steps, keeps each step's node (xAPI `steps`, described by the node's text), and in
 * SCORM 1.2 reads as the path itself (`start.b,asked.b`) rather than letters. The pattern is the best
 * path, and only when the scenario is scored; an unscored one is `neutral` with no pattern.
 */
function scenarioInteraction(question: ScenarioQuestion, record: AnswerRecord, at: Date): Interaction {
  const nodeOf = new Map(question.nodes.flatMap((n) => n.choices.map((c) => [c.id, n.id] as const)));
  const steps = (path: string[]) => path.map((id): [string, string] => [nodeOf.get(id) ?? '', id]);
  return {
    ...base(question, record, at),
    type: 'performance',
    response: { kind: 'pairs', pairs: steps(strings(record.response)) },
    correctResponses: question.scored ? [{ kind: 'pairs', pairs: steps(correctResponse(question) as string[]) }] : [],
    ...(question.scored ? {} : { result: 'neutral' as const }),
    steps: described(question.nodes.filter((n) => n.choices.length)),
  };
}

/**
 * `reflect` → long-fill-in (the text) or choice (a poll: its options are not always a scale, so not
 * likert). Never right or wrong: `neutral`, no pattern.
 */
function reflectInteraction(question: ReflectQuestion, record: AnswerRecord, at: Date): Interaction {
  const r = record.response;
  const common = { ...base(question, record, at), result: 'neutral' as const, correctResponses: [] };
  if (question.options.length) {
    const picked = ownString(r, 'choice');
    return {
      ...common,
      type: 'choice',
      response: { kind: 'ids', ids: picked ? [picked] : [] },
      choices: described(question.options),
    };
  }
  return { ...common, type: 'long-fill-in', response: { kind: 'text', values: [ownString(r, 'text') ?? ''] } };
}

/** The interaction record for one answered question. */
export function interactionOf(question: Question, record: AnswerRecord, at: Date = new Date()): Interaction {
  switch (question.kind) {
    case 'choice':
      return choiceInteraction(question, record, at);
    case 'truefalse':
      return trueFalseInteraction(question, record, at);
    case 'order':
      return orderInteraction(question, record, at);
    case 'match':
      return matchInteraction(question, record, at);
    case 'blanks':
      return blanksInteraction(question, record, at);
    case 'sort':
      return sortInteraction(question, record, at);
    case 'hotspot':
      return hotspotInteraction(question, record, at);
    case 'scenario':
      return scenarioInteraction(question, record, at);
    case 'reflect':
      return reflectInteraction(question, record, at);
    default: {
      // A kind without a mapping still reaches the LMS, as free text (and the compiler asks for a case).
      const q: never = question;
      const unknown = q as Question;
      return {
        ...base(unknown, record, at),
        type: 'other',
        response: { kind: 'text', values: [JSON.stringify(record.response ?? '')] },
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

/** Free text on one line: LMSs check CMIFeedback and 2004's strings with `^.*$`, which stops at a line break. */
function oneLine(text: string): string {
  return text.replace(/\s*[\r\n\u2028\u2029]+\s*/g, ' ').trim();
}

/** A response or pattern as SCORM 1.2 `CMIFeedback`. */
export function scorm12Value(interaction: Interaction, value: InteractionValue): string {
  switch (value.kind) {
    case 'boolean':
      return value.value ? 't' : 'f';
    case 'ids':
      return clip(value.ids.map((id) => char12(interaction.choices, id)).join(','), 255);
    case 'pairs':
      // performance (a scenario's path): the answers in order, already `node.letter`, e.g. `start.b,asked.a`.
      if (interaction.type === 'performance') return clip(value.pairs.map(([s, t]) => (t.startsWith(`${s}.`) || !s ? t : `${s}.${t}`)).join(','), 255);
      return clip(value.pairs.map(([s, t]) => `${char12(interaction.choices, s)}.${char12(interaction.targets, t)}`).join(','), 255);
    case 'text':
      return clip(value.values.map(oneLine).join(','), 255);
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
// short identifiers (≤ 250), `incorrect`.

/**
 * A SCORM 2004 `short_identifier_type` every LMS takes: letters, digits, `_` and `.` only. The standard
 * allows more, but Moodle (4.x) checks `^[\w.]{1,250}$` and refuses the value otherwise (406). A `-` is
 * written as `.` (`chest-price` → `chest.price`): module ids never hold a `.` (scenario choices are
 * `node.letter`), so two ids of one question never meet; any other character becomes `_`.
 */
export function scorm2004ShortId(id: string): string {
  const safe = id.replace(/-/g, '.').replace(/[^\w.]/g, '_').slice(0, 250);
  return safe || 'id';
}

/** SCORM 2004 interaction id (`long_identifier_type`, no spaces, ≤ 4000). */
export function scorm2004Id(id: string): string {
  return (id.replace(/\s+/g, '_') || 'q').slice(0, 4000);
}

export function scorm2004Result(result: InteractionResult): string {
  return result;
}

/**
 * A 2004 `localized_string_type` from free text: one line, and never starting with `{`, which would
 * read as a `{lang=…}` delimiter (LMSs reject it): such text gets an invisible U+200B in front.
 */
function text2004(text: string, max: number): string {
  const line = oneLine(text);
  return clip(line.startsWith('{') ? `\u200B${line}` : line, max);
}

/** A response or pattern in SCORM 2004's format for the interaction's type. */
export function scorm2004Value(interaction: Interaction, value: InteractionValue): string {
  switch (value.kind) {
    case 'boolean':
      return value.value ? 'true' : 'false';
    case 'ids':
      return value.ids.map(scorm2004ShortId).join('[,]');
    case 'pairs':
      // performance: `step[.]answer`, the step a short identifier (or empty), the answer one too (Moodle checks both).
      if (interaction.type === 'performance') {
        return value.pairs.slice(0, 250).map(([s, t]) => `${s ? scorm2004ShortId(s) : ''}[.]${scorm2004ShortId(t)}`).join('[,]');
      }
      return value.pairs.map(([s, t]) => `${scorm2004ShortId(s)}[.]${scorm2004ShortId(t)}`).join('[,]');
    case 'text':
      // Fill-in takes up to 10 strings of 250; long-fill-in and other one string of 4000, performance 250.
      if (interaction.type === 'fill-in') return value.values.slice(0, 10).map((v) => text2004(v.replace(/\[,\]/g, ','), 250)).join('[,]');
      return text2004(value.values.join(' '), interaction.type === 'long-fill-in' || interaction.type === 'other' ? 4000 : 250);
    case 'number':
      return String(value.value);
  }
}

/**
 * A correct-response pattern in SCORM 2004's format (numeric patterns are ranges `min[:]max`; a
 * fill-in whose case matters starts with `{case_matters=true}`, false being the default).
 */
export function scorm2004Pattern(interaction: Interaction, value: InteractionValue): string {
  if (value.kind === 'number') return `${value.value}[:]${value.value}`;
  const pattern = scorm2004Value(interaction, value);
  return interaction.type === 'fill-in' && interaction.caseMatters ? `{case_matters=true}${pattern}` : pattern;
}
