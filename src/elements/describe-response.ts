/**
 * Words for a response, for the summary's review list: "True", or the picked options' text.
 * Presentation only; the HTML returned is sanitised by the caller.
 */
import type { Question, Response } from '../content/types.js';
import type { Translation } from '../i18n/translation.js';

export function describeResponse(question: Question, response: Response | undefined, t: Translation): string {
  if (response === undefined) return t.notAnswered;
  switch (question.kind) {
    case 'choice': {
      const ids = Array.isArray(response) ? response : [];
      return question.options.filter((o) => ids.includes(o.id)).map((o) => o.html).join('; ') || t.notAnswered;
    }
    case 'truefalse':
      return response ? t.trueLabel : t.falseLabel;
    default:
      return JSON.stringify(response);
  }
}
