/** Grading a reflection: never scored, so any complete answer counts as done (and the weight is always 0). */
import type { ReflectQuestion } from '../../content/types.js';
import { type KindGrading, NONE, isRecord } from '../response-shape.js';

function answerable(q: ReflectQuestion, r: unknown): boolean {
  if (!isRecord(r)) return false;
  if (q.options.length) return typeof r.choice === 'string' && q.options.some((o) => o.id === r.choice);
  return typeof r.text === 'string' && r.text.trim() !== '' && r.text.length <= q.maxLength;
}

export const reflectGrading: KindGrading<ReflectQuestion> = {
  grade: (q, r) => (answerable(q, r) ? { score: 1, correct: true } : NONE),
  answerable,
};
