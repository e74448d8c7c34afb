/**
 * Grading: how a response to each kind scores, and whether it can be submitted. What the machines run
 * for every question; what is right in a response and the right answer are in `answers.ts`, and
 * `scoring.ts` gathers all of it.
 */
import type {
  BlanksQuestion,
  ChoiceQuestion,
  HotspotQuestion,
  OrderQuestion,
  Question,
  ReflectQuestion,
  Response,
  ScenarioQuestion,
  TrueFalseQuestion,
} from '../content/types.js';
import { NONE, type Grade, isGapRight, isRecord, isStringList, own } from './response-shape.js';
import { bestEnding, walkScenario } from './scenario.js';

export { isGapRight, normalizeAnswer, type Grade } from './response-shape.js';

function gradeChoice(q: ChoiceQuestion, picked: string[]): Grade {
  const chosen = new Set(picked);
  if (!q.multiple) {
    const correct = q.options.some((o) => o.correct && chosen.has(o.id)) && chosen.size === 1;
    return { score: correct ? 1 : 0, correct };
  }
  // Several right answers: each right pick earns a share, each wrong pick costs one; never below 0.
  const right = q.options.filter((o) => o.correct);
  const hits = right.filter((o) => chosen.has(o.id)).length;
  const misses = q.options.filter((o) => !o.correct && chosen.has(o.id)).length;
  const score = Math.max(0, (hits - misses) / right.length);
  return { score, correct: hits === right.length && misses === 0 };
}

function gradeTrueFalse(q: TrueFalseQuestion, answer: boolean): Grade {
  const correct = answer === q.answer;
  return { score: correct ? 1 : 0, correct };
}

/** Each neighbouring pair in the right order (b right after a) earns a share of the n − 1 pairs. */
function gradeOrder(q: OrderQuestion, order: string[]): Grade {
  const n = q.items.length;
  if (n < 2) return NONE;
  const at = new Map(q.items.map((item, i) => [item.id, i]));
  let pairs = 0;
  for (let i = 0; i + 1 < order.length; i++) {
    const a = at.get(order[i]);
    if (a !== undefined && at.get(order[i + 1]) === a + 1) pairs += 1;
  }
  const correct = order.length === n && q.items.every((item, i) => order[i] === item.id);
  return { score: correct ? 1 : pairs / (n - 1), correct };
}

/** Each pair (match) or card (sort) in its right place earns an equal share. */
function shareRight(keys: Array<{ id: string; right: string }>, given: Record<string, unknown>): Grade {
  if (!keys.length) return NONE;
  const hits = keys.filter((k) => own(given, k.id) === k.right).length;
  return { score: hits / keys.length, correct: hits === keys.length };
}

/** Each gap filled right earns a share. */
function gradeBlanks(q: BlanksQuestion, typed: string[]): Grade {
  if (!q.gaps.length) return NONE;
  const hits = q.gaps.filter((_, i) => isGapRight(q, i, typed[i])).length;
  return { score: hits / q.gaps.length, correct: hits === q.gaps.length };
}

/** Each region found earns a share of the targets; each decoy picked costs one share; never below 0. */
function gradeHotspot(q: HotspotQuestion, picked: string[]): Grade {
  const chosen = new Set(picked);
  const targets = q.regions.filter((r) => r.target);
  if (!targets.length) return NONE;
  const hits = targets.filter((r) => chosen.has(r.id)).length;
  const decoys = q.regions.filter((r) => !r.target && chosen.has(r.id)).length;
  return { score: Math.max(0, (hits - decoys) / targets.length), correct: hits === targets.length && decoys === 0 };
}

/**
 * A scored scenario earns the score of the ending reached (0 for an ending without one); it is
 * correct when no ending scores higher. An unscored one is correct at any ending (its weight is 0).
 */
function gradeScenario(q: ScenarioQuestion, path: string[]): Grade {
  const end = walkScenario(q, path);
  if (!end?.ending) return NONE;
  if (!q.scored) return { score: 1, correct: true };
  const score = end.score ?? 0;
  return { score, correct: score >= bestEnding(q) };
}

/** Never scored: any complete answer counts as done (and the weight is always 0). */
function gradeReflect(): Grade {
  return { score: 1, correct: true };
}

/** Grades `response` against `question`. Malformed responses score 0; this never throws. */
export function grade(question: Question, response: Response): Grade {
  switch (question.kind) {
    case 'choice':
      return gradeChoice(question, isStringList(response) ? response : []);
    case 'truefalse':
      return typeof response === 'boolean' ? gradeTrueFalse(question, response) : NONE;
    case 'order':
      return gradeOrder(question, isStringList(response) ? response : []);
    case 'match':
      return shareRight(question.pairs.map((p) => ({ id: p.id, right: p.target })), isRecord(response) ? response : {});
    case 'blanks':
      return gradeBlanks(question, Array.isArray(response) ? (response as string[]) : []);
    case 'sort':
      return shareRight(question.cards.map((c) => ({ id: c.id, right: c.group })), isRecord(response) ? response : {});
    case 'hotspot':
      return gradeHotspot(question, isStringList(response) ? response : []);
    case 'scenario':
      return gradeScenario(question, isStringList(response) ? response : []);
    case 'reflect':
      return isAnswerable(question, response) ? gradeReflect() : NONE;
  }
}

function reflectAnswerable(q: ReflectQuestion, r: unknown): boolean {
  if (!isRecord(r)) return false;
  if (q.options.length) return typeof r.choice === 'string' && q.options.some((o) => o.id === r.choice);
  return typeof r.text === 'string' && r.text.trim() !== '' && r.text.length <= q.maxLength;
}

/** Every key is assigned one of `allowed`, and no other key is there. */
function assignsAll(r: unknown, keys: string[], allowed: string[]): boolean {
  if (!isRecord(r)) return false;
  const ok = new Set(allowed);
  return keys.every((k) => ok.has(own(r, k) as string)) && Object.keys(r).every((k) => keys.includes(k));
}

/** True when `response` is complete enough to submit. */
export function isAnswerable(question: Question, response: Response | null | undefined): response is Response {
  if (response === null || response === undefined) return false;
  switch (question.kind) {
    case 'choice':
      return isStringList(response) && response.length > 0 && response.every((id) => question.options.some((o) => o.id === id));
    case 'truefalse':
      return typeof response === 'boolean';
    case 'order':
      // A full arrangement: every item once.
      return isStringList(response) && response.length === question.items.length && new Set(response).size === response.length && question.items.every((i) => response.includes(i.id));
    case 'match':
      return assignsAll(response, question.pairs.map((p) => p.id), question.targets.map((t) => t.id));
    case 'blanks':
      // One string per gap; at least one gap filled.
      return isStringList(response) && response.length === question.gaps.length && response.some((t) => t.trim() !== '');
    case 'sort':
      return assignsAll(response, question.cards.map((c) => c.id), question.groups.map((g) => g.id));
    case 'hotspot':
      return isStringList(response) && response.length > 0 && response.every((id) => question.regions.some((r) => r.id === id));
    case 'scenario':
      return isStringList(response) && walkScenario(question, response)?.ending === true;
    case 'reflect':
      return reflectAnswerable(question, response);
  }
}
