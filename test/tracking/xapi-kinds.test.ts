/**
 * Every question kind through the xAPI and cmi5 adapters: the demo's showcase module (one activity of
 * each kind) played with right answers, and again with wrong ones for choice, true/false and order; every
 * statement the player emits must pass xapi-validation at the fake LRS, with the interaction type each
 * kind maps to.
 */
import { expect } from '@open-wc/testing';
import { parseModule } from '../../src/content/parse.js';
import type { ModuleDoc, Question, Response } from '../../src/content/types.js';
import { correctResponse, questionsOf } from '../../src/machines/scoring.js';
import { Cmi5Tracker } from '../../src/tracking/cmi5.js';
import type { Tracker } from '../../src/tracking/tracker.js';
import { XapiTracker } from '../../src/tracking/xapi.js';
import { MemoryStorage, play } from './scorm-fixtures.js';
import { fakeLms, until, verbName, verbs } from './xapi-fake-lms.js';

const TYPES: Record<string, string> = {
  choice: 'choice', truefalse: 'true-false', order: 'sequencing', match: 'matching', blanks: 'fill-in',
  sort: 'matching', hotspot: 'choice', scenario: 'performance', reflect: 'long-fill-in',
};

async function showcase(): Promise<ModuleDoc> {
  const source = await (await fetch('/demo/showcase/en.md')).text();
  const { doc } = parseModule(source, 'en.md', { strict: true });
  return doc!;
}

/** A wrong answer for choice, true/false and order; the right one for the other kinds. */
function wrong(q: Question): Response {
  const right = correctResponse(q) as any;
  switch (q.kind) {
    case 'choice':
      return [q.options.find((o) => !o.correct)!.id];
    case 'truefalse':
      return !right;
    case 'reflect':
      return { text: 'I am not sure yet.' } as never;
    case 'order':
      return [...right].reverse();
    default:
      return right;
  }
}

/** Plays the whole module through `tracker`, answering each question with `answer(q)`. */
async function playAll(doc: ModuleDoc, tracker: Tracker, answer: (q: Question) => Response) {
  const p = await play(doc, tracker);
  for (let guard = 0; guard < 40 && !p.actor.getSnapshot().matches('finished'); guard++) {
    const { steps, index } = p.actor.getSnapshot().context;
    const q = steps[index].step.question;
    if (q) {
      const child = p.actor.getSnapshot().children[q.id as never] as unknown as { send(e: unknown): void };
      child.send({ type: 'question.respond', response: q.kind === 'reflect' ? { text: 'Tell a trusted adult.' } : answer(q) });
      child.send({ type: 'question.submit' });
    }
    p.actor.send({ type: 'module.next' });
  }
  expect(p.actor.getSnapshot().matches('finished')).to.equal(true);
  return p;
}

describe('every question kind as xAPI statements', () => {
  it('xAPI: each kind is answered with its interaction type, and every statement is valid', async () => {
    const doc = await showcase();
    const kinds = questionsOf(doc).map((q) => q.kind);
    const lms = await fakeLms();
    for (const answer of [(q: Question) => correctResponse(q) as Response, wrong]) {
      const t = new XapiTracker({ endpoint: lms.endpoint, storage: new MemoryStorage() });
      await playAll(doc, t, answer);
      t.terminate();
      await until(() => t.waiting === 0, 5000, 'sent');
    }
    const log = await until(async () => {
      const l = await lms.log();
      return verbs(l).filter((v) => v === 'terminated').length === 2 && l;
    }, 5000, 'both sessions ended');
    expect(log.rejected.map((r) => r.warnings)).to.deep.equal([]);
    const answered = log.statements.filter((s) => verbName(s) === 'answered');
    expect(answered).to.have.length(kinds.length * 2);
    expect(answered.filter((s) => s.result!.success === false).length, 'the wrong answers are reported as such').to.be.greaterThan(1);
    const byQuestion = new Map(questionsOf(doc).map((q) => [q.id, q.kind]));
    for (const s of answered) {
      const id = decodeURIComponent(s.object.id.split('/').pop()!);
      expect(s.object.definition!.interactionType, id).to.equal(TYPES[byQuestion.get(id)!]);
      expect(s.result!.response, id).to.be.a('string');
    }
    const scenario = answered.find((s) => s.object.definition!.interactionType === 'performance')!;
    expect(scenario.object.definition!.steps.length).to.be.greaterThan(0);
  });

  it('cmi5: the same, as "cmi5 allowed" statements between initialized and terminated', async () => {
    const doc = await showcase();
    const actor = { objectType: 'Agent', account: { homePage: 'https://lms.example', name: 'kinds' } };
    const activityId = 'https://lms.example/activities/kinds';
    const registration = crypto.randomUUID();
    const lms = await fakeLms({
      token: 'tok-kinds', actor, activityId, registration,
      launchData: { contextTemplate: { extensions: { 'https://w3id.org/xapi/cmi5/context/extensions/sessionid': 'k' } }, launchMode: 'Normal', moveOn: 'CompletedAndPassed', masteryScore: 0.8 },
    });
    const search = `?${new URLSearchParams({ endpoint: lms.endpoint, fetch: lms.fetchUrl, actor: JSON.stringify(actor), registration, activityId })}`;
    const t = new Cmi5Tracker({ search, storage: new MemoryStorage(), session: new MemoryStorage() });
    await playAll(doc, t, (q) => correctResponse(q) as Response);
    t.terminate();
    const log = await until(async () => {
      const l = await lms.log();
      return verbs(l).includes('terminated') && l;
    }, 5000, 'terminated');
    expect(log.rejected.map((r) => r.warnings)).to.deep.equal([]);
    const v = verbs(log);
    expect(v[0]).to.equal('initialized');
    expect(v.at(-1)).to.equal('terminated');
    expect(v.filter((x) => x === 'answered')).to.have.length(questionsOf(doc).length);
    expect(v).to.include.members(['completed', 'passed']);
  });
});
