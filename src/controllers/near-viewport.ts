/**
 * Tells its host, once, that it has come near the viewport: a player far below the fold waits to
 * load until the student scrolls towards it, so fifty players on a page cost what the visible ones do.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & HTMLElement;

export interface NearViewportOptions {
  /** How far outside the viewport counts as near, as a share of its height (1 = one screen). */
  screens?: number;
  /**
   * Asked as the host connects: a promise means the page's layout around the host is not final yet
   * (e.g. the elements before it have still to take their room), so measure once it settles.
   */
  settled?: () => Promise<unknown> | undefined;
}

/** Where the host is: on screen, within reach of it, or further away (or not laid out). */
export type Whereabouts = 'view' | 'reach' | 'far';

export class NearViewportController implements ReactiveController {
  readonly #host: Host;
  readonly #screens: number;
  readonly #settled?: () => Promise<unknown> | undefined;
  #observer?: IntersectionObserver;
  /** Counts connections, so a measurement waited for by an earlier one is dropped. */
  #connection = 0;
  /** True from the moment the host is within reach of the viewport (it stays true). */
  near = false;

  constructor(host: Host, { screens = 1, settled }: NearViewportOptions = {}) {
    this.#host = host;
    this.#screens = screens;
    this.#settled = settled;
    host.addController(this);
  }

  hostConnected(): void {
    if (this.near) return;
    const connection = ++this.#connection;
    const settled = this.#settled?.();
    if (!settled) return this.#decide(false);
    void settled.then(() => {
      if (connection === this.#connection && this.#host.isConnected && !this.near) this.#decide(true);
    });
  }

  hostDisconnected(): void {
    this.#connection++;
    this.#observer?.disconnect();
    this.#observer = undefined;
  }

  /** Where the host is now, as layout says (it forces a layout if one is pending). */
  whereabouts(): Whereabouts {
    if (!this.#host.getClientRects().length) return 'far';
    const { top, bottom } = this.#host.getBoundingClientRect();
    const height = this.#host.ownerDocument.defaultView?.innerHeight ?? innerHeight;
    if (bottom >= 0 && top < height) return 'view';
    const reach = height * this.#screens;
    return bottom >= -reach && top <= height + reach ? 'reach' : 'far';
  }

  /** Near at once where layout already says so (a player in view starts without waiting a frame); else watch. */
  #decide(late: boolean): void {
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
      { rootMargin: `${this.#screens * 100}% 0px` },
    );
    this.#observer.observe(this.#host);
  }
}
