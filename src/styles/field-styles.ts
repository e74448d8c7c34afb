import { css } from '@lit/reactive-element/css-tag.js';

/**
 * A text field the student types into (a gap's `<input>`, a reflection's `<textarea>`): the player's
 * border, corners and surface, grey once it can no longer change. Each element sets its own size.
 */
export const fieldStyles = css`
  input[type='text'],
  textarea {
    font: inherit;
    color: inherit;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  input[type='text'][readonly],
  textarea[readonly] {
    background: var(--_subtle);
  }
`;
