import { css } from '@lit/reactive-element/css-tag.js';

/** Styles of `<nw-summary>` (its layout; shared pieces live in src/styles). */
export const nwSummaryStyles = css`
  h2 {
    margin: 0 0 0.5rem;
    font-size: 1.4em;
  }
  .score {
    font-size: 1.3em;
    font-weight: 700;
    margin: 0;
  }
  .verdict[data-passed='true'] {
    color: var(--_correct);
  }
  .verdict[data-passed='false'] {
    color: var(--_incorrect);
  }
  ol {
    padding-inline-start: 1.5rem;
  }
  li {
    margin-bottom: 1rem;
  }
  dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.25rem 0.75rem;
    margin: 0.5rem 0;
  }
  dt {
    font-weight: 600;
  }
  dd {
    margin: 0;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin-top: 1rem;
  }
`;
