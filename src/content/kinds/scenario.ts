import type { ScenarioChoice, ScenarioNode, ScenarioQuestion } from '../types.js';
import { type BlockContext, type RawBlock, type SourceLine, parseAttributes, readQuestionBase, takeFields } from '../blocks.js';
import { ID, feedbackLine, letterId } from './shared.js';

const NODE = /^\s{0,3}#{1,6}\s+(\S+)\s*(.*)$/;
const CHOICE_START = /^[-*]\s+/;
/** `- label -> node`: the label and the node after the last arrow (found without backtracking, in linear time). */
const CHOICE = {
  exec(line: string): [string, string, string] | null {
    const m = CHOICE_START.exec(line);
    if (!m) return null;
    const rest = line.slice(m[0].length);
    const ascii = rest.lastIndexOf('->');
    const arrow = rest.lastIndexOf('→');
    const at = Math.max(ascii, arrow);
    if (at === -1) return null;
    const next = rest.slice(at + (at === ascii ? 2 : 1)).trim();
    if (!next || /\s/.test(next)) return null;
    return [line, rest.slice(0, at).trim(), next];
  },
};

/**
 * Reads a `:::scenario` block: a branching story.
 *
 * ```md
 * :::scenario id=free-skins
 * Someone you don't know sends you a message. What you do decides what happens.
 *
 * ## start
 * "Hey! Want 5,000 free skins? Just send me your login."
 * - Send your login -> hacked
 *   > Never share your login, not even for a prize.
 * - Ask how it works -> asked
 * - Block and report them -> safe
 *
 * ## asked
 * "Easy: I log in, add the skins and log out."
 * - OK, here it is -> hacked
 * - No thanks. Block and report -> safe
 *
 * ## hacked end score=0
 * The next day your account is gone, and so are your items.
 *
 * ## safe end score=100
 * Well done: free stuff for your login is always a scam.
 * :::
 * ```
 * The question text comes first. Each heading line (`## name`) starts a node; the first node is where
 * the story starts. A node's text is Markdown; its choices are `- text -> node` lines (`→` works too),
 * each with an optional indented `>` line of feedback. `end` marks an ending (no choices); `score=N`
 * (0–100) on endings scores the path by the ending reached. Without any `score=`, the scenario is not
 * scored and its weight is 0. Choice ids are `<node>.a`, `<node>.b`, …; the response is the list of
 * choices taken.
 */
export function readScenario(block: RawBlock, ctx: BlockContext): ScenarioQuestion {
  const { fields, rest } = takeFields(block.body);
  const first = rest.findIndex((l) => NODE.test(l.text));
  const base = readQuestionBase(block, ctx, fields, first === -1 ? rest : rest.slice(0, first));
  const nodes: ScenarioNode[] = [];
  const nodeLines = new Map<ScenarioNode, number>();
  const texts = new Map<ScenarioNode, SourceLine[]>();
  const feedback = new Map<ScenarioChoice, string[]>();
  const choiceLines = new Map<ScenarioChoice, number>();
  let lastChoice: ScenarioChoice | undefined;
  for (const l of first === -1 ? [] : rest.slice(first)) {
    const n = NODE.exec(l.text);
    if (n) {
      const attrs = parseAttributes(n[2]);
      const id = n[1];
      if (!ID.test(id)) ctx.report(l.line, `The node name "${id}" in scenario "${base.id}" is not valid.`, 'Name nodes with letters, digits, "-" and "_", starting with a letter, e.g. `## asked-friend`.');
      if (nodes.some((x) => x.id === id)) ctx.report(l.line, `Scenario "${base.id}" has two nodes named "${id}".`, 'Give each node its own name.');
      const node: ScenarioNode = { id, html: '', choices: [], ending: attrs.end === true || attrs.end === 'true' };
      if (attrs.score !== undefined) {
        const score = typeof attrs.score === 'string' && /^\d+(\.\d+)?$/.test(attrs.score) ? Number(attrs.score) : NaN;
        if (!node.ending) ctx.report(l.line, `Node "${id}" of scenario "${base.id}" has a score but is not an ending.`, `Only endings carry a score: write \`## ${id} end score=${attrs.score}\`.`);
        if (!(score >= 0 && score <= 100)) ctx.report(l.line, `The score of ending "${id}" must be a number from 0 to 100.`, 'e.g. `score=100` for the best ending, `score=50` for half the credit.');
        else node.score = score / 100;
      }
      for (const key of Object.keys(attrs)) {
        if (key !== 'end' && key !== 'score') ctx.report(l.line, `Unknown word "${key}" on node "${id}" of scenario "${base.id}".`, 'A node heading holds its name, then `end` and `score=N` for an ending.');
      }
      nodes.push(node);
      nodeLines.set(node, l.line);
      texts.set(node, []);
      lastChoice = undefined;
      continue;
    }
    const node = nodes[nodes.length - 1];
    const c = CHOICE.exec(l.text);
    if (c) {
      const choice: ScenarioChoice = { id: `${node.id}.${letterId(node.choices.length)}`, html: ctx.markdown.inline(c[1]), next: c[2] };
      node.choices.push(choice);
      feedback.set(choice, []);
      choiceLines.set(choice, l.line);
      lastChoice = choice;
      continue;
    }
    const quote = feedbackLine(l);
    if (quote !== undefined && lastChoice) {
      feedback.get(lastChoice)!.push(quote);
      continue;
    }
    if (/^[-*]\s/.test(l.text)) {
      ctx.report(l.line, `The choice "${l.text.slice(2).trim()}" in scenario "${base.id}" does not say where it leads.`, 'End a choice with `-> node`, e.g. `- Block them -> safe`. (For a list in the story text, indent it or use `+`.)');
      continue;
    }
    if (node.choices.length && l.text.trim()) {
      ctx.report(l.line, `Text after the choices of node "${node.id}" in scenario "${base.id}".`, 'Write a node\'s text first, then its choices.');
      continue;
    }
    texts.get(node)!.push(l);
  }
  for (const [node, lines] of texts) node.html = ctx.markdown.block(lines.map((x) => x.text).join('\n'));
  for (const [choice, lines] of feedback) if (lines.length) choice.feedbackHtml = ctx.markdown.block(lines.join('\n'));

  const byId = new Map(nodes.map((n) => [n.id, n]));
  for (const node of nodes) {
    const line = nodeLines.get(node)!;
    if (!node.html) ctx.report(line, `Node "${node.id}" of scenario "${base.id}" has no text.`, 'Write what happens under the node\'s heading.');
    if (node.ending && node.choices.length) ctx.report(line, `Ending "${node.id}" of scenario "${base.id}" has choices.`, 'An ending has no choices: remove `end`, or the choices.');
    if (!node.ending && !node.choices.length) ctx.report(line, `Node "${node.id}" of scenario "${base.id}" has no choices and is not an ending.`, `Add choices (\`- text -> node\`), or mark it as an ending: \`## ${node.id} end\`.`);
    for (const choice of node.choices) {
      if (!byId.has(choice.next)) ctx.report(choiceLines.get(choice)!, `The choice "${choice.html}" leads to "${choice.next}", which scenario "${base.id}" does not have.`, `Nodes: ${nodes.map((n) => n.id).join(', ')}.`);
    }
  }
  const endings = nodes.filter((n) => n.ending);
  if (!nodes.length) {
    ctx.report(block.line, `Scenario "${base.id}" has no nodes.`, 'After the question, start each node with a heading, `## start`, and end the story with `## name end`.');
  } else if (!endings.length) {
    ctx.report(block.line, `Scenario "${base.id}" has no ending.`, 'Mark the nodes where the story ends with `end`: `## safe end score=100`.');
  } else {
    // Every node should be reachable from the start, and every reachable node should lead to an ending.
    const reachable = new Set<string>([nodes[0].id]);
    for (const queue = [nodes[0]]; queue.length; ) {
      for (const c of queue.shift()!.choices) {
        const next = byId.get(c.next);
        if (next && !reachable.has(next.id)) {
          reachable.add(next.id);
          queue.push(next);
        }
      }
    }
    const canEnd = new Set(endings.map((n) => n.id));
    for (let grew = true; grew; ) {
      grew = false;
      for (const n of nodes) {
        if (!canEnd.has(n.id) && n.choices.some((c) => canEnd.has(c.next))) {
          canEnd.add(n.id);
          grew = true;
        }
      }
    }
    for (const n of nodes) {
      if (!reachable.has(n.id)) ctx.report(nodeLines.get(n)!, `No choice leads to node "${n.id}" of scenario "${base.id}".`, 'Add a choice `-> ' + n.id + '`, or remove the node.', 'warning');
      else if (!canEnd.has(n.id)) ctx.report(nodeLines.get(n)!, `From node "${n.id}" of scenario "${base.id}" no path reaches an ending.`, 'Give the node a choice that leads on towards an ending.');
    }
  }
  const scored = endings.some((n) => n.score !== undefined);
  if (!scored && block.attrs.weight !== undefined && block.attrs.weight !== '0') {
    ctx.report(block.line, `Scenario "${base.id}" has a weight but no ending has a score.`, 'Add `score=N` (0–100) to the endings, or remove `weight`.');
  }
  return { ...base, weight: scored ? base.weight : 0, kind: 'scenario', nodes, scored };
}
