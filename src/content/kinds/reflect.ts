import type { OrderItem, ReflectQuestion } from '../types.js';
import { type BlockContext, type RawBlock, intAttr, readQuestionBase, takeFields } from '../blocks.js';
import { letterId, takeExplicitId } from './shared.js';

const OPTION = /^\s*[-*]\s+(.*)$/;
/** Default longest answer: a few sentences, small enough for an LMS's resume data. */
export const REFLECT_MAX_LENGTH = 500;

/**
 * Reads a `:::reflect` block: a free-text answer or a poll, never scored, kept with the progress.
 *
 * ```md
 * :::reflect id=feelings
 * How would you feel if someone shared a photo of you without asking?
 * :::
 *
 * :::reflect id=how-often
 * How often do you play online games?
 * - Every day
 * - A few times a week
 * - Rarely or never
 * :::
 * ```
 * Without options it asks for text (`maxlength=N` characters, default 500); with `- ` options it is
 * a poll where the student picks one (ids `a`, `b`, … or `{#id}`). There is no right answer: the weight
 * is always 0 and it is answered once.
 */
export function readReflect(block: RawBlock, ctx: BlockContext): ReflectQuestion {
  const { fields, rest } = takeFields(block.body);
  const first = rest.findIndex((l) => OPTION.test(l.text));
  const base = readQuestionBase(block, ctx, fields, first === -1 ? rest : rest.slice(0, first));
  const options: OrderItem[] = [];
  for (const l of first === -1 ? [] : rest.slice(first)) {
    const m = OPTION.exec(l.text);
    if (!m) {
      if (l.text.trim()) ctx.report(l.line, `Unexpected line in reflect "${base.id}": "${l.text.trim()}".`, 'After the question, list poll options as `- text`, or none for a free answer.');
      continue;
    }
    const { text, id = letterId(options.length) } = takeExplicitId(m[1]);
    if (options.some((o) => o.id === id)) ctx.report(l.line, `Two options in "${base.id}" share the id "${id}".`, 'Give each option its own `{#id}`.');
    options.push({ id, html: ctx.markdown.inline(text) });
  }
  if (options.length === 1) {
    ctx.report(block.line, `The poll "${base.id}" has one option.`, 'Give a poll two options or more, or none for a free-text answer.');
  }
  if (block.attrs.weight !== undefined && block.attrs.weight !== '0') {
    ctx.report(block.line, `Reflect "${base.id}" has a weight, but a reflection is never scored.`, 'Remove `weight`; use `:::choice` for a scored question.');
  }
  const maxLength = intAttr(block, ctx, 'maxlength', REFLECT_MAX_LENGTH, 1);
  return { ...base, kind: 'reflect', weight: 0, attempts: 1, options, maxLength };
}
