/** Grading a sort question: each card in its right group earns an equal share. */
import type { SortQuestion } from '../../content/types.js';
import { type KindGrading, assignsAll, isRecord, shareRight } from '../response-shape.js';

export const sortGrading: KindGrading<SortQuestion> = {
  grade: (q, r) => shareRight(q.cards.map((c) => ({ id: c.id, right: c.group })), isRecord(r) ? r : {}),
  answerable: (q, r) => assignsAll(r, q.cards.map((c) => c.id), q.groups.map((g) => g.id)),
};
