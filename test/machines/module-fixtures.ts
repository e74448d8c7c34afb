/** A small module and a driver for the module machine, shared by its tests. */
import { type AnyActorRef, createActor } from 'xstate';
import type { ModuleDoc, Response } from '../../src/content/types.js';
import { type ModuleEmitted, type ModuleInput, moduleMachine } from '../../src/machines/module-machine.js';
import { PROGRESS_VERSION, type SavedProgress } from '../../src/machines/progress.js';
import type { AnswerRecord } from '../../src/machines/scoring.js';
import { multiple, single, truefalse } from './kinds.js';

export function moduleDoc(meta: Partial<ModuleDoc['meta']> = {}): ModuleDoc {
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

export const right: Record<string, Response> = { q1: ['b'], q2: false, q3: ['a', 'b'] };
export const wrong: Record<string, Response> = { q1: ['a'], q2: true, q3: ['c'] };

export function start(input: Partial<ModuleInput> = {}) {
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

export const rec = (extra: Partial<AnswerRecord> = {}): AnswerRecord => ({
  response: ['b'], attempts: 1, score: 1, correct: true, done: true, revealed: false, latencyMs: 100, ...extra,
});
export const saved = (extra: Partial<SavedProgress> = {}): SavedProgress => ({
  v: PROGRESS_VERSION, module: 'mod', step: 's2', answers: { q1: rec() }, finished: false, ...extra,
});
