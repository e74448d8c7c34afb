import { type PropertyValues, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import type { SortCard, SortGroup, SortQuestion } from '../content/types.js';
import { PointerDragController } from '../controllers/pointer-drag-controller.js';
import { again, assignments, inMachineOrder, plainText, zoneAt } from './arrange.js';
import { optionStyles } from '../styles/option-styles.js';
import { QuestionElement, safeHtml } from './question-element.js';
import { partsRight } from '../machines/scoring.js';
import { nwSortStyles } from './nw-sort.styles.js';
import './english.js';

/** The drop zone of the cards not yet sorted. */
const POOL = '';

/**
 * Put cards into groups (e.g. "Phishing" / "Genuine"). Each card carries a row of radio buttons, one
 * per group: Tab reaches a card, the arrow keys choose its group, and the card moves into that group
 * with the keyboard focus. The cards to sort come after the groups, so Tab goes on from a card just
 * sorted to the next card still to sort. A card can also be dragged onto a group (mouse anywhere on it; finger or pen by its grip), or back to
 * the cards to sort. After Check each card is marked right or wrong, with its reason; once the answer
 * is shown, a misplaced card says where it belongs. Cards start in the machine's order.
 *
 * @summary Sort cards into groups.
 * @csspart pool - The cards not yet sorted.
 * @csspart group - A group: its title and the cards put in it (a drop zone).
 * @csspart card - One card.
 * @csspart grip - A card's grip, to drag it by touch.
 * @csspart choice - One of a card's group choices (a label around its radio button).
 * @csspart card-feedback - A card's reason, shown after Check.
 * @cssprop [--nw-color-accent=#1d4ed8] - Outline of the group a card is dragged over.
 */
@customElement('nw-sort')
export class NwSort extends QuestionElement<SortQuestion> {
  static override styles = [
    ...QuestionElement.styles,
    optionStyles,
    nwSortStyles,
  ];

  /** The last spoken update (a polite live region). */
  @state() private announcement = '';
  #focusNext: { card: string; group: string } | null = null;

  readonly #drag: PointerDragController = new PointerDragController(this, {
    zoneAt: (x, y): string | null => zoneAt(this.renderRoot, x, y, this.#drag.item),
    drop: (card, zone) => {
      const q = this.q;
      if (!q || zone === null || this.locked) return;
      this.#assign(q, card, zone);
      const group = q.groups.find((g) => g.id === zone);
      const text = plainText(q.cards.find((c) => c.id === card)?.html ?? '');
      this.announcement = again(this.announcement, this.localize.t.cardIn(text, group ? plainText(group.html) : this.localize.t.cardsToSort));
    },
  });

  protected override instructions(): string {
    return this.localize.t.sortInstructions;
  }

  /** Group id by card id, as shown (own, known keys only). */
  #placed(q: SortQuestion): Map<string, string> {
    return assignments(this.shownResponse, q.cards.map((c) => c.id), q.groups.map((g) => g.id));
  }

  /** Puts `card` in `group` (`POOL` takes it out of every group). */
  #assign(q: SortQuestion, card: string, group: string): void {
    if (this.locked) return;
    const placed = this.#placed(q);
    if (group === POOL) placed.delete(card);
    else placed.set(card, group);
    this.respond(Object.fromEntries(placed));
  }

  #choose(q: SortQuestion, card: string, group: string): void {
    this.#focusNext = { card, group };
    this.#assign(q, card, group);
  }

  #onPointerDown(e: PointerEvent, card: string): void {
    if (this.locked) return;
    const grip = (e.target as Element).closest('.grip');
    // A finger or pen drags by the grip only, so the rest of the card still scrolls the page.
    if (!grip && ((e.target as Element).closest('label, input') || e.pointerType !== 'mouse')) return;
    this.#drag.start(e, card);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // A card chosen into a group is drawn anew there: keep the keyboard on its radio button.
    if (this.#focusNext) {
      const { card, group } = this.#focusNext;
      this.#focusNext = null;
      this.renderRoot.querySelector<HTMLInputElement>(`[data-card="${CSS.escape(card)}"] input[value="${CSS.escape(group)}"]`)?.focus();
    }
  }


  #card(q: SortQuestion, card: SortCard, placed: Map<string, string>) {
    const t = this.localize.t;
    const id = `${this.uid}-${card.id}`;
    const at = placed.get(card.id);
    const right = partsRight(q, Object.fromEntries(placed))[card.id] === true;
    const home = q.groups.find((g) => g.id === card.group);
    return html`<li
      class="card"
      part="card"
      data-card=${card.id}
      data-drag=${card.id}
      ?data-dragged=${this.#drag.item === card.id}
      @pointerdown=${(e: PointerEvent) => this.#onPointerDown(e, card.id)}
    >
      <div class="top">
        ${this.locked ? nothing : html`<span class="grip" part="grip" aria-hidden="true">⠿</span>`}
        <span class="text" id="${id}-text">${safeHtml(card.html)}</span>
        ${this.locked
          ? right
            ? html`<span class="mark right">✓ <span class="visually-hidden">${t.correct}</span></span>`
            : html`<span class="mark wrong">✗ <span class="visually-hidden">${t.incorrect}</span></span>`
          : nothing}
      </div>
      <div class="choices" role="radiogroup" aria-labelledby="${id}-text">
        <span class="put-in" aria-hidden="true">${t.putIn}</span>
        ${q.groups.map(
          (g) => html`<label part="choice">
            <input
              type="radio"
              name=${id}
              value=${g.id}
              .checked=${at === g.id}
              ?disabled=${this.locked}
              @change=${() => this.#choose(q, card.id, g.id)}
            />
            <span>${safeHtml(g.html)}</span>
          </label>`,
        )}
      </div>
      ${this.solutionShown && !right && home ? html`<p class="belongs">${t.belongsIn(plainText(home.html))}</p>` : nothing}
    </li>`;
  }

  #zone(q: SortQuestion, zone: string, title: unknown, cards: SortCard[], placed: Map<string, string>) {
    const titleId = `${this.uid}-zone-${zone || 'pool'}`;
    return html`<div
      class="zone"
      part=${zone === POOL ? 'pool' : 'group'}
      role="group"
      aria-labelledby=${titleId}
      data-zone=${zone}
      ?data-over=${this.#drag.item !== null && this.#drag.over === zone}
    >
      <p class="title" id=${titleId}>${title}</p>
      ${cards.length
        ? html`<ul>
            ${repeat(cards, (c) => c.id, (c) => this.#card(q, c, placed))}
          </ul>`
        : nothing}
    </div>`;
  }

  protected override renderResponse(q: SortQuestion) {
    const placed = this.#placed(q);
    const cards = inMachineOrder(q.cards, this.snapshot?.context);
    const unsorted = cards.filter((c) => !placed.has(c.id));
    return html`
      <div class="board ${this.locked ? 'locked' : 'answering'}">
        <div class="groups">
          ${q.groups.map((g: SortGroup) => this.#zone(q, g.id, safeHtml(g.html), cards.filter((c) => placed.get(c.id) === g.id), placed))}
        </div>
        ${unsorted.length || !this.locked ? this.#zone(q, POOL, this.localize.t.cardsToSort, unsorted, placed) : nothing}
      </div>
      <div class="visually-hidden" aria-live="polite" data-announce>${this.announcement}</div>
    `;
  }

  /** Each card's reason: for the cards placed right, and for every card once the answer is given. */
  protected override renderResponseFeedback(q: SortQuestion) {
    const t = this.localize.t;
    const placed = this.#placed(q);
    const marks = partsRight(q, Object.fromEntries(placed));
    const shown = inMachineOrder(q.cards, this.snapshot?.context).filter((c) => c.feedbackHtml && (this.solutionShown || marks[c.id] === true));
    if (!shown.length) return nothing;
    return html`${shown.map((c) => {
      const right = marks[c.id] === true;
      return html`<div class="card-feedback prose" part="card-feedback">
        <strong
          >${safeHtml(c.html)}
          <span class=${right ? 'right' : 'wrong'}>${right ? '✓' : '✗'} <span class="visually-hidden">${right ? t.correct : t.incorrect}</span></span></strong
        >${safeHtml(c.feedbackHtml)}
      </div>`;
    })}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'nw-sort': NwSort;
  }
}
