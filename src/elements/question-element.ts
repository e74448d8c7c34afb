/**
 * What every question element shares: it shows one question actor (from the module machine), its
 * prompt, hint, the Check / Try again / Show the answer buttons and the spoken feedback. A subclass
 * renders only the response controls and the per-response feedback of its kind.
 */
import { LitElement, type PropertyValues, type TemplateResult, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { ActorRefFrom, SnapshotFrom } from 'xstate';
import type { Question, Response } from '../content/types.js';
import { loadSanitizer, sanitizerReady } from '../content/sanitize.js';
import { ActorController } from '../controllers/actor-controller.js';
import { directionOf } from '../i18n/language.js';
import { LocalizeController } from '../i18n/localize-controller.js';
import { type QuestionMachine, solutionShown } from '../machines/question-machine.js';
import { safeHtml } from './safe-html.js';
import { questionStyles } from './question-element.styles.js';

export type QuestionActor = ActorRefFrom<QuestionMachine>;
export type QuestionSnapshot = SnapshotFrom<QuestionMachine>;

/** Sanitised Markdown HTML as a template part (see `safe-html.ts`: it keeps module resources on allowed origins). */
export { safeHtml };

let uid = 0;

/**
 * @csspart prompt - The question text.
 * @csspart response - The controls the student answers with.
 * @csspart actions - The row of buttons.
 * @csspart feedback - The feedback after checking (an `aria-live` region).
 * @csspart hint - The hint once shown; with several hints, the list of those shown so far.
 * @cssprop [--nw-color-correct=#166534] - Colour marking right answers.
 * @cssprop [--nw-color-incorrect=#b91c1c] - Colour marking wrong answers.
 */
export abstract class QuestionElement<Q extends Question = Question> extends LitElement {
  static override styles = questionStyles;

  protected readonly controller = new ActorController<QuestionActor>(this);
  protected readonly localize = new LocalizeController(this);
  /** A unique prefix for ids inside this element's shadow root. */
  protected readonly uid = `q${++uid}`;

  /** The question actor to show (a child of the module machine, named by the question's id). */
  @property({ attribute: false })
  get actor(): QuestionActor | undefined {
    return this.controller.actor;
  }
  set actor(actor: QuestionActor | undefined) {
    this.controller.actor = actor;
  }

  /**
   * The language of the question's own text when it is not the UI's (`<nw-module>` sets it): the prompt,
   * the answers, hints and explanation are marked with it, the buttons and instructions are not.
   */
  @property({ attribute: false }) contentLang?: string;

  /** `lang` and `dir` for the question's own text (nothing when it is in the UI's language). */
  protected get contentDir(): string | undefined {
    return this.contentLang && directionOf(this.contentLang);
  }

  /** How many hints are shown (each press of the hint button shows the next one). */
  @state() protected hintsShown = 0;

  /** Every hint of the question, in order (usually one, or none). */
  protected hints(q: Q): string[] {
    return q.hintsHtml?.length ? q.hintsHtml : q.hintHtml ? [q.hintHtml] : [];
  }

  /** The next hint, or once all show, hide them all. */
  #nextHint(q: Q): void {
    this.hintsShown = this.hintsShown >= this.hints(q).length ? 0 : this.hintsShown + 1;
  }

  #hintLabel(q: Q): string {
    const t = this.localize.t;
    const all = this.hints(q).length;
    if (this.hintsShown === 0) return t.showHint;
    if (this.hintsShown < all) return t.showAnotherHint;
    return all > 1 ? t.hideHints : t.hideHint;
  }

  /** The hints shown so far, in a polite live region (an added hint is read out on its own). */
  #renderHints(q: Q) {
    const t = this.localize.t;
    const hints = this.hints(q);
    const shown = hints.slice(0, this.hintsShown);
    return html`<div aria-live="polite" lang=${this.contentLang ?? nothing} dir=${this.contentDir ?? nothing}>
      ${shown.length === 0
        ? nothing
        : hints.length === 1
          ? html`<div class="hint" part="hint"><strong>${t.hint}:</strong> ${safeHtml(hints[0])}</div>`
          : html`<div class="hint" part="hint">
              <strong id="${this.uid}-hints">${t.hints}:</strong>
              <ol aria-labelledby="${this.uid}-hints">
                ${shown.map((h) => html`<li>${safeHtml(h)}</li>`)}
              </ol>
            </div>`}
    </div>`;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Used on its own (outside <nw-module>), show formatting as soon as the sanitiser is there.
    if (!sanitizerReady()) void loadSanitizer().then(() => this.requestUpdate());
  }

  protected get snapshot(): QuestionSnapshot | undefined {
    return this.controller.snapshot;
  }

  protected get q(): Q | undefined {
    return this.snapshot?.context.question as Q | undefined;
  }

  /** `answering`, `correct`, `incorrect`, `failed` or `revealed`. */
  protected get phase(): string {
    return String(this.snapshot?.value ?? 'answering');
  }

  /** True once the response can no longer change (until Try again). */
  protected get locked(): boolean {
    return this.phase !== 'answering';
  }

  /** The right answer may be shown now (the machine decides: done, and the author allows it). */
  protected get solutionShown(): boolean {
    return this.snapshot ? solutionShown(this.snapshot) : false;
  }

  /** The response shown: the draft while answering, else the last submission. */
  protected get shownResponse(): Response | null {
    const s = this.snapshot;
    if (!s) return null;
    return s.value === 'answering' ? s.context.draft : (s.context.record?.response ?? s.context.draft);
  }

  /** Tells the machine the student's current response. */
  protected respond(response: Response): void {
    this.controller.send({ type: 'question.respond', response });
  }

  protected check(): void {
    if (!this.snapshot?.can({ type: 'question.submit' })) return;
    this.controller.send({ type: 'question.submit', at: Date.now() });
  }

  /** The controls the student answers with. */
  protected abstract renderResponse(question: Q): TemplateResult;

  /** Feedback specific to what the student answered (e.g. the chosen option's reason). */
  protected renderResponseFeedback(_question: Q): TemplateResult | typeof nothing {
    return nothing;
  }

  /** A short instruction under the prompt ("Choose one answer."). */
  protected instructions(_question: Q): string {
    return '';
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // Back to answering (Try again): put the student where they answer.
    if (this.phase === 'answering' && this.#lastPhase !== undefined && this.#lastPhase !== 'answering') {
      (this.renderRoot.querySelector('input, select, textarea, [tabindex="0"]') as HTMLElement | null)?.focus();
    }
    this.#lastPhase = this.phase;
  }
  #lastPhase: string | undefined;

  override render() {
    const q = this.q;
    if (!q) return nothing;
    const t = this.localize.t;
    const s = this.snapshot!;
    const instructions = this.instructions(q);
    const canSubmit = s.can({ type: 'question.submit' });
    return html`
      <div class="prompt prose" part="prompt" id="${this.uid}-prompt" lang=${this.contentLang ?? nothing} dir=${this.contentDir ?? nothing}>${safeHtml(q.promptHtml)}</div>
      ${instructions ? html`<p class="instructions" id="${this.uid}-instructions">${instructions}</p>` : nothing}
      <div part="response" lang=${this.contentLang ?? nothing} dir=${this.contentDir ?? nothing}>${this.renderResponse(q)}</div>
      ${this.hints(q).length ? this.#renderHints(q) : nothing}
      <div class="actions" part="actions">
        ${this.phase === 'answering'
          ? html`<button
                class="primary"
                aria-disabled=${canSubmit ? 'false' : 'true'}
                aria-describedby=${instructions ? `${this.uid}-instructions` : nothing}
                @click=${this.check}
              >
                ${this.submitLabel()}
              </button>
              ${this.hints(q).length
                ? html`<button aria-expanded=${this.hintsShown ? 'true' : 'false'} @click=${() => this.#nextHint(q)}>
                    ${this.#hintLabel(q)}
                  </button>`
                : nothing}`
          : nothing}
        ${this.phase === 'incorrect'
          ? html`<button class="primary" @click=${() => this.controller.send({ type: 'question.retry' })}>${t.tryAgain}</button>
              ${s.can({ type: 'question.reveal' })
                ? html`<button @click=${() => this.controller.send({ type: 'question.reveal' })}>${t.showAnswer}</button>`
                : nothing}`
          : nothing}
      </div>
      <div class="feedback" part="feedback" role="status" data-verdict=${this.verdict()}>${this.renderFeedback(q)}</div>
    `;
  }

  /** `correct`, `incorrect` or `` for styling the feedback box. */
  protected verdict(): string {
    const record = this.snapshot?.context.record;
    if (this.phase === 'answering' || !record) return '';
    return record.correct ? 'correct' : 'incorrect';
  }

  /** The first line of the feedback: "Correct!", "Not quite." … (a kind with no right answer says otherwise). */
  protected verdictText(): string {
    const t = this.localize.t;
    const record = this.snapshot?.context.record;
    if (this.phase === 'revealed') return t.answerShown;
    return record?.correct ? t.correct : record && record.score > 0 ? t.partlyCorrect : t.incorrect;
  }

  /** The submit button's text. */
  protected submitLabel(): string {
    return this.localize.t.check;
  }

  protected renderFeedback(q: Q) {
    const s = this.snapshot!;
    const record = s.context.record;
    if (this.phase === 'answering' || !record) return nothing;
    const t = this.localize.t;
    const verdict = this.verdictText();
    const left = q.attempts - record.attempts;
    return html`
      <p class="verdict">${verdict}</p>
      ${this.renderResponseFeedback(q)}
      ${this.phase === 'incorrect' ? html`<p>${t.attemptsLeft(left)}</p>` : nothing}
      ${this.phase === 'failed' ? html`<p>${t.outOfAttempts}</p>` : nothing}
      ${q.explanationHtml && this.solutionShown
        ? html`<div class="prose" lang=${this.contentLang ?? nothing} dir=${this.contentDir ?? nothing}>${safeHtml(q.explanationHtml)}</div>`
        : nothing}
    `;
  }
}
