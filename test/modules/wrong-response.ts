import type { Question, Response } from '../../src/content/types.js';

/** A response that earns no credit, for any question kind. */
export function wrongResponse(q: Question): Response {
  switch (q.kind) {
    case 'choice':
      return q.options.filter((o) => !o.correct).slice(0, q.multiple ? undefined : 1).map((o) => o.id);
    case 'truefalse':
      return !q.answer;
  }
}
