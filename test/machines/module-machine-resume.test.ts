/**
 * The module machine resuming: saved progress restored (and what is dropped from it), reading saved
 * progress safely, and unsent drafts kept and given back.
 */
import { expect } from '@open-wc/testing';
import { type AnyActorRef, createActor } from 'xstate';
import type { Response, Step } from '../../src/content/types.js';
import { moduleMachine } from '../../src/machines/machines.js';
import { type ModuleEmitted, isUntouched } from '../../src/machines/module-machine.js';
import { type SavedProgress, readSavedProgress } from '../../src/machines/progress.js';
import { single } from './kinds.js';
import { moduleDoc, rec, right, saved, start, wrong } from './module-fixtures.js';

describe('module machine: resuming', () => {
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

    it('tells a question untouched from one answered or begun (isUntouched)', () => {
      const fresh = start();
      expect(isUntouched(fresh.snap().context, 'q1'), 'a fresh start').to.equal(true);
      const { snap } = start({ saved: saved({ step: 's1', answers: { q1: rec() }, drafts: { q3: ['d'] } }) });
      expect(isUntouched(snap().context, 'q1'), 'answered').to.equal(false);
      expect(isUntouched(snap().context, 'q3'), 'a draft resumed').to.equal(false);
      expect(isUntouched(snap().context, 'q2'), 'neither').to.equal(true);
    });

    it('an old save without drafts still loads', () => {
      const { snap } = start({ saved: readSavedProgress(JSON.parse(JSON.stringify(saved()))) });
      expect(snap().context.drafts).to.deep.equal({});
      expect(snap().context.answers.q1).to.include({ correct: true });
    });
  });
});
