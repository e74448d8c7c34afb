/**
 * The question machine as pure logic: every state (answering, correct, incorrect, failed, revealed),
 * every guard, resuming from a saved record, and what it emits (it knows no parent).
 * Longer than most files on purpose: each state and guard of the one machine is a short test here,
 * and their order follows the diagram in question-machine.ts.
 */
import { expect } from '@open-wc/testing';
import { createActor } from 'xstate';
import type { Question, Response } from '../../src/content/types.js';
import {
  type QuestionAnsweredEvent, type QuestionDraftedEvent, displayOrder, questionMachine, resumesDraft, solutionShown,
} from '../../src/machines/question-machine.js';
import { type AnswerRecord, correctResponse, hasCorrectResponse } from '../../src/machines/scoring.js';
import { wrongResponse } from '../modules/wrong-response.js';
import { allKinds, blanks, match, multiple, order, reflectText, scenario, single, sort, truefalse } from './kinds.js';

/** One question actor on its own, with what it emits collected (the module machine listens the same way). */
function play(question: Question, record?: AnswerRecord, startedAt = 1000, seed?: string, draft?: Response) {
  const reports: QuestionAnsweredEvent[] = [];
  const drafted: QuestionDraftedEvent[] = [];
  const q = createActor(questionMachine, { input: { question, record, startedAt, seed, draft } });
  q.on('question.answered', (e) => void reports.push(e));
  q.on('question.drafted', (e) => void drafted.push(e));
  q.start();
  return {
    q,
    snap: () => q.getSnapshot(),
    reports: () => reports,
    drafts: () => drafted,
    answer: (response: Response, at = 1500) => {
      q.send({ type: 'question.respond', response });
      q.send({ type: 'question.submit', at });
    },
  };
}

const record = (extra: Partial<AnswerRecord>): AnswerRecord => ({
  response: ['a'], attempts: 1, score: 0, correct: false, done: false, revealed: false, latencyMs: 10, ...extra,
});

describe('question machine', () => {
  describe('answering', () => {
    it('starts answering with no draft and nothing recorded', () => {
      const { snap } = play(single);
      expect(snap().value).to.equal('answering');
      expect(snap().context.draft).to.equal(null);
      expect(snap().context.record).to.equal(null);
      expect(snap().hasTag('done')).to.equal(false);
    });

    it('keeps the latest draft the student built', () => {
      const { q, snap } = play(multiple);
      q.send({ type: 'question.respond', response: ['a'] });
      q.send({ type: 'question.respond', response: ['a', 'b'] });
      expect(snap().context.draft).to.deep.equal(['a', 'b']);
      expect(snap().value).to.equal('answering');
    });

    it('blocks submitting until the draft can be answered', () => {
      const { q, snap, reports } = play(blanks);
      expect(snap().can({ type: 'question.submit' })).to.equal(false);
      q.send({ type: 'question.submit' });
      expect(snap().value).to.equal('answering');
      q.send({ type: 'question.respond', response: ['  ', ''] });
      expect(snap().can({ type: 'question.submit' })).to.equal(false);
      q.send({ type: 'question.respond', response: ['phishing', ''] });
      expect(snap().can({ type: 'question.submit' })).to.equal(true);
      expect(reports()).to.have.length(0);
    });

    it('ignores retry and reveal while answering', () => {
      const { snap } = play(single);
      expect(snap().can({ type: 'question.retry' })).to.equal(false);
      expect(snap().can({ type: 'question.reveal' })).to.equal(false);
    });
  });

  describe('submitting', () => {
    it('a right answer is correct and done, and reported with its latency', () => {
      const { snap, reports, answer } = play(single, undefined, 1000);
      answer(['b'], 4200);
      expect(snap().value).to.equal('correct');
      expect(snap().hasTag('done')).to.equal(true);
      expect(reports()).to.have.length(1);
      expect(reports()[0].questionId).to.equal('single');
      expect(reports()[0].record).to.deep.equal({
        response: ['b'], attempts: 1, score: 1, correct: true, done: true, revealed: false, latencyMs: 3200,
      });
    });

    it('a wrong answer with attempts left is incorrect, not done; the student can retry or reveal', () => {
      const { snap, reports, answer } = play(single);
      answer(['a']);
      expect(snap().value).to.equal('incorrect');
      expect(snap().hasTag('done')).to.equal(false);
      expect(reports()[0].record).to.include({ attempts: 1, correct: false, done: false, score: 0 });
      expect(snap().can({ type: 'question.retry' })).to.equal(true);
      expect(snap().can({ type: 'question.reveal' })).to.equal(true);
      expect(snap().can({ type: 'question.submit' })).to.equal(false);
    });

    it('partial credit is kept in the record', () => {
      const { reports, answer } = play(multiple);
      answer(['a']);
      expect(reports()[0].record.score).to.equal(0.5);
    });

    it('a wrong answer on the last attempt fails, done, with no retry', () => {
      const { snap, reports, answer } = play({ ...truefalse, attempts: 1 });
      answer(true);
      expect(snap().value).to.equal('failed');
      expect(snap().hasTag('done')).to.equal(true);
      expect(reports()[0].record).to.include({ attempts: 1, done: true, correct: false });
      expect(snap().can({ type: 'question.retry' })).to.equal(false);
      expect(snap().can({ type: 'question.reveal' })).to.equal(false);
    });

    it('never goes negative on latency when the clock is behind the start', () => {
      const { reports, answer } = play(single, undefined, 5000);
      answer(['b'], 10);
      expect(reports()[0].record.latencyMs).to.equal(0);
    });
  });

  describe('retry', () => {
    it('goes back to answering with an empty draft, keeping the attempt count', () => {
      const { q, snap, answer } = play(single);
      answer(['a']);
      q.send({ type: 'question.retry' });
      expect(snap().value).to.equal('answering');
      expect(snap().context.draft).to.equal(null);
      expect(snap().context.record?.attempts).to.equal(1);
    });

    it('the second try counts as attempt 2: right → correct, wrong → failed', () => {
      const right = play(single);
      right.answer(['a']);
      right.q.send({ type: 'question.retry' });
      right.answer(['b']);
      expect(right.snap().value).to.equal('correct');
      expect(right.reports().map((r) => r.record.attempts)).to.deep.equal([1, 2]);

      const wrong = play(single);
      wrong.answer(['a']);
      wrong.q.send({ type: 'question.retry' });
      wrong.answer(['c']);
      expect(wrong.snap().value).to.equal('failed');
      expect(wrong.reports()[1].record).to.include({ attempts: 2, done: true, correct: false });
    });
  });

  describe('reveal', () => {
    it('shows the answer: revealed, done, and reported as revealed', () => {
      const { q, snap, reports, answer } = play(single);
      answer(['a']);
      q.send({ type: 'question.reveal' });
      expect(snap().value).to.equal('revealed');
      expect(snap().hasTag('done')).to.equal(true);
      expect(reports()).to.have.length(2);
      expect(reports()[1].record).to.include({ revealed: true, done: true, attempts: 1, correct: false });
      expect(snap().can({ type: 'question.retry' })).to.equal(false);
    });
  });

  describe('resume from a saved record', () => {
    const table: Array<[string, Partial<AnswerRecord>, string]> = [
      ['correct', { correct: true, score: 1, done: true, response: ['b'] }, 'correct'],
      ['revealed', { revealed: true, done: true }, 'revealed'],
      ['out of attempts', { attempts: 2, done: true }, 'failed'],
      ['wrong with attempts left', { attempts: 1 }, 'incorrect'],
    ];
    for (const [name, saved, state] of table) {
      it(`${name} → ${state}, without reporting again`, () => {
        const { snap, reports } = play(single, record(saved));
        expect(snap().value).to.equal(state);
        expect(snap().context.draft).to.deep.equal(saved.response ?? ['a']);
        expect(reports()).to.have.length(0);
      });
    }

    it('no record → answering', () => {
      expect(play(single).snap().value).to.equal('answering');
    });

    it('right wins over revealed, and revealed over out of attempts', () => {
      expect(play(single, record({ correct: true, revealed: true })).snap().value).to.equal('correct');
      expect(play(single, record({ revealed: true, attempts: 5 })).snap().value).to.equal('revealed');
    });

    it('a resumed wrong answer can be retried, and counts on from the saved attempts', () => {
      const { q, snap, reports, answer } = play({ ...single, attempts: 3 }, record({ attempts: 2 }));
      q.send({ type: 'question.retry' });
      answer(['a']);
      expect(snap().value).to.equal('failed');
      expect(reports()[0].record.attempts).to.equal(3);
    });

    it('defaults the start time to now', () => {
      const before = Date.now();
      const actor = createActor(questionMachine, { input: { question: single } });
      expect(actor.getSnapshot().context.startedAt).to.be.within(before, Date.now());
    });
  });

  describe('drafts (unsent work)', () => {
    it('emits every change of the draft while answering, and nothing else', () => {
      const { q, drafts, answer } = play(scenario);
      expect(drafts()).to.have.length(0);
      q.send({ type: 'question.respond', response: ['start.b'] });
      q.send({ type: 'question.respond', response: ['start.b', 'mid.a'] });
      expect(drafts()).to.deep.equal([
        { type: 'question.drafted', questionId: 'scenario', response: ['start.b'] },
        { type: 'question.drafted', questionId: 'scenario', response: ['start.b', 'mid.a'] },
      ]);
      q.send({ type: 'question.submit', at: 2000 });
      expect(drafts(), 'a submission is not a draft').to.have.length(2);
      answer(['start.a']); // ignored: no longer answering
      expect(drafts(), 'nothing is drafted once done').to.have.length(2);
    });

    it('a question with no listener is checked, retried and revealed without error (a standalone element)', () => {
      const actor = createActor(questionMachine, { input: { question: single } }).start();
      actor.send({ type: 'question.respond', response: ['a'] });
      actor.send({ type: 'question.submit', at: Date.now() });
      expect(actor.getSnapshot().status, 'no error state on Check').to.equal('active');
      expect(actor.getSnapshot().value).to.equal('incorrect');
      actor.send({ type: 'question.reveal' });
      expect(actor.getSnapshot().status).to.equal('active');
      expect(actor.getSnapshot().value).to.equal('revealed');
    });

    it('a question on its own (no parent) still takes drafts', () => {
      const actor = createActor(questionMachine, { input: { question: reflectText } }).start();
      actor.send({ type: 'question.respond', response: { text: 'half' } });
      expect(actor.getSnapshot().status).to.equal('active');
      expect(actor.getSnapshot().context.draft).to.deep.equal({ text: 'half' });
    });

    it('resumes answering with a saved draft when nothing was submitted, and goes on from it', () => {
      const { snap, q, reports, drafts } = play(scenario, undefined, 1000, undefined, ['start.b']);
      expect(snap().value).to.equal('answering');
      expect(snap().context.draft).to.deep.equal(['start.b']);
      expect(drafts(), 'resuming reports nothing').to.have.length(0);
      q.send({ type: 'question.respond', response: ['start.b', 'mid.a'] });
      q.send({ type: 'question.submit', at: 1500 });
      expect(reports()[0].record).to.include({ attempts: 1, score: 0.5 });
    });

    it('resumes a retry under way: a wrong answer with attempts left and a draft → answering, attempts kept', () => {
      const { snap, reports, answer } = play(single, record({ attempts: 1 }), 1000, undefined, ['c']);
      expect(snap().value).to.equal('answering');
      expect(snap().context.draft).to.deep.equal(['c']);
      expect(snap().context.record?.attempts).to.equal(1);
      answer(['b']);
      expect(snap().value).to.equal('correct');
      expect(reports()[0].record.attempts).to.equal(2);
    });

    const settled: Array<[string, Partial<AnswerRecord>, string]> = [
      ['right', { correct: true, score: 1, done: true, response: ['b'] }, 'correct'],
      ['revealed', { revealed: true, done: true }, 'revealed'],
      ['out of attempts', { attempts: 2, done: true }, 'failed'],
    ];
    for (const [name, saved, state] of settled) {
      it(`ignores a draft once the answer is ${name} (→ ${state}, showing the submission)`, () => {
        const { snap } = play(single, record(saved), 1000, undefined, ['c']);
        expect(snap().value).to.equal(state);
        expect(snap().context.draft).to.deep.equal(saved.response ?? ['a']);
        expect(resumesDraft(single, record(saved))).to.equal(false);
      });
    }

    it('without a draft, a wrong answer still resumes showing its feedback', () => {
      expect(play(single, record({ attempts: 1 })).snap().value).to.equal('incorrect');
      expect(resumesDraft(single, record({ attempts: 1 }))).to.equal(true);
      expect(resumesDraft(single, undefined)).to.equal(true);
    });
  });

  describe('display order', () => {
    const orderOf = (question: Question, seed?: string) =>
      createActor(questionMachine, { input: { question, seed } }).getSnapshot().context.order;
    const idsOf: Record<string, (q: Question) => string[]> = {
      choice: (q) => (q.kind === 'choice' ? q.options.map((o) => o.id) : []),
      order: (q) => (q.kind === 'order' ? q.items.map((i) => i.id) : []),
      sort: (q) => (q.kind === 'sort' ? q.cards.map((c) => c.id) : []),
      match: (q) => (q.kind === 'match' ? q.targets.map((t) => t.id) : []),
    };
    const shuffledKinds: Question[] = [{ ...multiple, shuffle: true }, order, sort, match];

    it('is null for kinds shown in authored order, and for choices without shuffle', () => {
      for (const q of allKinds.filter((k) => !['order', 'sort', 'match'].includes(k.kind))) expect(orderOf(q, 's'), q.id).to.equal(null);
    });

    for (const q of shuffledKinds) {
      it(`${q.kind}: a permutation, the same for the same seed and question, varying with either`, () => {
        const ids = idsOf[q.kind](q);
        const seen = new Set<string>();
        for (let i = 0; i < 40; i++) {
          const o = orderOf(q, `seed${i}`)!;
          expect([...o].sort(), q.id).to.deep.equal([...ids].sort());
          expect(orderOf(q, `seed${i}`)).to.deep.equal(o);
          expect(displayOrder(q, `seed${i}`)).to.deep.equal(o);
          seen.add(o.join());
        }
        expect(seen.size, 'orders seen').to.be.greaterThan(3);
        const others = new Set(Array.from({ length: 40 }, (_, i) => orderOf({ ...q, id: `other${i}` } as Question, 'seed0')!.join()));
        expect(others.size, 'orders across question ids').to.be.greaterThan(3);
      });
    }

    it('never shows an order question already in the right order', () => {
      const two = { ...order, items: order.items.slice(0, 2) };
      for (let i = 0; i < 100; i++) {
        expect(orderOf(order, `s${i}`)).not.to.deep.equal(['a', 'b', 'c', 'd']);
        expect(orderOf(two, `s${i}`)).to.deep.equal(['b', 'a']);
      }
    });

    it('works without a seed, stable for the question', () => {
      expect(orderOf(order)).to.deep.equal(orderOf(order));
      expect(orderOf(order)).to.have.length(4);
    });

    it('an order question starts with its shown order as the draft, so it can be checked at once', () => {
      const { snap, q } = play(order, undefined, 0, 'abc');
      expect(snap().context.draft).to.deep.equal(snap().context.order);
      expect(snap().can({ type: 'question.submit' })).to.equal(true);
      q.send({ type: 'question.submit', at: 10 });
      expect(snap().value).to.equal('incorrect');
    });

    it('an order question goes back to the shown order after a retry', () => {
      const { snap, q, answer } = play(order, undefined, 0, 'abc');
      const shown = snap().context.order;
      answer(['d', 'c', 'b', 'a']);
      expect(snap().value).to.equal('incorrect');
      q.send({ type: 'question.retry' });
      expect(snap().context.draft).to.deep.equal(shown);
      answer(['a', 'b', 'c', 'd']);
      expect(snap().value).to.equal('correct');
    });

    it('a resumed order question shows the saved response as its draft, and keeps its order', () => {
      const saved = record({ response: ['b', 'a', 'c', 'd'], score: 1 / 3 });
      const { snap } = play(order, saved, 0, 'abc');
      expect(snap().context.draft).to.deep.equal(['b', 'a', 'c', 'd']);
      expect(snap().context.order).to.deep.equal(displayOrder(order, 'abc'));
    });
  });

  describe('every kind, through the machine', () => {
    for (const question of allKinds) {
      const judged = hasCorrectResponse(question);
      it(`${question.id} (${question.kind}): ${judged ? 'the right answer is correct, a wrong one is not' : 'any full answer is kept, never judged wrong'}`, () => {
        const right = play(question);
        right.answer(judged ? correctResponse(question) : wrongResponse(question));
        expect(right.snap().value).to.equal('correct');
        expect(right.reports()[0].record.score).to.equal(1);
        if (!judged) return;
        const wrong = play(question);
        wrong.answer(wrongResponse(question));
        expect(wrong.snap().value).to.equal(question.attempts > 1 ? 'incorrect' : 'failed');
        expect(wrong.reports()[0].record.correct).to.equal(false);
      });
    }
  });

  describe('hidden solutions (solution: false)', () => {
    it('refuses Show the answer, and solutionShown stays false when the tries run out', () => {
      const hidden = { ...single, solution: false as const };
      const { q, snap, answer } = play(hidden);
      answer(['a']);
      expect(snap().value).to.equal('incorrect');
      expect(snap().can({ type: 'question.reveal' })).to.equal(false);
      q.send({ type: 'question.reveal' });
      expect(snap().value).to.equal('incorrect');
      q.send({ type: 'question.retry' });
      answer(['c']);
      expect(snap().value).to.equal('failed');
      expect(solutionShown(snap())).to.equal(false);
    });

    it('still counts a right answer as shown, and shows solutions by default once done', () => {
      const right = play({ ...single, solution: false });
      right.answer(['b']);
      expect(solutionShown(right.snap())).to.equal(true);
      const open = play(single);
      expect(solutionShown(open.snap())).to.equal(false);
      open.answer(['a']);
      expect(solutionShown(open.snap())).to.equal(false);
      open.q.send({ type: 'question.reveal' });
      expect(solutionShown(open.snap())).to.equal(true);
    });
  });
});
