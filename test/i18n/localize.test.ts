import { expect, fixtureSync, html } from '@open-wc/testing';
import { translationFor, translations } from '../../src/i18n/index.js';
import { langOf } from '../../src/i18n/localize-controller.js';

describe('UI languages', () => {
  it('finds the closest lang, crossing shadow roots', async () => {
    const outer = fixtureSync(html`<section lang="cs"><div id="host"></div></section>`);
    const host = outer.querySelector('#host')!;
    const inner = document.createElement('span');
    host.attachShadow({ mode: 'open' }).append(inner);
    expect(langOf(inner)).to.equal('cs');
    inner.setAttribute('lang', 'de-AT');
    expect(langOf(inner)).to.equal('de-AT');
  });

  it('falls back from a regional tag to its language, then to English', () => {
    expect(translationFor('en-GB')).to.equal(translations.en);
    expect(translationFor('xx')).to.equal(translations.en);
    expect(translationFor(undefined)).to.equal(translations.en);
  });

  it('words plurals and numbers with Intl', () => {
    const t = translations.en;
    expect(t.attemptsLeft(1)).to.equal('1 try left');
    expect(t.attemptsLeft(2)).to.equal('2 tries left');
    expect(t.score(85)).to.equal('You scored 85%');
    expect(t.rightCount(1, 1)).to.equal('1 of 1 question right');
  });

  it('has every string in every language', () => {
    const keys = Object.keys(translations.en).sort();
    for (const [code, t] of Object.entries(translations)) {
      expect(Object.keys(t).sort(), code).to.deep.equal(keys);
    }
  });
});
