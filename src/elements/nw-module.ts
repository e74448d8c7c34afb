import './nw-module-prefetch.js';
import { LitElement, type PropertyValues, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { type Actor, createActor } from 'xstate';
import type { ModuleDoc, Question } from '../content/types.js';
import { loadModule } from '../content/load.js';
import { loadSanitizer } from '../content/sanitize.js';
import { assertModuleDoc } from '../content/validate.js';
import { ActorController } from '../controllers/actor-controller.js';
import { NwAnswerEvent } from '../events/nw-answer.js';
import { NwCompleteEvent } from '../events/nw-complete.js';
import { NwErrorEvent } from '../events/nw-error.js';
import { NwProgressEvent } from '../events/nw-progress.js';
import { LocalizeController } from '../i18n/localize-controller.js';
import type { Translation } from '../i18n/translation.js';
import { moduleMachine, progressOf } from '../machines/module-machine.js';
import { questionsOf } from '../machines/scoring.js';
import { connectTracker } from '../tracking/connect.js';
import { canReturn } from '../tracking/cmi5-launch.js';
import { createTracker } from '../tracking/create.js';
import type { Tracker, TrackerStatus } from '../tracking/tracker.js';
import { sharedStyles } from '../styles/shared-styles.js';
import { loadQuestionElements, questionElements } from './question-elements.js';
import { safeHtml } from './question-element.js';
import './nw-choice.js';

type ModuleActor = Actor<typeof moduleMachine>;
/** A question element, as the player sees it: something showing a question actor. */
type QuestionHost = HTMLElement & { actor?: unknown };

/** The parts of the question elements and the summary, exported so a page can style them through the player. */
const QUESTION_PARTS = 'prompt, response, actions, feedback, hint, option, option-feedback';
const SUMMARY_PARTS = 'score, verdict, band, review';

/** How long a load may take before the player says it is loading (ms). */
const LOADING_NOTICE_DELAY = 500;

const loadSummary = () => import('./nw-summary.js');

/** Runs `fn` when the browser has nothing else to do (or soon, where it cannot say). */
const afterIdle = (fn: () => unknown) => ('requestIdleCallback' in window ? requestIdleCallback(fn, { timeout: 2000 }) : setTimeout(fn, 200));

/** The sentence telling the student where their work is saved. */
function statusText(status: TrackerStatus, t: Translation): string {
  if (status.detail === 'storage-unavailable') return t.storageUnavailable;
  if (status.detail === 'saved-progress-unreadable') return t.savedProgressUnreadable;
  if (status.state === 'fallback') return t.fallbackToLocal;
  if (status.state === 'error') return status.detail ?? t.storageUnavailable;
  if (status.kind === 'none') return t.savedNowhere;
  if (status.kind === 'local') return t.savedLocally;
  return t.savedTo(status.detail ?? 'your learning platform');
}

/**
 * Plays a module: loads it, shows one step at a time with a progress bar, its questions and the
 * summary, saves progress through a tracker and resumes where the student left off.
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
 * @cssprop [--nw-color-accent=#1d4ed8] - Buttons, links, progress and focus accents.
 * @cssprop [--nw-color-text=#1f2937] - Text colour.
 * @cssprop [--nw-color-surface=#ffffff] - Background of the player.
 * @cssprop [--nw-color-subtle=#f3f4f6] - Background of feedback and picked options.
 * @cssprop [--nw-color-border=#6b7280] - Borders of options and boxes.
 * @cssprop [--nw-radius=0.5rem] - Corner radius.
 * @cssprop [--nw-font-family=system-ui] - Font.
 * @cssprop [--nw-focus-ring=3px solid #f59e0b] - The focus outline.
 * @cssprop [--nw-max-width=48rem] - The player's maximum width.
 */
@customElement('nw-module')
export class NwModule extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        max-width: var(--nw-max-width, 48rem);
        background: var(--_surface);
        /* Module content stays inside the player: nothing positioned over the page, nothing wider than it. */
        contain: layout paint;
        overflow-wrap: anywhere;
      }
      .base {
        padding: var(--nw-padding, 1rem);
      }
      header {
        margin-bottom: 1rem;
      }
      .eyebrow {
        margin: 0;
        color: var(--_muted);
        font-size: 0.9em;
      }
      h2 {
        margin: 0.1rem 0 0.5rem;
        font-size: 1.5em;
        line-height: 1.25;
      }
      h3 {
        margin: 0 0 0.75rem;
        font-size: 1.2em;
      }
      h3:focus {
        outline: none;
      }
      h3:focus-visible {
        outline: var(--_focus);
      }
      progress {
        display: block;
        width: 100%;
        height: 0.6rem;
        accent-color: var(--_accent);
      }
      .step-count {
        margin: 0.25rem 0 0;
        font-size: 0.9em;
        color: var(--_muted);
      }
      nav {
        display: flex;
        gap: 0.5rem;
        margin-top: 1.5rem;
      }
      nav .primary {
        margin-inline-start: auto;
      }
      .blocked {
        margin: 0.5rem 0 0;
        color: var(--_muted);
        text-align: end;
      }
      .return {
        margin: 0.5rem 0 0;
      }
      .status {
        margin: 1rem 0 0;
        font-size: 0.85em;
        color: var(--_muted);
      }
      .error {
        padding: 1rem;
        border: 2px solid var(--_incorrect);
        border-radius: var(--_radius);
      }
    `,
  ];

  /** URL of the module: compiled JSON (fast), or a `.md` source (loads the Markdown parser). */
  @property() src?: string;

  /** A compiled module given directly (instead of `src`). */
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

  /** The LRS `Authorization` value for `xapi-endpoint` (e.g. `Basic …`, a write-only key). */
  @property({ attribute: 'xapi-auth' }) xapiAuth?: string;

  /**
   * Origins (space-separated, e.g. `https://cdn.example`, or `*` for any) from which module content may
   * load images and media, besides this page's and the module's own origin. Default: none.
   */
  @property({ attribute: 'allow-origins' }) allowOrigins?: string;

  @state() private error?: Error;
  @state() private loading = false;
  @state() private status?: TrackerStatus;
  /** The LMS's address for leaving (cmi5 LaunchData `returnURL`), when the tracker has one. */
  @state() private returnUrl?: string;
  #tracker?: Tracker;

  readonly #module = new ActorController<ModuleActor>(this);
  readonly #localize = new LocalizeController(this);
  #generation = 0;
  #teardown: (() => void)[] = [];
  #shownStep?: string;
  /** The question element on screen, by question id (see `#questionElement`). */
  #question?: { id: string; el: QuestionHost };

  /** The running module actor (for advanced use: e.g. reading `getSnapshot().context`). */
  get actor(): ModuleActor | undefined {
    return this.#module.actor;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const keys: PropertyKey[] = ['src', 'doc', 'tracking', 'tracker', 'xapiEndpoint', 'xapiAuth'];
    if (keys.some((k) => (changed as Map<PropertyKey, unknown>).has(k))) {
      void this.#start();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // The actor keeps running: moving the element in the DOM must not lose progress.
  }

  async #start(): Promise<void> {
    const generation = ++this.#generation;
    this.#stop();
    this.error = undefined;
    if (!this.doc && !this.src) return;
    // Say "Loading" only if it takes a while: a fast load goes straight to the first step, with no frame in between.
    const slow = setTimeout(() => generation === this.#generation && (this.loading = true), LOADING_NOTICE_DELAY);
    try {
      // The sanitiser downloads while the module does.
      const [doc] = await Promise.all([this.doc ? assertModuleDoc(this.doc) : loadModule(this.src!), loadSanitizer()]);
      await loadQuestionElements(questionsOf(doc).map((q) => q.kind));
      const tracker = this.tracker ?? (await createTracker(this.tracking, { xapi: { endpoint: this.xapiEndpoint, auth: this.xapiAuth } }));
      const saved = await tracker.start(doc.meta);
      if (generation !== this.#generation) return;
      this.#attach(doc, tracker, saved);
    } catch (err) {
      if (generation !== this.#generation) return;
      this.error = err as Error;
      console.error(err);
      this.dispatchEvent(new NwErrorEvent(err as Error));
    } finally {
      clearTimeout(slow);
      if (generation === this.#generation) this.loading = false;
    }
  }

  #attach(doc: ModuleDoc, tracker: Tracker, saved: Awaited<ReturnType<Tracker['start']>>): void {
    const actor = createActor(moduleMachine, { input: { doc, saved } });
    const onPageHide = () => tracker.terminate();
    this.status = tracker.status;
    this.#tracker = tracker;
    this.returnUrl = canReturn(tracker) ? tracker.returnURL : undefined;
    this.#teardown = [
      connectTracker(actor, tracker),
      tracker.onStatus((s) => (this.status = s)),
      (() => {
        const subs = [
          actor.on('answered', (e) => this.dispatchEvent(new NwAnswerEvent(e.question, e.record))),
          actor.on('progressed', (e) => this.dispatchEvent(new NwProgressEvent(e.progress))),
          actor.on('completed', (e) => this.dispatchEvent(new NwCompleteEvent(e.result))),
        ];
        return () => subs.forEach((s) => s.unsubscribe());
      })(),
      () => window.removeEventListener('pagehide', onPageHide),
      () => actor.stop(),
    ];
    window.addEventListener('pagehide', onPageHide);
    actor.start();
    this.#module.actor = actor;
    // The summary is needed only at the end: fetch it once the first step shows and the browser is idle.
    void this.updateComplete.then(() => afterIdle(loadSummary));
  }

  /** Ends the LMS session and goes back to the course. */
  #return = (): void => {
    const tracker = this.#tracker;
    if (tracker && canReturn(tracker)) void tracker.exit();
  };

  #stop(): void {
    for (const fn of this.#teardown.splice(0)) fn();
    this.#module.actor = undefined;
    this.#tracker = undefined;
    this.returnUrl = undefined;
    this.#shownStep = undefined;
    this.#question = undefined;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // After moving to another step, put focus on its heading so a screen reader reads it from the top.
    const s = this.#module.snapshot;
    if (!s) return;
    const finished = s.matches('finished');
    if (finished) void loadSummary(); // Finished (or resumed finished) before the browser was idle.
    const current = finished ? 'summary' : s.context.steps[s.context.index]?.step.id;
    if (this.#shownStep !== undefined && current !== this.#shownStep) void this.#focusCurrent(finished);
    this.#shownStep = current;
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
    const t = this.#localize.t;
    if (this.error) {
      return html`<div class="base error" part="base error" role="alert">
        <p><strong>${t.loadFailed}</strong></p>
        <p>${t.loadFailedDetail}</p>
      </div>`;
    }
    const s = this.#module.snapshot;
    if (!s) {
      return this.loading ? html`<div class="base" part="base" role="status">${t.loading}</div>` : nothing;
    }
    const { doc, steps, index } = s.context;
    const finished = s.matches('finished');
    const ref = steps[index];
    const progress = progressOf(s.context, finished);
    return html`
      <article class="base" part="base" aria-labelledby="title" lang=${doc.meta.lang}>
        <header part="header">
          <p class="eyebrow">${finished ? nothing : t.lessonOf(ref.lessonIndex + 1, doc.lessons.length)}
            ${finished ? nothing : html`· ${doc.lessons[ref.lessonIndex].title}`}</p>
          <h2 id="title" part="title">${doc.meta.title}</h2>
          <progress part="progress" aria-label=${t.progress} max=${progress.total} value=${finished ? progress.total : index + 1}></progress>
          <p class="step-count">${finished ? nothing : t.stepOf(index + 1, progress.total)}</p>
        </header>
        ${finished ? this.#renderSummary() : this.#renderStep(s, t)}
        <p class="status" part="status" role="status">${this.status ? statusText(this.status, t) : nothing}</p>
        ${this.returnUrl ? html`<p class="return"><button part="return" @click=${this.#return}>${t.returnToCourse}</button></p>` : nothing}
      </article>
    `;
  }

  #renderSummary() {
    this.#question = undefined;
    return html`<nw-summary .actor=${this.#module.actor} exportparts=${SUMMARY_PARTS}></nw-summary>`;
  }

  /**
   * The element showing question `q` (its kind's tag), made anew when the question changes (like
   * `keyed`), kept while it stays, and given its actor.
   */
  #questionElement(q: Question, actor: unknown): QuestionHost {
    let shown = this.#question;
    if (shown?.id !== q.id) {
      const el: QuestionHost = document.createElement(questionElements[q.kind].tag);
      el.setAttribute('exportparts', QUESTION_PARTS);
      shown = this.#question = { id: q.id, el };
    }
    shown.el.actor = actor;
    return shown.el;
  }

  #renderStep(s: NonNullable<ActorController<ModuleActor>['snapshot']>, t: Translation) {
    const { steps, index } = s.context;
    const { step } = steps[index];
    const q = step.question;
    const child = q ? s.children[q.id] : undefined;
    const canNext = s.can({ type: 'module.next' });
    const isLast = index === steps.length - 1;
    const question = q ? this.#questionElement(q, child) : (this.#question = undefined);
    return html`
      <section part="step" aria-labelledby="step-title">
        <h3 id="step-title" tabindex="-1">${step.title}</h3>
        ${step.html ? html`<div class="prose">${safeHtml(step.html)}</div>` : nothing}
        ${question ?? nothing}
      </section>
      <nav part="nav" aria-label=${t.progress}>
        <button ?hidden=${index === 0} @click=${() => this.#module.send({ type: 'module.back' })}>${t.back}</button>
        <button
          class="primary"
          aria-disabled=${canNext ? 'false' : 'true'}
          aria-describedby=${canNext ? nothing : 'blocked'}
          @click=${() => this.#module.send({ type: 'module.next' })}
        >
          ${isLast ? t.finish : t.next}
        </button>
      </nav>
      ${canNext ? nothing : html`<p class="blocked" id="blocked">${t.answerToContinue}</p>`}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'nw-module': NwModule;
  }
}
