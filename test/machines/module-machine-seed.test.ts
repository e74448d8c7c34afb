/**
 * The module machine's seed: the same seed gives the same shuffles and pool draws, "Start again" draws
 * anew, and question pools play `draw` of their questions.
 */
import { expect } from '@open-wc/testing';
import { createActor } from 'xstate';
import type { ModuleDoc, Response, Step } from '../../src/content/types.js';
import { type ModuleEmitted, moduleMachine, progressOf, questionsOfSteps, stepsInPlay, stepsOf } from '../../src/machines/module-machine.js';
import { readSavedProgress } from '../../src/machines/progress.js';
import { displayOrder } from '../../src/machines/question-machine.js';
import { multiple, single } from './kinds.js';
import { moduleDoc, rec, right, saved, start } from './module-fixtures.js';

describe('module machine: seeds and pools', () => {
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
