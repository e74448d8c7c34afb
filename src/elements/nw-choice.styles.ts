import { css } from 'lit';

/** Styles of `<nw-choice>` (its layout; shared pieces live in src/styles). */
export const nwChoiceStyles = css`
  .options {
    display: grid;
    gap: 0.5rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .text :is(p) {
    margin: 0;
  }
  .mark {
    margin-left: auto;
  }
  .option-feedback {
    margin: 0.25rem 0 0.5rem;
  }
  .option-feedback strong {
    display: block;
  }
  .option-feedback :last-child {
    margin-bottom: 0;
  }
`;
