/**
 * Seeded shuffles and draws: the same seed gives the same result (a reload shows the same order),
 * different seeds spread over the possible results, and nothing is lost or duplicated.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { draw, hashString, mulberry32, newSeed, nextSeed, randomFrom, shuffled, shuffledAway } from '../../src/machines/shuffle.js';

const letters = ['a', 'b', 'c', 'd', 'e', 'f'];

describe('seeded randomness', () => {
  it('hashString is stable and tells near strings apart', () => {
    expect(hashString('seed|q1')).to.equal(hashString('seed|q1'));
    expect(hashString('seed|q1')).not.to.equal(hashString('seed|q2'));
    expect(hashString('')).to.be.a('number');
  });

  it('mulberry32 repeats for a state and stays in [0, 1)', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const xs = Array.from({ length: 1000 }, () => a());
    expect(xs).to.deep.equal(Array.from({ length: 1000 }, () => b()));
    expect(xs.every((x) => x >= 0 && x < 1)).to.equal(true);
    // Roughly uniform: each tenth holds 5–15% of the draws.
    for (let d = 0; d < 10; d++) expect(xs.filter((x) => Math.floor(x * 10) === d).length, String(d)).to.be.within(50, 150);
  });

  it('randomFrom differs between seeds', () => {
    expect(randomFrom('a')()).not.to.equal(randomFrom('b')());
  });
});

describe('shuffled', () => {
  it('keeps every item once, does not change its input, and repeats for a seed', () => {
    fc.assert(
      fc.property(fc.array(fc.integer(), { maxLength: 20 }), fc.string(), (items, seed) => {
        const copy = [...items];
        const out = shuffled(items, seed);
        expect(items).to.deep.equal(copy);
        expect([...out].sort()).to.deep.equal([...items].sort());
        expect(shuffled(items, seed)).to.deep.equal(out);
      }),
    );
  });

  it('reaches every order of three items over many seeds, each about equally often', () => {
    const counts = new Map<string, number>();
    for (let i = 0; i < 6000; i++) {
      const key = shuffled(['a', 'b', 'c'], `s${i}`).join('');
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    expect(counts.size).to.equal(6);
    for (const [order, n] of counts) expect(n, order).to.be.within(800, 1200);
  });
});

describe('shuffledAway', () => {
  it('never gives the original order for two or more items', () => {
    for (let n = 2; n <= 5; n++) {
      const items = letters.slice(0, n);
      for (let i = 0; i < 300; i++) expect(shuffledAway(items, `s${i}`), `${n} s${i}`).not.to.deep.equal(items);
    }
  });

  it('is still a permutation, repeatable, and varied', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 200; i++) {
      const out = shuffledAway(letters, `s${i}`);
      expect([...out].sort()).to.deep.equal(letters);
      expect(shuffledAway(letters, `s${i}`)).to.deep.equal(out);
      seen.add(out.join(''));
    }
    expect(seen.size).to.be.greaterThan(150);
  });

  it('leaves zero or one item alone', () => {
    expect(shuffledAway([], 's')).to.deep.equal([]);
    expect(shuffledAway(['a'], 's')).to.deep.equal(['a']);
  });
});

describe('draw', () => {
  it('picks count items, keeping their original order, the same for a seed', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer(), { maxLength: 12 }), fc.integer({ min: -2, max: 15 }), fc.string(), (items, count, seed) => {
        const out = draw(items, count, seed);
        expect(out).to.have.length(Math.max(0, Math.min(items.length, count)));
        expect(out).to.deep.equal(items.filter((x) => out.includes(x)));
        expect(draw(items, count, seed)).to.deep.equal(out);
      }),
    );
  });

  it('gives every item a fair chance', () => {
    const counts = new Map<string, number>();
    for (let i = 0; i < 3000; i++) for (const x of draw(letters, 2, `s${i}`)) counts.set(x, (counts.get(x) ?? 0) + 1);
    for (const x of letters) expect(counts.get(x), x).to.be.within(850, 1150);
  });
});

describe('seeds', () => {
  it('newSeed gives different dot-free seeds', () => {
    const seeds = new Set(Array.from({ length: 100 }, newSeed));
    expect(seeds.size).to.equal(100);
    for (const s of seeds) expect(s).to.match(/^[0-9a-z]{14}$/);
  });

  it('nextSeed counts attempts on from a seed', () => {
    const table: Array<[string, string]> = [['abc', 'abc.2'], ['abc.2', 'abc.3'], ['abc.9', 'abc.10'], ['a.b', 'a.b.2'], ['', '.2']];
    for (const [seed, next] of table) expect(nextSeed(seed), seed).to.equal(next);
  });
});
