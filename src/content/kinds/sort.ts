import type { SortCard, SortGroup, SortQuestion } from '../types.js';
import { type BlockContext, type RawBlock, readQuestionBase, takeFields } from '../blocks.js';
import { feedbackLine, slugId, takeExplicitId } from './shared.js';

const GROUP_START = /^\s{0,3}#{1,6}\s+/;
/** A `## Group` line: its title without closing `#`s (no regular expression over the rest: linear time). */
const GROUP = {
  test: (line: string) => GROUP_START.test(line),
  exec(line: string): [string, string] | null {
    const m = GROUP_START.exec(line);
    if (!m) return null;
    let title = line.slice(m[0].length).trimEnd();
    while (title.endsWith('#')) title = title.slice(0, -1);
    return [line, title.trimEnd()];
  },
};
const CARD = /^\s*[-*]\s+(.*)$/;

/**
 * Reads a `:::sort` block: put each card in its group.
 *
 * ```md
 * :::sort id=phishing-or-not
 * Which messages are phishing, and which are genuine?
 * ## Phishing
 * - Your account is locked! Click here within 24 hours.
 *   > A rush and a link: the two classic signs.
 * - You won a phone! Just pay the delivery fee.
 * ## Genuine {#genuine}
 * - Your library book is due back on Friday.
 * :::
 * ```
 * Each heading line (`## Title`) starts a group; the `- ` lines under it are its cards, each with an
 * optional indented `>` line of feedback. A group may have no cards (a decoy group). Group ids come from
 * the titles (`phishing`) or a `{#id}`; card ids are `c1`, `c2`, … unless named with `{#id}`. The
 * player shows the cards shuffled. Scoring: each card in its right group earns a share.
 */
export function readSort(block: RawBlock, ctx: BlockContext): SortQuestion {
  const { fields, rest } = takeFields(block.body);
  const first = rest.findIndex((l) => GROUP.test(l.text));
  const base = readQuestionBase(block, ctx, fields, first === -1 ? rest : rest.slice(0, first));
  const groups: SortGroup[] = [];
  const cards: SortCard[] = [];
  const feedback = new Map<SortCard, string[]>();
  for (const l of first === -1 ? [] : rest.slice(first)) {
    const g = GROUP.exec(l.text);
    if (g) {
      const { text, id = slugId(text) } = takeExplicitId(g[1]);
      if (!text) {
        ctx.report(l.line, `A group of sort "${base.id}" has no title.`, 'Write the group\'s name after `##`.');
        continue;
      }
      if (groups.some((x) => x.id === id)) ctx.report(l.line, `Two groups in "${base.id}" have the id "${id}".`, 'Give each group its own title, or a `{#id}`.');
      groups.push({ id, html: ctx.markdown.inline(text) });
      continue;
    }
    const c = CARD.exec(l.text);
    if (c && !/^\s+/.test(l.text)) {
      const { text, id = `c${cards.length + 1}` } = takeExplicitId(c[1]);
      if (cards.some((x) => x.id === id)) ctx.report(l.line, `Two cards in "${base.id}" share the id "${id}".`, 'Give each card its own `{#id}`.');
      const card: SortCard = { id, html: ctx.markdown.inline(text), group: groups[groups.length - 1].id };
      cards.push(card);
      feedback.set(card, []);
      continue;
    }
    const quote = feedbackLine(l);
    const last = cards[cards.length - 1];
    if (quote !== undefined && last) {
      feedback.get(last)!.push(quote);
    } else if (l.text.trim()) {
      ctx.report(l.line, `Unexpected line in sort "${base.id}": "${l.text.trim()}".`, 'Under a `## Group` heading, write each card as `- text`, with an indented `> ` line for its feedback.');
    }
  }
  for (const [card, lines] of feedback) if (lines.length) card.feedbackHtml = ctx.markdown.block(lines.join('\n'));
  if (groups.length < 2) {
    ctx.report(block.line, `Sort "${base.id}" needs at least two groups; it has ${groups.length}.`, 'Start each group with a heading line, e.g. `## Phishing`, and list its cards under it.');
  }
  if (cards.length < 2) {
    ctx.report(block.line, `Sort "${base.id}" needs at least two cards; it has ${cards.length}.`, 'List the cards under their group as `- text`.');
  }
  return { ...base, kind: 'sort', groups, cards };
}
