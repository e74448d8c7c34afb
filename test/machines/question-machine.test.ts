/**
 * The question machine as pure logic: every state (answering, correct, incorrect, failed, revealed),
 * every guard, resuming from a saved record, and what it reports to its parent.
 */
import { expect } from '@open-wc/testing';
import { assign, createActor, setup, spawnChild } from 'xstate';
import type { Question, Response } from '../../src/content/types.js';
import { type QuestionAnsweredEvent, type QuestionInput, questionMachine } from '../../src/machines/question-machine.js';
import type { AnswerRecord } from '../../src/machines/scoring.js';
import { blanks, multiple, single, truefalse } from './kinds.js';

/** A parent that spawns one question and keeps what it reports. */
const parentMachine = setup({
  types: {
    context: {} as { input: QuestionInput; reports: QuestionAnsweredEvent[] },
    events: {} as QuestionAnsweredEvent,
    input: {} as QuestionInput,
  },
  actors: { question: questionMachine },
}).createMachine({
  context: ({ input }) => ({ input, reports: [] }),
  entry: spawnChild('question', { id: 'q', input: ({ context }) => context.input }),
  on: { 'question.answered': { actions: assign({ reports: ({ context, event }) => [...context.reports, event] }) } },
});

function play(question: Question, record?: AnswerRecord, startedAt = 1000) {
  const parent = createActor(parentMachine, { input: { question, record, startedAt } }).start();
  const q = parent.getSnapshot().children.q!;
  return {
    parent,
    q,
    snap: () => q.getSnapshot(),
    reports: () => parent.getSnapshot().context.reports,
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
});
