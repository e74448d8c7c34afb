import type { BlankGap, BlanksQuestion } from '../types.js';
import { type BlockContext, type RawBlock, readQuestionBase, takeFields } from '../blocks.js';
import { flag } from './shared.js';

/** `[answer|other answer]`, not a Markdown link `[text](url)` or reference `[text][ref]`, not after `\`. */
const GAP = /(?<!\\)\[([^[\]\n]*)\](?![([])/g;
const TOKEN = (i: number) => `NWGAP${i}NWGAP`;

/**
 * Reads a `:::blanks` block: fill the gaps in a text.
 *
 * ```md
 * :::blanks id=three-words
 * Fill the gaps.
 *
 * A strong password is made of [three|3] random words.
 * Turn on [two-step login|2-step login|two-factor authentication] wherever you can.
 * :::
 * ```
 * The question text comes first; the text with gaps starts at the first line holding a `[gap]`.
 * Inside the brackets, `|` separates the accepted answers (the first is shown as the solution).
 * Answers are compared without regard to upper/lower case, accents' composed forms, or extra spaces;
 * add `case` to the opening line when case matters. Write `\[` for a literal bracket. Scoring: each
 * gap filled right earns a share.
 */
export function readBlanks(block: RawBlock, ctx: BlockContext): BlanksQuestion {
  const { fields, rest } = takeFields(block.body);
  const first = rest.findIndex((l) => new RegExp(GAP.source).test(l.text));
  const base = readQuestionBase(block, ctx, fields, first === -1 ? rest : rest.slice(0, first));
  const gaps: BlankGap[] = [];
  const lines: string[] = [];
  for (const l of first === -1 ? [] : rest.slice(first)) {
    lines.push(
      l.text.replace(GAP, (_whole, inner: string) => {
        const answers = inner.split('|').map((a) => a.trim());
        if (answers.some((a) => !a)) {
          ctx.report(l.line, `The gap "[${inner}]" in blanks "${base.id}" has an empty answer.`, 'Write each accepted answer between `|`s, e.g. `[three|3]`; write `\\[` for a literal bracket.');
        }
        gaps.push({ answers: answers.filter(Boolean) });
        return TOKEN(gaps.length - 1);
      }),
    );
  }
  if (!gaps.length) {
    ctx.report(block.line, `Blanks "${base.id}" has no gaps.`, 'Put each gap\'s answer in square brackets in the text: `made of [three|3] random words`.');
  }
  const textHtml = ctx.markdown.block(lines.join('\n')).replace(/NWGAP(\d+)NWGAP/g, '<span data-gap="$1"></span>');
  const found = textHtml.match(/data-gap="\d+"/g)?.length ?? 0;
  if (found !== gaps.length) {
    ctx.report(block.line, `Blanks "${base.id}": ${gaps.length - found} gap(s) ended up inside code or a link.`, 'Keep gaps in plain text: not inside `code`, a link or an HTML tag.');
  }
  return { ...base, kind: 'blanks', textHtml, gaps, caseSensitive: flag(block, 'case') };
}
