/** Grading a choice question: one right option, or a share for each right pick less one for each wrong one. */
import type { ChoiceQuestion } from '../../content/types.js';
import { type KindGrading, isStringList } from '../response-shape.js';

export const choiceGrading: KindGrading<ChoiceQuestion> = {
  grade(q, response) {
    const chosen = new Set(isStringList(response) ? response : []);
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
  },
  answerable: (q, r) => isStringList(r) && r.length > 0 && r.every((id) => q.options.some((o) => o.id === id)),
};
