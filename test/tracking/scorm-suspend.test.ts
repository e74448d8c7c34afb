/**
 * The suspend_data encoding: whatever the student answered comes back on the next launch, within the
 * byte budget, and damaged data is reported rather than misread.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type { SavedProgress } from '../../src/machines/progress.js';
import { byteLength, decodeSuspend, encodeSuspend } from '../../src/tracking/scorm-suspend.js';

const record = fc.record({
  response: fc.oneof(
    fc.boolean(),
    fc.array(fc.string({ minLength: 1, maxLength: 12, unit: 'grapheme' }), { maxLength: 5 }),
    fc.record({ text: fc.string() }),
    fc.array(fc.tuple(fc.string(), fc.string()), { maxLength: 3 }),
  ),
  attempts: fc.integer({ min: 0, max: 50 }),
  score: fc.double({ min: 0, max: 1, noNaN: true }),
  correct: fc.boolean(),
  done: fc.boolean(),
  revealed: fc.boolean(),
  latencyMs: fc.integer({ min: 0, max: 10_000_000 }),
});

const draft = fc.oneof(
  fc.boolean(),
  fc.array(fc.string({ maxLength: 12, unit: 'grapheme' }), { maxLength: 5 }),
  fc.record({ text: fc.string({ maxLength: 200, unit: 'grapheme' }) }),
  fc.dictionary(fc.string({ minLength: 1, maxLength: 8 }), fc.string({ maxLength: 8 }), { maxKeys: 4 }),
);

const progress = fc.record({
  step: fc.string({ maxLength: 40, unit: 'grapheme' }),
  answers: fc.dictionary(fc.string({ minLength: 1, maxLength: 30, unit: 'grapheme' }), record, { maxKeys: 12 }),
  finished: fc.boolean(),
  seed: fc.option(fc.string({ minLength: 1, maxLength: 20, unit: 'grapheme' }), { nil: undefined }),
  drafts: fc.option(fc.dictionary(fc.string({ minLength: 1, maxLength: 30, unit: 'grapheme' }), draft, { minKeys: 1, maxKeys: 5 }), { nil: undefined }),
}).map(({ seed, drafts, ...p }) =>
  ({ v: 1 as const, module: 'm', ...p, ...(seed === undefined ? {} : { seed }), ...(drafts === undefined ? {} : { drafts }) }) as SavedProgress);

describe('suspend_data encoding', () => {
  it('gives back every answer (ids with separators and any script included), in plain ASCII', () => {
    fc.assert(
      fc.property(progress, (p) => {
        const { text, level } = encodeSuspend(p, 64000);
        expect(level).to.equal(0);
        expect(text).to.match(/^[\x20-\x7e]*$/);
        const back = decodeSuspend(text, 'm')!;
        expect(back.progress.step).to.equal(p.step);
        expect(back.progress.finished).to.equal(p.finished);
        expect(back.progress.seed).to.equal(p.seed);
        expect(back.progress.drafts, 'every draft').to.deep.equal(p.drafts);
        expect(Object.keys(back.progress.answers)).to.deep.equal(Object.keys(p.answers));
        for (const [id, a] of Object.entries(p.answers)) {
          const b = back.progress.answers[id];
          expect(b.response).to.deep.equal(a.response);
          expect({ ...b, response: 0, score: 0, latencyMs: 0 }).to.deep.equal({ ...a, response: 0, score: 0, latencyMs: 0 });
          expect(b.score).to.be.closeTo(a.score, 5e-5);
          expect(b.latencyMs).to.be.closeTo(a.latencyMs, 50);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('never exceeds the budget, and keeps every score while any answer fits', () => {
    fc.assert(
      fc.property(progress, fc.integer({ min: 60, max: 3000 }), (p, budget) => {
        const { text, level, dropped, draftsDropped } = encodeSuspend(p, budget);
        expect(byteLength(text)).to.be.at.most(Math.max(budget, byteLength(encodeSuspend({ ...p, answers: {} }, 1e9).text)));
        const back = decodeSuspend(text, 'm')!;
        expect(back.level).to.equal(level);
        expect(back.progress.seed, 'the seed survives every level').to.equal(p.seed);
        const drafts = Object.keys(p.drafts ?? {});
        expect(Object.keys(back.progress.drafts ?? {}), 'the drafts kept').to.have.length(drafts.length - draftsDropped);
        for (const [id, d] of Object.entries(back.progress.drafts ?? {})) expect(d).to.deep.equal(p.drafts![id]);
        if (level > 0) expect(draftsDropped, 'drafts go before anything else').to.equal(drafts.length);
        if (level < 3) expect(Object.keys(back.progress.answers)).to.have.length(Object.keys(p.answers).length);
        else expect(Object.keys(back.progress.answers)).to.have.length(Object.keys(p.answers).length - dropped);
        for (const [id, b] of Object.entries(back.progress.answers)) expect(b.score).to.be.closeTo(p.answers[id].score, 5e-5);
      }),
      { numRuns: 500 },
    );
  });

  it('keeps a question id such as __proto__ as an ordinary answer', () => {
    const a = { response: ['x~y'], attempts: 1, score: 1, correct: true, done: true, revealed: false, latencyMs: 0 };
    const p = { v: 1, module: 'm', step: 's', answers: Object.fromEntries([['__proto__', a]]), finished: false } as SavedProgress;
    const back = decodeSuspend(encodeSuspend(p, 4000).text, 'm')!.progress;
    expect(Object.keys(back.answers)).to.deep.equal(['__proto__']);
    expect(Object.getPrototypeOf(back.answers)).to.equal(Object.prototype);
  });

  it('keeps the seed (shuffles and pool draws come back the same), and reads data written before seeds', () => {
    const a = { response: ['b'], attempts: 1, score: 1, correct: true, done: true, revealed: false, latencyMs: 0 };
    const p: SavedProgress = { v: 1, module: 'm', step: 's', answers: { q1: a }, finished: false, seed: 'k3x9.2' };
    const { text } = encodeSuspend(p, 4000);
    expect(text.endsWith('|k3x9.2')).to.equal(true);
    expect(decodeSuspend(text, 'm')!.progress).to.deep.equal(p);
    const old = decodeSuspend('N1|0|1|s|q1~1~1~3~0~Lb', 'm')!.progress;
    expect(old).to.deep.equal({ v: 1, module: 'm', step: 's', answers: { q1: { ...a, done: true } }, finished: true });
    expect('seed' in old).to.equal(false);
  });

  describe('drafts (unsent work)', () => {
    const a = { response: ['b'], attempts: 1, score: 1, correct: true, done: true, revealed: false, latencyMs: 987_600 };
    const base: SavedProgress = { v: 1, module: 'm', step: 's', answers: { q1: a }, finished: false };

    it('keeps drafts after the seed, and without a seed too', () => {
      const withSeed = { ...base, seed: 'k3', drafts: { q2: ['n1.a', 'n2.b'], q3: { text: 'I would | tell ~ my; mum' } } };
      const { text, level, draftsDropped } = encodeSuspend(withSeed, 4000);
      expect([level, draftsDropped]).to.deep.equal([0, 0]);
      expect(text).to.match(/\|k3\|D/);
      expect(decodeSuspend(text, 'm')!.progress).to.deep.equal(withSeed);
      const noSeed = { ...base, drafts: { q2: [] } };
      expect(decodeSuspend(encodeSuspend(noSeed, 4000).text, 'm')!.progress).to.deep.equal(noSeed);
    });

    it('drops drafts first when room is short, the latest changed kept longest', () => {
      const drafts = { old: { text: 'x'.repeat(60) }, newest: { text: 'y'.repeat(60) } };
      const p = { ...base, drafts };
      const all = byteLength(encodeSuspend(p, 1e9).text);
      const withoutDrafts = byteLength(encodeSuspend(base, 1e9).text);

      const one = encodeSuspend(p, all - 10);
      expect([one.level, one.draftsDropped]).to.deep.equal([0, 1]);
      expect(decodeSuspend(one.text, 'm')!.progress.drafts).to.deep.equal({ newest: drafts.newest });
      expect(decodeSuspend(one.text, 'm')!.progress.answers.q1, 'the answer is whole').to.deep.equal(a);

      const none = encodeSuspend(p, withoutDrafts);
      expect([none.level, none.draftsDropped]).to.deep.equal([0, 2]);
      expect(decodeSuspend(none.text, 'm')!.progress).to.deep.equal(base);

      const tighter = encodeSuspend(p, withoutDrafts - 1);
      expect(tighter.level, 'latencies go only after the drafts').to.equal(1);
      expect(tighter.draftsDropped).to.equal(2);
      expect(decodeSuspend(tighter.text, 'm')!.progress.drafts).to.equal(undefined);
    });

    it('a damaged drafts part is left out, and the answers still load', () => {
      const back = decodeSuspend('N1|0|0|s|q1~1~1~3~0~Lb|seed|Dq2~Xnope', 'm')!.progress;
      expect(back.answers.q1).to.include({ correct: true });
      expect(back.seed).to.equal('seed');
      expect(back.drafts).to.equal(undefined);
    });
  });

  it('reports damaged data instead of misreading it', () => {
    for (const bad of ['{"v":1}', 'N1|0|0|step', 'N1|0|0|s||seed|more', 'N1|9|0|s|', 'N1|0|0|s|q~1~x~0~0~T', 'N1|0|0|s|q~1~0.5~0~0~Xnope', 'N1|0|0|s|q~1~2~0~0~T']) {
      expect(() => decodeSuspend(bad, 'm'), bad).to.throw();
    }
    expect(decodeSuspend('', 'm')).to.equal(null);
  });
});
