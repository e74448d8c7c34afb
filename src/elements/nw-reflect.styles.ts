import { css } from '@lit/reactive-element/css-tag.js';

/** Styles of `<nw-reflect>` (its layout; shared pieces live in src/styles). */
export const nwReflectStyles = css`
  textarea {
    display: block;
    width: 100%;
    min-height: calc(var(--nw-reflect-rows, 5) * 1.5em + 1rem);
    padding: 0.5rem 0.75rem;
    resize: vertical;
  }
  .count {
    margin: 0.25rem 0 0;
    font-size: 0.9em;
    color: var(--_muted);
  }
`;
