import { css } from '@lit/reactive-element/css-tag.js';

/** Styles of `<nw-order>` (its layout; shared pieces live in src/styles). */
export const nwOrderStyles = css`
  ol {
    margin: 0;
    padding: 0;
    list-style: none;
    display: grid;
    gap: 0.5rem;
    counter-reset: item;
  }
  li {
    counter-increment: item;
    display: flex;
    align-items: center;
    gap: 0.5rem;
    min-height: 2.75rem;
    padding-block: 0.25rem;
    padding-inline: 0.5rem 0.25rem;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  li::before {
    content: counter(item) '.';
    font-weight: 700;
    min-width: 1.5em;
  }
  li[data-held],
  li[data-dragged] {
    border-color: var(--_accent);
    box-shadow: 0 0.25rem 0.75rem rgb(0 0 0 / 0.2);
  }
  li[data-over] {
    outline: 3px dashed var(--_accent);
    outline-offset: 2px;
  }
  .answering li {
    cursor: grab;
  }
  .text {
    flex: 1;
    min-width: 0;
    overflow-wrap: anywhere;
  }
  .handle {
    touch-action: none;
    padding: 0.5rem 0.6rem;
    border-color: var(--_border);
    color: var(--_text);
    cursor: grab;
  }
  .handle[aria-pressed='true'] {
    background: var(--_accent);
    color: var(--_on-accent);
  }
  .move {
    padding: 0.5rem 0.6rem;
  }
  .right-order {
    margin-top: 1rem;
  }
  .right-order ol {
    list-style: decimal;
    display: block;
    padding-inline-start: 1.75rem;
  }
  .right-order li {
    display: list-item;
    border: 0;
    min-height: 0;
    padding: 0.1rem 0;
  }
  .right-order li::before {
    content: none;
  }
  .title {
    font-weight: 600;
    margin: 0 0 0.25rem;
  }
  @media (max-width: 24rem) {
    li {
      flex-wrap: wrap;
    }
    li::before {
      order: -2;
    }
    .text {
      flex-basis: calc(100% - 2.5em);
      order: -1;
    }
  }
  @media (forced-colors: active) {
    .handle[aria-pressed='true'],
    li[data-held],
    li[data-dragged] {
      outline: 3px solid Highlight;
    }
  }
  @media (prefers-reduced-motion: no-preference) {
    li {
      transition: border-color 120ms ease-out, box-shadow 120ms ease-out;
    }
  }
`;
