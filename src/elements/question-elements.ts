/**
 * Which element shows which question kind. Kinds a module does not use are never downloaded:
 * `<nw-module>` loads only the elements its module needs before showing it.
 */
import type { QuestionKind } from '../content/types.js';

export interface QuestionElementEntry {
  tag: string;
  load: () => Promise<unknown>;
}

/** One element per kind: a new kind of question does not compile until it has its element here. */
export const questionElements: Record<QuestionKind, QuestionElementEntry> = {
  choice: { tag: 'nw-choice', load: () => import('./nw-choice.js') },
  truefalse: { tag: 'nw-truefalse', load: () => import('./nw-truefalse.js') },
  blanks: { tag: 'nw-blanks', load: () => import('./nw-blanks.js') },
  reflect: { tag: 'nw-reflect', load: () => import('./nw-reflect.js') },
  hotspot: { tag: 'nw-hotspot', load: () => import('./nw-hotspot.js') },
  order: { tag: 'nw-order', load: () => import('./nw-order.js') },
  match: { tag: 'nw-match', load: () => import('./nw-match.js') },
  sort: { tag: 'nw-sort', load: () => import('./nw-sort.js') },
  scenario: { tag: 'nw-scenario', load: () => import('./nw-scenario.js') },
};

/** Loads the elements for the given kinds. */
export function loadQuestionElements(kinds: Iterable<QuestionKind>): Promise<unknown[]> {
  return Promise.all([...new Set(kinds)].map((k) => questionElements[k].load()));
}
