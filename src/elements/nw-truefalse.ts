import { html, nothing } from 'lit';
import { customElement } from 'lit/decorators.js';
import type { TrueFalseQuestion } from '../content/types.js';
import { optionStyles } from '../styles/option-styles.js';
import { QuestionElement, safeHtml } from './question-element.js';
import { nwTruefalseStyles } from './nw-truefalse.styles.js';
import './english.js';

/**
 * A true-or-false statement: two radio buttons. Arrow keys switch, Space picks.
 *
 * @summary Decide whether a statement is true.
 * @csspart option - The True and the False choice.
 */
@customElement('nw-truefalse')
export class NwTrueFalse extends QuestionElement<TrueFalseQuestion> {
  static override styles = [
    ...QuestionElement.styles,
    optionStyles,
    nwTruefalseStyles,
  ];

  protected override instructions(): string {
    return this.localize.t.statement;
  }

  protected override renderResponse(q: TrueFalseQuestion) {
    const t = this.localize.t;
    const answer = this.shownResponse;
    const option = (value: boolean, label: string) => html`<label part="option">
      <input
        type="radio"
        name="${this.uid}-tf"
        .checked=${answer === value}
        ?disabled=${this.locked}
        @change=${() => this.respond(value)}
      />
      ${label}
      ${this.locked && (answer === value || (this.solutionShown && q.answer === value))
        ? html`<span aria-hidden="true">${q.answer === value ? '✓' : '✗'}</span>
            <span class="visually-hidden">${q.answer === value ? t.theAnswerIs : t.incorrect}</span>`
        : nothing}
    </label>`;
    return html`<fieldset aria-labelledby="${this.uid}-prompt" aria-describedby="${this.uid}-instructions">
      <div class="options">${option(true, t.trueLabel)} ${option(false, t.falseLabel)}</div>
    </fieldset>`;
  }

  protected override renderResponseFeedback(q: TrueFalseQuestion) {
    const answer = this.shownResponse;
    const feedback = answer === true ? q.feedbackTrueHtml : answer === false ? q.feedbackFalseHtml : undefined;
    return feedback ? html`<div class="prose">${safeHtml(feedback)}</div>` : nothing;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'nw-truefalse': NwTrueFalse;
  }
}
