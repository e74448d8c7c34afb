import { css } from '@lit/reactive-element/css-tag.js';

/** Styles of `<nw-hotspot>` (its layout; shared pieces live in src/styles). */
export const nwHotspotStyles = css`
  :host {
    --_mark: var(--nw-hotspot-mark, var(--_accent));
    --_halo: var(--nw-hotspot-halo, #ffffff);
  }
  .stage {
    cursor: pointer;
    max-width: 100%;
    overflow-x: auto;
    /* Room for the outlines and their halo at the edges. */
    padding: 0.5rem;
  }
  .picture {
    position: relative;
    display: inline-block;
    max-width: 100%;
    line-height: 0;
  }
  .picture img {
    display: block;
    max-width: 100%;
    height: auto;
  }
  .outline {
    position: absolute;
    pointer-events: none;
    line-height: 1.2;
    border-radius: 0.25rem;
  }
  .screen {
    padding: 0.75rem 1rem;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .screen :is(p, ul, ol) {
    margin: 0 0 0.5rem;
  }
  /* Author styles are removed when sanitising: a plain frame for the usual blocks of a mock (posts, panels). */
  .screen :is(article, section, aside, header, footer, figure) {
    display: block;
    margin: 0 0 0.5rem;
    padding: 0.5rem 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .screen :is(article, section, aside, header, footer, figure) > :last-child {
    margin-bottom: 0;
  }
  .screen [data-hotspot] {
    border-radius: 0.25rem;
  }
  :is(.outline, .screen [data-hotspot])[data-mark] {
    outline: 3px solid var(--_mark);
    outline-offset: 2px;
    box-shadow: 0 0 0 6px var(--_halo);
  }
  :is(.outline, .screen [data-hotspot])[data-mark='right'] {
    outline-color: var(--_correct);
  }
  :is(.outline, .screen [data-hotspot])[data-mark='wrong'] {
    outline: 3px dashed var(--_incorrect);
  }
  :is(.outline, .screen [data-hotspot])[data-mark='answer'] {
    outline: 3px dotted var(--_correct);
  }
  .screen [data-hotspot][data-mark]::after,
  .outline[data-mark]::after {
    font-weight: 700;
    padding: 0 0.2rem;
    background: var(--_halo);
  }
  .outline[data-mark]::after {
    position: absolute;
    top: 0;
    inset-inline-end: 0;
  }
  :is(.outline, .screen [data-hotspot])[data-mark='right']::after {
    content: '✓' / '';
    color: var(--_correct);
  }
  :is(.outline, .screen [data-hotspot])[data-mark='wrong']::after {
    content: '✗' / '';
    color: var(--_incorrect);
  }
  .pointer-status:not(:empty) {
    margin: 0.5rem 0 0;
    font-size: 0.9em;
    color: var(--_muted);
  }
  fieldset {
    margin-top: 1rem;
  }
  legend {
    font-weight: 600;
    padding: 0;
    margin-bottom: 0.5rem;
  }
  .regions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .regions button {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    text-align: start;
    border-color: var(--_border);
    color: var(--_text);
  }
  .regions button[aria-pressed='true'] {
    border-color: var(--_accent);
    background: var(--_subtle);
    box-shadow: inset 0 0 0 1px var(--_accent);
  }
  .regions button:disabled {
    cursor: default;
  }
  .box {
    flex: none;
    font-weight: 700;
  }
  .to-find {
    font-style: italic;
    color: var(--_correct);
  }
  .region-feedback {
    margin: 0.25rem 0 0.5rem;
  }
  .region-feedback :last-child {
    margin-bottom: 0;
  }
`;
