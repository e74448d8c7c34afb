import { expect } from '@open-wc/testing';
import { builtInLanguages, loadTranslation, type Translation } from '../../src/i18n/index.js';
import { directionOf } from '../../src/i18n/language.js';
import { en } from '../../src/i18n/locales/en.js';

/** Every count a student can meet: 0–30, and past 100 (where several languages change form again). */
const COUNTS = [...Array(31).keys(), 100, 101, 102, 103, 104, 105, 110, 111, 112, 114, 115, 121, 122, 125, 200, 1000, 1001, 1002, 1005];

/** The sentence with its numbers taken out: two counts read the same way when their shapes are equal. */
const shape = (text: string) => text.replace(/[\d\u0660-\u0669](?:[\d\u0660-\u0669\s.,\u00a0\u202f\u066b\u066c]*[\d\u0660-\u0669])?/g, '#');

/** How each function with numbers is called with one count `n`. */
const counted: Record<string, (t: Translation, n: number) => string> = {
  attemptsLeft: (t, n) => t.attemptsLeft(n),
  charactersLeft: (t, n) => t.charactersLeft(n),
  rightCount: (t, n) => t.rightCount(n, n),
  charactersOf: (t, n) => t.charactersOf(n, n),
  stepOf: (t, n) => t.stepOf(n, n),
  lessonOf: (t, n) => t.lessonOf(n, n),
  gapOf: (t, n) => t.gapOf(n, n),
  positionOf: (t, n) => t.positionOf('X', n, n),
  pickedUp: (t, n) => t.pickedUp('X', n, n),
  dropped: (t, n) => t.dropped('X', n, n),
  moveCancelled: (t, n) => t.moveCancelled('X', n, n),
  score: (t, n) => t.score(n),
  passed: (t, n) => t.passed(n),
  failed: (t, n) => t.failed(n),
  reviewQuestion: (t, n) => t.reviewQuestion(n),
};
/** The sentences that say how many of something: each plural category must read differently. */
const PLURAL_SENTENCES = ['attemptsLeft', 'charactersLeft', 'rightCount'];

const locales = new Map<string, Translation>();
before(async () => {
  for (const code of builtInLanguages) locales.set(code, await loadTranslation(code));
});

describe('the player locales', () => {
  it('are the twelve languages of the network', () => {
    expect([...builtInLanguages].sort()).to.deep.equal(['ar', 'cs', 'de', 'en', 'es', 'fr', 'it', 'nl', 'pl', 'pt', 'sk', 'uk']);
  });

  for (const code of ['en', 'cs', 'sk', 'pl', 'de', 'fr', 'es', 'it', 'nl', 'pt', 'uk', 'ar']) {
    describe(code, () => {
      it('has every string of English, of the same kind, none empty, and its own code and direction', () => {
        const t = locales.get(code)!;
        expect(t.$code).to.equal(code);
        expect(t.$dir).to.equal(directionOf(code));
        expect(Object.keys(t).sort()).to.deep.equal(Object.keys(en).sort());
        for (const [key, value] of Object.entries(t)) {
          const english = (en as unknown as Record<string, unknown>)[key];
          expect(typeof value, key).to.equal(typeof english);
          if (typeof value === 'string') expect(value.trim(), key).not.to.equal('');
          if (typeof value === 'function') expect(value.length, `${key} arguments`).to.equal((english as () => void).length);
        }
        if (code !== 'en') {
          const same = Object.entries(t).filter(([k, v]) => typeof v === 'string' && !k.startsWith('$') && v === (en as unknown as Record<string, unknown>)[k]);
          // A word may be the same in two languages ("Tip", "Question"), but a copied English file is not a translation.
          expect(same.length, `left in English: ${same.map(([k]) => k).join(', ')}`).to.be.below(4);
        }
      });

      it('words every count from 0 to 30 and past 100 by its Intl.PluralRules category', () => {
        const t = locales.get(code)!;
        const rules = new Intl.PluralRules(code === 'pt' ? 'pt-PT' : code);
        for (const [name, say] of Object.entries(counted)) {
          const byCategory = new Map<string, Set<string>>();
          for (const n of COUNTS) {
            const text = say(t, n);
            expect(text, `${name}(${n})`).not.to.match(/undefined|NaN|\[object|\$\{/);
            const category = rules.select(n);
            byCategory.set(category, (byCategory.get(category) ?? new Set()).add(shape(text)));
          }
          for (const [category, shapes] of byCategory) {
            expect([...shapes], `${name}: every "${category}" count reads the same way`).to.have.length(1);
          }
          if (PLURAL_SENTENCES.includes(name)) {
            const distinct = new Set([...byCategory.values()].map((s) => [...s][0]));
            expect(distinct.size, `${name}: each of ${[...byCategory.keys()].join('/')} reads differently`).to.equal(byCategory.size);
          }
        }
      });
    });
  }

  it('says Czech and Slovak counts in three forms', () => {
    const cs = locales.get('cs')!;
    expect(cs.attemptsLeft(1)).to.contain('1 pokus.');
    expect(cs.attemptsLeft(2)).to.contain('2 pokusy.');
    expect(cs.attemptsLeft(5)).to.contain('5 pokusů.');
    expect(cs.attemptsLeft(22)).to.contain('22 pokusů.');
    expect(cs.rightCount(1, 4)).to.equal('Správně máš 1 otázku z 4');
    expect(cs.rightCount(3, 4)).to.equal('Správně máš 3 otázky z 4');
    expect(cs.rightCount(0, 4)).to.equal('Správně máš 0 otázek z 4');
    const sk = locales.get('sk')!;
    expect([1, 3, 7].map((n) => sk.attemptsLeft(n))).to.deep.equal(['Zostáva ti 1 pokus.', 'Zostávajú ti 3 pokusy.', 'Zostáva ti 7 pokusov.']);
  });

  it('says Polish and Ukrainian counts by their last digits', () => {
    const pl = locales.get('pl')!;
    expect([1, 2, 5, 12, 22, 25].map((n) => pl.attemptsLeft(n).split(' ').at(-1))).to.deep.equal(['próba.', 'próby.', 'prób.', 'prób.', 'próby.', 'prób.']);
    const uk = locales.get('uk')!;
    expect([1, 3, 11, 21, 24, 25].map((n) => uk.attemptsLeft(n).split(' ').at(-1))).to.deep.equal(['спроба.', 'спроби.', 'спроб.', 'спроба.', 'спроби.', 'спроб.']);
  });

  it('says Arabic counts in six forms', () => {
    const ar = locales.get('ar')!;
    const forms = [0, 1, 2, 3, 11, 100].map((n) => ar.attemptsLeft(n));
    expect(new Set(forms).size).to.equal(6);
    expect(forms[1]).to.contain('محاولة واحدة');
    expect(forms[2]).to.contain('محاولتان');
    expect(forms[3]).to.contain('محاولات');
  });

  it('writes numbers the way each language does', () => {
    expect(locales.get('cs')!.charactersOf(1200, 2000)).to.equal('1\u00a0200 z 2\u00a0000 znaků');
    expect(locales.get('de')!.charactersOf(1200, 2000)).to.equal('1.200 von 2.000 Zeichen');
    expect(locales.get('en')!.charactersOf(1200, 2000)).to.equal('1,200 of 2,000 characters');
    expect(locales.get('fr')!.score(85)).to.equal('Ton score\u00a0: 85\u00a0%');
    expect(locales.get('cs')!.gapAnswer(['tři', '3', 'III'])).to.equal('Odpověď: tři, 3 nebo III');
  });
});
