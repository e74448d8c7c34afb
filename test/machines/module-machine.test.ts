/**
 * The module machine as pure logic: starting, moving through steps (next, back, goto and their guards),
 * never past an unanswered question, finishing, review and restart, and what it emits. Resuming saved
 * progress and drafts: module-machine-resume.test.ts; seeds and pools: module-machine-seed.test.ts.
 */
import { expect } from '@open-wc/testing';
import { type ModuleEmitted, furthestReachable, progressOf, stepsOf } from '../../src/machines/module-machine.js';
import { PROGRESS_VERSION, type SavedProgress } from '../../src/machines/progress.js';
import { moduleDoc, right, start, wrong } from './module-fixtures.js';

describe('module machine', () => {
  describe('starting', () => {
    it('flattens lessons into steps and starts playing at the first', () => {
      const { snap } = start();
      expect(snap().value).to.equal('playing');
      expect(snap().context.index).to.equal(0);
      expect(snap().context.steps.map((s) => [s.step.id, s.lessonIndex, s.stepIndex])).to.deep.equal([
        ['intro', 0, 0], ['s1', 0, 1], ['s2', 1, 0], ['s3', 1, 1], ['outro', 1, 2],
      ]);
      expect(stepsOf(moduleDoc())).to.deep.equal(snap().context.steps);
    });

    it('spawns one question actor per question, named by question id, answering', () => {
      const { snap } = start();
      expect(Object.keys(snap().children).sort()).to.deep.equal(['q1', 'q2', 'q3']);
      for (const id of ['q1', 'q2', 'q3']) expect(snap().children[id]!.getSnapshot().value).to.equal('answering');
    });

    it('emits nothing on a fresh start', () => {
      expect(start().emitted).to.deep.equal([]);
    });
  });

  describe('next, back and goto', () => {
    it('next leaves a reading step, and emits progressed then saved', () => {
      const { snap, send, emitted } = start();
      send('module.next');
      expect(snap().context.index).to.equal(1);
      expect(emitted.map((e) => e.type)).to.deep.equal(['progressed', 'saved']);
      expect(emitted[0]).to.deep.equal({ type: 'progressed', progress: { index: 1, total: 5, fraction: 0.2 } });
      expect(emitted[1]).to.deep.include({ type: 'saved' });
      expect((emitted[1] as { progress: SavedProgress }).progress).to.deep.equal({
        v: PROGRESS_VERSION, module: 'mod', step: 's1', answers: {}, finished: false, seed: 'test-seed',
      });
    });

    it('next is blocked at an unanswered question, and nothing is emitted', () => {
      const { snap, send, emitted } = start();
      send('module.next');
      emitted.length = 0;
      expect(snap().can({ type: 'module.next' })).to.equal(false);
      send('module.next');
      expect(snap().context.index).to.equal(1);
      expect(emitted).to.deep.equal([]);
    });

    it('answering (right or wrong) records the answer, emits answered and saved, and opens next', () => {
      const { snap, send, emitted, answer } = start();
      send('module.next');
      emitted.length = 0;
      answer('q1', wrong.q1);
      // Choosing is a draft (saved, marked as such); submitting records and saves the answer.
      expect(emitted.map((e) => (e.type === 'saved' && e.draft ? 'saved draft' : e.type))).to.deep.equal(['saved draft', 'answered', 'saved']);
      emitted.shift();
      const answered = emitted[0] as Extract<ModuleEmitted, { type: 'answered' }>;
      expect(answered.question.id).to.equal('q1');
      expect(answered.record).to.include({ correct: false, attempts: 1 });
      expect(snap().context.answers.q1).to.include({ correct: false });
      expect(snap().can({ type: 'module.next' })).to.equal(true);
      send('module.next');
      expect(snap().context.index).to.equal(2);
    });

    it('a retry that is answered again replaces the record', () => {
      const { snap, send, answer, child } = start();
      send('module.next');
      answer('q1', wrong.q1);
      child('q1').send({ type: 'question.retry' });
      answer('q1', right.q1);
      expect(snap().context.answers.q1).to.include({ correct: true, attempts: 2 });
    });

    it('back is blocked on the first step and moves back elsewhere', () => {
      const { snap, send, emitted } = start();
      expect(snap().can({ type: 'module.back' })).to.equal(false);
      send('module.back');
      expect(snap().context.index).to.equal(0);
      expect(emitted).to.deep.equal([]);
      send('module.next');
      send('module.back');
      expect(snap().context.index).to.equal(0);
      expect(emitted.map((e) => e.type)).to.deep.equal(['progressed', 'saved', 'progressed', 'saved']);
    });

    it('goto jumps back, or forward up to the first unanswered question, and no further', () => {
      const { snap, actor, send, answer } = start();
      expect(furthestReachable(snap().context)).to.equal(1);
      expect(snap().can({ type: 'module.goto', index: 2 })).to.equal(false);
      actor.send({ type: 'module.goto', index: 1 });
      expect(snap().context.index).to.equal(1);
      answer('q1', right.q1);
      expect(furthestReachable(snap().context)).to.equal(2);
      actor.send({ type: 'module.goto', index: 4 });
      expect(snap().context.index).to.equal(1);
      actor.send({ type: 'module.goto', index: 2 });
      expect(snap().context.index).to.equal(2);
      actor.send({ type: 'module.goto', index: 0 });
      expect(snap().context.index).to.equal(0);
      send('module.next');
      expect(snap().context.index).to.equal(1);
    });

    it('goto refuses indexes that are not whole steps', () => {
      const { snap } = start();
      for (const index of [-1, 0.5, NaN, Infinity]) expect(snap().can({ type: 'module.goto', index }), String(index)).to.equal(false);
    });
  });

  describe('finishing', () => {
    it('next on the last step finishes: progressed (1), completed with the result, saved as finished', () => {
      const { snap, emitted, playThrough } = start();
      playThrough(right);
      expect(snap().value).to.equal('finished');
      expect(snap().context.finished).to.equal(true);
      const tail = emitted.slice(-3);
      expect(tail.map((e) => e.type)).to.deep.equal(['progressed', 'completed', 'saved']);
      expect(tail[0]).to.deep.equal({ type: 'progressed', progress: { index: 4, total: 5, fraction: 1 } });
      expect((tail[1] as Extract<ModuleEmitted, { type: 'completed' }>).result).to.deep.equal({
        points: 4, maxPoints: 4, percent: 100, passed: true, graded: true, answered: 3, questions: 3,
      });
      expect((tail[2] as Extract<ModuleEmitted, { type: 'saved' }>).progress.finished).to.equal(true);
      expect(emitted.filter((e) => e.type === 'completed')).to.have.length(1);
    });

    it('a poor result is completed as failed', () => {
      const { emitted, playThrough } = start();
      playThrough(wrong);
      const done = emitted.find((e) => e.type === 'completed') as Extract<ModuleEmitted, { type: 'completed' }>;
      expect(done.result).to.include({ percent: 0, passed: false, answered: 3 });
    });

    it('cannot finish from a last step that holds an unanswered question', () => {
      const doc = moduleDoc();
      doc.lessons[1].steps.pop();
      const { snap, send, answer, actor } = start({ doc });
      answer('q1', right.q1);
      answer('q2', right.q2);
      actor.send({ type: 'module.goto', index: 3 });
      expect(snap().context.index).to.equal(3);
      send('module.next');
      expect(snap().value).to.equal('playing');
      answer('q3', right.q3);
      send('module.next');
      expect(snap().value).to.equal('finished');
    });

    it('ignores next, back and goto once finished', () => {
      const { snap, playThrough, emitted } = start();
      playThrough(right);
      const n = emitted.length;
      for (const e of [{ type: 'module.next' }, { type: 'module.back' }, { type: 'module.goto', index: 0 }] as const) {
        expect(snap().can(e), e.type).to.equal(false);
      }
      expect(emitted).to.have.length(n);
    });

    it('progressOf says where the student is', () => {
      const { snap, send } = start();
      send('module.next');
      expect(progressOf(snap().context)).to.deep.equal({ index: 1, total: 5, fraction: 0.2 });
      expect(progressOf(snap().context, true).fraction).to.equal(1);
    });
  });

  describe('review and restart', () => {
    it('review goes back to a chosen step (or the first), keeping answers and the finished mark', () => {
      const { snap, actor, playThrough, emitted } = start();
      playThrough(right);
      emitted.length = 0;
      actor.send({ type: 'module.review', index: 2 });
      expect(snap().value).to.equal('playing');
      expect(snap().context.index).to.equal(2);
      expect(snap().context.finished).to.equal(true);
      expect(Object.keys(snap().context.answers)).to.have.length(3);
      expect(emitted.map((e) => e.type)).to.deep.equal(['progressed', 'saved']);
      expect((emitted[0] as Extract<ModuleEmitted, { type: 'progressed' }>).progress.fraction).to.equal(1);
    });

    it('review to a step that does not exist starts from the first', () => {
      for (const index of [-1, 5, undefined]) {
        const { snap, actor, playThrough } = start();
        playThrough(right);
        actor.send({ type: 'module.review', index });
        expect(snap().context.index, String(index)).to.equal(0);
      }
    });

    it('finishing again after a review emits completed again', () => {
      const { snap, actor, send, emitted, playThrough } = start();
      playThrough(right);
      actor.send({ type: 'module.review', index: 4 });
      send('module.next');
      expect(snap().value).to.equal('finished');
      expect(emitted.filter((e) => e.type === 'completed')).to.have.length(2);
    });

    it('restart clears every answer, goes to the first step, and gives fresh questions', () => {
      const { snap, send, emitted, playThrough, child } = start();
      playThrough(right);
      expect(child('q1').getSnapshot().value).to.equal('correct');
      emitted.length = 0;
      send('module.restart');
      expect(snap().value).to.equal('playing');
      expect(snap().context).to.include({ index: 0, finished: false });
      expect(snap().context.answers).to.deep.equal({});
      for (const id of ['q1', 'q2', 'q3']) expect(child(id).getSnapshot().value, id).to.equal('answering');
      expect(emitted.map((e) => e.type)).to.deep.equal(['progressed', 'saved']);
      expect((emitted[1] as Extract<ModuleEmitted, { type: 'saved' }>).progress).to.include({ finished: false, step: 'intro' });
    });

    it('a revealed answer is recorded, even from the summary, and earns nothing', () => {
      const { snap, actor, child, emitted, playThrough } = start();
      playThrough(wrong);
      expect(child('q1').getSnapshot().value).to.equal('incorrect');
      emitted.length = 0;
      child('q1').send({ type: 'question.reveal' });
      expect(snap().value).to.equal('finished');
      expect(snap().context.answers.q1).to.include({ revealed: true, done: true });
      expect(emitted.map((e) => e.type)).to.deep.equal(['answered', 'saved']);
      actor.send({ type: 'module.review', index: 4 });
      child('q3').send({ type: 'question.retry' });
      actor.send({ type: 'module.next' });
      expect(snap().value, 'a retried question still has its answer').to.equal('finished');
    });

    it('restart is possible only from the summary', () => {
      const { snap } = start();
      expect(snap().can({ type: 'module.restart' })).to.equal(false);
      expect(snap().can({ type: 'module.review' })).to.equal(false);
    });

    it('answers given after a restart are reported by the new question actors', () => {
      const { snap, send, playThrough, answer, emitted } = start();
      playThrough(right);
      send('module.restart');
      send('module.next');
      emitted.length = 0;
      answer('q1', wrong.q1);
      expect(emitted.map((e) => (e.type === 'saved' && e.draft ? 'saved draft' : e.type))).to.deep.equal(['saved draft', 'answered', 'saved']);
      expect(snap().context.answers.q1).to.include({ correct: false, attempts: 1 });
    });
  });
});
