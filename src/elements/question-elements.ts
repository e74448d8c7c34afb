/**
 * Which element shows which question kind. Kinds a module does not use are never downloaded:
 * `<nw-module>` loads only the elements its module needs before showing it.
 */
import { type TemplateResult, html } from 'lit';
import type { QuestionKind } from '../content/types.js';
// Choice questions come with the player (most modules start with one): a static import, not a chunk of
// its own that a bundler would split out of the first download for nothing.
import './nw-choice.js';

/** The parts of the question elements, exported so a page can style them through the player. */
export const QUESTION_PARTS = 'prompt, response, actions, feedback, hint, option, option-feedback';

export interface QuestionElementEntry {
  tag: string;
  load: () => Promise<unknown>;
  /** The element showing a question actor of this kind (`lang`: the question's language, when not the UI's). */
  render: (actor: unknown, lang?: string) => TemplateResult;
}

/** One element per kind: a new kind of question does not compile until it has its element here. */
export const questionElements: Record<QuestionKind, QuestionElementEntry> = {
  choice: {
    tag: 'nw-choice',
    load: () => Promise.resolve(),
    render: (a, lang) => html`<nw-choice .actor=${a} .contentLang=${lang} exportparts=${QUESTION_PARTS}></nw-choice>`,
  },
  truefalse: {
    tag: 'nw-truefalse',
    load: () => import('./nw-truefalse.js'),
    render: (a, lang) => html`<nw-truefalse .actor=${a} .contentLang=${lang} exportparts=${QUESTION_PARTS}></nw-truefalse>`,
  },
  blanks: {
    tag: 'nw-blanks',
    load: () => import('./nw-blanks.js'),
    render: (a, lang) => html`<nw-blanks .actor=${a} .contentLang=${lang} exportparts=${QUESTION_PARTS}></nw-blanks>`,
  },
  reflect: {
    tag: 'nw-reflect',
    load: () => import('./nw-reflect.js'),
    render: (a, lang) => html`<nw-reflect .actor=${a} .contentLang=${lang} exportparts=${QUESTION_PARTS}></nw-reflect>`,
  },
  hotspot: {
    tag: 'nw-hotspot',
    load: () => import('./nw-hotspot.js'),
    render: (a, lang) => html`<nw-hotspot .actor=${a} .contentLang=${lang} exportparts=${QUESTION_PARTS}></nw-hotspot>`,
  },
  order: {
    tag: 'nw-order',
    load: () => import('./nw-order.js'),
    render: (a, lang) => html`<nw-order .actor=${a} .contentLang=${lang} exportparts=${QUESTION_PARTS}></nw-order>`,
  },
  match: {
    tag: 'nw-match',
    load: () => import('./nw-match.js'),
    render: (a, lang) => html`<nw-match .actor=${a} .contentLang=${lang} exportparts=${QUESTION_PARTS}></nw-match>`,
  },
  sort: {
    tag: 'nw-sort',
    load: () => import('./nw-sort.js'),
    render: (a, lang) => html`<nw-sort .actor=${a} .contentLang=${lang} exportparts=${QUESTION_PARTS}></nw-sort>`,
  },
  scenario: {
    tag: 'nw-scenario',
    load: () => import('./nw-scenario.js'),
    render: (a, lang) => html`<nw-scenario .actor=${a} .contentLang=${lang} exportparts=${QUESTION_PARTS}></nw-scenario>`,
  },
};

/** The element for a question of `kind`, showing `actor` (its text in `lang`, when not the UI's language). */
export const renderQuestion = (kind: QuestionKind, actor: unknown, lang?: string): TemplateResult => questionElements[kind].render(actor, lang);

/** Loads the elements for the given kinds. */
export function loadQuestionElements(kinds: Iterable<QuestionKind>): Promise<unknown[]> {
  return Promise.all([...new Set(kinds)].map((k) => questionElements[k].load()));
}
