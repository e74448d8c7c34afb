/** Grading a true/false question. */
import type { TrueFalseQuestion } from '../../content/types.js';
import { type KindGrading, NONE } from '../response-shape.js';

export const truefalseGrading: KindGrading<TrueFalseQuestion> = {
  grade(q, response) {
    if (typeof response !== 'boolean') return NONE;
    const correct = response === q.answer;
    return { score: correct ? 1 : 0, correct };
  },
  answerable: (_, r) => typeof r === 'boolean',
};
