/**
 * Tells its host, once, that it has come near the viewport: a player far below the fold waits to
 * load until the student scrolls towards it, so fifty players on a page cost what the visible ones do.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & HTMLElement;

export class NearViewportController implements ReactiveController {
  readonly #host: Host;
  /** How far outside the viewport counts as near, as a share of its height (1 = one screen). */
  readonly #screens: number;
  #observer?: IntersectionObserver;
  /** True from the moment the host is within reach of the viewport (it stays true). */
  near = false;

  constructor(host: Host, screens = 1) {
    this.#host = host;
    this.#screens = screens;
    host.addController(this);
  }

  hostConnected(): void {
    if (this.near) return;
    // Decide at once where layout already says so: a player in view starts without waiting a frame.
    if (typeof IntersectionObserver === 'undefined' || this.#inReach()) {
      this.near = true;
      return;
    }
    this.#observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((e) => e.isIntersecting)) return;
        this.near = true;
        this.#observer?.disconnect();
        this.#host.requestUpdate();
      },
      { rootMargin: `${this.#screens * 100}% 0px` },
    );
    this.#observer.observe(this.#host);
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    this.#observer = undefined;
  }

  /** Laid out (not hidden) and within reach of this document's viewport. */
  #inReach(): boolean {
    if (!this.#host.getClientRects().length) return false;
    const { top, bottom } = this.#host.getBoundingClientRect();
    const height = this.#host.ownerDocument.defaultView?.innerHeight ?? innerHeight;
    const reach = height * this.#screens;
    return bottom >= -reach && top <= height + reach;
  }
}
