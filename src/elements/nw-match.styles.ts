import { css } from '@lit/reactive-element/css-tag.js';

/** Styles of `<nw-match>` (its layout; shared pieces live in src/styles). */
export const nwMatchStyles = css`
  ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .title {
    font-weight: 700;
    margin: 0 0 0.5rem;
  }
  .partners {
    margin-bottom: 1rem;
  }
  .partners ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .partner {
    touch-action: none;
    user-select: none;
    display: flex;
    align-items: center;
    gap: 0.4rem;
    min-height: 2.75rem;
    min-width: 2.75rem;
    padding-block: 0.35rem;
    padding-inline: 0.5rem 0.75rem;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_surface);
    cursor: grab;
  }
  .partner[data-dragged] {
    box-shadow: 0 0.25rem 0.75rem rgb(0 0 0 / 0.2);
    cursor: grabbing;
  }
  .grip {
    color: var(--_muted);
  }
  .pairs {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.5rem;
  }
  .pair {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 0.75rem;
    padding: 0.5rem 0.75rem;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .pair[data-over] {
    border-color: var(--_accent);
    outline: 3px dashed var(--_accent);
    outline-offset: 2px;
  }
  .item {
    flex: 1 1 9rem;
    min-width: 0;
    overflow-wrap: anywhere;
    font-weight: 600;
  }
  .pick {
    flex: 2 1 14rem;
    display: flex;
    align-items: center;
    gap: 0.5rem;
    min-width: 0;
  }
  select {
    font: inherit;
    flex: 1;
    min-width: 0;
    max-width: 100%;
    min-height: 2.75rem;
    padding: 0.25rem 0.5rem;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }
  select:disabled {
    opacity: 1;
    color: var(--_text);
  }
  .answer {
    flex-basis: 100%;
    margin: 0;
    font-weight: 600;
  }
  @media (prefers-reduced-motion: no-preference) {
    .pair {
      transition: border-color 120ms ease-out;
    }
  }
`;
