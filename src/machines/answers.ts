/**
 * What is right: which parts of a response are right (for marking them after Check) and the right
 * answer (for "Show the answer", the summary and LMS correct-response patterns). Apart from grading
 * (`scoring.ts`, which re-exports these), so the player's first download holds only what grades:
 * these load with the question kinds, the summary and the LMS adapters that use them.
 */
import type { Question, Response } from '../content/types.js';
import { isGapRight, isRecord, isStringList, own } from './response-shape.js';
import { bestPath } from './scenario.js';

/**
 * Which parts of a response are right, for marking them one by one after Check: picked options and
 * regions, items in their right place (order), pairs (match), cards (sort), gaps by index (blanks).
 * Parts the student did not give are absent. Kinds judged only as a whole (true/false, scenario,
 * reflect) give an empty record. Own keys only, like every reader of responses here.
 */
export function partsRight(question: Question, response: Response | null | undefined): Record<string, boolean> {
  const parts: Record<string, boolean> = Object.create(null);
  const given = isRecord(response) ? response : {};
  const list = isStringList(response) ? response : [];
  switch (question.kind) {
    case 'choice':
      for (const o of question.options) if (list.includes(o.id)) parts[o.id] = o.correct;
      break;
    case 'hotspot':
      for (const r of question.regions) if (list.includes(r.id)) parts[r.id] = r.target;
      break;
    case 'order':
      list.forEach((id, i) => {
        if (question.items.some((item) => item.id === id)) parts[id] = question.items[i]?.id === id;
      });
      break;
    case 'match':
      for (const p of question.pairs) if (own(given, p.id) !== undefined) parts[p.id] = own(given, p.id) === p.target;
      break;
    case 'sort':
      for (const c of question.cards) if (own(given, c.id) !== undefined) parts[c.id] = own(given, c.id) === c.group;
      break;
    case 'blanks':
      if (!Array.isArray(response)) break;
      question.gaps.forEach((_, i) => {
        if (typeof response[i] === 'string') parts[String(i)] = isGapRight(question, i, response[i]);
      });
      break;
  }
  return { ...parts };
}


/**
 * The correct response, for "show answer" and for LMS correct-response patterns. Kinds with no right
 * answer (`reflect`; a scenario without scores: any ending) give an empty or shortest one: check
 * `hasCorrectResponse` before showing it as "the answer".
 */
export function correctResponse(question: Question): Response {
  switch (question.kind) {
    case 'choice':
      return question.options.filter((o) => o.correct).map((o) => o.id);
    case 'truefalse':
      return question.answer;
    case 'order':
      return question.items.map((i) => i.id);
    case 'match':
      return Object.fromEntries(question.pairs.map((p) => [p.id, p.target]));
    case 'blanks':
      return question.gaps.map((g) => g.answers[0] ?? '');
    case 'sort':
      return Object.fromEntries(question.cards.map((c) => [c.id, c.group]));
    case 'hotspot':
      return question.regions.filter((r) => r.target).map((r) => r.id);
    case 'scenario':
      return bestPath(question);
    case 'reflect':
      return question.options.length ? { choice: '' } : { text: '' };
  }
}

/** False for questions with no right answer (reflections, unscored scenarios). */
export function hasCorrectResponse(question: Question): boolean {
  return question.kind === 'reflect' ? false : question.kind === 'scenario' ? question.scored : true;
}
