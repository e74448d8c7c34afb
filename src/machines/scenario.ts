/**
 * Walking a branching scenario: following a path of choices, the best ending and the shortest way
 * to it. Pure functions; scoring grades with them, and the scenario element shows the story with them.
 */
import type { ScenarioChoice, ScenarioNode, ScenarioQuestion } from '../content/types.js';

/** One step of a scenario taken: the node read and the choice made there. */
export interface ScenarioStep {
  node: ScenarioNode;
  choice: ScenarioChoice;
}

/**
 * Follows `path` (choice ids) from the scenario's first node as far as each choice is one its node
 * offers: the steps taken, the node reached, and whether the whole path could be followed.
 */
export function followScenario(q: ScenarioQuestion, path: readonly unknown[]): { steps: ScenarioStep[]; at: ScenarioNode | undefined; complete: boolean } {
  const byId = new Map(q.nodes.map((n) => [n.id, n]));
  const steps: ScenarioStep[] = [];
  let at: ScenarioNode | undefined = q.nodes[0];
  for (const id of path) {
    const choice: ScenarioChoice | undefined = at?.choices.find((c) => c.id === id);
    const next: ScenarioNode | undefined = choice && byId.get(choice.next);
    if (!at || !choice || !next) return { steps, at, complete: false };
    steps.push({ node: at, choice });
    at = next;
  }
  return { steps, at, complete: true };
}

/**
 * The node `path` (choice ids) leads to from the scenario's first node, or `null` when the path takes a
 * choice the node does not offer (or goes on past an ending).
 */
export function walkScenario(q: ScenarioQuestion, path: readonly unknown[]): ScenarioNode | null {
  const { at, complete } = followScenario(q, path);
  return complete ? (at ?? null) : null;
}

/** The best score any ending gives (1 when the scenario is not scored). */
export function bestEnding(q: ScenarioQuestion): number {
  return q.scored ? Math.max(0, ...q.nodes.filter((n) => n.ending).map((n) => n.score ?? 0)) : 1;
}

/** The shortest path (choice ids) to an ending that earns the best score. */
export function bestPath(q: ScenarioQuestion): string[] {
  const best = bestEnding(q);
  const start = q.nodes[0];
  if (!start) return [];
  const byId = new Map(q.nodes.map((n) => [n.id, n]));
  const seen = new Set([start.id]);
  const queue: Array<{ node: ScenarioNode; path: string[] }> = [{ node: start, path: [] }];
  while (queue.length) {
    const { node, path } = queue.shift()!;
    if (node.ending && (!q.scored || (node.score ?? 0) >= best)) return path;
    for (const c of node.choices) {
      const next = byId.get(c.next);
      if (next && !seen.has(next.id)) {
        seen.add(next.id);
        queue.push({ node: next, path: [...path, c.id] });
      }
    }
  }
  return [];
}
