import { type CSSResult, css } from '@lit/reactive-element/css-tag.js';
import { sharedStyles } from '../styles/shared-styles.js';

/** Styles of `QuestionElement, the base of every question element` (its layout; shared pieces live in src/styles). */
export const questionElementStyles = css`
  .prompt {
    font-weight: 600;
    margin-bottom: 0.5rem;
  }
  .prompt :last-child {
    margin-bottom: 0;
  }
  fieldset {
    border: 0;
    margin: 0;
    padding: 0;
    min-width: 0;
  }
  .instructions {
    color: var(--_muted);
    font-size: 0.9em;
    margin: 0 0 0.5rem;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin-top: 1rem;
  }
  .feedback:not(:empty) {
    margin-top: 1rem;
    padding: 0.75rem 1rem;
    border-radius: var(--_radius);
    border-inline-start: 0.35rem solid var(--_border);
    background: var(--_subtle);
  }
  .feedback[data-verdict='correct'] {
    border-inline-start-color: var(--_correct);
  }
  .feedback[data-verdict='incorrect'] {
    border-inline-start-color: var(--_incorrect);
  }
  /* ✓ and ✗ beside a part of the answer (always with words for screen readers too). */
  .mark {
    font-weight: 700;
    white-space: nowrap;
  }
  .right {
    color: var(--_correct);
  }
  .wrong {
    color: var(--_incorrect);
  }
  .verdict {
    font-weight: 700;
    margin: 0 0 0.25rem;
  }
  .hint {
    margin-top: 0.75rem;
    padding: 0.5rem 0.75rem;
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
  }
`;

/** Every style of a question element's shadow root, in order (the element's and `prerender.ts`'s). */
export const questionStyles: CSSResult[] = [sharedStyles, questionElementStyles];
