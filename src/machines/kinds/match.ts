/** Grading a match question: each pair matched right earns an equal share. */
import type { MatchQuestion } from '../../content/types.js';
import { type KindGrading, assignsAll, isRecord, shareRight } from '../response-shape.js';

export const matchGrading: KindGrading<MatchQuestion> = {
  grade: (q, r) => shareRight(q.pairs.map((p) => ({ id: p.id, right: p.target })), isRecord(r) ? r : {}),
  answerable: (q, r) => assignsAll(r, q.pairs.map((p) => p.id), q.targets.map((t) => t.id)),
};
