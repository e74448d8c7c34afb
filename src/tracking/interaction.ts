/**
 * Interaction records: one answered question in a form every standard can take (SCORM 1.2, SCORM 2004,
 * xAPI `cmi.interaction`). The strings each SCORM version wants are made from it in `scorm-format.ts`.
 *
 * `interactionOf` has one `case` per question kind: a new kind adds its case (and the compiler, through
 * the `never` check, asks for it). The file is a little over 300 lines for that reason: one short
 * mapping per kind, each with the why of its interaction type, kept side by side.
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
