/**
 * Drag with a mouse, a pen or a finger, built on Pointer Events (HTML5 drag-and-drop does not work
 * on touch screens). It only tracks the gesture: which item is held, where, and over which drop zone;
 * what a drop means is the host's business. Escape during a drag puts the item back. Give draggable
 * items (or their grips) `touch-action: none` so a finger drags instead of scrolling. Every drag
 * interaction also has a keyboard and button path in its element: this is the extra, never the only way.
 *
 * The element that follows the pointer is moved through CSSOM (`element.style`), never a `style`
 * attribute, so dragging works under a strict Content Security Policy (`style-src 'self'`).
 *
 * @example
 * ```ts
 * #drag = new PointerDragController(this, {
 *   zoneAt: (x, y) => this.renderRoot.elementsFromPoint(x, y).find((e) => e.dataset.zone)?.dataset.zone ?? null,
 *   drop: (item, zone) => this.moveTo(item, zone),
 * });
 * // <li @pointerdown=${(e) => this.#drag.start(e, item.id)} ?data-dragged=${this.#drag.item === item.id}>
 * ```
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface PointerDragOptions {
  /** The drop zone under a viewport point, or `null`. */
  zoneAt(x: number, y: number): string | null;
  /** The item was released over `zone` (`null` when over no zone). */
  drop(item: string, zone: string | null): void;
  /** Pixels the pointer must travel before a press becomes a drag (a shorter press stays a click). */
  threshold?: number;
}

export class PointerDragController implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #options: PointerDragOptions;
  #pointer: number | undefined;
  #origin = { x: 0, y: 0 };
  /** The pointer now, and the page's scroll when the drag began. */
  #at = { x: 0, y: 0 };
  #scrolled = { x: 0, y: 0 };
  #frame: number | undefined;
  #started = false;
  /** Escape was pressed: the gesture is followed to its end, but drops nothing. */
  #cancelled = false;
  #release: (() => void) | undefined;
  /** The element that follows the pointer. */
  #moving: HTMLElement | null = null;

  /** The item being dragged, once the gesture has passed the threshold. */
  item: string | null = null;
  /** The drop zone under the pointer. */
  over: string | null = null;
  /** How far the item has moved from where it was picked up, in pixels. */
  offset = { x: 0, y: 0 };

  constructor(host: ReactiveControllerHost & HTMLElement, options: PointerDragOptions) {
    (this.#host = host).addController(this);
    this.#options = options;
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.cancel();
  }

  /**
   * Call from the item's `pointerdown`. Only the primary button, finger or pen starts a drag. Escape
   * during a drag puts the item back: nothing is dropped, and the release that follows presses nothing.
   * `moving` is the element that follows the pointer (default: the one listening, e.g. a card whose
   * grip was pressed).
   */
  start(event: PointerEvent, item: string, moving?: HTMLElement): void {
    if (!event.isPrimary || event.button !== 0 || this.#pointer !== undefined) return;
    const target = event.currentTarget as HTMLElement;
    this.#moving = moving ?? target;
    const doc = target.ownerDocument;
    this.#pointer = event.pointerId;
    this.#origin = { x: event.clientX, y: event.clientY };
    this.#at = { ...this.#origin };
    const win = target.ownerDocument.defaultView ?? window;
    this.#scrolled = { x: win.scrollX, y: win.scrollY };
    this.#started = false;
    this.#cancelled = false;
    const move = (e: PointerEvent) => this.#move(e, item);
    const end = (e: PointerEvent) => {
      if (e.pointerId !== this.#pointer) return;
      this.#release?.();
      if (this.#started) this.#swallowClick(target);
      this.#end(e, item);
    };
    const key = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || !this.#started || this.#cancelled) return;
      e.preventDefault();
      this.#cancelled = true;
      this.#clearView();
    };
    target.addEventListener('pointermove', move as EventListener);
    target.addEventListener('pointerup', end as EventListener);
    target.addEventListener('pointercancel', end as EventListener);
    doc.addEventListener('keydown', key, true);
    this.#release = () => {
      target.removeEventListener('pointermove', move as EventListener);
      target.removeEventListener('pointerup', end as EventListener);
      target.removeEventListener('pointercancel', end as EventListener);
      doc.removeEventListener('keydown', key, true);
      this.#release = undefined;
    };
    try {
      // Keep receiving the gesture even when the finger leaves the item.
      target.setPointerCapture(event.pointerId);
    } catch {
      // The pointer is already gone (or synthetic): the listeners above still see its events.
    }
  }

  /** Abandons a drag in progress (e.g. when the host leaves the page): nothing is dropped. */
  cancel(): void {
    this.#release?.();
    this.#pointer = undefined;
    this.#reset();
  }

  /**
   * Inline style for an item: lifted and following the pointer while dragged. The moving element gets
   * it already; this is for hosts that draw the item elsewhere (apply with `styleMap`, not under a strict CSP).
   */
  styleFor(item: string): Record<string, string> {
    if (this.item !== item) return {};
    return {
      transform: `translate(${this.offset.x}px, ${this.offset.y}px)`,
      position: 'relative',
      'z-index': '2',
    };
  }

  #move(event: PointerEvent, item: string): void {
    if (event.pointerId !== this.#pointer || this.#cancelled) return;
    this.#at = { x: event.clientX, y: event.clientY };
    if (!this.#started && Math.hypot(this.#at.x - this.#origin.x, this.#at.y - this.#origin.y) < (this.#options.threshold ?? 6)) return;
    this.#started = true;
    event.preventDefault();
    this.item = item;
    this.#track();
  }

  /** Follows the pointer (and the page, when it scrolls under a still finger). */
  #track(): void {
    const win = this.#host.ownerDocument.defaultView ?? window;
    this.offset = {
      x: this.#at.x - this.#origin.x + win.scrollX - this.#scrolled.x,
      y: this.#at.y - this.#origin.y + win.scrollY - this.#scrolled.y,
    };
    this.over = this.#options.zoneAt(this.#at.x, this.#at.y);
    this.#follow();
    this.#host.requestUpdate();
    this.#edgeScroll(win);
  }

  /** Near the top or bottom of the window, scrolls the page a little every 16 ms, to reach far zones. */
  #edgeScroll(win: Window): void {
    const edge = 48;
    const step = this.#at.y < edge ? -12 : this.#at.y > win.innerHeight - edge ? 12 : 0;
    if (!step || this.#frame !== undefined) return;
    // A timer, not an animation frame: frames stop in a hidden tab, and this must end by itself.
    this.#frame = win.setTimeout(() => {
      this.#frame = undefined;
      if (!this.#started || this.#cancelled || this.item === null) return;
      const before = win.scrollY;
      win.scrollBy(0, step);
      if (win.scrollY !== before) this.#track();
    }, 16);
  }

  #end(event: PointerEvent, item: string): void {
    if (event.pointerId !== this.#pointer) return;
    this.#pointer = undefined;
    if (this.#started && !this.#cancelled && event.type === 'pointerup') {
      this.#options.drop(item, this.#options.zoneAt(event.clientX, event.clientY));
    }
    this.#reset();
  }

  /** A mouse drag ends with a click on the item: it must not also press the item (or its button). */
  #swallowClick(target: Element): void {
    const stop = (e: Event) => {
      e.stopImmediatePropagation();
      e.preventDefault();
    };
    target.addEventListener('click', stop, { capture: true, once: true });
    setTimeout(() => target.removeEventListener('click', stop, { capture: true }), 0);
  }

  #reset(): void {
    this.#started = false;
    this.#cancelled = false;
    this.#clearView();
  }

  /** Moves the moving element with the pointer, or puts it back (CSSOM: allowed under a strict CSP). */
  #follow(): void {
    const style = this.#moving?.style;
    if (!style) return;
    const lift = this.item === null ? {} : this.styleFor(this.item);
    for (const name of ['transform', 'position', 'z-index']) {
      const value = (lift as Record<string, string>)[name];
      if (value) style.setProperty(name, value);
      else style.removeProperty(name);
    }
  }

  #clearView(): void {
    const changed = this.item !== null;
    this.item = null;
    this.over = null;
    this.offset = { x: 0, y: 0 };
    this.#follow();
    if (changed) this.#host.requestUpdate();
  }
}
