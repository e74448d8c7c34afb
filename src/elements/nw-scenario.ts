import { type PropertyValues, html, nothing } from 'lit';
import { customElement } from 'lit/decorators.js';
import type { ScenarioChoice, ScenarioQuestion } from '../content/types.js';
import { type ScenarioStep, correctResponse, followScenario } from '../machines/scoring.js';
import { QuestionElement, safeHtml } from './question-element.js';
import { nwScenarioStyles } from './nw-scenario.styles.js';
import './english.js';

/**
 * A branching story: the student reads the current part, picks what to do (a button per choice), reads
 * that choice's feedback and goes on to the next part. The story so far stays listed above, so it can
 * be read again; focus moves to each new part. The last choice can be undone until the ending is
 * reached and shown ("See how it ends"); Try again starts the story over. The path is the question
 * machine's draft, so a new element on the same question carries on where the story was.
 *
 * A scored scenario gets the usual verdict (the best ending is right); an unscored one ends without
 * right or wrong.
 *
 * @summary A branching story with a choice at each step.
 * @csspart story - The list of past steps.
 * @csspart node - The part of the story being read now.
 * @csspart choice - A button for one choice at the current part.
 * @csspart choice-feedback - The feedback of a choice taken, in the story so far.
 * @csspart undo - The "Undo last choice" button.
 * @csspart ending - The ending reached, shown in the feedback.
 */
@customElement('nw-scenario')
export class NwScenario extends QuestionElement<ScenarioQuestion> {
  static override styles = [
    ...QuestionElement.styles,
    nwScenarioStyles,
  ];

  /** The choice just taken, spoken while it is the last of the path (not after a reload, an undo or a retry). */
  #announced: ScenarioChoice | undefined;
  #focusNode = false;
  #lastPhase: string | undefined;

  protected override instructions(): string {
    return this.localize.t.scenarioInstructions;
  }

  protected override submitLabel(): string {
    return this.localize.t.seeHowItEnds;
  }

  /** An unscored story has no right or wrong ending. */
  protected override verdictText(): string {
    return this.q && !this.q.scored && this.phase !== 'revealed' ? this.localize.t.storyEnded : super.verdictText();
  }

  protected override verdict(): string {
    return this.q && !this.q.scored ? '' : super.verdict();
  }

  #path(): string[] {
    const r = this.shownResponse;
    return Array.isArray(r) ? r.filter((x): x is string => typeof x === 'string') : [];
  }

  #choose(choice: ScenarioChoice) {
    if (this.locked) return;
    this.#announced = choice;
    this.#focusNode = true;
    this.respond([...followScenario(this.q!, this.#path()).steps.map((s) => s.choice.id), choice.id]);
  }

  #undo() {
    if (this.locked) return;
    this.#announced = undefined;
    this.#focusNode = true;
    this.respond(followScenario(this.q!, this.#path()).steps.slice(0, -1).map((s) => s.choice.id));
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // A new start (Try again) reads the story from its first part.
    if (this.phase === 'answering' && this.#lastPhase !== undefined && this.#lastPhase !== 'answering') this.#focusNode = true;
    this.#lastPhase = this.phase;
    if (this.#focusNode && this.snapshot) {
      this.#focusNode = false;
      (this.renderRoot.querySelector('.node') as HTMLElement | null)?.focus();
    }
  }

  #renderPast(past: ScenarioStep[]) {
    const t = this.localize.t;
    if (!past.length) return nothing;
    return html`<ol class="story" part="story" aria-label=${t.storySoFar}>
      ${past.map(
        ({ node, choice }) => html`<li>
          <div class="prose">${safeHtml(node.html)}</div>
          <p class="chosen"><strong>${t.youChose}</strong> ${safeHtml(choice.html)}</p>
          ${choice.feedbackHtml ? html`<div class="choice-feedback prose" part="choice-feedback">${safeHtml(choice.feedbackHtml)}</div>` : nothing}
        </li>`,
      )}
    </ol>`;
  }

  protected override renderResponse(q: ScenarioQuestion) {
    const t = this.localize.t;
    const { steps: past, at } = followScenario(q, this.#path());
    const said = !this.locked && past.at(-1)?.choice === this.#announced ? this.#announced : undefined;
    return html`
      ${this.#renderPast(past)}
      ${this.locked || !at
        ? nothing
        : at.ending
          ? html`<p class="node" part="node" tabindex="-1">${t.storyReachedEnd}</p>`
          : html`<div class="node prose" part="node" id="${this.uid}-node" tabindex="-1">${safeHtml(at.html)}</div>
              <div role="group" aria-label=${t.whatDoYouDo}>
                <ul class="choices" role="list">
                  ${at.choices.map((c) => html`<li><button part="choice" @click=${() => this.#choose(c)}>${safeHtml(c.html)}</button></li>`)}
                </ul>
              </div>`}
      ${!this.locked && past.length
        ? html`<button class="undo" part="undo" @click=${this.#undo}>${t.undoChoice}</button>`
        : nothing}
      <div class="visually-hidden" role="status">
        ${said ? html`${t.youChose} ${safeHtml(said.html)}. ${safeHtml(said.feedbackHtml)}` : nothing}
      </div>
    `;
  }

  /** The ending reached (told with the verdict) and, once the answer shows, the best path. */
  protected override renderResponseFeedback(q: ScenarioQuestion) {
    const t = this.localize.t;
    const { at } = followScenario(q, this.#path());
    const showBest = q.scored && this.solutionShown && this.phase !== 'correct';
    const best = showBest ? followScenario(q, correctResponse(q) as string[]).steps : [];
    return html`
      ${at?.ending ? html`<div class="ending prose" part="ending">${safeHtml(at.html)}</div>` : nothing}
      ${best.length
        ? html`<p class="best">${t.bestPath}</p>
            <ol>
              ${best.map((s) => html`<li>${safeHtml(s.choice.html)}</li>`)}
            </ol>`
        : nothing}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'nw-scenario': NwScenario;
  }
}
