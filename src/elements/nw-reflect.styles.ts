import { css } from 'lit';

/** Styles of `<nw-reflect>` (its layout; shared pieces live in src/styles). */
export const nwReflectStyles = css`
  textarea {
    display: block;
    width: 100%;
    min-height: calc(var(--nw-reflect-rows, 5) * 1.5em + 1rem);
    padding: 0.5rem 0.75rem;
    font: inherit;
    color: inherit;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    resize: vertical;
  }
  textarea[readonly] {
    background: var(--_subtle);
  }
  .count {
    margin: 0.25rem 0 0;
    font-size: 0.9em;
    color: var(--_muted);
  }
  .options {
    display: grid;
    gap: 0.5rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
`;
