import { css } from '@lit/reactive-element/css-tag.js';

/** Styles of `<nw-choice>` (its layout; shared pieces live in src/styles). */
export const nwChoiceStyles = css`
  .text :is(p) {
    margin: 0;
  }
  .mark {
    margin-inline-start: auto;
  }
`;
