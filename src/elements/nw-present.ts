import { LitElement, type PropertyValues, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { loadModule } from '../content/load.js';
import { loadSanitizer } from '../content/sanitize.js';
import type { ModuleDoc, Question, ScenarioNode, Step } from '../content/types.js';
import { type ClassroomTranslation, loadClassroomStrings } from '../i18n/classroom.js';
import { directionOf } from '../i18n/language.js';
import { LocalizeController } from '../i18n/localize-controller.js';
import type { Translation } from '../i18n/translation.js';
import { correctResponse, hasCorrectResponse } from '../machines/scoring.js';
import { sharedStyles } from '../styles/shared-styles.js';
import { loadContentElements } from './content-elements.js';
import { describeResponse } from './describe-response.js';
import { safeHtml } from './question-element.js';

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** One thing the class can vote for: its text, whether it is right (undefined: no right answer), its feedback. */
interface Choice {
  html: string;
  right?: boolean;
  feedbackHtml?: string;
}

/**
 * The whiteboard mode: a module played together on a projector. Large type, one step per screen, the
 * options lettered A, B, C… for the class to vote with hands or cards; the teacher clicks (or types the
 * letter of) the class's choice, then reveals the answer and its feedback. A scenario is walked together,
 * one situation at a time. Nothing is scored, saved or sent.
 *
 * A step longer than one screen is shown in parts, a screenful of columns at a time ("Part 1 of 2").
 *
 * Keys: → / PageDown / Space (once revealed) next part or step, ← / PageUp back, a letter picks, Space or Enter
 * reveals, N shows the teacher's notes (the module's teacher guide), F fills the screen.
 * `<nw-module mode="present">` shows this element; it can also be used alone.
 *
 * @summary A module on a whiteboard.
 * @csspart stage - The step on screen.
 * @csspart notes - The teacher's notes panel.
 */
@customElement('nw-present')
export class NwPresent extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        /* One screen, never scrolled: the header, the step, the buttons and the keys, top to bottom. */
        display: flex;
        flex-direction: column;
        /* At least 28px body text at 1920×1080 (about 36px there), readable from the back of a room. */
        font-size: max(28px, 1.9vw);
        line-height: 1.35;
        height: 100vh;
        overflow: hidden;
        box-sizing: border-box;
        padding: 1.5vw 3vw 1vw;
        background: var(--_surface);
        color: var(--_text);
      }
      :host(:focus) { outline: none; }
      :host(:focus-visible) { outline: var(--_focus); outline-offset: -6px; }
      /* The step fills the screen between the header and the buttons. A reading step: two columns of
         comfortable width. With options (or a revealed answer): the text on the left, the options on the
         right. Text longer than that flows on into more columns off screen, shown a screenful at a time
         ("part 1 of 2", the same keys go on): nothing is cut and the type never gets smaller. */
      main { flex: 1 1 auto; min-height: 0; display: flex; flex-direction: column; }
      .body { flex: 1 1 auto; min-height: 0; display: grid; grid-template: minmax(0, 1fr) / minmax(0, 1fr); gap: 0 3vw; }
      main.split .body { grid-template-columns: minmax(0, 1.15fr) minmax(0, 1fr); }
      main.split.tight .body { grid-template-columns: minmax(0, 1fr) minmax(0, 1.3fr); }
      main.tight .side { font-size: max(28px, 0.8em); }
      .clip { min-width: 0; min-height: 0; overflow: hidden; }
      .read, .side { height: 100%; column-count: 1; column-gap: 3vw; column-fill: auto; }
      .side { position: relative; }
      main:not(.split) .read { column-count: 2; }
      /* An upright screen: one column; the options under the text. */
      @media (max-aspect-ratio: 4/3) {
        main:not(.split) .read { column-count: 1; }
        main.split .body, main.split.tight .body { grid-template-columns: minmax(0, 1fr); grid-template-rows: minmax(0, 1.2fr) minmax(0, 1fr); gap: 0.5em 0; }
      }
      .read > :first-child, .side > :first-child, .prose > :first-child { margin-top: 0; }
      :is(.read, .side) :is(li, img, figure, .option, .status, h3, h4) { break-inside: avoid; }
      :is(.read, .side) :is(h3, h4) { break-after: avoid; }
      /* A table goes on into the next column between its rows (a table box would not be split). */
      .prose :is(table, thead, tbody) { display: block; }
      .prose table { border-collapse: collapse; overflow: visible; }
      .prose tr { display: grid; grid-auto-flow: column; grid-auto-columns: minmax(0, 1fr); gap: 0 0.75em; break-inside: avoid; border-bottom: 2px solid var(--_border); padding: 0.25em 0; }
      .prose th { text-align: start; }
      header { flex: none; display: flex; flex-wrap: wrap; justify-content: space-between; gap: 0.5rem 2rem; font-size: 0.7em; }
      header p { margin: 0; }
      h2 { flex: none; font-size: 1.6em; margin: 0.3em 0; }
      .prose :is(h1, h2, h3) { font-size: 1.1em; }
      .options { list-style: none; padding: 0; margin: 0.5em 0; display: grid; gap: 0.4em; }
      .option {
        display: flex; align-items: flex-start; gap: 0.6em; width: 100%; text-align: start; font: inherit;
        padding: 0.35em 0.6em; border: 3px solid var(--_border); border-radius: var(--_radius);
        background: var(--_surface); color: inherit; cursor: pointer; min-height: 44px;
      }
      .option[aria-pressed='true'] { border-width: 6px; background: var(--_subtle); }
      .letter {
        flex: none; display: inline-grid; place-items: center; width: 1.6em; height: 1.6em;
        border: 3px solid currentColor; border-radius: 50%; font-weight: 700;
      }
      /* Long words (a web address in an option) wrap rather than run out of the box. */
      .option .text { min-width: 0; overflow-wrap: anywhere; }
      .prose :is(code, a) { overflow-wrap: anywhere; }
      .option .text > :first-child { margin-top: 0; }
      .option .text > :last-child { margin-bottom: 0; }
      .mark { margin-inline-start: auto; font-weight: 700; white-space: nowrap; }
      .status { font-weight: 700; margin: 0.4em 0; }
      .feedback { border-inline-start: 8px solid var(--_border); padding-inline-start: 0.75em; margin: 0.5em 0; }
      .gap, [data-gap] { display: inline-block; min-width: 4em; border-bottom: 3px solid currentColor; }
      .items { font-size: 0.9em; }
      .controls { flex: none; display: flex; flex-wrap: wrap; align-items: center; gap: 0.5em; margin-top: 0.75em; }
      .controls .vote { margin: 0; margin-inline-start: auto; max-width: 50%; }
      .prose :is(ul, ol) { padding-inline-start: 1.6em; }
      .controls button { font: inherit; font-size: 0.8em; }
      .keys { flex: none; font-size: 0.55em; margin: 0.5em 0 0; }
      /* The notes lie over the step (the step keeps its layout) and scroll if long. */
      aside {
        position: fixed; inset-inline: 3vw; bottom: 2em; max-height: 60vh; overflow: auto; z-index: 1;
        background: var(--_surface); border: 3px dashed var(--_border); border-radius: var(--_radius);
        padding: 0.5em 1em; font-size: 0.7em;
      }
      aside[hidden] { display: none; }
      img { max-width: 100%; max-height: 60vh; height: auto; object-fit: contain; }
      /* Elements in a step's text (such as the helplines) take the whiteboard's type size. */
      .prose { --nw-font-size: 1em; }
    `,
  ];

  /** URL of the module (compiled JSON, or a `.md` source). */
  @property() src?: string;

  /** A compiled module given directly (instead of `src`). */
  @property({ attribute: false }) doc?: ModuleDoc;

  @state() private index = 0;
  /** The letter index the class chose, if any. */
  @state() private chosen?: number;
  @state() private revealed = false;
  /** In a scenario: the situation on screen. */
  @state() private node?: string;
  @state() private notesOpen = false;
  @state() private strings?: ClassroomTranslation;
  @state() private failed = false;
  @state() private module?: ModuleDoc;
  /** A step longer than one screen is shown in parts: the part on screen, and how many there are. */
  @state() private page = 0;
  @state() private pages = 1;
  /** The options did not fit beside the text: they get more of the width, in smaller (never under 28px) type. */
  @state() private tight = false;
  /** Watches the step's content (pictures loading, the helplines drawn) to count its parts again. */
  #resize?: ResizeObserver;
  #frame = 0;
  /** Just revealed: show the part where the answer starts (it may flow on past the options). */
  #toAnswer = false;

  readonly #localize = new LocalizeController(this, () => this.module?.meta.lang);

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.hasAttribute('tabindex')) this.tabIndex = 0;
    this.addEventListener('keydown', this.#onKey);
    // Counted again in the next frame, not inside the observer's callback (that could loop).
    this.#resize = new ResizeObserver(() => {
      cancelAnimationFrame(this.#frame);
      this.#frame = requestAnimationFrame(() => this.#paginate());
    });
    // The whiteboard fills the screen whatever width the page gives the player (`--nw-max-width`); set
    // here, so the player's own styles, in the first download, carry nothing for this mode.
    this.#player()?.style.setProperty('max-width', 'none');
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('keydown', this.#onKey);
    this.#resize?.disconnect();
    cancelAnimationFrame(this.#frame);
    this.#player()?.style.removeProperty('max-width');
  }

  /** The `<nw-module>` this whiteboard is inside, if any. */
  #player(): HTMLElement | undefined {
    const host = (this.getRootNode() as ShadowRoot).host as HTMLElement | undefined;
    return host?.localName === 'nw-module' ? host : undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src') || changed.has('doc')) void this.#load();
  }

  protected override updated(): void {
    // Watch what the step shows now (and the boxes it flows in), then count its parts and show the one on screen.
    this.#resize?.disconnect();
    for (const box of this.#boxes()) {
      this.#resize?.observe(box);
      for (const child of box.children) this.#resize?.observe(child);
    }
    this.#paginate();
  }

  /** The boxes a step flows in: its text, and its options and answer. */
  #boxes(): HTMLElement[] {
    return [...this.renderRoot.querySelectorAll<HTMLElement>('.clip > *')];
  }

  /** How many screenfuls of columns a box holds, and the distance from one to the next. */
  #pagesOf(box: HTMLElement): { count: number; width: number } {
    const gap = parseFloat(getComputedStyle(box).columnGap) || 0;
    const width = box.clientWidth + gap;
    // The columns past the box are its overflow (the last screenful may have only one of its two columns).
    return { count: width > 0 ? Math.max(1, Math.ceil((box.scrollWidth + gap) / width - 0.05)) : 1, width };
  }

  /** Counts the step's parts and scrolls each box to the part on screen (its last one if it has fewer). */
  #paginate(): void {
    const boxes = this.#boxes();
    const pages = boxes.map((box) => this.#pagesOf(box));
    // The class votes on all the options at once, and sees them with the answer: make them fit one screen
    // before showing them in parts.
    const side = boxes.findIndex((box) => box.classList.contains('side'));
    if (side >= 0 && pages[side].count > 1 && !this.tight) {
      this.tight = true;
      return;
    }
    const parts = Math.max(1, ...pages.map((p) => p.count));
    if (parts !== this.pages) this.pages = parts;
    const answer = this.renderRoot.querySelector<HTMLElement>('.side > .answer');
    if (this.#toAnswer && answer) {
      this.#toAnswer = false;
      const side = answer.parentElement!;
      const { width } = this.#pagesOf(side);
      const rtl = getComputedStyle(side).direction === 'rtl';
      // `.side` is the answer's offset parent: its offset is from the side's first column, whatever part is shown.
      const from = rtl ? side.clientWidth - answer.offsetLeft - answer.offsetWidth : answer.offsetLeft;
      this.page = Math.max(this.page, Math.min(parts - 1, Math.floor((from + 1) / width)));
    }
    if (this.page > parts - 1) this.page = parts - 1;
    // Moved, not scrolled: a scroll would stop short at a last screenful with one column of two.
    boxes.forEach((box, i) => {
      const rtl = getComputedStyle(box).direction === 'rtl';
      const shift = Math.min(this.page, pages[i].count - 1) * pages[i].width;
      box.style.transform = shift ? `translateX(${rtl ? shift : -shift}px)` : '';
    });
  }

  async #load(): Promise<void> {
    try {
      const [doc] = await Promise.all([this.doc ?? loadModule(this.src!), loadSanitizer()]);
      await loadContentElements(doc); // e.g. the helplines a step shows
      this.strings = await loadClassroomStrings(this.#localize.lang || doc.meta.lang);
      this.module = doc;
      this.#go(0);
      this.dispatchEvent(new Event('nw-present-ready'));
    } catch (err) {
      console.error(err);
      this.failed = true;
    }
  }

  get #steps(): Step[] {
    return this.module?.lessons.flatMap((l) => l.steps) ?? [];
  }

  #go(index: number): void {
    this.index = Math.max(0, Math.min(index, this.#steps.length));
    this.chosen = undefined;
    this.revealed = false;
    this.page = 0;
    this.pages = 1;
    this.tight = false;
    const q = this.#steps[this.index]?.question;
    this.node = q?.kind === 'scenario' ? q.nodes[0]?.id : undefined;
  }

  /** The lettered choices of the screen: options, true/false, a poll, or a scenario's situation. */
  #choices(q: Question | undefined, t = this.#localize.t): Choice[] {
    if (!q) return [];
    if (q.kind === 'choice') return q.options.map((o) => ({ html: o.html, right: o.correct, feedbackHtml: o.feedbackHtml }));
    if (q.kind === 'truefalse') {
      return [
        { html: t.trueLabel, right: q.answer, feedbackHtml: q.feedbackTrueHtml },
        { html: t.falseLabel, right: !q.answer, feedbackHtml: q.feedbackFalseHtml },
      ];
    }
    if (q.kind === 'reflect') return q.options.map((o) => ({ html: o.html }));
    if (q.kind === 'scenario') return this.#node(q)?.choices.map((c) => ({ html: c.html, feedbackHtml: c.feedbackHtml })) ?? [];
    return [];
  }

  #node(q: Question): ScenarioNode | undefined {
    return q.kind === 'scenario' ? q.nodes.find((n) => n.id === this.node) : undefined;
  }

  /** Whether the screen has something to reveal (a right answer, or a scenario choice's outcome). */
  #canReveal(q: Question | undefined): boolean {
    if (!q || this.revealed) return false;
    if (q.kind === 'scenario') return this.chosen !== undefined;
    if (q.kind === 'reflect') return false;
    if (q.kind === 'choice' || q.kind === 'truefalse') return this.chosen !== undefined;
    return hasCorrectResponse(q);
  }

  /** A question whose answer is revealed only after the class has chosen a letter. */
  #awaitsChoice(q: Question | undefined): boolean {
    if (!q || (q.kind === 'scenario' && this.#node(q)?.ending)) return false;
    return q.kind === 'choice' || q.kind === 'truefalse' || q.kind === 'scenario';
  }

  #pick(i: number): void {
    if (this.revealed) return;
    if (i < this.#choices(this.#steps[this.index]?.question).length) this.chosen = i;
  }

  #reveal(): void {
    if (!this.#canReveal(this.#steps[this.index]?.question)) return;
    this.revealed = true;
    this.#toAnswer = true;
  }

  #next(): void {
    const q = this.#steps[this.index]?.question;
    const node = q && this.#node(q);
    // A scenario goes on to the situation the class's choice leads to, then to the next step.
    if (q?.kind === 'scenario' && node && !node.ending && this.revealed && this.chosen !== undefined) {
      this.node = node.choices[this.chosen].next;
      this.chosen = undefined;
      this.revealed = false;
      this.page = 0;
      this.pages = 1;
      this.tight = false;
      return;
    }
    if (this.index < this.#steps.length) this.#go(this.index + 1);
  }

  /** On: the step's next part, else the next step (or situation). */
  #forward(): void {
    if (this.page < this.pages - 1) this.page += 1;
    else this.#next();
  }

  /** Back: the step's previous part, else the previous step. */
  #backward(): void {
    if (this.page > 0) this.page -= 1;
    else this.#go(this.index - 1);
  }

  #onKey = (e: KeyboardEvent): void => {
    if (e.altKey || e.ctrlKey || e.metaKey || !this.module) return;
    const key = e.key;
    const q = this.#steps[this.index]?.question;
    let handled = true;
    if (key === 'ArrowRight' || key === 'PageDown') this.#forward();
    else if (key === 'ArrowLeft' || key === 'PageUp') this.#backward();
    else if (key === ' ' || key === 'Enter') {
      // On a button, Enter and Space press it; elsewhere they reveal, then go on.
      if ((e.composedPath()[0] as Element)?.localName === 'button') return;
      if (this.#canReveal(q)) this.#reveal();
      // Waiting for the class's choice: Space does not skip the question.
      else if (this.page < this.pages - 1) this.page += 1;
      else if (!(this.chosen === undefined && !this.revealed && this.#awaitsChoice(q))) this.#next();
    } else if (key.toLowerCase() === 'f') void this.#fullScreen();
    else if (key.toLowerCase() === 'n') this.notesOpen = !this.notesOpen;
    else if (/^[a-z]$/i.test(key) && LETTERS.indexOf(key.toUpperCase()) < this.#choices(q).length) this.#pick(LETTERS.indexOf(key.toUpperCase()));
    else handled = false;
    if (handled) e.preventDefault();
  };

  async #fullScreen(): Promise<void> {
    try {
      if (document.fullscreenElement) await document.exitFullscreen();
      else await this.requestFullscreen();
    } catch {
      /* the browser refused (not from a key press, or in a frame without allowfullscreen) */
    }
  }

  override render() {
    const t = this.#localize.t;
    const c = this.strings;
    if (this.failed) return html`<p role="alert"><strong>${t.loadFailed}</strong> ${t.loadFailedDetail}</p>`;
    const doc = this.module;
    if (!doc || !c) return html`<p role="status">${t.loading}</p>`;
    const lang = doc.meta.lang;
    const dir = directionOf(lang);
    const steps = this.#steps;
    const step = steps[this.index];
    const lesson = doc.lessons.find((l) => l.steps.includes(step!));
    return html`
      <header>
        <p lang=${lang} dir=${dir}>${doc.meta.title}${lesson ? html` · ${lesson.title}` : nothing}</p>
        <p>${step ? t.stepOf(this.index + 1, steps.length) : nothing}${this.pages > 1 ? html` · <span class="part">${c.presentPart(this.page + 1, this.pages)}</span>` : nothing}</p>
      </header>
      <main part="stage" aria-live="polite" class=${[step?.question && (this.#choices(step.question, t).length || this.revealed) ? 'split' : '', this.tight ? 'tight' : ''].join(' ').trim()}>
        ${step ? this.#renderStep(step, t, c, lang, dir) : html`<h2>${c.presentEnd}</h2>`}
      </main>
      <div class="controls">
        <button @click=${() => this.#backward()} ?disabled=${this.index === 0 && this.page === 0}>${t.back}</button>
        ${this.#canReveal(step?.question) ? html`<button class="primary" @click=${() => this.#reveal()}>${c.reveal}</button>` : nothing}
        <button class=${this.#canReveal(step?.question) ? '' : 'primary'} @click=${() => this.#forward()} ?disabled=${!step}>${t.next}</button>
        ${doc.guides.teacherHtml
          ? html`<button aria-expanded=${String(this.notesOpen)} aria-controls="notes" @click=${() => (this.notesOpen = !this.notesOpen)}>${c.notes}</button>`
          : nothing}
        <button @click=${() => this.#fullScreen()}>${c.fullScreen}</button>
        ${step ? this.#renderVote(step, t, c) : nothing}
      </div>
      ${doc.guides.teacherHtml
        ? html`<aside id="notes" part="notes" aria-label=${c.notes} ?hidden=${!this.notesOpen}>
            <div class="prose" lang=${lang} dir=${dir}>${safeHtml(doc.guides.teacherHtml)}</div>
          </aside>`
        : nothing}
      <p class="keys">${c.presentKeys}</p>
    `;
  }

  #renderStep(step: Step, t: Translation, c: ClassroomTranslation, lang: string, dir: string) {
    const q = step.question;
    const node = q && this.#node(q);
    const choices = this.#choices(q, t);
    const chosen = this.chosen === undefined ? undefined : choices[this.chosen];
    const right = choices.map((x, i) => (x.right ? LETTERS[i] : '')).filter(Boolean).join(', ');
    // On a wide screen the text is on the left and the options and answer on the right (see `main.split`).
    return html`<h2 lang=${lang} dir=${dir}>${step.title}</h2><div class="body"><div class="clip"><div class="read">
      ${step.html ? html`<div class="prose" lang=${lang} dir=${dir}>${safeHtml(step.html)}</div>` : nothing}
      ${q ? html`<div class="prose" lang=${lang} dir=${dir}>${safeHtml(q.promptHtml)}</div>` : nothing}
      ${node ? html`<div class="prose" lang=${lang} dir=${dir}>${safeHtml(node.html)}</div>` : nothing}
      ${q ? this.#renderMaterial(q, lang, dir) : nothing}
    </div></div><div class="clip"><div class="side">
      ${choices.length
        ? html`<ol class="options">
            ${choices.map((x, i) => html`<li>
              <button class="option" aria-pressed=${String(this.chosen === i)} @click=${() => this.#pick(i)}>
                <span class="letter" aria-hidden="true">${LETTERS[i]}</span>
                <span class="visually-hidden">${LETTERS[i]}:</span>
                <span class="text" lang=${q!.kind === 'truefalse' ? nothing : lang}>${q!.kind === 'truefalse' ? x.html : safeHtml(x.html)}</span>
                ${this.revealed && x.right ? html`<span class="mark">✓ ${t.correct}</span>` : nothing}
              </button>
            </li>`)}
          </ol>`
        : nothing}
      ${this.revealed ? html`<div class="answer">${this.#renderAnswer(q!, t, c, right, chosen, lang, dir)}</div>` : nothing}
    </div></div></div>`;
  }

  /** Beside the buttons (so the options keep their room): ask the class to vote, then what it chose. */
  #renderVote(step: Step, t: Translation, c: ClassroomTranslation) {
    const q = step.question;
    const node = q && this.#node(q);
    if (this.chosen !== undefined) return html`<p class="status vote" role="status">${c.classChose(LETTERS[this.chosen])}</p>`;
    return this.#choices(q, t).length && !node?.ending && !this.revealed ? html`<p class="status vote">${c.presentAsk}</p>` : nothing;
  }

  /** What the class looks at for the kinds without letters (items, gaps, a picture or mocked screen). */
  #renderMaterial(q: Question, lang: string, dir: string) {
    const list = (items: { html: string }[]) => html`<ul class="items" lang=${lang} dir=${dir}>${items.map((i) => html`<li>${safeHtml(i.html)}</li>`)}</ul>`;
    switch (q.kind) {
      case 'order':
        // Not in the right order: that is what the class works out.
        return list([...q.items.slice(1), q.items[0]]);
      case 'match':
        return html`${list(q.pairs)}${list(q.targets)}`;
      case 'sort':
        return html`${list(q.groups)}${list(q.cards)}`;
      case 'blanks':
        return html`<div class="prose" lang=${lang} dir=${dir}>${safeHtml(q.textHtml)}</div>`;
      case 'hotspot':
        return q.image
          ? html`<img src=${q.image.src} alt=${q.image.alt} />`
          : html`<div class="prose" lang=${lang} dir=${dir}>${safeHtml(q.stageHtml)}</div>`;
      default:
        return nothing;
    }
  }

  #renderAnswer(q: Question, t: Translation, c: ClassroomTranslation, right: string, chosen: Choice | undefined, lang: string, dir: string) {
    const lettered = q.kind === 'choice' || q.kind === 'truefalse';
    return html`
      ${lettered ? html`<p class="status">${c.answerWas(right)}</p>` : nothing}
      ${!lettered && q.kind !== 'scenario' ? html`<div class="feedback"><p class="status">${t.theAnswerIs}:</p>${safeHtml(describeResponse(q, correctResponse(q), t))}</div>` : nothing}
      ${chosen?.feedbackHtml ? html`<div class="feedback prose" lang=${lang} dir=${dir}>${safeHtml(chosen.feedbackHtml)}</div>` : nothing}
      ${q.explanationHtml && q.kind !== 'scenario' ? html`<div class="feedback prose" lang=${lang} dir=${dir}>${safeHtml(q.explanationHtml)}</div>` : nothing}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'nw-present': NwPresent;
  }
}
