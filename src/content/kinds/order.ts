import type { OrderItem, OrderQuestion } from '../types.js';
import { type BlockContext, type RawBlock, readQuestionBase, takeFields } from '../blocks.js';
import { letterId, takeExplicitId } from './shared.js';

const ITEM = /^\s*(?:\d+[.)]|[-*])\s+(.*)$/;

/**
 * Reads an `:::order` block: put items in sequence.
 *
 * ```md
 * :::order id=report-steps
 * Someone sends you a threatening message. Put what you do in order.
 * 1. Do not reply
 * 2. Take a screenshot
 * 3. Block and report the sender
 * 4. Tell an adult you trust
 * explain: A screenshot first: once you block, the messages may disappear.
 * :::
 * ```
 * The author writes the items in the right order, as a numbered (`1.`) or bulleted (`-`) list; the
 * player shows them shuffled. `{#id}` at an item's end names it (default `a`, `b`, … in the right
 * order). Scoring: each neighbouring pair the student put in the right order earns a share.
 */
export function readOrder(block: RawBlock, ctx: BlockContext): OrderQuestion {
  const { fields, rest } = takeFields(block.body);
  const first = rest.findIndex((l) => ITEM.test(l.text));
  const base = readQuestionBase(block, ctx, fields, first === -1 ? rest : rest.slice(0, first));
  const items: OrderItem[] = [];
  for (const l of first === -1 ? [] : rest.slice(first)) {
    const m = ITEM.exec(l.text);
    if (!m) {
      if (l.text.trim()) {
        ctx.report(l.line, `Unexpected line in order "${base.id}": "${l.text.trim()}".`, 'After the question, write each item as `1. text` (or `- text`) in the right order, then `hint:` / `explain:`.');
      }
      continue;
    }
    const { text, id = letterId(items.length) } = takeExplicitId(m[1]);
    if (!text) {
      ctx.report(l.line, `An item of order "${base.id}" is empty.`, 'Write the item\'s text after the number.');
      continue;
    }
    if (items.some((i) => i.id === id)) ctx.report(l.line, `Two items in "${base.id}" share the id "${id}".`, 'Give each item its own `{#id}`.');
    items.push({ id, html: ctx.markdown.inline(text) });
  }
  if (items.length < 2) {
    ctx.report(block.line, `Order "${base.id}" needs at least two items; it has ${items.length}.`, 'List the items in the right order, one per line: `1. first`, `2. second`, …');
  }
  const texts = items.map((i) => i.html);
  const dup = texts.find((t, i) => texts.indexOf(t) !== i);
  if (dup !== undefined) {
    ctx.report(block.line, `Order "${base.id}" lists "${dup}" twice.`, 'Two identical items cannot be told apart: make each one different.');
  }
  return { ...base, kind: 'order', items };
}
