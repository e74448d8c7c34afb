import type { ChoiceOption, ChoiceQuestion } from '../types.js';
import { type BlockContext, type RawBlock, readQuestionBase, takeFields } from '../blocks.js';

const OPTION = /^\s*[-*]\s+\[([ xX])\]\s+(.*)$/;
const EXPLICIT_ID = /\{#([A-Za-z][\w-]*)\}\s*$/;

/**
 * Reads a `:::choice` block:
 *
 * ```md
 * :::choice id=strong-pass shuffle
 * Which password is strongest?
 * - [ ] Summer2024!
 *   > Season-and-year patterns are tried first.
 * - [x] kettle orbit tulip
 * hint: Think about length.
 * explain: Length beats complexity.
 * :::
 * ```
 * `- [x]` marks a correct option; an indented `>` line under an option is its feedback; `multiple`
 * lets the student pick several; `shuffle` shuffles the options; `{#id}` at an option's end names it.
 */
export function readChoice(block: RawBlock, ctx: BlockContext): ChoiceQuestion {
  const { fields, rest } = takeFields(block.body);
  const firstOption = rest.findIndex((l) => OPTION.test(l.text));
  const promptLines = firstOption === -1 ? rest : rest.slice(0, firstOption);
  const base = readQuestionBase(block, ctx, fields, promptLines);
  const options: ChoiceOption[] = [];
  const feedback = new Map<ChoiceOption, string[]>();
  for (const l of firstOption === -1 ? [] : rest.slice(firstOption)) {
    const m = OPTION.exec(l.text);
    if (m) {
      let text = m[2];
      let id = String.fromCharCode(97 + options.length);
      const named = EXPLICIT_ID.exec(text);
      if (named) {
        id = named[1];
        text = text.slice(0, named.index).trimEnd();
      }
      if (options.some((o) => o.id === id)) {
        ctx.report(l.line, `Two options in "${base.id}" share the id "${id}".`, 'Give each option its own `{#id}`.');
      }
      const option: ChoiceOption = { id, html: ctx.markdown.inline(text), correct: m[1] !== ' ' };
      options.push(option);
      feedback.set(option, []);
      continue;
    }
    const last = options[options.length - 1];
    const quote = /^\s+>\s?(.*)$/.exec(l.text);
    if (last && quote) {
      feedback.get(last)!.push(quote[1]);
    } else if (l.text.trim()) {
      ctx.report(l.line, `Unexpected line in choice "${base.id}": "${l.text.trim()}".`, 'After the options, use `- [ ]` for an option, an indented `> ` line for its feedback, or `hint:` / `explain:`.');
    }
  }
  for (const [option, lines] of feedback) {
    if (lines.length) option.feedbackHtml = ctx.markdown.block(lines.join('\n'));
  }
  const correct = options.filter((o) => o.correct).length;
  const multiple = block.attrs.multiple === true || block.attrs.multiple === 'true';
  if (options.length < 2) {
    ctx.report(block.line, `Choice "${base.id}" needs at least two options; it has ${options.length}.`, 'Write each option as `- [ ] text`, and the right one as `- [x] text`.');
  } else if (correct === 0) {
    ctx.report(block.line, `Choice "${base.id}" has no correct option.`, 'Mark the right answer with `- [x]`.');
  } else if (correct > 1 && !multiple) {
    ctx.report(block.line, `Choice "${base.id}" marks ${correct} options correct but is not \`multiple\`.`, `Add \`multiple\` to the opening line (\`:::choice id=${base.id || 'x'} multiple\`) or keep one \`- [x]\`.`);
  }
  return { ...base, kind: 'choice', multiple, shuffle: block.attrs.shuffle === true || block.attrs.shuffle === 'true', options };
}
