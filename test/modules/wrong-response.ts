import type { Question, Response } from '../../src/content/types.js';
import { correctResponse, hasCorrectResponse } from '../../src/machines/scoring.js';

/** The right response, or for a kind with none (a reflection) any reply that completes it. */
export const bestResponse = (q: Question): Response => (hasCorrectResponse(q) ? correctResponse(q) : wrongResponse(q));

/** A response that earns no credit, for any question kind. */
export function wrongResponse(q: Question): Response {
  switch (q.kind) {
    case 'choice':
      return q.options.filter((o) => !o.correct).slice(0, q.multiple ? undefined : 1).map((o) => o.id);
    case 'truefalse':
      return !q.answer;
    case 'order':
      return [...q.items].reverse().map((i) => i.id);
    case 'match':
      // Every pair one target along (a derangement), so none is right.
      return Object.fromEntries(q.pairs.map((p, i) => [p.id, q.pairs[(i + 1) % q.pairs.length].target]));
    case 'blanks':
      return q.gaps.map(() => 'zzz-wrong');
    case 'sort':
      return Object.fromEntries(q.cards.map((c) => [c.id, q.groups.find((g) => g.id !== c.group)!.id]));
    case 'hotspot':
      return q.regions.some((r) => !r.target) ? q.regions.filter((r) => !r.target).map((r) => r.id) : [q.regions[0].id];
    case 'scenario': {
      // The path to the worst-scoring ending reachable, else any ending.
      const worst = Math.min(...q.nodes.filter((n) => n.ending).map((n) => n.score ?? 0));
      const byId = new Map(q.nodes.map((n) => [n.id, n]));
      const queue: Array<{ id: string; path: string[] }> = [{ id: q.nodes[0].id, path: [] }];
      const seen = new Set([q.nodes[0].id]);
      while (queue.length) {
        const { id, path } = queue.shift()!;
        const node = byId.get(id)!;
        if (node.ending && (node.score ?? 0) <= worst) return path;
        for (const c of node.choices) if (!seen.has(c.next)) (seen.add(c.next), queue.push({ id: c.next, path: [...path, c.id] }));
      }
      return [];
    }
    case 'reflect':
      return q.options.length ? { choice: q.options[0].id } : { text: 'A reflection' };
  }
}
