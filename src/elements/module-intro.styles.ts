import { css } from '@lit/reactive-element/css-tag.js';

/** The objectives box and the glossary (`module-intro.ts`), in the player's shadow root. */
export const moduleIntroStyles = css`
  .objectives {
    margin: 1rem 0;
    padding: 0.75rem 1rem;
    background: var(--_subtle);
    border-radius: var(--_radius);
  }
  .objectives h4 {
    margin: 0 0 0.25rem;
  }
  .objectives ul {
    margin: 0;
  }
  .glossary {
    margin: 1rem 0 0;
  }
  .glossary summary {
    cursor: pointer;
    font-weight: 600;
    padding: 0.25rem 0;
  }
  .glossary summary:focus-visible {
    outline: var(--_focus);
    outline-offset: 2px;
  }
  .glossary dt {
    font-weight: 700;
    margin-top: 0.5rem;
  }
  .glossary dd {
    margin-inline-start: 1rem;
  }
`;
