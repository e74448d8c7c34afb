/**
 * Tells its host, once, that it has come near the viewport: a player far below the fold waits to
 * load until the student scrolls towards it, so fifty players on a page cost what the visible ones do.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { type Whereabouts, whereabouts } from './whereabouts.js';

export type { Whereabouts } from './whereabouts.js';

type Host = ReactiveControllerHost & HTMLElement;

export class NearViewportController implements ReactiveController {
  readonly #host: Host;
  #observer?: IntersectionObserver;
  /** True from the moment the host is within reach of the viewport (it stays true). */
  near = false;
  /**
   * Set by the host before it connects: a promise means the page's layout around the host is not final
   * yet (e.g. the elements before it have still to take their room), so measure once it settles.
   */
  settled?: Promise<unknown>;

  constructor(host: Host) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    if (this.near) return;
    if (!this.settled) return this.#decide(false);
    void this.settled.then(() => this.#host.isConnected && this.#decide(true));
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    this.#observer = undefined;
  }

  /** Where the host is now (see `whereabouts`). */
  whereabouts(): Whereabouts {
    return whereabouts(this.#host);
  }

  /** Near at once where layout already says so (a player in view starts without waiting a frame); else watch. */
  #decide(late: boolean): void {
    this.#observer?.disconnect(); // (a measurement waited for by an earlier connection)
    if (this.near) return;
    if (typeof IntersectionObserver === 'undefined' || this.whereabouts() !== 'far') {
      this.near = true;
      if (late) this.#host.requestUpdate();
      return;
    }
    this.#observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((e) => e.isIntersecting)) return;
        this.near = true;
        this.#observer?.disconnect();
        this.#host.requestUpdate();
      },
      { rootMargin: '100% 0px' },
    );
    this.#observer.observe(this.#host);
  }
}
