import { css } from '@lit/reactive-element/css-tag.js';

/** Styles of `<nw-sort>` (its layout; shared pieces live in src/styles). */
export const nwSortStyles = css`
  .board {
    display: grid;
    gap: 0.75rem;
  }
  .groups {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 14rem), 1fr));
    gap: 0.75rem;
  }
  .zone {
    padding: 0.5rem;
    border: 2px dashed var(--_border);
    border-radius: var(--_radius);
    background: var(--_subtle);
    min-height: 5rem;
  }
  .zone[data-over] {
    border-style: solid;
    border-color: var(--_accent);
    outline: 3px solid var(--_accent);
  }
  .title {
    font-weight: 700;
    margin: 0 0 0.5rem;
  }
  ul {
    display: grid;
    gap: 0.5rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .card {
    padding: 0.5rem;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .answering .card {
    cursor: grab;
  }
  .card[data-dragged] {
    border-color: var(--_accent);
    box-shadow: 0 0.25rem 0.75rem rgb(0 0 0 / 0.2);
  }
  .top {
    display: flex;
    align-items: flex-start;
    gap: 0.5rem;
  }
  .grip {
    touch-action: none;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    flex: none;
    width: 2.75rem;
    height: 2.75rem;
    margin-block-start: -0.25rem;
    margin-inline-start: -0.25rem;
    color: var(--_muted);
  }
  .text {
    flex: 1;
    min-width: 0;
    overflow-wrap: anywhere;
    padding-top: 0.35rem;
  }
  .choices {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.5rem;
    margin-top: 0.25rem;
  }
  .put-in {
    color: var(--_muted);
    font-size: 0.9em;
  }
  label {
    display: inline-flex;
    align-items: center;
    gap: 0.4rem;
    padding: 0.25rem 0.6rem;
    border-width: 1px;
  }
  input {
    margin: 0;
  }
  label:has(input:checked) {
    border: 2px solid var(--_accent);
    background: var(--_subtle);
  }
  .mark {
    padding-top: 0.35rem;
  }
  .belongs {
    margin: 0.25rem 0 0;
    font-weight: 600;
  }
  @media (prefers-reduced-motion: no-preference) {
    .zone,
    .card {
      transition: border-color 120ms ease-out, box-shadow 120ms ease-out;
    }
  }
`;
