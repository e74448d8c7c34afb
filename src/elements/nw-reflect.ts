import { html } from 'lit';
import { customElement } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import type { ReflectQuestion } from '../content/types.js';
import { optionStyles } from '../styles/option-styles.js';
import { fieldStyles } from '../styles/field-styles.js';
import { QuestionElement, safeHtml } from './question-element.js';
import { nwReflectStyles } from './nw-reflect.styles.js';
import './english.js';

/**
 * A reflection: a free-text answer with a character count, or a poll (radio buttons). It is never
 * marked: after saving, the student is thanked, never told right or wrong. The answer is kept with the
 * progress like any other.
 *
 * @summary Write a thought or answer a poll; never scored.
 * @csspart text - The text field of a free-text reflection.
 * @csspart count - The character count under the text field.
 * @csspart option - One poll option (a label around its radio button).
 * @cssprop [--nw-reflect-rows=5] - Height of the text field, in lines.
 */
@customElement('nw-reflect')
export class NwReflect extends QuestionElement<ReflectQuestion> {
  static override styles = [
    ...QuestionElement.styles,
    optionStyles,
    fieldStyles,
    nwReflectStyles,
  ];

  protected override instructions(q: ReflectQuestion): string {
    return q.options.length ? this.localize.t.pollInstructions : this.localize.t.reflectInstructions;
  }

  protected override submitLabel(): string {
    return this.localize.t.saveAnswer;
  }

  /** There is no right or wrong: a saved reflection is thanked, not judged. */
  protected override verdictText(): string {
    return this.localize.t.savedThanks;
  }

  /** A neutral feedback box (no "correct" colour). */
  protected override verdict(): string {
    return '';
  }

  #text(): string {
    const r = this.shownResponse as { text?: unknown } | null;
    return r && typeof r.text === 'string' ? r.text : '';
  }

  #choice(): string {
    const r = this.shownResponse as { choice?: unknown } | null;
    return r && typeof r.choice === 'string' ? r.choice : '';
  }

  protected override renderResponse(q: ReflectQuestion) {
    return q.options.length ? this.#renderPoll(q) : this.#renderText(q);
  }

  #renderText(q: ReflectQuestion) {
    const t = this.localize.t;
    const text = this.#text();
    const left = q.maxLength - text.length;
    // Near the limit, the characters left are read out (politely); before that, only on request.
    const warnAt = Math.max(10, Math.round(q.maxLength / 10));
    return html`
      <textarea
        part="text"
        aria-labelledby="${this.uid}-prompt"
        aria-describedby="${this.uid}-instructions ${this.uid}-count"
        maxlength=${q.maxLength}
        rows="5"
        .value=${live(text)}
        ?readonly=${this.locked}
        @input=${(e: Event) => this.respond({ text: (e.target as HTMLTextAreaElement).value })}
      ></textarea>
      <p class="count" part="count" id="${this.uid}-count">${t.charactersOf(text.length, q.maxLength)}</p>
      <span class="visually-hidden" aria-live="polite">${!this.locked && left <= warnAt ? t.charactersLeft(left) : ''}</span>
    `;
  }

  #renderPoll(q: ReflectQuestion) {
    const choice = this.#choice();
    return html`
      <fieldset aria-labelledby="${this.uid}-prompt" aria-describedby="${this.uid}-instructions">
        <ul class="options" role="presentation">
          ${q.options.map(
            (option) => html`<li>
              <label part="option">
                <input
                  type="radio"
                  name="${this.uid}-poll"
                  .checked=${choice === option.id}
                  ?disabled=${this.locked}
                  @change=${() => this.respond({ choice: option.id })}
                />
                <span>${safeHtml(option.html)}</span>
              </label>
            </li>`,
          )}
        </ul>
      </fieldset>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'nw-reflect': NwReflect;
  }
}
