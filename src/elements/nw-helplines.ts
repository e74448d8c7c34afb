import { LitElement, css, html, nothing } from 'lit';
import { literal, html as staticHtml } from 'lit/static-html.js';
import { customElement, property, state } from 'lit/decorators.js';
import { type CountryHelplines, type HelplineService, defaultCountryOf, helplines, helplinesOf } from '../content/helplines.js';
import { LocalizeController } from '../i18n/localize-controller.js';
import type { Translation } from '../i18n/translation.js';
import { sharedStyles } from '../styles/shared-styles.js';

let uid = 0;

/** The heading tags the element may use (`heading-level` 2 to 6). */
const HEADINGS = [literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`];

/** The `<nw-module>` this element is shown in, if any. */
function playerOf(el: Element): HTMLElement | undefined {
  const host = (el.getRootNode() as ShadowRoot).host as HTMLElement | undefined;
  return host?.localName === 'nw-module' ? host : undefined;
}

/** The language of the text around `el` (inside the player: the module's), without crossing shadow roots. */
const textLang = (el: Element) => el.closest('[lang]')?.getAttribute('lang') ?? '';

/**
 * The helplines (someone to talk to) and hotlines (where to report illegal content) of the student's
 * country, from the checked list in `content/helplines.ts`, with a menu to choose another country. A
 * `:::helplines` block in a lesson becomes one of these.
 *
 * The country is the `country` attribute here, else the player's `country`, else the one that goes with
 * the module's language (`cs` → CZ, …); with none (e.g. English) the student chooses, and meanwhile the
 * element says what works across the EU (112, 116 111).
 *
 * Printed, it shows no menu: the country's list, or with none known, what works across the EU and to ask
 * the teacher for the country's helplines.
 *
 * Inside a player, the country the student picks becomes the player's `country`, so the next
 * `:::helplines` block of the module shows the same country without asking again.
 *
 * @summary Helplines and hotlines by country.
 * @fires nw-country-change - The student picked a country in the menu; `detail.country` is its code.
 * @csspart country - The country menu.
 * @csspart service - One service in the list.
 */
@customElement('nw-helplines')
export class NwHelplines extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host { display: block; margin: 1rem 0; }
      .heading { margin: 0 0 0.5rem; font-size: 1.1em; }
      label { font-weight: 600; margin-inline-end: 0.5rem; }
      select { font: inherit; padding: 0.25rem 0.5rem; }
      ul.services { list-style: none; padding: 0; margin: 0.75rem 0 0; display: grid; gap: 0.75rem; }
      /* A service's card is not split between pages or columns (the whiteboard shows long text in columns). */
      li.service { border: 1px solid var(--_border); border-radius: var(--_radius); padding: 0.75rem 1rem; break-inside: avoid; }
      .kind { margin: 0; font-size: 0.9em; font-weight: 600; }
      .name { margin: 0.1rem 0 0.4rem; font-size: 1.1em; font-weight: 700; }
      .links, .tags, .topics { margin: 0.25rem 0; padding: 0; }
      .links { display: flex; flex-wrap: wrap; gap: 0.5rem 1rem; list-style: none; }
      .tags { display: flex; flex-wrap: wrap; gap: 0.25rem 0.5rem; list-style: none; font-size: 0.9em; }
      .tags li { background: var(--_subtle); border-radius: var(--_radius); padding: 0 0.4rem; }
      .topics { padding-inline-start: 1.25rem; }
      .numbers { margin: 0.75rem 0 0; font-weight: 600; }
      .checked { margin: 0.5rem 0 0; font-size: 0.85em; color: var(--_muted); }
      .paper { display: none; }
      /* On paper: no menu, the list itself (or, with no country known, what works anywhere), web addresses spelt out. */
      @media print {
        .pick, .screen { display: none; }
        .paper { display: block; }
        .links a[href^='http']::after { content: ' (' attr(href) ')'; overflow-wrap: anywhere; }
      }
    `,
  ];

  /** Which services: `helpline`, `hotline` or `all`. Also read from `data-kind` (the block's output). */
  @property() kind?: 'helpline' | 'hotline' | 'all';

  /** ISO country code (e.g. `CZ`); without it, the player's `country` or the module language's country. */
  @property() country?: string;

  /** The level of the element's heading (2–6): 4 under a player's step title (`h3`). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 4;

  /** The country the student picked in the menu (wins over everything). */
  @state() private picked?: string;

  readonly #localize = new LocalizeController(this);
  readonly #id = `nw-helplines-${++uid}`;

  /** The country shown now (upper case), or `''` when none is known yet. */
  get shownCountry(): string {
    const lang = textLang(this).toLowerCase().split('-')[0];
    const country = this.picked ?? this.country ?? playerOf(this)?.getAttribute('country') ?? (Object.hasOwn(defaultCountryOf, lang) ? defaultCountryOf[lang] : '');
    return country.toUpperCase();
  }

  override render() {
    const t = this.#localize.t;
    // Used on its own, the first render may have only the player's first strings: wait for the rest.
    if (!('helplinesHeading' in t)) return nothing;
    const code = this.shownCountry;
    const region = new Intl.DisplayNames([t.$code], { type: 'region' });
    const name = (c: string) => region.of(c) ?? c;
    const codes = Object.keys(helplines).sort((a, b) => name(a).localeCompare(name(b), t.$code));
    if (code && !codes.includes(code)) codes.unshift(code);
    const data = helplinesOf(code);
    const heading = HEADINGS[Math.min(Math.max(Math.round(this.headingLevel) || 4, 2), 6) - 2];
    return staticHtml`
      <section aria-labelledby="${this.#id}-h">
        <${heading} id="${this.#id}-h" class="heading">${t.helplinesHeading}</${heading}>
        <p class="pick">
          <label for="${this.#id}-c">${t.helplinesCountry}</label>
          <select id="${this.#id}-c" part="country" @change=${this.#pick}>
            ${code ? nothing : html`<option value="" selected>${t.helplinesChooseCountry}</option>`}
            ${codes.map((c) => html`<option value=${c} ?selected=${c === code}>${name(c)}</option>`)}
          </select>
        </p>
        <div aria-live="polite">${this.#renderCountry(t, code, data, name(code || 'EU'))}</div>
      </section>
    `;
  }

  #pick = (e: Event) => {
    const country = (e.target as HTMLSelectElement).value;
    if (!country) return;
    this.picked = country;
    // The player remembers the student's country for the module's other helplines blocks.
    playerOf(this)?.setAttribute('country', country);
    this.dispatchEvent(new CustomEvent('nw-country-change', { detail: { country }, bubbles: true, composed: true }));
  };

  #renderCountry(t: Translation, code: string, data: CountryHelplines | undefined, countryName: string) {
    if (!code) return html`<p class="screen">${t.helplinesEurope}</p><p class="paper">${t.helplinesPaper}</p>`;
    if (!data) return html`<p>${t.helplinesNone(countryName)}</p>`;
    const kind = this.kind ?? (this.dataset.kind as NwHelplines['kind']) ?? 'all';
    const services = data.services.filter((s) => kind === 'all' || s.kind === kind);
    const date = new Intl.DateTimeFormat(t.$code, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${data.checked}T12:00:00Z`));
    return html`
      ${services.length ? html`<ul class="services">${services.map((s) => this.#renderService(t, s))}</ul>` : nothing}
      ${data.has116111 ? html`<p class="numbers">${t.child116111}</p>` : nothing}
      ${data.has112 ? html`<p class="numbers">${t.emergency112}</p>` : nothing}
      <p class="checked">${t.helplineChecked(date)}</p>
    `;
  }

  #renderService(t: Translation, s: HelplineService) {
    const languages = new Intl.DisplayNames([t.$code], { type: 'language' });
    const tags = [s.free && t.helplineFree, s.anonymous && t.helplineAnonymous, s.allDay && t.helplineAllDay].filter(Boolean);
    return html`<li class="service" part="service">
      <p class="kind">${s.kind === 'helpline' ? t.helplineKind : t.hotlineKind}</p>
      <p class="name" lang=${s.languages[0] ?? nothing}>${s.name}</p>
      <ul class="links">
        ${s.phone ? html`<li><a href="tel:${s.phone.replace(/\s/g, '')}">${t.helplineCall(s.phone)}</a></li>` : nothing}
        ${s.chat && s.chat !== s.web ? html`<li><a href=${s.chat} target="_blank" rel="noopener noreferrer">${t.helplineChat(s.name)}</a></li>` : nothing}
        <li><a href=${s.web} target="_blank" rel="noopener noreferrer">${s.chat === s.web ? t.helplineChat(s.name) : t.helplineWebsite(s.name)}</a></li>
      </ul>
      <ul class="topics">${s.topics.map((topic) => html`<li>${t.helplineTopics[topic]}</li>`)}</ul>
      ${tags.length ? html`<ul class="tags">${tags.map((tag) => html`<li>${tag}</li>`)}</ul>` : nothing}
      <p class="checked">${t.helplineLanguages} ${s.languages.map((l) => languages.of(l) ?? l).join(', ')}</p>
    </li>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'nw-helplines': NwHelplines;
  }
}
