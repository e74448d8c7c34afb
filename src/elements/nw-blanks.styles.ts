import { css } from '@lit/reactive-element/css-tag.js';

/** Styles of `<nw-blanks>` (its layout; shared pieces live in src/styles). */
export const nwBlanksStyles = css`
  .text {
    line-height: 2.4;
  }
  .gap {
    white-space: nowrap;
  }
  input {
    width: var(--nw-gap-width, 10ch);
    max-width: 100%;
    min-height: 2.75rem;
    padding: 0.25rem 0.5rem;
    margin: 0.15rem 0.1rem;
  }
  input.right {
    border-color: var(--_correct);
  }
  input.wrong {
    border-color: var(--_incorrect);
    border-style: dashed;
  }
  .mark {
    margin-inline: 0.15rem;
  }
  .answer {
    white-space: normal;
    font-weight: 600;
    color: var(--_correct);
  }
`;
