import type { TrueFalseQuestion } from '../types.js';
import { type BlockContext, type RawBlock, readQuestionBase, takeFields } from '../blocks.js';

/**
 * Reads a `:::truefalse` block:
 *
 * ```md
 * :::truefalse id=change-monthly answer=false
 * You should change every password once a month.
 * true: Experts dropped that advice: forced changes lead to weaker passwords.
 * false: Right: change a password when it may have leaked, not on a timer.
 * :::
 * ```
 * `answer=` is required; `true:` and `false:` give the feedback for each answer.
 */
export function readTrueFalse(block: RawBlock, ctx: BlockContext): TrueFalseQuestion {
  const { fields, rest } = takeFields(block.body, ['true', 'false']);
  const base = readQuestionBase(block, ctx, fields, rest);
  const raw = block.attrs.answer;
  if (raw !== 'true' && raw !== 'false') {
    ctx.report(block.line, `True/false "${base.id}" needs \`answer=true\` or \`answer=false\`.`, `Write \`:::truefalse id=${base.id || 'x'} answer=false\`.`);
  }
  const feedback = (name: string) => {
    const f = fields.find((x) => x.name === name);
    return f ? ctx.markdown.block(f.text) : undefined;
  };
  const feedbackTrueHtml = feedback('true');
  const feedbackFalseHtml = feedback('false');
  return {
    ...base,
    kind: 'truefalse',
    answer: raw === 'true',
    ...(feedbackTrueHtml ? { feedbackTrueHtml } : {}),
    ...(feedbackFalseHtml ? { feedbackFalseHtml } : {}),
  };
}
