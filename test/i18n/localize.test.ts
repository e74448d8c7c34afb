import { expect, fixture, fixtureSync, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { loadTranslation, matchLanguage, registerTranslation, translationFor } from '../../src/i18n/index.js';
import { directionOf, langOf } from '../../src/i18n/language.js';
import { LocalizeController } from '../../src/i18n/localize-controller.js';
import { en } from '../../src/i18n/locales/en.js';

/** A tiny element showing its Next label, to watch the controller from outside. */
class NextLabel extends LitElement {
  readonly localize = new LocalizeController(this, () => this.getAttribute('data-fallback') ?? undefined);
  override render() {
    return html`${this.localize.t.next}`;
  }
}
customElements.define('test-next-label', NextLabel);
const label = (el: Element) => el.shadowRoot!.textContent!.trim();

describe('UI languages', () => {
  it('finds the closest lang, crossing shadow roots', () => {
    const outer = fixtureSync(html`<section lang="cs"><div id="host"></div></section>`);
    const host = outer.querySelector('#host')!;
    const inner = document.createElement('span');
    host.attachShadow({ mode: 'open' }).append(inner);
    expect(langOf(inner)).to.equal('cs');
    inner.setAttribute('lang', 'de-AT');
    expect(langOf(inner)).to.equal('de-AT');
  });

  it('matches a regional tag to its language, an unknown one to English', async () => {
    expect(matchLanguage('de-AT')).to.equal('de');
    expect(matchLanguage('PT-br')).to.equal('pt');
    expect(matchLanguage('xx')).to.equal('en');
    expect(matchLanguage(undefined)).to.equal('en');
    expect(translationFor('en-GB')).to.equal(en);
    expect((await loadTranslation('de-AT')).$code).to.equal('de');
  });

  it('knows which languages are written right to left', () => {
    expect(directionOf('ar')).to.equal('rtl');
    expect(directionOf('ar-EG')).to.equal('rtl');
    expect(directionOf('he')).to.equal('rtl');
    expect(directionOf('cs')).to.equal('ltr');
    expect(directionOf('not a tag')).to.equal('ltr');
  });

  it('words plurals and numbers with Intl', () => {
    expect(en.attemptsLeft(1)).to.equal('1 try left');
    expect(en.attemptsLeft(2)).to.equal('2 tries left');
    expect(en.score(85)).to.equal('You scored 85%');
    expect(en.rightCount(1, 1)).to.equal('1 of 1 question right');
  });

  it('loads a language on first use and shows it once it arrives', async () => {
    const el = await fixture<NextLabel>(html`<test-next-label lang="nl"></test-next-label>`);
    await waitUntil(() => label(el) === 'Volgende', `label: ${label(el)}`);
  });

  it('follows a change of lang on itself or above it, at run time', async () => {
    const wrap = fixtureSync(html`<div lang="de"><test-next-label></test-next-label></div>`);
    const el = wrap.querySelector('test-next-label')!;
    await waitUntil(() => label(el) === 'Weiter', `label: ${label(el)}`);
    wrap.setAttribute('lang', 'pl');
    await waitUntil(() => label(el) === 'Dalej', `after the parent changed: ${label(el)}`);
    el.setAttribute('lang', 'es');
    await waitUntil(() => label(el) === 'Siguiente', `after its own changed: ${label(el)}`);
  });

  it('uses the fallback language only where no lang is set above', async () => {
    const lang = document.documentElement.getAttribute('lang');
    document.documentElement.removeAttribute('lang');
    try {
      const el = await fixture<NextLabel>(html`<test-next-label data-fallback="it"></test-next-label>`);
      await waitUntil(() => label(el) === 'Avanti', `label: ${label(el)}`);
    } finally {
      if (lang !== null) document.documentElement.setAttribute('lang', lang);
    }
  });

  it('lets a page add a language and override strings of one, and shows them at once', async () => {
    const el = await fixture<NextLabel>(html`<test-next-label lang="eo"></test-next-label>`);
    expect(label(el)).to.equal('Next');
    registerTranslation({ ...en, $code: 'eo', $name: 'Esperanto', next: 'Plu' });
    await waitUntil(() => label(el) === 'Plu', `label: ${label(el)}`);
    registerTranslation('eo', async () => ({ ...en, $code: 'eo', $name: 'Esperanto', next: 'Antaŭen' }));
    await waitUntil(() => label(el) === 'Antaŭen', `after a lazy registration: ${label(el)}`);
  });

  it('keeps the language shown until the next one has arrived, never a half-translated screen', async () => {
    let arrive!: () => void;
    registerTranslation('zz', () => new Promise((resolve) => (arrive = () => resolve({ ...en, $code: 'zz', next: 'Zzz' }))));
    const el = await fixture<NextLabel>(html`<test-next-label lang="de"></test-next-label>`);
    await waitUntil(() => label(el) === 'Weiter', `label: ${label(el)}`);
    el.setAttribute('lang', 'zz');
    await waitUntil(() => arrive !== undefined, 'the language was not asked for');
    await el.updateComplete;
    expect(label(el), 'while it downloads').to.equal('Weiter');
    arrive();
    await waitUntil(() => label(el) === 'Zzz', `after it arrived: ${label(el)}`);
  });

  it('falls back to English when a language fails to load, without asking again and again', async () => {
    let calls = 0;
    registerTranslation('tlh', () => {
      calls++;
      return Promise.reject(new Error('offline'));
    });
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    try {
      const el = await fixture<NextLabel>(html`<test-next-label lang="tlh"></test-next-label>`);
      await waitUntil(() => calls === 1 && errors.length === 1);
      el.requestUpdate();
      await el.updateComplete;
      expect(label(el)).to.equal('Next');
      expect(calls).to.equal(1);
    } finally {
      console.error = original;
    }
  });
});
