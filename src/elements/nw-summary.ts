import { LitElement, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { ActorRefFrom } from 'xstate';
import type { ModuleMeta } from '../content/types.js';
import { ActorController } from '../controllers/actor-controller.js';
import { directionOf } from '../i18n/language.js';
import { LocalizeController } from '../i18n/localize-controller.js';
import { type ModuleMachine, type StepRef, questionsOfSteps } from '../machines/module-machine.js';
import { bandFor, correctResponse, hasCorrectResponse, moduleResult } from '../machines/scoring.js';
import { sharedStyles } from '../styles/shared-styles.js';
import { describeResponse } from './describe-response.js';
import { safeHtml } from './question-element.js';
import { nwSummaryStyles } from './nw-summary.styles.js';
import './english.js';

/** The certificate form loads only once a student has finished (and passed, in a graded module). */
const loadCertificate = () => import('./nw-certificate.js');

/**
 * The end of a module: the score, pass or fail against the pass mark, and a review of every question
 * with the student's answer, the right answer and why. Sends `module.review` and `module.restart`.
 *
 * @summary A module's results and review.
 * @csspart score - The score line.
 * @csspart verdict - Passed / not passed yet.
 * @csspart band - The author's feedback for the score band reached (front matter `bands`).
 * @csspart review - The list of questions.
 */
@customElement('nw-summary')
export class NwSummary extends LitElement {
  static override styles = [
    sharedStyles,
    nwSummaryStyles,
  ];

  readonly #module = new ActorController<ActorRefFrom<ModuleMachine>>(this);
  readonly #localize = new LocalizeController(this);

  /** The module actor whose results to show. */
  @property({ attribute: false })
  get actor() {
    return this.#module.actor;
  }
  set actor(actor) {
    this.#module.actor = actor;
  }

  /** The module's language when it is not the UI's (`<nw-module>` sets it): the lesson's words are marked with it. */
  @property({ attribute: false }) contentLang?: string;

  /** Moves focus to the results heading (the player does this on finishing). */
  override focus(): void {
    this.renderRoot.querySelector<HTMLElement>('h2')?.focus();
  }

  override render() {
    const s = this.#module.snapshot;
    if (!s) return nothing;
    const t = this.#localize.t;
    const lang = this.contentLang ?? nothing;
    const dir = this.contentLang ? directionOf(this.contentLang) : nothing;
    const { doc, answers, steps } = s.context;
    // Only the questions in play count (with pools, the ones drawn for this attempt).
    const inPlay = questionsOfSteps(steps);
    const result = moduleResult(doc, answers, inPlay);
    const graded = doc.meta.mode === 'graded';
    // Reflections and unscored stories have no right answer: they are not counted as right or wrong.
    const scored = inPlay.filter((q) => q.weight > 0 && hasCorrectResponse(q));
    const right = scored.filter((q) => answers[q.id]?.correct && !answers[q.id].revealed).length;
    const band = bandFor(result, doc.meta.bands);
    const questions: { ref: StepRef; index: number }[] = [];
    steps.forEach((ref, index) => ref.step.question && questions.push({ ref, index }));
    return html`
      <h2 tabindex="-1">${t.summaryTitle}</h2>
      ${graded
        ? html`<p class="score" part="score">${t.score(result.percent)}</p>
            <p>${t.rightCount(right, scored.length)}</p>
            <p class="verdict" part="verdict" data-passed=${String(result.passed)}>
              ${result.passed ? t.passed(doc.meta.passMark) : t.failed(doc.meta.passMark)}
            </p>`
        : html`<p class="score" part="score">${t.practiceDone}</p>`}
      ${band ? html`<div class="band prose" part="band" lang=${lang} dir=${dir}>${safeHtml(band.feedbackHtml)}</div>` : nothing}
      <h3>${t.review}</h3>
      <ol part="review">
        ${questions.map(({ ref, index }) => {
          const q = ref.step.question!;
          const a = answers[q.id];
          const judged = hasCorrectResponse(q);
          return html`<li>
            <div class="prose" lang=${lang} dir=${dir}>${safeHtml(q.promptHtml)}</div>
            <dl>
              <dt>${t.youAnswered}</dt>
              <dd>${safeHtml(describeResponse(q, a?.response, t))} ${a && judged ? (a.correct ? `(${t.correct})` : `(${t.incorrect})`) : nothing}</dd>
              ${judged && q.solution !== false
                ? html`<dt>${t.theAnswerIs}</dt>
                    <dd>${safeHtml(describeResponse(q, correctResponse(q), t))}</dd>`
                : nothing}
            </dl>
            ${q.explanationHtml && (q.solution !== false || a?.correct) ? html`<div class="prose" lang=${lang} dir=${dir}>${safeHtml(q.explanationHtml)}</div>` : nothing}
            <button @click=${() => this.#module.send({ type: 'module.review', index, at: Date.now() })}>
              ${t.goToStep}<span class="visually-hidden">: ${t.reviewQuestion(questions.findIndex((x) => x.index === index) + 1)}</span>
            </button>
          </li>`;
        })}
      </ol>
      <div class="actions">
        <button class="primary" @click=${() => this.#module.send({ type: 'module.restart', at: Date.now() })}>${t.startAgain}</button>
      </div>
      ${this.#certificate(graded ? result.passed : true, doc.meta)}
    `;
  }

  #certificate(earned: boolean, meta: ModuleMeta) {
    if (!earned) return nothing;
    void loadCertificate();
    return html`<nw-certificate .meta=${meta}></nw-certificate>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'nw-summary': NwSummary;
  }
}
