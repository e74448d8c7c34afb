import { expect } from '@open-wc/testing';
import { enCore, num } from '../../src/i18n/locales/en-core.js';

describe('English numbers before any language has loaded', () => {
  it('writes every whole number as Intl.NumberFormat("en") does, from the digits-only range and past it', () => {
    const intl = new Intl.NumberFormat('en');
    const samples = [...Array(1000).keys(), 1000, 1001, 12_345, 1_000_000, -1, -999, 0.5, 2.25, 999.5, -0];
    for (const n of samples) expect(num(n), String(n)).to.equal(intl.format(n));
  });

  it('counts steps, lessons and tries in those words', () => {
    expect(enCore.stepOf(3, 12)).to.equal('Step 3 of 12');
    expect(enCore.lessonOf(1, 1000)).to.equal('Lesson 1 of 1,000');
    expect(enCore.attemptsLeft(1)).to.equal('1 try left');
    expect(enCore.attemptsLeft(2)).to.equal('2 tries left');
    expect(enCore.glossary(1234)).to.equal('Words to know (1,234)');
  });
});
