/** Grading an order question: each neighbouring pair in the right order (b right after a) earns a share of the n − 1 pairs. */
import type { OrderQuestion } from '../../content/types.js';
import { type KindGrading, NONE, isStringList } from '../response-shape.js';

export const orderGrading: KindGrading<OrderQuestion> = {
  grade(q, response) {
    const order = isStringList(response) ? response : [];
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
  },
  // A full arrangement: every item once.
  answerable: (q, r) => isStringList(r) && r.length === q.items.length && new Set(r).size === r.length && q.items.every((i) => r.includes(i.id)),
};
