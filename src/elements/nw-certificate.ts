import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { ModuleMeta } from '../content/types.js';
import { type ClassroomTranslation, loadClassroomStrings } from '../i18n/classroom.js';
import { langOf } from '../i18n/language.js';
import { printCertificate } from '../print/certificate.js';
import { fieldStyles } from '../styles/field-styles.js';
import { sharedStyles } from '../styles/shared-styles.js';

/**
 * A certificate for a finished module: the student types their name and prints a page with it, the
 * module's title, the date and the objectives. The name stays in this element: it is never saved or sent.
 * Loaded on demand by `<nw-summary>`.
 *
 * @summary The certificate part of a module's results.
 * @csspart print - The print button.
 */
@customElement('nw-certificate')
export class NwCertificate extends LitElement {
  static override styles = [
    sharedStyles,
    fieldStyles,
    css`
      :host { display: block; margin-top: 1.5rem; }
      h3 { margin: 0 0 0.5rem; }
      label { display: block; font-weight: 600; }
      input { width: min(100%, 24rem); padding: 0.5rem; min-height: 44px; box-sizing: border-box; }
      .hint { margin: 0.25rem 0 0.75rem; font-size: 0.9em; }
    `,
  ];

  /** The finished module's front matter (title, objectives, language). */
  @property({ attribute: false }) meta?: ModuleMeta;

  /** What prints (a test may replace the browser's print). */
  @property({ attribute: false }) print: () => void = () => window.print();

  @state() private strings?: ClassroomTranslation;
  @state() private name = '';
  #lang = '';

  override connectedCallback(): void {
    super.connectedCallback();
    this.#lang = langOf(this) || this.meta?.lang || 'en';
    void loadClassroomStrings(this.#lang).then((s) => (this.strings = s));
  }

  override render() {
    const t = this.strings;
    if (!t || !this.meta) return nothing;
    return html`
      <h3>${t.certificateHeading}</h3>
      <label for="name">${t.nameLabel}</label>
      <input id="name" type="text" autocomplete="off" spellcheck="false" aria-describedby="hint" .value=${this.name}
        @input=${(e: Event) => (this.name = (e.target as HTMLInputElement).value)} />
      <p class="hint" id="hint">${t.nameHint}</p>
      <button part="print" @click=${this.#print}>${t.printCertificate}</button>
    `;
  }

  #print() {
    const { meta, strings } = this;
    if (!meta || !strings) return;
    printCertificate(
      { name: this.name.trim(), title: meta.title, objectives: meta.objectives, contentLang: meta.lang, lang: this.#lang, date: new Date() },
      strings,
      this.print,
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'nw-certificate': NwCertificate;
  }
}
