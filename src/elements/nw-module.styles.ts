import { css } from 'lit';

/** Styles of `<nw-module>` (its layout; shared pieces live in src/styles). */
export const nwModuleStyles = css`
  :host {
    max-width: var(--nw-max-width, 48rem);
    background: var(--_surface);
    /* Module content stays inside the player: nothing positioned over the page, nothing wider than it. */
    contain: layout paint;
    overflow-wrap: anywhere;
  }
  /* Until the first step shows: the room the page reserves for it (by default none in view); far below
     the fold or with players after it 20rem, so players below it stay below the fold. */
  :host(:state(waiting)) {
    min-height: var(--nw-placeholder-height, 0);
  }
  :host(:state(room)) {
    min-height: var(--nw-placeholder-height, 20rem);
  }
  .base {
    padding: var(--nw-padding, 1rem);
  }
  header {
    margin-bottom: 1rem;
  }
  .eyebrow {
    margin: 0;
    color: var(--_muted);
    font-size: 0.9em;
  }
  h2 {
    margin: 0.1rem 0 0.5rem;
    font-size: 1.5em;
    line-height: 1.25;
  }
  h3 {
    margin: 0 0 0.75rem;
    font-size: 1.2em;
  }
  h3:focus {
    outline: none;
  }
  h3:focus-visible {
    outline: var(--_focus);
  }
  progress {
    display: block;
    width: 100%;
    height: 0.6rem;
    accent-color: var(--_accent);
  }
  .step-count {
    margin: 0.25rem 0 0;
    font-size: 0.9em;
    color: var(--_muted);
  }
  nav {
    display: flex;
    gap: 0.5rem;
    margin-top: 1.5rem;
  }
  nav .primary {
    margin-inline-start: auto;
  }
  .blocked {
    margin: 0.5rem 0 0;
    color: var(--_muted);
    text-align: end;
  }
  .return {
    margin: 0.5rem 0 0;
  }
  .status {
    margin: 1rem 0 0;
    font-size: 0.85em;
    color: var(--_muted);
  }
  .error {
    padding: 1rem;
    border: 2px solid var(--_incorrect);
    border-radius: var(--_radius);
  }
`;
