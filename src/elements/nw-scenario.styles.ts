import { css } from '@lit/reactive-element/css-tag.js';

/** Styles of `<nw-scenario>` (its layout; shared pieces live in src/styles). */
export const nwScenarioStyles = css`
  .story {
    margin: 0 0 1rem;
    padding: 0;
    list-style: none;
    display: grid;
    gap: 0.75rem;
  }
  .story > li {
    padding-inline-start: 0.75rem;
    border-inline-start: 0.25rem solid var(--_border);
    color: var(--_muted);
  }
  .chosen {
    margin: 0.25rem 0 0;
    color: var(--_text);
  }
  .chosen strong {
    font-weight: 600;
  }
  .choice-feedback {
    margin-top: 0.25rem;
    color: var(--_text);
  }
  .prose > :last-child {
    margin-bottom: 0;
  }
  .node {
    padding: 0.75rem 1rem;
    border-radius: var(--_radius);
    background: var(--_subtle);
  }
  .choices {
    display: grid;
    gap: 0.5rem;
    margin: 0.75rem 0 0;
    padding: 0;
    list-style: none;
  }
  .choices button {
    width: 100%;
    text-align: start;
  }
  .undo {
    margin-top: 0.75rem;
  }
  .ending {
    margin-top: 0.5rem;
  }
  .best {
    margin: 0.5rem 0 0;
  }
`;
