import { type TemplateResult, html, nothing } from 'lit';
import { customElement } from 'lit/decorators.js';
import type { ChoiceOption, ChoiceQuestion } from '../content/types.js';
import { QuestionElement, safeHtml } from './question-element.js';
import { choiceStyles } from './nw-choice.styles.js';

/**
 * A multiple-choice question: radio buttons for one answer, checkboxes for several. Arrow keys move
 * between options, Space picks, and the feedback for each picked option is read out after Check.
 *
 * @summary Pick one or several options.
 * @csspart option - One option (a label around its control).
 * @csspart option-feedback - The reason shown under a picked option.
 */
@customElement('nw-choice')
export class NwChoice extends QuestionElement<ChoiceQuestion> {
  static override styles = choiceStyles;

  protected override instructions(q: ChoiceQuestion): string {
    return q.multiple ? this.localize.t.chooseAll : this.localize.t.chooseOne;
  }

  #picked(): string[] {
    const r = this.shownResponse;
    return Array.isArray(r) ? r : [];
  }

  #toggle(q: ChoiceQuestion, option: ChoiceOption, checked: boolean) {
    const picked = this.#picked();
    const next = q.multiple
      ? checked
        ? [...picked.filter((id) => id !== option.id), option.id]
        : picked.filter((id) => id !== option.id)
      : [option.id];
    this.respond(q.options.filter((o) => next.includes(o.id)).map((o) => o.id));
  }

  /** The options in the order the machine gives (shuffled when the author asked for it). */
  #options(q: ChoiceQuestion): ChoiceOption[] {
    const order = (this.snapshot?.context as { order?: string[] } | undefined)?.order;
    if (!order) return q.options;
    return order.map((id) => q.options.find((o) => o.id === id)).filter((o): o is ChoiceOption => !!o);
  }

  /** What to mark on an option once answered: right/wrong picks, and the answer when shown. */
  #mark(option: ChoiceOption, picked: boolean): TemplateResult | typeof nothing {
    const t = this.localize.t;
    const showAll = this.solutionShown;
    if (!this.locked) return nothing;
    if (picked) {
      return option.correct
        ? html`<span class="mark right">✓ <span class="visually-hidden">${t.correct}</span></span>`
        : html`<span class="mark wrong">✗ <span class="visually-hidden">${t.incorrect}</span></span>`;
    }
    if (showAll && option.correct) {
      return html`<span class="mark right">✓ <span class="visually-hidden">${t.theAnswerIs}</span></span>`;
    }
    return nothing;
  }

  protected override renderResponse(q: ChoiceQuestion) {
    const picked = this.#picked();
    const type = q.multiple ? 'checkbox' : 'radio';
    return html`
      <fieldset aria-labelledby="${this.uid}-prompt">
        <ul class="options" role="presentation">
          ${this.#options(q).map((option) => {
            const checked = picked.includes(option.id);
            return html`<li>
              <label part="option">
                <input
                  type=${type}
                  name="${this.uid}-option"
                  .checked=${checked}
                  ?disabled=${this.locked}
                  @change=${(e: Event) => this.#toggle(q, option, (e.target as HTMLInputElement).checked)}
                />
                <span class="text">${safeHtml(option.html)}</span>
                ${this.#mark(option, checked)}
              </label>
            </li>`;
          })}
        </ul>
      </fieldset>
    `;
  }

  protected override renderResponseFeedback(q: ChoiceQuestion) {
    const picked = this.#picked();
    const withFeedback = this.#options(q).filter((o) => picked.includes(o.id) && o.feedbackHtml);
    if (!withFeedback.length) return nothing;
    return html`${withFeedback.map(
      (o) => html`<div class="option-feedback prose" part="option-feedback"><strong>${safeHtml(o.html)}</strong>${safeHtml(o.feedbackHtml)}</div>`,
    )}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'nw-choice': NwChoice;
  }
}
