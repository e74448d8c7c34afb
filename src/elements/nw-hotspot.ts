import { type PropertyValues, type TemplateResult, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { ref } from 'lit/directives/ref.js';
import { mockScreenStyles } from '../styles/mock-screen-styles.js';
import type { HotspotQuestion, HotspotRegion } from '../content/types.js';
import { QuestionElement, safeHtml } from './question-element.js';
import { resourcePolicyFor } from './safe-html.js';
import { resourceUrl } from '../content/sanitize.js';
import { nwHotspotStyles } from './nw-hotspot.styles.js';
import './english.js';

/** How a region is drawn: marked by the student, then right or wrong, or shown as a missed answer. */
type Mark = 'picked' | 'right' | 'wrong' | 'answer' | '';

/**
 * Find the regions on a picture or on a mocked screen (the author's HTML, sanitised; its regions are
 * the elements with `data-hotspot="name"`).
 *
 * Two ways to answer, kept in step:
 * - pointer: a click or tap on the picture or screen is tested against the regions (their places are
 *   never drawn, so they are not given away); it marks or unmarks the region hit, or says politely that
 *   nothing is there. Marked regions get a visible outline.
 * - keyboard and screen reader: a list of toggle buttons, one per region (targets and decoys alike),
 *   named by the region's label.
 *
 * After Check, each marked region is marked right or wrong (a sign and words) with its feedback; once no
 * try is left or the answer is shown, the regions to find are outlined too.
 *
 * @summary Find the places on a picture or a mocked screen.
 * @csspart stage - The picture or mocked screen that is clicked.
 * @csspart regions - The list of toggle buttons, one per region.
 * @csspart region - A region's toggle button.
 * @csspart pointer-status - The polite message after a click ("Nothing to mark there.").
 * @csspart region-feedback - A marked region's feedback after Check.
 * @cssprop [--nw-hotspot-mark=#1d4ed8] - Outline of a marked region (defaults to the accent colour).
 * @cssprop [--nw-hotspot-halo=#ffffff] - Halo around the outlines, so they show on any picture.
 * @cssprop [--nw-mock-banner=#9f1239] - Background of a mocked screen's `banner`.
 * @cssprop [--nw-mock-notice=#fef3c7] - Background of a mocked screen's `notice`.
 */
@customElement('nw-hotspot')
export class NwHotspot extends QuestionElement<HotspotQuestion> {
  static override styles = [
    ...QuestionElement.styles,
    mockScreenStyles,
    nwHotspotStyles,
  ];

  /** The message after the last click on the picture or screen, and the try it belongs to. */
  @state() private pointerNote = { text: '', attempt: 0 };

  #note(text: string) {
    this.pointerNote = { text, attempt: this.snapshot?.context.record?.attempts ?? 0 };
  }

  protected override instructions(): string {
    return this.localize.t.hotspotInstructions;
  }

  #picked(): string[] {
    const r = this.shownResponse;
    return Array.isArray(r) ? (r as unknown[]).filter((id): id is string => typeof id === 'string') : [];
  }

  #toggle(q: HotspotQuestion, region: HotspotRegion): boolean {
    const picked = this.#picked();
    const on = !picked.includes(region.id);
    const next = on ? [...picked, region.id] : picked.filter((id) => id !== region.id);
    // In authored order, so the saved response does not depend on the order of the clicks.
    this.respond(q.regions.filter((r) => next.includes(r.id)).map((r) => r.id));
    return on;
  }

  #mark(region: HotspotRegion, picked: string[]): Mark {
    const on = picked.includes(region.id);
    if (!this.locked) return on ? 'picked' : '';
    if (on) return region.target ? 'right' : 'wrong';
    return region.target && this.solutionShown ? 'answer' : '';
  }

  // ── Pointer ────────────────────────────────────────────────────────────────────────────────────

  /** The region under a click on the picture: the smallest rectangle holding the point. */
  #regionAtPoint(q: HotspotQuestion, e: MouseEvent): HotspotRegion | undefined {
    const img = this.renderRoot.querySelector('.picture img');
    if (!img) return undefined;
    const box = img.getBoundingClientRect();
    if (!box.width || !box.height) return undefined;
    const x = ((e.clientX - box.left) / box.width) * 100;
    const y = ((e.clientY - box.top) / box.height) * 100;
    let best: HotspotRegion | undefined;
    let bestSize = Infinity;
    for (const r of q.regions) {
      const a = r.area;
      if (a.shape !== 'rect' || x < a.x || x > a.x + a.width || y < a.y || y > a.y + a.height) continue;
      if (a.width * a.height < bestSize) {
        best = r;
        bestSize = a.width * a.height;
      }
    }
    return best;
  }

  /** The region under a click on the screen: the nearest element marked `data-hotspot` that a region names. */
  #regionAtElement(q: HotspotQuestion, e: Event): HotspotRegion | undefined {
    const stage = e.currentTarget as HTMLElement;
    let node = e.composedPath()[0] as Element | null;
    for (; node && node !== stage; node = node.parentElement) {
      const name = node.getAttribute?.('data-hotspot');
      const region = name !== null && q.regions.find((r) => r.area.shape === 'element' && r.area.name === name);
      if (region) return region;
    }
    return undefined;
  }

  #onStageClick(q: HotspotQuestion, e: MouseEvent) {
    // The mocked screen's links are pictures of links: they go nowhere.
    if ((e.composedPath()[0] as Element).closest?.('a')) e.preventDefault();
    if (this.locked) return;
    const region = q.image ? this.#regionAtPoint(q, e) : this.#regionAtElement(q, e);
    const t = this.localize.t;
    if (!region) {
      this.#note(t.nothingThere);
      return;
    }
    this.#note(this.#toggle(q, region) ? t.regionMarked(region.label) : t.regionUnmarked(region.label));
  }

  // ── Rendering ──────────────────────────────────────────────────────────────────────────────────

  #renderPicture(q: HotspotQuestion, image: { src: string; alt: string }, picked: string[]) {
    return html`<div class="picture">
      <img src=${resourceUrl(image.src, resourcePolicyFor(this)) ?? nothing} alt=${image.alt} draggable="false" />
      ${q.regions.map((r) => {
        const mark = this.#mark(r, picked);
        if (!mark || r.area.shape !== 'rect') return nothing;
        const a = r.area;
        // Placed through the CSSOM, not a style attribute, which a strict CSP (style-src 'self') blocks.
        const place = (el?: Element) =>
          el instanceof HTMLElement && Object.assign(el.style, { left: `${a.x}%`, top: `${a.y}%`, width: `${a.width}%`, height: `${a.height}%` });
        return html`<span class="outline" aria-hidden="true" data-mark=${mark} data-region=${r.id} ${ref(place)}></span>`;
      })}
    </div>`;
  }

  #renderRegionButton(q: HotspotQuestion, region: HotspotRegion, picked: string[]) {
    const t = this.localize.t;
    const on = picked.includes(region.id);
    const mark = this.#mark(region, picked);
    const words: Record<Mark, TemplateResult | typeof nothing> = {
      picked: nothing,
      '': nothing,
      right: html`<span class="mark right"><span aria-hidden="true">✓</span> <span class="visually-hidden">${t.correct}</span></span>`,
      wrong: html`<span class="mark wrong"><span aria-hidden="true">✗</span> <span class="visually-hidden">${t.incorrect}</span></span>`,
      answer: html`<span class="to-find">${t.regionToFind}</span>`,
    };
    return html`<li>
      <button
        type="button"
        part="region"
        data-region=${region.id}
        aria-pressed=${on ? 'true' : 'false'}
        ?disabled=${this.locked}
        @click=${() => {
          this.#note('');
          this.#toggle(q, region);
        }}
      >
        <span class="box" aria-hidden="true">${on ? '☑' : '☐'}</span>
        <span>${region.label}</span>
        ${words[mark]}
      </button>
    </li>`;
  }

  /** The last click's message, while the student is still on the same try. */
  #pointerStatus(): string {
    const attempt = this.snapshot?.context.record?.attempts ?? 0;
    return !this.locked && this.pointerNote.attempt === attempt ? this.pointerNote.text : '';
  }

  protected override renderResponse(q: HotspotQuestion) {
    const picked = this.#picked();
    return html`
      <div class="stage" part="stage" @click=${(e: MouseEvent) => this.#onStageClick(q, e)}>
        ${q.image ? this.#renderPicture(q, q.image, picked) : html`<div class="screen prose">${safeHtml(q.stageHtml)}</div>`}
      </div>
      <p class="pointer-status" part="pointer-status" role="status">${this.#pointerStatus()}</p>
      <fieldset aria-describedby="${this.uid}-instructions">
        <legend>${this.localize.t.hotspotList}</legend>
        <ul class="regions" part="regions" role="list">
          ${q.regions.map((r) => this.#renderRegionButton(q, r, picked))}
        </ul>
      </fieldset>
    `;
  }

  protected override renderResponseFeedback(q: HotspotQuestion) {
    const picked = this.#picked();
    const t = this.localize.t;
    const shown = q.regions.filter((r) => picked.includes(r.id) || (r.target && this.solutionShown));
    if (!shown.length) return nothing;
    return html`${shown.map((r) => {
      const mark = this.#mark(r, picked);
      const right = mark === 'right';
      return html`<div class="region-feedback prose" part="region-feedback" data-region=${r.id}>
        <strong
          >${mark === 'answer'
            ? nothing
            : html`<span class="mark ${right ? 'right' : 'wrong'}"
                ><span aria-hidden="true">${right ? '✓' : '✗'}</span> <span class="visually-hidden">${right ? t.correct : t.incorrect}</span></span
              >`}
          ${r.label}</strong
        >
        ${mark === 'answer' ? html`<span class="to-find">${t.regionToFind}</span>` : nothing} ${safeHtml(r.feedbackHtml)}
      </div>`;
    })}`;
  }

  /** Draws the marks on the mocked screen's own elements, which come from the author's HTML. */
  #markScreen(q: HotspotQuestion) {
    const picked = this.#picked();
    const byName = new Map(q.regions.flatMap((r) => (r.area.shape === 'element' ? [[r.area.name, r] as const] : [])));
    for (const el of this.renderRoot.querySelectorAll<HTMLElement>('.screen [data-hotspot]')) {
      const region = byName.get(el.dataset.hotspot ?? '');
      const mark = region ? this.#mark(region, picked) : '';
      if (mark) el.setAttribute('data-mark', mark);
      else el.removeAttribute('data-mark');
    }
  }

  protected override updated(changed: PropertyValues): void {
    const q = this.q;
    if (q?.stageHtml) this.#markScreen(q);
    super.updated(changed);
    // Back to answering (Try again): put the focus on the first region's button.
    if (this.phase === 'answering' && this.#lastPhase !== undefined && this.#lastPhase !== 'answering') {
      this.renderRoot.querySelector<HTMLElement>('.regions button')?.focus();
    }
    this.#lastPhase = this.phase;
  }
  #lastPhase: string | undefined;
}

declare global {
  interface HTMLElementTagNameMap {
    'nw-hotspot': NwHotspot;
  }
}
