/** Grading a fill-in-the-blanks question: each gap filled right earns a share. */
import type { BlanksQuestion } from '../../content/types.js';
import { type KindGrading, NONE, isGapRight, isStringList } from '../response-shape.js';

export const blanksGrading: KindGrading<BlanksQuestion> = {
  grade(q, response) {
    const typed = Array.isArray(response) ? (response as string[]) : [];
    if (!q.gaps.length) return NONE;
    const hits = q.gaps.filter((_, i) => isGapRight(q, i, typed[i])).length;
    return { score: hits / q.gaps.length, correct: hits === q.gaps.length };
  },
  // One string per gap; at least one gap filled.
  answerable: (q, r) => isStringList(r) && r.length === q.gaps.length && r.some((t) => t.trim() !== ''),
};
