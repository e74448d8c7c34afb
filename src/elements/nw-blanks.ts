import { type PropertyValues, html, nothing, render } from 'lit';
import { customElement } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import type { BlanksQuestion } from '../content/types.js';
import { isGapRight } from '../machines/scoring.js';
import { fieldStyles } from '../styles/field-styles.js';
import { QuestionElement, safeHtml } from './question-element.js';
import { nwBlanksStyles } from './nw-blanks.styles.js';
import './english.js';

/**
 * Fill the gaps in a text: the author's text (sanitised) with a text field in each gap. Each field is
 * named "Gap 1 of 3"; after Check each gap is marked right or wrong (a sign and words, not only colour),
 * and once no try is left, or the answer is shown, the accepted answers appear beside the wrong gaps.
 *
 * @summary Type the missing words into a text.
 * @csspart text - The text holding the gaps.
 * @csspart gap - A gap's text field.
 * @csspart gap-answer - The accepted answers beside a gap, once shown.
 * @cssprop [--nw-gap-width=10ch] - Width of a gap's text field.
 */
@customElement('nw-blanks')
export class NwBlanks extends QuestionElement<BlanksQuestion> {
  static override styles = [
    ...QuestionElement.styles,
    fieldStyles,
    nwBlanksStyles,
  ];

  protected override instructions(): string {
    return this.localize.t.blanksInstructions;
  }

  /** What is in each gap: the draft while answering, else the last submission (one string per gap). */
  #typed(q: BlanksQuestion): string[] {
    const r = this.shownResponse;
    const list = Array.isArray(r) ? r : [];
    return q.gaps.map((_, i) => (typeof list[i] === 'string' ? (list[i] as string) : ''));
  }

  #type(q: BlanksQuestion, index: number, value: string) {
    const next = this.#typed(q);
    next[index] = value;
    this.respond(next);
  }

  #gap(q: BlanksQuestion, index: number, typed: string[]) {
    const t = this.localize.t;
    const id = `${this.uid}-gap${index}`;
    const checked = this.locked;
    const right = checked && isGapRight(q, index, typed[index]);
    const showAnswer = checked && !right && this.solutionShown;
    const describedBy = [checked ? `${id}-mark` : '', showAnswer ? `${id}-answer` : ''].filter(Boolean).join(' ');
    return html`<input
        type="text"
        part="gap"
        class=${checked ? (right ? 'right' : 'wrong') : ''}
        aria-label=${t.gapOf(index + 1, q.gaps.length)}
        aria-describedby=${describedBy || nothing}
        autocomplete="off"
        autocapitalize="off"
        spellcheck="false"
        maxlength="100"
        .value=${live(typed[index])}
        ?readonly=${checked}
        @input=${(e: Event) => this.#type(q, index, (e.target as HTMLInputElement).value)}
      />${checked
        ? html`<span class="mark ${right ? 'right' : 'wrong'}" id="${id}-mark"
            ><span aria-hidden="true">${right ? '✓' : '✗'}</span
            ><span class="visually-hidden">${right ? t.correct : t.incorrect}</span></span
          >`
        : nothing}${showAnswer
        ? html`<span class="answer" part="gap-answer" id="${id}-answer">${t.gapAnswer(q.gaps[index].answers)}</span>`
        : nothing}`;
  }

  protected override renderResponse(q: BlanksQuestion) {
    return html`<div class="text prose" part="text" role="group" aria-labelledby="${this.uid}-prompt">${safeHtml(q.textHtml)}</div>`;
  }

  /** Puts a text field into each gap of the (sanitised) text, and keeps it in step with the machine. */
  #fillGaps() {
    const q = this.q;
    if (!q) return;
    const typed = this.#typed(q);
    for (const span of this.renderRoot.querySelectorAll<HTMLElement>('.text [data-gap]')) {
      const index = Number(span.dataset.gap);
      if (!Number.isInteger(index) || !q.gaps[index]) continue;
      span.classList.add('gap');
      render(this.#gap(q, index, typed), span, { host: this });
    }
  }

  protected override updated(changed: PropertyValues): void {
    // The fields first, so that the base class can put the focus in the first one after Try again.
    this.#fillGaps();
    super.updated(changed);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'nw-blanks': NwBlanks;
  }
}
