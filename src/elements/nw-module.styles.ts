import { type CSSResult, css } from '@lit/reactive-element/css-tag.js';
import { sharedStyles } from '../styles/shared-styles.js';
import { moduleIntroStyles } from './module-intro.styles.js';

/** Styles of `<nw-module>` (its layout; shared pieces live in src/styles). */
export const nwModuleStyles = css`
  :host {
    max-width: var(--nw-max-width, 48rem);
    background: var(--_surface);
    /* Module content stays inside the player: nothing positioned over the page, nothing wider than it. */
    contain: layout paint;
    overflow-wrap: anywhere;
  }
  /* Until the first step shows: the room the page reserves for it (by default none for the one player of
     a page in view); 20rem far below the fold or with players after it, a screen's height for a player in
     view followed by others (see #roomLater in nw-module.ts). */
  :host(:state(waiting)) {
    min-height: var(--nw-placeholder-height, 0);
  }
  /* The room itself is a margin: an empty box moving is no layout shift, so the players waiting after the
     first one can move as its step shows (the page's own margins give way meanwhile). */
  :host(:state(fold)) {
    --_room: max(20rem, 100vh);
  }
  :host(:state(room)),
  :host(:state(fold)) {
    min-height: 0;
    margin-block-end: var(--nw-placeholder-height, var(--_room, 20rem)) !important;
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

/**
 * Every style of `<nw-module>`'s shadow root, in order: the element's, and those of the first step
 * `prerender.ts` writes (the same rules, so the player takes that step over without anything moving).
 */
export const moduleStyles: CSSResult[] = [sharedStyles, nwModuleStyles, moduleIntroStyles];
