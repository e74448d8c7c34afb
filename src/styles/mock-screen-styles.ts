import { css } from '@lit/reactive-element/css-tag.js';

/**
 * A few classes an author may use in a hotspot's mocked screen (`:::hotspot` with HTML), so that a shop,
 * a feed or a profile looks like one without any style of its own (author styles cannot reach the
 * player, and a strict CSP forbids style attributes). The README lists them.
 */
export const mockScreenStyles = css`
  .screen .title {
    font-weight: 700;
    font-size: 1.15em;
  }
  .screen .row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem;
  }
  .screen .banner {
    padding: 0.4rem 0.75rem;
    border-radius: var(--_radius);
    background: var(--nw-mock-banner, #9f1239);
    color: #ffffff;
    font-weight: 700;
    text-align: center;
  }
  .screen .notice {
    padding: 0.4rem 0.75rem;
    border-radius: var(--_radius);
    background: var(--nw-mock-notice, #fef3c7);
    color: #1f2937;
  }
  .screen .card {
    padding: 0.5rem 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .screen .price {
    display: inline-block;
    padding: 0 0.5rem;
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: var(--_subtle);
    font-weight: 600;
    white-space: nowrap;
  }
  .screen .button {
    display: inline-block;
    padding: 0.5rem 1.25rem;
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--_on-accent);
    font-weight: 700;
  }
  .screen .button-quiet {
    display: inline-block;
    padding: 0.25rem 0.5rem;
    font-size: 0.85em;
    color: var(--_muted);
    text-decoration: underline;
  }
  .screen .link {
    color: var(--_accent);
    text-decoration: underline;
  }
  .screen .tag {
    display: inline-block;
    padding: 0 0.4rem;
    border: 1px solid var(--_border);
    border-radius: 0.25rem;
    font-size: 0.85em;
    color: var(--_muted);
  }
  .screen .author {
    font-weight: 700;
  }
  .screen .muted {
    font-size: 0.9em;
    color: var(--_muted);
  }
`;
