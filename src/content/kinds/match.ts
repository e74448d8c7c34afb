import type { MatchPair, MatchQuestion, MatchTarget } from '../types.js';
import { type BlockContext, type RawBlock, readQuestionBase, takeFields } from '../blocks.js';
import { letterId, takeExplicitId } from './shared.js';

const PAIR = /^\s*[-*]\s+(.*)$/;

/**
 * Reads a `:::match` block: pair each item on the left with its partner on the right.
 *
 * ```md
 * :::match id=words
 * Match each word with what it means.
 * - Phishing = A message that pretends to come from someone you trust
 * - Malware = Software made to harm your device
 * - Two-step login = A second check after your password
 * extra: A password made of three random words
 * :::
 * ```
 * Each `- left = right` line is a pair (split at the first ` = `). Several items may share the same
 * right-hand text; `extra:` lines add decoy targets that match nothing. `{#id}` at the end of the
 * left side names the pair (default `a`, `b`, …); targets are numbered `1`, `2`, … in the order first
 * written. Scoring: each pair matched right earns a share.
 */
export function readMatch(block: RawBlock, ctx: BlockContext): MatchQuestion {
  const { fields, rest } = takeFields(block.body, ['extra']);
  const first = rest.findIndex((l) => PAIR.test(l.text));
  const base = readQuestionBase(block, ctx, fields, first === -1 ? rest : rest.slice(0, first));
  const pairs: MatchPair[] = [];
  const targets: MatchTarget[] = [];
  const targetFor = (text: string): string => {
    const html = ctx.markdown.inline(text);
    let target = targets.find((t) => t.html === html);
    if (!target) {
      target = { id: String(targets.length + 1), html };
      targets.push(target);
    }
    return target.id;
  };
  const hint = 'Write each pair as `- left = right`, with a space on each side of `=`.';
  for (const l of first === -1 ? [] : rest.slice(first)) {
    const m = PAIR.exec(l.text);
    if (!m) {
      if (l.text.trim()) ctx.report(l.line, `Unexpected line in match "${base.id}": "${l.text.trim()}".`, `${hint} Decoys go on \`extra:\` lines.`);
      continue;
    }
    const at = m[1].indexOf(' = ');
    const left = at === -1 ? '' : m[1].slice(0, at);
    const right = at === -1 ? '' : m[1].slice(at + 3).trim();
    if (at === -1 || !right || !left.trim()) {
      ctx.report(l.line, `The pair "${m[1].trim()}" in match "${base.id}" has no partner.`, hint);
      continue;
    }
    const { text, id = letterId(pairs.length) } = takeExplicitId(left);
    if (pairs.some((p) => p.id === id)) ctx.report(l.line, `Two pairs in "${base.id}" share the id "${id}".`, 'Give each pair its own `{#id}` at the end of its left side.');
    const html = ctx.markdown.inline(text);
    if (pairs.some((p) => p.html === html)) ctx.report(l.line, `Match "${base.id}" has "${text}" on the left twice.`, 'Each left-hand item can appear once; several may share a right-hand side.');
    pairs.push({ id, html, target: targetFor(right) });
  }
  for (const f of fields.filter((x) => x.name === 'extra')) {
    if (!f.text.trim()) {
      ctx.report(f.line, `An \`extra:\` line in match "${base.id}" is empty.`, 'Write the decoy after `extra:`, or remove the line.');
      continue;
    }
    const before = targets.length;
    targetFor(f.text);
    if (targets.length === before) ctx.report(f.line, `The extra "${f.text.trim()}" in match "${base.id}" is already a right answer.`, 'A decoy must differ from every right-hand side.');
  }
  if (pairs.length < 2) {
    ctx.report(block.line, `Match "${base.id}" needs at least two pairs; it has ${pairs.length}.`, `${hint} One per line.`);
  }
  return { ...base, kind: 'match', pairs, targets };
}
