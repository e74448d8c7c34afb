import { expect } from '@open-wc/testing';
import { defaultCountryOf, helplines, helplinesOf } from '../../src/content/helplines.js';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const today = new Date().toISOString().slice(0, 10);

/** A source must be a whole public web address. */
function expectSource(url: string, where: string) {
  let parsed: URL | undefined;
  try {
    parsed = new URL(url);
  } catch {
    /* reported below */
  }
  expect(parsed && /^https?:$/.test(parsed.protocol) && parsed.hostname.includes('.'), `${where}: "${url}" is not a web address`).to.equal(true);
}

function expectChecked(date: string, where: string) {
  expect(date, `${where}: checked date`).to.match(DATE);
  expect(Number.isNaN(Date.parse(date)), `${where}: "${date}" is not a date`).to.equal(false);
  expect(date <= today, `${where}: checked in the future (${date})`).to.equal(true);
}

describe('the helplines list', () => {
  const countries = Object.entries(helplines);

  it('covers the countries the project started from', () => {
    for (const code of ['CZ', 'SK', 'PL', 'DE', 'AT', 'FR', 'IE', 'NL', 'ES']) expect(helplines, code).to.have.property(code);
  });

  it('gives every country and every service a source and the date it was checked', () => {
    for (const [code, c] of countries) {
      expect(c.country, `${code} is filed under its own code`).to.equal(code);
      expect(c.sources.length, `${code}: sources for 112 / 116 111`).to.be.above(0);
      c.sources.forEach((u) => expectSource(u, code));
      expectChecked(c.checked, code);
      expect(c.services.length, `${code}: services`).to.be.above(0);
      for (const s of c.services) {
        const where = `${code} ${s.name}`;
        expect(s.name.trim(), where).to.not.equal('');
        expect(s.sources.length, `${where}: sources`).to.be.above(0);
        s.sources.forEach((u) => expectSource(u, where));
        expectChecked(s.checked, where);
        expectSource(s.web, `${where} web`);
        if (s.chat) expectSource(s.chat, `${where} chat`);
        if (s.phone) expect(s.phone, `${where} phone`).to.match(/^\+?\d[\d ]*\d$/);
        expect(s.topics.length, `${where}: what it handles`).to.be.above(0);
        expect(s.languages.length, `${where}: languages`).to.be.above(0);
      }
    }
  });

  it('says 116 111 only where a service on that number is listed', () => {
    for (const [code, c] of countries) {
      const listed = c.services.some((s) => s.phone === '116 111');
      if (c.has116111) expect(listed, `${code} has 116 111 but lists no service on it`).to.equal(true);
      if (listed) expect(c.has116111, `${code} lists a 116 111 service`).to.equal(true);
    }
  });

  it('finds a country by code in any case, and nothing for an unknown one', () => {
    expect(helplinesOf('cz')?.country).to.equal('CZ');
    expect(helplinesOf('XX')).to.equal(undefined);
    expect(helplinesOf('constructor')).to.equal(undefined);
    expect(helplinesOf(undefined)).to.equal(undefined);
    expect(defaultCountryOf.cs).to.equal('CZ');
    expect(defaultCountryOf).to.not.have.property('en');
  });
});
