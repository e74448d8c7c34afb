import { html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import type { MatchPair, MatchQuestion, MatchTarget } from '../content/types.js';
import { PointerDragController } from '../controllers/pointer-drag-controller.js';
import { again, assignments, inMachineOrder, plainText, zoneAt } from './arrange.js';
import { QuestionElement, safeHtml } from './question-element.js';
import { partsRight } from '../machines/scoring.js';
import { nwMatchStyles } from './nw-match.styles.js';
import './english.js';

/**
 * Pair each item with its partner. Every item has a native list (`<select>`) of the partners, in the
 * machine's order: the simplest way with a keyboard, a screen reader or a phone. With a mouse, finger
 * or pen, a partner can also be dragged from the list of partners onto an item. After Check each item
 * is marked right or wrong; once the answer is shown, a wrongly matched item names its right partner.
 *
 * @summary Match each item with its partner.
 * @csspart partners - The partners to drag (not there once answered).
 * @csspart partner - One partner to drag.
 * @csspart pair - One item with its list of partners (a drop zone).
 * @csspart select - An item's list of partners.
 * @cssprop [--nw-color-accent=#1d4ed8] - Outline of the item a partner is dragged over.
 */
@customElement('nw-match')
export class NwMatch extends QuestionElement<MatchQuestion> {
  static override styles = [
    ...QuestionElement.styles,
    nwMatchStyles,
  ];

  /** The last spoken update (a polite live region). */
  @state() private announcement = '';

  readonly #drag: PointerDragController = new PointerDragController(this, {
    zoneAt: (x, y): string | null => zoneAt(this.renderRoot, x, y, this.#drag.item),
    drop: (target, pair) => {
      const q = this.q;
      const p = q?.pairs.find((x) => x.id === pair);
      const t = q?.targets.find((x) => x.id === target);
      if (!q || !p || !t || this.locked) return;
      this.#assign(q, p.id, t.id);
      this.announcement = again(this.announcement, this.localize.t.matchedWith(plainText(p.html), plainText(t.html)));
    },
  });

  protected override instructions(): string {
    return this.localize.t.matchInstructions;
  }

  /** Target id by pair id, as shown (own, known keys only). */
  #matched(q: MatchQuestion): Map<string, string> {
    return assignments(this.shownResponse, q.pairs.map((p) => p.id), q.targets.map((t) => t.id));
  }

  /** Matches `pair` with `target` (`''` unmatches it). */
  #assign(q: MatchQuestion, pair: string, target: string): void {
    if (this.locked) return;
    const matched = this.#matched(q);
    if (target) matched.set(pair, target);
    else matched.delete(pair);
    this.respond(Object.fromEntries(matched));
  }


  #pair(q: MatchQuestion, pair: MatchPair, targets: MatchTarget[], matched: Map<string, string>) {
    const t = this.localize.t;
    const id = `${this.uid}-${pair.id}`;
    const chosen = matched.get(pair.id) ?? '';
    const right = partsRight(q, Object.fromEntries(matched))[pair.id] === true;
    const answer = q.targets.find((x) => x.id === pair.target);
    return html`<li class="pair" part="pair" data-pair=${pair.id} data-zone=${pair.id} ?data-over=${this.#drag.item !== null && this.#drag.over === pair.id}>
      <span class="item" id="${id}-item">${safeHtml(pair.html)}</span>
      <span class="pick">
        <select
          part="select"
          aria-labelledby="${id}-item"
          ?disabled=${this.locked}
          @change=${(e: Event) => this.#assign(q, pair.id, (e.target as HTMLSelectElement).value)}
        >
          <option value="" .selected=${live(chosen === '')}>${t.choosePartner}</option>
          ${targets.map((x) => html`<option value=${x.id} .selected=${live(chosen === x.id)}>${plainText(x.html)}</option>`)}
        </select>
        ${this.locked
          ? right
            ? html`<span class="mark right">✓ <span class="visually-hidden">${t.correct}</span></span>`
            : html`<span class="mark wrong">✗ <span class="visually-hidden">${t.incorrect}</span></span>`
          : nothing}
      </span>
      ${this.solutionShown && !right && answer ? html`<p class="answer">${t.rightPartner(plainText(answer.html))}</p>` : nothing}
    </li>`;
  }

  protected override renderResponse(q: MatchQuestion) {
    const t = this.localize.t;
    const matched = this.#matched(q);
    const targets = inMachineOrder(q.targets, this.snapshot?.context);
    return html`
      ${this.locked
        ? nothing
        : html`<div class="partners" part="partners">
            <p class="title" id="${this.uid}-partners">${t.partners}</p>
            <ul aria-labelledby="${this.uid}-partners">
              ${targets.map(
                (x) => html`<li
                  class="partner"
                  part="partner"
                  data-drag=${x.id}
                  ?data-dragged=${this.#drag.item === x.id}
                  @pointerdown=${(e: PointerEvent) => this.#drag.start(e, x.id)}
                >
                  <span class="grip" aria-hidden="true">⠿</span><span>${safeHtml(x.html)}</span>
                </li>`,
              )}
            </ul>
          </div>`}
      <ul class="pairs" aria-labelledby="${this.uid}-prompt">
        ${q.pairs.map((p) => this.#pair(q, p, targets, matched))}
      </ul>
      <div class="visually-hidden" aria-live="polite" data-announce>${this.announcement}</div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'nw-match': NwMatch;
  }
}
