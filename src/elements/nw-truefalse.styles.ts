import { css } from '@lit/reactive-element/css-tag.js';

/** Styles of `<nw-truefalse>` (its layout; shared pieces live in src/styles). */
export const nwTruefalseStyles = css`
  .options {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
  }
  label {
    align-items: center;
    gap: 0.6rem;
    min-width: 8rem;
    padding: 0.5rem 1rem;
  }
  input {
    margin: 0;
  }
`;
