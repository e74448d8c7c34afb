/**
 * Styles every Netwise element shares: design tokens (overridable CSS custom properties on any
 * ancestor), readable type, visible focus, 24px+ touch targets and reduced motion.
 */
import { css } from '@lit/reactive-element/css-tag.js';

export const sharedStyles = css`
  :host {
    --_accent: var(--nw-color-accent, #1d4ed8);
    --_on-accent: var(--nw-color-on-accent, #ffffff);
    --_text: var(--nw-color-text, #1f2937);
    --_muted: var(--nw-color-muted, #4b5563);
    --_surface: var(--nw-color-surface, #ffffff);
    --_subtle: var(--nw-color-subtle, #f3f4f6);
    --_border: var(--nw-color-border, #6b7280);
    --_correct: var(--nw-color-correct, #166534);
    --_incorrect: var(--nw-color-incorrect, #b91c1c);
    --_radius: var(--nw-radius, 0.5rem);
    --_focus: var(--nw-focus-ring, 3px solid #f59e0b);
    display: block;
    color: var(--_text);
    font-family: var(--nw-font-family, system-ui, sans-serif);
    font-size: var(--nw-font-size, 1rem);
    line-height: 1.5;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  :focus-visible {
    outline: var(--_focus);
    outline-offset: 2px;
  }
  button {
    font: inherit;
    min-height: 2.75rem;
    min-width: 2.75rem;
    padding: 0.5rem 1.1rem;
    border-radius: var(--_radius);
    border: 2px solid var(--_accent);
    background: var(--_surface);
    color: var(--_accent);
    cursor: pointer;
  }
  button.primary {
    background: var(--_accent);
    color: var(--_on-accent);
  }
  button[aria-disabled='true'] {
    opacity: 0.6;
    cursor: not-allowed;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  .prose :is(p, ul, ol) {
    margin: 0 0 0.75rem;
  }
  .prose a {
    color: var(--_accent);
  }
  .prose :is(img, video, picture) {
    max-width: 100%;
    height: auto;
  }
  .prose :is(table, pre) {
    display: block;
    max-width: 100%;
    overflow-x: auto;
  }
  @media (prefers-reduced-motion: no-preference) {
    button {
      transition: background-color 120ms ease-out;
    }
  }
`;
