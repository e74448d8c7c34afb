/**
 * The module machine as pure logic: moving through steps (next, back, goto and their guards), never
 * past an unanswered question, finishing, review, restart, what it emits, and resuming saved progress.
 */
import { expect } from '@open-wc/testing';
import { type AnyActorRef, createActor } from 'xstate';
import type { ModuleDoc, Response, Step } from '../../src/content/types.js';
import {
  type ModuleEmitted, type ModuleInput, furthestReachable, moduleMachine, progressOf, questionsOfSteps, stepsInPlay, stepsOf,
} from '../../src/machines/module-machine.js';
import { PROGRESS_VERSION, type SavedProgress, readSavedProgress } from '../../src/machines/progress.js';
import { displayOrder } from '../../src/machines/question-machine.js';
import type { AnswerRecord } from '../../src/machines/scoring.js';
import { multiple, single, truefalse } from './kinds.js';

function moduleDoc(meta: Partial<ModuleDoc['meta']> = {}): ModuleDoc {
  return {
    format: 1,
    meta: {
      id: 'mod', lang: 'en', title: 'T', summary: '', ages: '10-14', minutes: 5, digcomp: [], objectives: [], vocabulary: [],
      passMark: 70, mode: 'graded', attempts: 2, teacherLed: false, sources: [], bands: [], related: [], ...meta,
    },
    guides: {},
    lessons: [
      { id: 'one', title: 'One', steps: [
        { id: 'intro', title: 'Intro', html: '<p>Read</p>' },
        { id: 's1', title: 'Q1', html: '', question: { ...single, id: 'q1' } },
      ] },
      { id: 'two', title: 'Two', steps: [
        { id: 's2', title: 'Q2', html: '', question: { ...truefalse, id: 'q2', attempts: 1 } },
        { id: 's3', title: 'Q3', html: '', question: { ...multiple, id: 'q3', weight: 2, shuffle: true } },
        { id: 'outro', title: 'Outro', html: '<p>Bye</p>' },
      ] },
    ],
  };
}

const right: Record<string, Response> = { q1: ['b'], q2: false, q3: ['a', 'b'] };
const wrong: Record<string, Response> = { q1: ['a'], q2: true, q3: ['c'] };

function start(input: Partial<ModuleInput> = {}) {
  const actor = createActor(moduleMachine, { input: { doc: moduleDoc(), seed: 'test-seed', ...input } });
  const emitted: ModuleEmitted[] = [];
  actor.on('*', (e) => void emitted.push(e));
  actor.start();
  const snap = () => actor.getSnapshot();
  const child = (id: string) => snap().children[id] as AnyActorRef;
  const answer = (id: string, response: Response) => {
    child(id).send({ type: 'question.respond', response });
    child(id).send({ type: 'question.submit', at: Date.now() });
  };
  return {
    actor,
    emitted,
    snap,
    child,
    types: () => emitted.map((e) => e.type),
    send: (type: 'module.next' | 'module.back' | 'module.restart') => actor.send({ type }),
    answer,
    /** Walks to the end answering everything with `responses`. */
    playThrough(responses: Record<string, Response>) {
      for (let i = 0; i < 10 && snap().matches('playing'); i++) {
        const q = snap().context.steps[snap().context.index].step.question;
        if (q && !snap().context.answers[q.id]) answer(q.id, responses[q.id]);
        actor.send({ type: 'module.next' });
      }
    },
  };
}

const rec = (extra: Partial<AnswerRecord> = {}): AnswerRecord => ({
  response: ['b'], attempts: 1, score: 1, correct: true, done: true, revealed: false, latencyMs: 100, ...extra,
});
const saved = (extra: Partial<SavedProgress> = {}): SavedProgress => ({
  v: PROGRESS_VERSION, module: 'mod', step: 's2', answers: { q1: rec() }, finished: false, ...extra,
});

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

  describe('restoring saved progress', () => {
    it('resumes at the saved step, with the answers, and the questions in their states', () => {
      const { snap, child, emitted } = start({ saved: saved({ answers: { q1: rec(), q2: rec({ correct: false, score: 0, response: true }) } }) });
      expect(snap().value).to.equal('playing');
      expect(snap().context.index).to.equal(2);
      expect(Object.keys(snap().context.answers)).to.deep.equal(['q1', 'q2']);
      expect(child('q1').getSnapshot().value).to.equal('correct');
      expect(child('q2').getSnapshot().value).to.equal('failed');
      expect(child('q3').getSnapshot().value).to.equal('answering');
      expect(emitted).to.deep.equal([]);
    });

    it('ignores progress of another module, or of another format version', () => {
      for (const other of [saved({ module: 'other' }), { ...saved(), v: 99 } as unknown as SavedProgress, null]) {
        const { snap } = start({ saved: other });
        expect(snap().context.index).to.equal(0);
        expect(snap().context.answers).to.deep.equal({});
      }
    });

    it('drops answers to questions the module no longer has', () => {
      const { snap } = start({ saved: saved({ answers: { q1: rec(), gone: rec() } }) });
      expect(Object.keys(snap().context.answers)).to.deep.equal(['q1']);
    });

    it('starts from the first step when the saved step is no longer there', () => {
      const { snap } = start({ saved: saved({ step: 'removed' }) });
      expect(snap().context.index).to.equal(0);
      expect(snap().context.answers.q1).to.include({ correct: true });
    });

    it('never resumes past an unanswered question (a question was added since)', () => {
      const doc = moduleDoc();
      const added: Step = { id: 'new', title: 'New', html: '', question: { ...single, id: 'qnew' } };
      doc.lessons[0].steps.unshift(added);
      const { snap } = start({ doc, saved: saved({ step: 'outro', answers: { q1: rec(), q2: rec(), q3: rec() } }) });
      expect(snap().context.index).to.equal(0);
      expect(snap().context.steps[0].step.id).to.equal('new');
    });

    it('resumes as far as the first unanswered question when the saved step is beyond it', () => {
      const { snap } = start({ saved: saved({ step: 'outro', answers: { q1: rec() } }) });
      expect(snap().context.index).to.equal(2);
    });

    it('a finished module resumes on the summary without completing again', () => {
      const { snap, emitted, actor } = start({ saved: saved({ step: 'outro', finished: true, answers: { q1: rec(), q2: rec(), q3: rec() } }) });
      expect(snap().value).to.equal('finished');
      expect(emitted).to.deep.equal([]);
      actor.send({ type: 'module.review' });
      expect(snap().value).to.equal('playing');
    });

    it('what it saves restores the same place and answers', () => {
      const first = start();
      first.send('module.next');
      first.answer('q1', right.q1);
      first.send('module.next');
      const last = first.emitted.filter((e) => e.type === 'saved').pop() as Extract<ModuleEmitted, { type: 'saved' }>;
      const again = start({ saved: JSON.parse(JSON.stringify(last.progress)) });
      expect(again.snap().context.index).to.equal(2);
      expect(again.snap().context.answers).to.deep.equal(first.snap().context.answers);
      expect(again.child('q1').getSnapshot().value).to.equal('correct');
    });

    it('restores from a persisted snapshot, questions included', () => {
      const first = start();
      first.send('module.next');
      first.answer('q1', wrong.q1);
      const persisted = JSON.parse(JSON.stringify(first.actor.getPersistedSnapshot()));
      const actor = createActor(moduleMachine, { snapshot: persisted, input: { doc: moduleDoc() } }).start();
      expect(actor.getSnapshot().context.index).to.equal(1);
      expect(actor.getSnapshot().context.answers.q1).to.include({ correct: false });
      expect(actor.getSnapshot().children.q1!.getSnapshot().value).to.equal('incorrect');
      actor.send({ type: 'module.next' });
      expect(actor.getSnapshot().context.index).to.equal(2);
    });
  });

  describe('seed', () => {
    const orderIn = (snap: ReturnType<ReturnType<typeof start>['snap']>) => (snap.children.q3!.getSnapshot() as { context: { order: string[] } }).context.order;

    it('passes its seed to every question, which decides the shown order', () => {
      const a = start({ seed: 'one' });
      expect(a.snap().context.seed).to.equal('one');
      expect(orderIn(a.snap())).to.deep.equal(displayOrder({ ...multiple, id: 'q3', shuffle: true }, 'one'));
      const seen = new Set(Array.from({ length: 30 }, (_, i) => orderIn(start({ seed: `s${i}` }).snap()).join()));
      expect(seen.size).to.be.greaterThan(3);
    });

    it('makes a random seed when given none', () => {
      const a = createActor(moduleMachine, { input: { doc: moduleDoc() } });
      const b = createActor(moduleMachine, { input: { doc: moduleDoc() } });
      expect(a.getSnapshot().context.seed).to.match(/^[0-9a-z]{14}$/);
      expect(a.getSnapshot().context.seed).not.to.equal(b.getSnapshot().context.seed);
    });

    it('a saved seed wins, so a reload shows the same order', () => {
      const first = start({ seed: 'one' });
      first.send('module.next');
      const last = first.emitted.filter((e) => e.type === 'saved').pop() as Extract<ModuleEmitted, { type: 'saved' }>;
      expect(last.progress.seed).to.equal('one');
      const again = start({ seed: 'two', saved: readSavedProgress(JSON.parse(JSON.stringify(last.progress))) });
      expect(again.snap().context.seed).to.equal('one');
      expect(orderIn(again.snap())).to.deep.equal(orderIn(first.snap()));
    });

    it('a save from before seeds, or of another module, uses the given seed', () => {
      expect(start({ seed: 'two', saved: saved() }).snap().context.seed).to.equal('two');
      expect(start({ seed: 'two', saved: saved({ module: 'other', seed: 'one' }) }).snap().context.seed).to.equal('two');
    });

    it('start again moves to the next seed, saved and passed to the new questions', () => {
      const { snap, send, playThrough, emitted } = start({ seed: 'one' });
      playThrough(right);
      send('module.restart');
      expect(snap().context.seed).to.equal('one.2');
      expect(orderIn(snap())).to.deep.equal(displayOrder({ ...multiple, id: 'q3', shuffle: true }, 'one.2'));
      expect((emitted.at(-1) as Extract<ModuleEmitted, { type: 'saved' }>).progress.seed).to.equal('one.2');
      playThrough(right);
      send('module.restart');
      expect(snap().context.seed).to.equal('one.3');
    });
  });

  describe('drafts (unsent work)', () => {
    type Saved = Extract<ModuleEmitted, { type: 'saved' }>;
    const lastSaved = (emitted: ModuleEmitted[]) => emitted.filter((e): e is Saved => e.type === 'saved').pop()!;
    const draft = (child: AnyActorRef, response: Response) => child.send({ type: 'question.respond', response });

    it('keeps a question\'s draft and saves it at once, marked as a draft', () => {
      const { child, snap, emitted, send } = start();
      send('module.next');
      emitted.length = 0;
      draft(child('q3'), ['a']);
      draft(child('q3'), ['a', 'c']);
      expect(snap().context.drafts).to.deep.equal({ q3: ['a', 'c'] });
      expect(emitted.map((e) => e.type)).to.deep.equal(['saved', 'saved']);
      expect(lastSaved(emitted)).to.deep.include({ draft: true });
      expect(lastSaved(emitted).progress.drafts).to.deep.equal({ q3: ['a', 'c'] });
      expect(lastSaved(emitted).progress.step, 'the step is unchanged').to.equal('s1');
    });

    it('saves no drafts field when there are none, and a step change is not marked as a draft', () => {
      const { emitted, send } = start();
      send('module.next');
      expect('drafts' in lastSaved(emitted).progress).to.equal(false);
      expect('draft' in lastSaved(emitted)).to.equal(false);
    });

    it('a submission removes that question\'s draft only, and saves without it', () => {
      const { child, snap, emitted, answer, send } = start();
      send('module.next');
      draft(child('q1'), ['a']);
      draft(child('q3'), ['c']);
      answer('q1', right.q1);
      expect(snap().context.drafts).to.deep.equal({ q3: ['c'] });
      const last = lastSaved(emitted);
      expect('draft' in last, 'an answer saves at once').to.equal(false);
      expect(last.progress.drafts).to.deep.equal({ q3: ['c'] });
      expect(last.progress.answers.q1).to.include({ correct: true });
    });

    it('start again clears the drafts', () => {
      const { child, snap, emitted, send, playThrough } = start();
      playThrough(right);
      send('module.restart');
      draft(child('q3'), ['a']);
      expect(snap().context.drafts).to.deep.equal({ q3: ['a'] });
      playThrough(right);
      draft(child('q3'), ['a']); // settled: ignored
      send('module.restart');
      expect(snap().context.drafts).to.deep.equal({});
      expect('drafts' in lastSaved(emitted).progress).to.equal(false);
    });

    it('what it saves brings the unsent work back: each question resumes answering with its draft', () => {
      const first = start();
      first.send('module.next');
      draft(first.child('q1'), ['c']);
      const progress = readSavedProgress(JSON.parse(JSON.stringify(lastSaved(first.emitted).progress)));
      const again = start({ saved: progress });
      expect(again.snap().context.index).to.equal(1);
      expect(again.snap().context.drafts).to.deep.equal({ q1: ['c'] });
      expect(again.child('q1').getSnapshot().value).to.equal('answering');
      expect(again.child('q1').getSnapshot().context.draft).to.deep.equal(['c']);
      expect(again.child('q2').getSnapshot().context.draft).to.equal(null);
      expect(again.emitted, 'resuming saves nothing').to.deep.equal([]);
    });

    it('brings back a retry under way: the wrong answer and the new draft', () => {
      const first = start();
      first.send('module.next');
      first.answer('q1', wrong.q1);
      first.child('q1').send({ type: 'question.retry' });
      draft(first.child('q1'), ['c']);
      const again = start({ saved: JSON.parse(JSON.stringify(lastSaved(first.emitted).progress)) });
      expect(again.child('q1').getSnapshot().value).to.equal('answering');
      expect(again.child('q1').getSnapshot().context.draft).to.deep.equal(['c']);
      again.answer('q1', right.q1);
      expect(again.snap().context.answers.q1).to.include({ attempts: 2, correct: true });
    });

    it('drops drafts of questions the module no longer has, or that are already settled', () => {
      const { snap, child } = start({ saved: saved({ step: 's1', answers: { q1: rec() }, drafts: { gone: ['a'], q1: ['c'], q3: ['d'] } }) });
      expect(snap().context.drafts).to.deep.equal({ q3: ['d'] });
      expect(child('q1').getSnapshot().value).to.equal('correct');
      expect(child('q1').getSnapshot().context.draft).to.deep.equal(['b']);
    });

    it('an old save without drafts still loads', () => {
      const { snap } = start({ saved: readSavedProgress(JSON.parse(JSON.stringify(saved()))) });
      expect(snap().context.drafts).to.deep.equal({});
      expect(snap().context.answers.q1).to.include({ correct: true });
    });
  });

  describe('readSavedProgress', () => {
    const ok = { v: 1, module: 'm', step: 's', answers: { q: rec() }, finished: true };
    const table: Array<[string, unknown, SavedProgress | null]> = [
      ['a save with a seed', { ...ok, seed: 'abc' }, { ...ok, v: 1, seed: 'abc' }],
      ['a save from before seeds', ok, { ...ok, v: 1 }],
      ['a seed that is not a string is left out', { ...ok, seed: 7 }, { ...ok, v: 1 }],
      ['an empty seed is left out', { ...ok, seed: '' }, { ...ok, v: 1 }],
      ['a save with drafts', { ...ok, drafts: { q: ['a'], r: { text: 'hi' } } }, { ...ok, v: 1, drafts: { q: ['a'], r: { text: 'hi' } } }],
      ['drafts as a list are dropped, the answers kept', { ...ok, drafts: [['a']] }, { ...ok, v: 1 }],
      ['drafts that are not an object are dropped', { ...ok, drafts: 'q=a' }, { ...ok, v: 1 }],
      ['empty or null drafts are left out', { ...ok, drafts: { q: null } }, { ...ok, v: 1 }],
      ['not finished unless it says so', { ...ok, finished: 'yes' }, { ...ok, v: 1, finished: false }],
      ['another version', { ...ok, v: 2 }, null],
      ['no module', { ...ok, module: 3 }, null],
      ['no step', { ...ok, step: undefined }, null],
      ['answers as a list', { ...ok, answers: [] }, null],
      ['a damaged answer is dropped, the others kept', { ...ok, answers: { q: rec(), bad: { attempts: '1' }, gone: null } }, { ...ok, v: 1 }],
      ['not an object', 'N1|0|0|s|', null],
      ['null', null, null],
    ];
    for (const [name, data, expected] of table) {
      it(name, () => expect(readSavedProgress(data)).to.deep.equal(expected));
    }
  });

  describe('question pools', () => {
    const pooled = ['p1', 'p2', 'p3', 'p4', 'p5'];
    /** intro, q1, five pooled questions (draw 2), outro. */
    function poolDoc(drawCount = 2): ModuleDoc {
      const doc = moduleDoc();
      doc.lessons = [
        { id: 'one', title: 'One', steps: [
          { id: 'intro', title: 'Intro', html: '<p>Read</p>' },
          { id: 's1', title: 'Q1', html: '', question: { ...single, id: 'q1' } },
        ] },
        { id: 'quiz', title: 'Quiz', steps: [
          ...pooled.map((id): Step => ({ id: `s-${id}`, title: id, html: '', question: { ...single, id, weight: 2 } })),
          { id: 'outro', title: 'Outro', html: '' },
        ] },
      ];
      doc.pools = [{ id: 'quiz', draw: drawCount, questions: pooled }];
      return doc;
    }
    const drawnIn = (snap: ReturnType<ReturnType<typeof start>['snap']>) =>
      questionsOfSteps(snap.context.steps).map((q) => q.id).filter((id) => pooled.includes(id));
    const everyRight = Object.fromEntries([['q1', ['b']], ...pooled.map((id) => [id, ['b']])]) as Record<string, Response>;

    it('plays draw of the pool, in authored order, leaving the other steps out of steps, progress and children', () => {
      const { snap, send } = start({ doc: poolDoc(), seed: 'one' });
      const drawn = drawnIn(snap());
      expect(drawn).to.have.length(2);
      expect(drawn).to.deep.equal(pooled.filter((id) => drawn.includes(id)));
      expect(snap().context.steps.map((s) => s.step.id)).to.deep.equal(['intro', 's1', ...drawn.map((id) => `s-${id}`), 'outro']);
      expect(Object.keys(snap().children).sort()).to.deep.equal(['q1', ...drawn].sort());
      send('module.next');
      expect(progressOf(snap().context).total).to.equal(5);
    });

    it('draws the same for the same seed, and differently for other seeds', () => {
      expect(drawnIn(start({ doc: poolDoc(), seed: 'one' }).snap())).to.deep.equal(drawnIn(start({ doc: poolDoc(), seed: 'one' }).snap()));
      const draws = new Set(Array.from({ length: 30 }, (_, i) => drawnIn(start({ doc: poolDoc(), seed: `s${i}` }).snap()).join()));
      expect(draws.size).to.be.greaterThan(3);
    });

    it('every pooled question gets drawn by some seed', () => {
      const seen = new Set(Array.from({ length: 40 }, (_, i) => stepsInPlay(poolDoc(), `s${i}`).map((s) => s.step.question?.id)).flat());
      for (const id of pooled) expect(seen.has(id), id).to.equal(true);
    });

    it('a draw as large as the pool plays all of it; a draw of 0 none', () => {
      expect(stepsInPlay(poolDoc(5), 'x')).to.have.length(8);
      expect(stepsInPlay(poolDoc(9), 'x')).to.have.length(8);
      expect(stepsInPlay(poolDoc(0), 'x').map((s) => s.step.id)).to.deep.equal(['intro', 's1', 'outro']);
      const noPools = { ...poolDoc(), pools: undefined };
      expect(stepsInPlay(noPools, 'x')).to.deep.equal(stepsOf(noPools));
    });

    it('the result counts only the questions drawn', () => {
      const { emitted, playThrough } = start({ doc: poolDoc(), seed: 'one' });
      playThrough(everyRight);
      const done = emitted.find((e) => e.type === 'completed') as Extract<ModuleEmitted, { type: 'completed' }>;
      expect(done.result).to.deep.equal({ points: 5, maxPoints: 5, percent: 100, passed: true, graded: true, answered: 3, questions: 3 });
    });

    it('a reload keeps the draw, the place and the answers (an answer to an undrawn question is dropped)', () => {
      const first = start({ doc: poolDoc(), seed: 'one' });
      const drawn = drawnIn(first.snap());
      const undrawn = pooled.find((id) => !drawn.includes(id))!;
      first.send('module.next');
      first.answer('q1', ['b']);
      first.send('module.next');
      first.answer(drawn[0], ['a']);
      first.send('module.next');
      const last = first.emitted.filter((e) => e.type === 'saved').pop() as Extract<ModuleEmitted, { type: 'saved' }>;
      const progress = { ...last.progress, answers: { ...last.progress.answers, [undrawn]: rec() } };
      const again = start({ doc: poolDoc(), seed: 'other', saved: JSON.parse(JSON.stringify(progress)) });
      expect(drawnIn(again.snap())).to.deep.equal(drawn);
      expect(again.snap().context.index).to.equal(3);
      expect(Object.keys(again.snap().context.answers).sort()).to.deep.equal(['q1', drawn[0]].sort());
      expect(again.child(drawn[0]).getSnapshot().value).to.equal('incorrect');
    });

    it('start again draws anew, with fresh questions for the new draw', () => {
      const { snap, send, playThrough, child } = start({ doc: poolDoc(), seed: 'one' });
      const draws = new Set<string>();
      for (let i = 0; i < 8; i++) {
        draws.add(drawnIn(snap()).join());
        expect(snap().context.steps).to.deep.equal(stepsInPlay(poolDoc(), snap().context.seed));
        expect(Object.keys(snap().children).sort()).to.deep.equal(['q1', ...drawnIn(snap())].sort());
        for (const id of drawnIn(snap())) expect(child(id).getSnapshot().value).to.equal('answering');
        playThrough(everyRight);
        send('module.restart');
      }
      expect(draws.size).to.be.greaterThan(1);
    });
  });
});
