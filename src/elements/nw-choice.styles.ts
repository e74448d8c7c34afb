import { type CSSResult, css } from '@lit/reactive-element/css-tag.js';
import { optionStyles } from '../styles/option-styles.js';
import { questionStyles } from './question-element.styles.js';

/** Styles of `<nw-choice>` (its layout; shared pieces live in src/styles). */
export const nwChoiceStyles = css`
  .text :is(p) {
    margin: 0;
  }
  .mark {
    margin-inline-start: auto;
  }
`;

/** Every style of `<nw-choice>`'s shadow root, in order (the element's and `prerender.ts`'s). */
export const choiceStyles: CSSResult[] = [...questionStyles, optionStyles, nwChoiceStyles];
