import { type PropertyValues, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import type { OrderItem, OrderQuestion } from '../content/types.js';
import { PointerDragController } from '../controllers/pointer-drag-controller.js';
import { isRightToLeft } from '../i18n/language.js';
import { again, inMachineOrder, isArrangementOf, moveTo, plainText, zoneAt } from './arrange.js';
import { QuestionElement, safeHtml } from './question-element.js';
import { partsRight } from '../machines/scoring.js';
import { nwOrderStyles } from './nw-order.styles.js';
import './english.js';

type Focus = { id: string; control: 'handle' | 'up' | 'down' };

/**
 * Put items in sequence. Three equal ways to move an item: drag it (mouse anywhere on it; finger or
 * pen by its grip), its Move up / Move down buttons, or the keyboard: Space (or Enter) on its Move
 * button picks it up, the arrow keys move it, Space or Enter drops it and Escape puts it back. Every
 * move is announced ("Take a screenshot, position 2 of 4"). The items start in the machine's order.
 *
 * @summary Put items in the right order.
 * @csspart list - The ordered list of items.
 * @csspart item - One item.
 * @csspart handle - An item's Move button: the grip to drag by, and the keyboard's pick-up button.
 * @csspart move - The Move up and Move down buttons.
 * @csspart right-order - The correct sequence, shown with the answer.
 * @cssprop [--nw-color-accent=#1d4ed8] - Outline of the item being moved and of where it will land.
 */
@customElement('nw-order')
export class NwOrder extends QuestionElement<OrderQuestion> {
  static override styles = [
    ...QuestionElement.styles,
    nwOrderStyles,
  ];

  /** The item picked up with the keyboard, if any. */
  @state() private held: string | null = null;
  /** The last spoken update (a polite live region). */
  @state() private announcement = '';
  #heldFrom: string[] = [];
  #focusNext: Focus | null = null;
  #wasAnswering = true;

  readonly #drag: PointerDragController = new PointerDragController(this, {
    zoneAt: (x, y): string | null => zoneAt(this.renderRoot, x, y, this.#drag.item),
    drop: (item, zone) => {
      const q = this.q;
      if (!q || zone === null || this.locked) return;
      const ids = this.#arrangement(q);
      const next = moveTo(ids, item, ids.indexOf(zone));
      this.respond(next);
      this.#say(this.localize.t.dropped, q, item, next);
    },
  });

  protected override instructions(): string {
    return this.localize.t.orderInstructions;
  }

  /** The ids as shown: the draft (or the submission), else the machine's order. */
  #arrangement(q: OrderQuestion): string[] {
    const ids = q.items.map((i) => i.id);
    const shown = this.shownResponse;
    return isArrangementOf(shown, ids) ? shown : inMachineOrder(q.items, this.snapshot?.context).map((i) => i.id);
  }

  #say(phrase: (item: string, position: number, total: number) => string, q: OrderQuestion, id: string, ids: string[]): void {
    const item = q.items.find((i) => i.id === id);
    this.announcement = again(this.announcement, phrase(plainText(item?.html ?? ''), ids.indexOf(id) + 1, ids.length));
  }

  #move(q: OrderQuestion, id: string, to: number, control: Focus['control']): void {
    if (this.locked) return;
    const ids = this.#arrangement(q);
    const next = moveTo(ids, id, to);
    this.#focusNext = { id, control };
    if (next.join() !== ids.join()) this.respond(next);
    this.#say(this.localize.t.positionOf, q, id, next);
  }

  #toggleHeld(q: OrderQuestion, id: string): void {
    if (this.locked) return;
    const t = this.localize.t;
    const ids = this.#arrangement(q);
    if (this.held === id) {
      this.held = null;
      this.#say(t.dropped, q, id, ids);
    } else {
      this.held = id;
      this.#heldFrom = ids;
      this.#say(t.pickedUp, q, id, ids);
    }
  }

  #onHandleKey(e: KeyboardEvent, q: OrderQuestion, id: string): void {
    if (this.locked) return;
    const ids = this.#arrangement(q);
    const at = ids.indexOf(id);
    // Left and right follow the reading direction: in Arabic, ArrowRight goes back towards the first item.
    const back = isRightToLeft(this) ? at + 1 : at - 1;
    const target: Record<string, number> = { ArrowUp: at - 1, ArrowLeft: back, ArrowDown: at + 1, ArrowRight: 2 * at - back, Home: 0, End: ids.length - 1 };
    if (e.key === 'Escape' && this.held === id) {
      e.preventDefault();
      this.held = null;
      this.#focusNext = { id, control: 'handle' };
      if (this.#heldFrom.join() !== ids.join()) this.respond(this.#heldFrom);
      this.#say(this.localize.t.moveCancelled, q, id, this.#heldFrom);
    } else if (e.key in target) {
      e.preventDefault();
      const to = Math.max(0, Math.min(ids.length - 1, target[e.key]));
      if (this.held === id) this.#move(q, id, to, 'handle');
      else this.#focus({ id: ids[to], control: 'handle' });
    } else if (e.key === 'Tab' && this.held === id) {
      // Leaving a picked-up item drops it where it is.
      this.held = null;
      this.#say(this.localize.t.dropped, q, id, ids);
    }
  }

  #onPointerDown(e: PointerEvent, id: string, handle: boolean): void {
    if (this.locked) return;
    // A finger or pen drags by the grip only, so the rest of the item still scrolls the page.
    if (!handle && ((e.target as Element).closest('button') || e.pointerType !== 'mouse')) return;
    this.held = null;
    this.#drag.start(e, id, (e.currentTarget as HTMLElement).closest('li') ?? undefined);
  }

  #focus(f: Focus): void {
    this.renderRoot.querySelector<HTMLElement>(`[data-item="${CSS.escape(f.id)}"] [data-control="${f.control}"]`)?.focus();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const q = this.q;
    // The machine's order is the first arrangement: as it stands, it can be checked.
    if (q && this.phase === 'answering' && !isArrangementOf(this.snapshot?.context.draft, q.items.map((i) => i.id))) {
      this.respond(this.#arrangement(q));
    }
    if (this.phase !== 'answering') this.held = null;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const q = this.q;
    // Back from Try again: start at the first item's Move button.
    if (this.phase === 'answering' && !this.#wasAnswering && q) {
      this.#focusNext = { id: this.#arrangement(q)[0], control: 'handle' };
    }
    this.#wasAnswering = this.phase === 'answering';
    if (this.#focusNext) {
      const f = this.#focusNext;
      this.#focusNext = null;
      this.#focus(f);
    }
  }

  #mark(q: OrderQuestion, id: string) {
    if (!this.locked) return nothing;
    const t = this.localize.t;
    return partsRight(q, this.#arrangement(q))[id]
      ? html`<span class="mark right">✓ <span class="visually-hidden">${t.correct}</span></span>`
      : html`<span class="mark wrong">✗ <span class="visually-hidden">${t.incorrect}</span></span>`;
  }

  protected override renderResponse(q: OrderQuestion) {
    const t = this.localize.t;
    const ids = this.#arrangement(q);
    const items = new Map(q.items.map((i) => [i.id, i]));
    const shown = ids.map((id) => items.get(id)).filter((i): i is OrderItem => !!i);
    const last = shown.length - 1;
    const showAnswer = this.solutionShown && this.phase !== 'correct';
    return html`
      <ol part="list" class=${this.locked ? 'locked' : 'answering'} aria-labelledby="${this.uid}-prompt">
        ${repeat(
          shown,
          (item) => item.id,
          (item, i) => {
            const id = `${this.uid}-${item.id}`;
            return html`<li
              part="item"
              data-item=${item.id}
              data-zone=${item.id}
              data-drag=${item.id}
              ?data-held=${this.held === item.id}
              ?data-dragged=${this.#drag.item === item.id}
              ?data-over=${this.#drag.over === item.id}
              @pointerdown=${(e: PointerEvent) => this.#onPointerDown(e, item.id, false)}
            >
              ${this.locked
                ? nothing
                : html`<button
                    type="button"
                    class="handle"
                    part="handle"
                    data-control="handle"
                    id="${id}-handle"
                    aria-pressed=${this.held === item.id ? 'true' : 'false'}
                    aria-labelledby="${id}-handle ${id}-text"
                    aria-describedby="${this.uid}-instructions"
                    @click=${() => this.#toggleHeld(q, item.id)}
                    @keydown=${(e: KeyboardEvent) => this.#onHandleKey(e, q, item.id)}
                    @pointerdown=${(e: PointerEvent) => this.#onPointerDown(e, item.id, true)}
                  >
                    <span aria-hidden="true">⠿</span><span class="visually-hidden">${t.moveItem}</span>
                  </button>`}
              <span class="text" id="${id}-text">${safeHtml(item.html)}</span>
              ${this.#mark(q, item.id)}
              ${this.locked
                ? nothing
                : html`<button
                      type="button"
                      class="move"
                      part="move"
                      data-control="up"
                      id="${id}-up"
                      aria-labelledby="${id}-up ${id}-text"
                      aria-disabled=${i === 0 ? 'true' : 'false'}
                      @click=${() => i > 0 && this.#move(q, item.id, i - 1, 'up')}
                    >
                      <span aria-hidden="true">↑</span><span class="visually-hidden">${t.moveUp}</span>
                    </button>
                    <button
                      type="button"
                      class="move"
                      part="move"
                      data-control="down"
                      id="${id}-down"
                      aria-labelledby="${id}-down ${id}-text"
                      aria-disabled=${i === last ? 'true' : 'false'}
                      @click=${() => i < last && this.#move(q, item.id, i + 1, 'down')}
                    >
                      <span aria-hidden="true">↓</span><span class="visually-hidden">${t.moveDown}</span>
                    </button>`}
            </li>`;
          },
        )}
      </ol>
      <div class="visually-hidden" aria-live="polite" data-announce>${this.announcement}</div>
      ${showAnswer
        ? html`<div class="right-order" part="right-order">
            <p class="title" id="${this.uid}-right">${t.rightOrder}</p>
            <ol aria-labelledby="${this.uid}-right">
              ${q.items.map((item) => html`<li>${safeHtml(item.html)}</li>`)}
            </ol>
          </div>`
        : nothing}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'nw-order': NwOrder;
  }
}
