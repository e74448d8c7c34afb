import { css } from '@lit/reactive-element/css-tag.js';

/**
 * An option the student picks: a `<label>` around a native radio button or checkbox, with a large
 * target, the picked state and the focus ring drawn on the whole label. Used by choice, true/false,
 * poll and sort; each may adjust the label's layout.
 */
export const optionStyles = css`
  label {
    display: flex;
    align-items: flex-start;
    gap: 0.75rem;
    min-height: 2.75rem;
    padding: 0.6rem 0.75rem;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    cursor: pointer;
  }
  label:has(input:checked) {
    border-color: var(--_accent);
    background: var(--_subtle);
  }
  label:has(input:focus-visible) {
    outline: var(--_focus);
    outline-offset: 2px;
  }
  input {
    width: 1.25rem;
    height: 1.25rem;
    margin: 0.15rem 0 0;
    flex: none;
    accent-color: var(--_accent);
  }
  input:focus-visible {
    outline: none;
  }
  /* A list of options (choice, poll). */
  ul.options {
    display: grid;
    gap: 0.5rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  /* The reason shown under a picked option or a sorted card, after Check. */
  .option-feedback,
  .card-feedback {
    margin: 0.25rem 0 0.5rem;
  }
  :is(.option-feedback, .card-feedback) strong {
    display: block;
  }
  :is(.option-feedback, .card-feedback) :last-child {
    margin-bottom: 0;
  }
`;
