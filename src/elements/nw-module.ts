import './nw-module-prefetch.js';
import { LitElement, type PropertyValues, adoptStyles, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { ModuleDoc } from '../content/types.js';
import { type ModuleActor, ModuleSession } from '../controllers/module-session.js';
import { NearViewportController } from '../controllers/near-viewport.js';
import { loadTranslation } from '../i18n/index.js';
import { directionOf, langOf } from '../i18n/language.js';
import { LocalizeController } from '../i18n/localize-controller.js';
import type { Translation } from '../i18n/translation.js';
import { isUntouched, progressOf } from '../machines/module-machine.js';
import { questionsOf } from '../machines/result.js';
import type { Tracker, TrackerStatus } from '../tracking/tracker.js';
import { loadQuestionElements, renderQuestion } from './question-elements.js';
import { loadContentElements } from './content-elements.js';
import { renderGlossary, renderObjectives } from './module-intro.js';
import { safeHtml } from './question-element.js';
import { resourcePolicyFor } from './safe-html.js';
import { readyToShow } from '../content/sanitize.js';
import './nw-choice.js';
import { moduleStyles } from './nw-module.styles.js';
import { PRERENDERED } from './prerender-mark.js';
import { carryOver, readCopy } from './carry-over.js';
import { takeEarly } from './early-response.js';

const SUMMARY_PARTS = 'score, verdict, band, review';

const loadSummary = () => import('./nw-summary.js');

/** The step a snapshot of the session shows (none once the module is finished). */
const stepShown = (s: NonNullable<ModuleSession['snapshot']>) => (s.matches('finished') ? undefined : s.context.steps[s.context.index]);

/** Runs `fn` when the browser has nothing else to do (or soon, where it cannot say). */
const afterIdle = (fn: () => unknown) => ('requestIdleCallback' in window ? requestIdleCallback(fn, { timeout: 2000 }) : setTimeout(fn, 200));
/** Settles in the second animation frame from now: after one frame has been laid out and drawn. */
const twoFrames = () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));

/** The sentence telling the student where their work is saved. */
function statusText(status: TrackerStatus, t: Translation): string {
  if (status.detail === 'storage-unavailable') return t.storageUnavailable;
  if (status.detail === 'saved-progress-unreadable') return t.savedProgressUnreadable;
  if (status.state === 'fallback') return t.fallbackToLocal;
  if (status.state === 'error') return status.detail ?? t.storageUnavailable;
  if (status.kind === 'none') return t.savedNowhere;
  if (status.kind === 'local') return t.savedLocally;
  return status.detail ? t.savedTo(status.detail) : t.savedToPlatform;
}

/**
 * Plays a module: loads it, shows one step at a time with a progress bar, its questions and the
 * summary, saves progress through a tracker and resumes where the student left off.
 *
 * A page may hold the first step already, written in as a declarative shadow root (`netwise pack` and the
 * LTI launch page do, see `prerender.ts`): it shows before the script runs, and the player replaces it
 * with its own step in one frame.
 *
 * @summary The Netwise player.
 * @fires {NwAnswerEvent} nw-answer - A question was answered (every submission).
 * @fires {NwProgressEvent} nw-progress - The student moved to another step, or finished.
 * @fires {NwCompleteEvent} nw-complete - The student finished the module; carries the score and pass/fail.
 * @fires {NwErrorEvent} nw-error - The module could not be loaded or is not playable.
 * @csspart base - The whole player.
 * @csspart header - Title, lesson and progress.
 * @csspart title - The module title.
 * @csspart progress - The progress bar (a native `<progress>`).
 * @csspart step - The current step.
 * @csspart nav - The Back / Next row.
 * @csspart status - The line saying where progress is saved.
 * @csspart return - The "Back to the course" button (when a cmi5 LMS gave a return address).
 * @csspart error - The message shown when the module cannot be played.
 * @csspart objectives - The module's objectives, on its first step.
 * @csspart glossary - The module's words and their meanings (a `<details>`), on every step.
 * @cssprop [--nw-color-accent=#1d4ed8] - Buttons, links, progress and focus accents.
 * @cssprop [--nw-color-text=#1f2937] - Text colour.
 * @cssprop [--nw-color-surface=#ffffff] - Background of the player.
 * @cssprop [--nw-color-subtle=#f3f4f6] - Background of feedback and picked options.
 * @cssprop [--nw-color-border=#6b7280] - Borders of options and boxes.
 * @cssprop [--nw-radius=0.5rem] - Corner radius.
 * @cssprop [--nw-font-family=system-ui] - Font.
 * @cssprop [--nw-focus-ring=3px solid #f59e0b] - The focus outline.
 * @cssprop [--nw-max-width=48rem] - The player's maximum width.
 * @cssprop [--nw-placeholder-height=20rem] - The room the player keeps on the page until its first step shows: by
 *   default 20rem far from the viewport or with players after it (a screen's height in view with players after
 *   it), else none (set it to the player's height and the page does not move when the first step shows).
 */
@customElement('nw-module')
export class NwModule extends LitElement {
  static override styles = moduleStyles;

  /** URL of the module: compiled JSON (fast), or a `.md` source (loads the Markdown parser). */
  @property() src?: string;

  /**
   * A compiled module given directly (instead of `src`). A compiled module can also be written in the
   * page, inside the player: `<nw-module><script type="application/json">{…}</script></nw-module>`
   * (checked as a fetched one is; used before `src`, with no request at all).
   */
  @property({ attribute: false }) doc?: ModuleDoc;

  /**
   * Where progress is saved: `auto` (an LMS if one is found, else this device), `local` (this device),
   * `none`, or a specific standard (`scorm12`, `scorm2004`, `scorm`, `xapi` with `xapi-endpoint`, `cmi5`).
   * `auto` tries cmi5 (launch parameters in the URL), SCORM 2004, SCORM 1.2, xAPI (if `xapi-endpoint` is set).
   */
  @property() tracking = 'auto';

  /** A tracker instance to use instead of `tracking` (for custom back ends). */
  @property({ attribute: false }) tracker?: Tracker;

  /**
   * The LRS endpoint for `tracking="xapi"` (and for `auto` when no LMS is found). Without it nothing is
   * sent. For an actor or other settings, set `.tracker = new XapiTracker({…})` instead.
   */
  @property({ attribute: 'xapi-endpoint' }) xapiEndpoint?: string;

  /**
   * The student's country (ISO code, e.g. `CZ`) for the helplines a lesson shows (`:::helplines`);
   * without it, the country that goes with the module's language.
   */
  @property({ reflect: true }) country?: string;

  /** The LRS `Authorization` value for `xapi-endpoint` (e.g. `Basic …`, a write-only key). */
  @property({ attribute: 'xapi-auth' }) xapiAuth?: string;

  /**
   * Origins (space-separated, e.g. `https://cdn.example`, or `*` for any) from which module content may
   * load images and media, besides this page's and the module's own origin. Default: none.
   */
  @property({ attribute: 'allow-origins' }) allowOrigins?: string;

  /**
   * `lazy` (the default): a player far from the viewport loads its module only when the student scrolls
   * near it (a screen away), so many players on one page cost what the visible ones do. `eager`: at once.
   */
  @property() loading: 'lazy' | 'eager' = 'lazy';

  /**
   * `present`: the whiteboard mode, for a class around one screen (`<nw-present>`, loaded on demand):
   * large type, lettered options the teacher reveals, nothing scored, saved or sent.
   */
  @property({ reflect: true }) mode?: string;

  readonly #near = new NearViewportController(this);
  /** Until the first step (or an error) shows. */
  #isWaiting = false;
  /** The module has been asked for (lazy players wait until near the viewport). */
  #started = false;
  /** Until the first step (or an error) shows, the player keeps its place (see `--nw-placeholder-height`). */
  readonly #internals = this.attachInternals();

  readonly #session = new ModuleSession(this, {
    // The UI's strings download with the question elements, so the first step shows in its language.
    // DOMPurify is waited for only when some text is more than plain formatting (see sanitize.ts).
    prepare: (doc) =>
      Promise.all([
        loadQuestionElements(questionsOf(doc).map((q) => q.kind)),
        loadContentElements(doc),
        loadTranslation(langOf(this) || doc.meta.lang),
        readyToShow(doc, resourcePolicyFor(this)),
      ]),
  });
  /** The UI language: the player's own `lang`, else the closest `[lang]` above it, else the module's. */
  readonly #localize = new LocalizeController(this, () => this.#session.snapshot?.context.doc.meta.lang);
  /** The step on screen (`summary` when finished), to move focus when it changes. */
  #shownStep?: string;
  /** The question on screen, and which of the two places in the step template shows it (see `willUpdate`). */
  #question?: string;
  #place = false;
  /** The module's language when it is not the UI's (its text is marked with it), for the question elements. */
  #contentLang?: string;

  /**
   * The first step written into the page at build time (`prerender.ts`, a declarative shadow root) or
   * by the embed's early step: shown until the player's own first step replaces it in the same frame
   * (what the student did in it carries over: `carry-over.ts`).
   */
  #copy = this.shadowRoot?.querySelector(`[${PRERENDERED}]`);
  /** Sheets the copy's shadow root had besides the player's own (see `createRenderRoot`). */
  #copySheets: CSSStyleSheet[] = [];
  #roomDropped!: () => void;
  /**
   * Resolves once the room the embed's early step keeps below this player (one of `#copySheets`) has gone,
   * at once when it keeps none: the players after it start only then (see `connectedCallback`).
   */
  #roomGone = new Promise<void>((resolve) => {
    this.#roomDropped = resolve;
  });

  /**
   * Until its first step shows, a player keeps room on the page (`--nw-placeholder-height`). The one player
   * of a page keeps none in view (when its step shows, the text after it moves once, and only that text),
   * 20rem far from it. Where players follow one another each takes its room two frames after it is
   * defined (so a page painted before the script ran sees the players' own layout first, then the room:
   * two small shifts, not the whole page at once): in view and followed by another, a screen's height
   * (the next one starts below the fold, and the step showing moves nothing in view); elsewhere 20rem,
   * so those further down stay out of reach and wait. Each measures where it is (near the viewport or
   * not) once those before it have taken theirs, in the page's order.
   */
  override connectedCallback(): void {
    const keep = !this.#started && !this.#copy;
    const players = (this.getRootNode() as Document | ShadowRoot).querySelectorAll('nw-module');
    const many = keep && players.length > 1;
    const taken =
      many &&
      twoFrames().then(() => {
        const where = this.#near.whereabouts();
        if (this.#isWaiting) this.#waiting(true, where !== 'view' ? 'room' : players[players.length - 1] !== this ? 'fold' : undefined);
      });
    // Nor do they start before the room kept below an early step above them has gone: one started meanwhile
    // could show its step below that room, and come up into view with the step when the room goes.
    const above = many ? [...players].slice(0, [...players].indexOf(this)).filter((p) => p instanceof NwModule) : [];
    this.#near.settled = (many && players[0] !== this && Promise.all([taken, ...above.map((p) => p.#roomGone)])) || undefined;
    // Draws the shadow root (with the styles that give the player its layout), then decides whether the
    // player is near the viewport: now, or once `settled` settles.
    super.connectedCallback();
    if (!keep) return;
    this.#waiting(true);
    if (!many && this.#near.whereabouts() === 'far') this.#waiting(true, 'room');
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // A player taken off the page before its step showed holds none of the players after it back.
    this.#roomDropped();
  }

  /**
   * Keeps a pre-rendered shadow root (the browser's default would empty it) and adds the styles to it,
   * keeping any other sheet it had until the copy goes (the room the embed's early step keeps below a first
   * player that others follow: they take their own room meanwhile).
   */
  protected override createRenderRoot() {
    if (!this.#copy) {
      this.#roomDropped();
      return super.createRenderRoot();
    }
    const root = this.shadowRoot!;
    const own = new Set(NwModule.elementStyles.map((s) => (s instanceof CSSStyleSheet ? s : s.styleSheet)));
    this.#copySheets = root.adoptedStyleSheets.filter((sheet) => !own.has(sheet));
    if (!this.#copySheets.length) this.#roomDropped();
    adoptStyles(root, [...NwModule.elementStyles, ...this.#copySheets]);
    return root;
  }

  /** The running module actor (for advanced use: e.g. reading `getSnapshot().context`). */
  get actor(): ModuleActor | undefined {
    return this.#session.actor;
  }

  /**
   * Releases the player now: stops its actor, stores waiting work and ends the tracker's session (as
   * leaving the page does). A player removed from the page for good does this by itself once the task
   * that removed it ends; a player only moved keeps going. Put back, it starts again from saved progress.
   */
  dispose(): void {
    this.#session.dispose();
  }

  #open(): void {
    const { src, doc, tracking, tracker, xapiEndpoint, xapiAuth } = this;
    // A compiled module written in the player (`<script type="application/json">`).
    const inline = doc ? undefined : (this.querySelector(':scope > script[type="application/json"]')?.textContent ?? undefined);
    if (!doc && !src && inline === undefined && document.readyState === 'loading') {
      // Defined before the parser reached the player's content: read it once the page is parsed.
      document.addEventListener('DOMContentLoaded', () => this.#open(), { once: true });
    }
    // The request the embed's early step made for this player, if it did (`early-step.ts`).
    const early = doc || inline !== undefined ? undefined : takeEarly(this, src);
    void this.#session.open({ src, doc, inline, response: early?.response, tracking, tracker, xapiEndpoint, xapiAuth });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const keys: PropertyKey[] = ['src', 'doc', 'tracking', 'tracker', 'xapiEndpoint', 'xapiAuth'];
    if (this.mode === 'present') return void import('./nw-present.js'); // no session: nothing tracked
    const near = this.loading === 'eager' || this.#near.near;
    if (near && (!this.#started || keys.some((k) => (changed as Map<PropertyKey, unknown>).has(k)))) {
      this.#started = true;
      this.#open();
    }
    // Another question gets a new element, with none of the last one's state (as `keyed` would, without
    // adding its helpers to the first download): Lit makes a new element when a template moves to another
    // place, so the question element alternates between two places each time the question changes.
    const s = this.#session.snapshot;
    const question = s ? stepShown(s)?.step.question?.id : undefined;
    if (question !== this.#question) {
      this.#question = question;
      this.#place = !this.#place;
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const s = this.#session.snapshot;
    if (this.#copy && (s || this.#session.error)) {
      // The player's own step (or error) has just been drawn in the same task: the copy goes (its
      // `<style>` stays: the same rules as the player's), and so does any room kept with it. What the
      // student chose in it, and where their focus was, carry over to the player's step.
      const done = readCopy(this.#copy);
      this.#copy.remove();
      this.#copy = undefined;
      if (done && s) {
        const ref = stepShown(s);
        const q = ref?.step.question;
        void carryOver(done, this.shadowRoot!, { step: ref?.step.id, untouched: !q || isUntouched(s.context, q.id) });
      }
      // The room goes two frames later: by then the players after this one have taken their own room
      // (two frames after they are defined), so nothing they hold comes up into view meanwhile.
      if (this.#copySheets.length) {
        void twoFrames().then(() => {
          adoptStyles(this.shadowRoot!, NwModule.elementStyles);
          this.#roomDropped();
        });
      }
    }
    if (s || this.#session.error) this.#waiting(false);
    if (!s) {
      this.#shownStep = undefined;
      return;
    }
    const finished = s.matches('finished');
    // The summary is needed only at the end: fetch it once the first step shows and the browser is idle
    // (at once when finished, or resumed finished, before that).
    if (finished) void loadSummary();
    else if (this.#shownStep === undefined) afterIdle(loadSummary);
    // After moving to another step, put focus on its heading so a screen reader reads it from the top.
    const current = finished ? 'summary' : stepShown(s)?.step.id;
    if (this.#shownStep !== undefined && current !== this.#shownStep) void this.#focusCurrent(finished);
    this.#shownStep = current;
  }

  /**
   * Marks the player as waiting for its first step, with the room it keeps meanwhile (`room`: 20rem,
   * `fold`: a screen's height, by default), or done waiting.
   */
  #waiting(on: boolean, room?: 'room' | 'fold'): void {
    this.#isWaiting = on;
    try {
      const states = this.#internals.states;
      if (on) states.add('waiting');
      else states.delete('waiting');
      for (const kind of ['room', 'fold']) {
        if (on && kind === room) states.add(kind);
        else states.delete(kind);
      }
    } catch {
      // A browser without custom states: no placeholder height.
    }
  }

  async #focusCurrent(finished: boolean): Promise<void> {
    if (!finished) {
      this.renderRoot.querySelector<HTMLElement>('#step-title')?.focus();
      return;
    }
    await customElements.whenDefined('nw-summary');
    const summary = this.renderRoot.querySelector('nw-summary');
    await summary?.updateComplete;
    summary?.focus();
  }

  override render() {
    if (this.mode === 'present') return html`<nw-present .src=${this.src} .doc=${this.doc}></nw-present>`;
    const t = this.#localize.t;
    const session = this.#session;
    if (session.error) {
      return html`<div class="base error" part="base error" role="alert">
        <p><strong>${t.loadFailed}</strong></p>
        <p>${t.loadFailedDetail}</p>
      </div>`;
    }
    const s = session.snapshot;
    if (!s) {
      return session.loading && !this.#copy ? html`<div class="base" part="base" role="status">${t.loading}</div>` : nothing;
    }
    const { doc, steps, index } = s.context;
    const finished = s.matches('finished');
    const ref = steps[index];
    const progress = progressOf(s.context, finished);
    // The one place deciding languages: the player speaks the UI's (and lays out in its direction); the
    // lesson's own words are marked with the module's language wherever it is another.
    const lang = doc.meta.lang;
    const other = lang.toLowerCase() !== t.$code.toLowerCase();
    const cLang = other ? lang : nothing;
    const cDir = other ? directionOf(lang) : nothing;
    this.#contentLang = other ? lang : undefined;
    return html`
      <article class="base" part="base" aria-labelledby="title" lang=${t.$code} dir=${t.$dir}>
        <header part="header">
          <p class="eyebrow">${finished ? nothing : t.lessonOf(ref.lessonIndex + 1, doc.lessons.length)}
            ${finished ? nothing : html`· <span lang=${cLang} dir=${cDir}>${doc.lessons[ref.lessonIndex].title}</span>`}</p>
          <h2 id="title" part="title" lang=${cLang} dir=${cDir}>${doc.meta.title}</h2>
          <progress part="progress" aria-label=${t.progress} max=${progress.total} value=${finished ? progress.total : index + 1}></progress>
          <p class="step-count">${finished ? nothing : t.stepOf(index + 1, progress.total)}</p>
        </header>
        ${finished
          ? html`<nw-summary .actor=${session.actor} .contentLang=${this.#contentLang} exportparts=${SUMMARY_PARTS}></nw-summary>`
          : this.#renderStep(s, t, cLang, cDir)}
        <p class="status" part="status" role="status">${session.status ? statusText(session.status, t) : nothing}</p>
        ${session.returnUrl ? html`<p class="return"><button part="return" @click=${() => session.exit()}>${t.returnToCourse}</button></p>` : nothing}
      </article>
    `;
  }

  #renderStep(s: NonNullable<ModuleSession['snapshot']>, t: Translation, cLang: string | typeof nothing, cDir: string | typeof nothing) {
    const { steps, index } = s.context;
    const { step } = steps[index];
    const q = step.question;
    const question = q ? renderQuestion(q.kind, s.children[q.id], this.#contentLang) : nothing;
    const canNext = s.can({ type: 'module.next' });
    const isLast = index === steps.length - 1;
    return html`
      <section part="step" aria-labelledby="step-title">
        <h3 id="step-title" tabindex="-1" lang=${cLang} dir=${cDir}>${step.title}</h3>
        ${step.html ? html`<div class="prose" lang=${cLang} dir=${cDir}>${safeHtml(step.html)}</div>` : nothing}
        ${this.#place ? question : nothing}${this.#place ? nothing : question}
        ${index === 0 ? renderObjectives(s.context.doc.meta, t, cLang, cDir) : nothing}
      </section>
      <nav part="nav" aria-label=${t.progress}>
        <button ?hidden=${index === 0} @click=${() => this.#session.send({ type: 'module.back', at: Date.now() })}>${t.back}</button>
        <button
          class="primary"
          aria-disabled=${canNext ? 'false' : 'true'}
          aria-describedby=${canNext ? nothing : 'blocked'}
          @click=${() => this.#session.send({ type: 'module.next', at: Date.now() })}
        >
          ${isLast ? t.finish : t.next}
        </button>
      </nav>
      ${canNext ? nothing : html`<p class="blocked" id="blocked">${t.answerToContinue}</p>`}
      ${renderGlossary(s.context.doc.meta, t, cLang, cDir)}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'nw-module': NwModule;
  }
}
