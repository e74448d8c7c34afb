/**
 * xAPI: the adapter against the fake LRS of the test server, which checks every statement with
 * `xapi-validation` (an invalid one is refused and listed in `rejected`), the version and auth headers,
 * and stores each statement id once.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/elements/nw-module.js';
import type { NwModule } from '../../src/elements/nw-module.js';
import { en } from '../../src/i18n/locales/en.js';
import type { TrackerStatus } from '../../src/tracking/tracker.js';
import { XapiTracker } from '../../src/tracking/xapi.js';
import { MemoryStorage, play, playThrough, scormDoc } from './scorm-fixtures.js';
import { fakeLms, until, verbName, verbs } from './xapi-fake-lms.js';
import { requestsDuring } from '../support/requests.js';

const AUTH = 'Basic dGVzdDpzZWNyZXQ=';
const INTERACTION = 'http://adlnet.gov/expapi/activities/cmi.interaction';

function statuses(t: XapiTracker) {
  const seen: TrackerStatus[] = [];
  t.onStatus((s) => seen.push(s));
  return seen;
}

describe('the fake LRS', () => {
  it('refuses a statement xapi-validation finds wrong (so a clean log means something)', async () => {
    const lms = await fakeLms();
    const res = await fetch(`${lms.endpoint}statements`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Experience-API-Version': '1.0.3' },
      body: JSON.stringify({ actor: {}, verb: { id: 'answered' }, object: { id: 'q1' }, result: { duration: '5 minutes' } }),
    });
    expect(res.status).to.equal(400);
    const log = await lms.log();
    expect(log.statements).to.deep.equal([]);
    expect(log.rejected[0].warnings.length).to.be.greaterThan(2);
  });
});

describe('XapiTracker', () => {
  it('sends nothing anywhere without an endpoint, and keeps progress on this device', async () => {
    const storage = new MemoryStorage();
    const requests = await requestsDuring(async () => {
      const t = new XapiTracker({ storage });
      const p = await playThrough(scormDoc(), t);
      t.terminate();
      expect(t.status).to.deep.equal({ kind: 'local', state: 'fallback', detail: 'no xAPI endpoint configured' });
      expect(p.actor.getSnapshot().matches('finished')).to.equal(true);
      await new Promise((r) => setTimeout(r, 50));
    });
    expect(requests).to.deep.equal([]);
    expect(storage.records().some((r) => r.module === 'scorm-test' && r.finished)).to.equal(true);
  });

  it('reports a played module as valid statements, in order, with durations and interaction definitions', async () => {
    const lms = await fakeLms({ auth: AUTH });
    let clock = Date.parse('2026-01-01T10:00:00Z');
    const t = new XapiTracker({ endpoint: lms.endpoint, auth: AUTH, storage: new MemoryStorage(), now: () => clock });
    const p = await play(scormDoc(), t);
    p.next();
    clock += 12_340;
    p.answer('q1', ['a']);
    p.retry('q1');
    p.answer('q1', ['b']);
    p.next();
    p.answer('q2', true);
    p.next();
    p.answer('q3', ['a', 'b']);
    clock += 60_000;
    p.next();
    await until(() => t.waiting === 0 && t.status.kind === 'xapi', 5000, 'statements sent');
    t.terminate();
    const log = await until(async () => {
      const l = await lms.log();
      return verbs(l).includes('terminated') && l;
    });

    expect(log.rejected, 'every statement passes xapi-validation').to.deep.equal([]);
    expect(log.requests.every((r) => r.auth === AUTH && r.version === '1.0.3')).to.equal(true);
    const v = verbs(log);
    expect(v[0]).to.equal('initialized');
    expect(v.at(-1)).to.equal('terminated');
    expect(v.filter((x) => x === 'answered')).to.have.length(4);
    expect(v.slice(-3)).to.deep.equal(['completed', 'passed', 'terminated']);
    expect(v).to.include('progressed');

    const answers = log.statements.filter((s) => verbName(s) === 'answered');
    expect(answers.map((s) => [s.object.id.split('/').pop(), s.result!.response, s.result!.success])).to.deep.equal([
      ['q1', 'a', false],
      ['q1', 'b', true],
      ['q2', 'true', false],
      ['q3', 'a[,]b', true],
    ]);
    const q3 = answers[3].object.definition!;
    expect(q3.type).to.equal(INTERACTION);
    expect(q3.interactionType).to.equal('choice');
    expect(q3.correctResponsesPattern).to.deep.equal(['a[,]b']);
    expect(q3.choices.map((c: any) => [c.id, c.description.en])).to.deep.equal([
      ['a', 'A password manager'],
      ['b', 'Two-step login'],
      ['c', "Your pet's name"],
    ]);
    expect(answers[2].object.definition!.correctResponsesPattern).to.deep.equal(['false']);
    expect(answers[0].context!.contextActivities.parent[0].id).to.equal(log.statements[0].object.id);

    const completed = log.statements.find((s) => verbName(s) === 'completed')!;
    expect(completed.result).to.deep.include({ completion: true, duration: 'PT1M12.34S' });
    const passed = log.statements.find((s) => verbName(s) === 'passed')!;
    expect(passed.result).to.deep.include({ success: true, score: { scaled: 0.75, raw: 75, min: 0, max: 100 } });
    const registration = log.statements[0].context!.registration;
    expect(log.statements.every((s) => s.context!.registration === registration)).to.equal(true);
    expect(p.saved).to.equal(null);
  });

  it('names no one unless given an actor: an anonymous account with a random id kept on this device', async () => {
    const lms = await fakeLms();
    const storage = new MemoryStorage();
    for (const _ of [1, 2]) {
      const t = new XapiTracker({ endpoint: lms.endpoint, storage });
      await t.start(scormDoc().meta);
      await until(() => t.waiting === 0, 5000, 'sent');
    }
    const other = new XapiTracker({ endpoint: lms.endpoint, storage: new MemoryStorage() });
    await other.start(scormDoc().meta);
    await until(() => other.waiting === 0, 5000, 'sent');
    const actors = (await lms.log()).statements.map((s) => s.actor);
    expect(Object.keys(actors[0]).sort()).to.deep.equal(['account', 'objectType']);
    expect(actors[0].account.homePage).to.equal(location.origin);
    expect(actors[0].account.name).to.match(/^[0-9a-f-]{36}$/);
    expect(actors[1], 'the same device keeps its id').to.deep.equal(actors[0]);
    expect(actors[2].account.name, 'another device has another id').to.not.equal(actors[0].account.name);

    const lms2 = await fakeLms();
    const actor = { objectType: 'Agent' as const, account: { homePage: 'https://school.example', name: 'pupil-42' } };
    const t = new XapiTracker({ endpoint: lms2.endpoint, storage: new MemoryStorage(), actor });
    await t.start(scormDoc().meta);
    await until(() => t.waiting === 0, 5000, 'sent');
    expect((await lms2.log()).statements[0].actor).to.deep.equal(actor);
  });

  it('keeps statements while the LRS is down, says so, and sends each exactly once when it is back', async () => {
    const lms = await fakeLms();
    const storage = new MemoryStorage();
    const t = new XapiTracker({ endpoint: lms.endpoint, storage, retryMs: 50 });
    const seen = statuses(t);
    const p = await play(scormDoc(), t);
    await until(() => t.waiting === 0, 5000, 'initialized sent');
    await lms.down(true);
    p.next();
    p.answer('q1', ['b']);
    p.next();
    p.answer('q2', false);
    await until(() => t.status.state === 'fallback', 5000, 'fallback status');
    expect(t.status.kind).to.equal('local');
    expect(t.status.detail).to.match(/xAPI: the LRS answered 503; \d+ statement\(s\) waiting/);
    expect(t.waiting).to.be.greaterThan(2);
    // The waiting statements are on the device, not only in memory.
    const stored = [...Array(storage.length).keys()].map((i) => storage.key(i)!).find((k) => k.startsWith('netwise:xapi-queue:'))!;
    expect(JSON.parse(storage.getItem(stored)!)).to.have.length(t.waiting);
    await new Promise((r) => setTimeout(r, 300)); // several failed retries
    await lms.down(false);
    await until(() => t.waiting === 0 && t.status.kind === 'xapi', 5000, 'queue flushed');
    expect(seen.at(-1)).to.deep.equal({ kind: 'xapi', state: 'ok' });
    expect(storage.getItem(stored)).to.equal(null);

    const log = await lms.log();
    expect(log.rejected).to.deep.equal([]);
    const ids = log.statements.map((s) => s.id);
    expect(new Set(ids).size).to.equal(ids.length);
    expect(verbs(log).filter((v) => v === 'answered')).to.have.length(2);
    expect(log.statements.filter((s) => verbName(s) === 'answered').map((s) => s.object.id.split('/').pop())).to.deep.equal(['q1', 'q2']);
    const times = log.statements.map((s) => s.timestamp!);
    expect([...times].sort()).to.deep.equal(times);
  });

  it('sends statements left unsent by a page that closed, after a reload', async () => {
    const lms = await fakeLms();
    const storage = new MemoryStorage();
    await lms.down(true);
    const first = new XapiTracker({ endpoint: lms.endpoint, storage, retryMs: 1e9 });
    const p = await play(scormDoc(), first);
    p.next();
    p.answer('q1', ['b']);
    await until(() => first.status.state === 'fallback', 5000, 'fallback');
    const waiting = first.waiting;
    expect(waiting).to.be.greaterThan(1);
    // The page is gone (no retry will run); the LRS comes back; the student opens the lesson again.
    await lms.down(false);
    const second = new XapiTracker({ endpoint: lms.endpoint, storage });
    const again = await play(scormDoc(), second);
    expect(again.saved?.answers.q1.correct, 'progress resumes from this device').to.equal(true);
    await until(() => second.waiting === 0, 5000, 'flushed after reload');
    const log = await lms.log();
    expect(log.statements).to.have.length(waiting + 1);
    expect(verbs(log).filter((v) => v === 'initialized')).to.have.length(2);
    expect(log.statements.filter((s) => verbName(s) === 'answered').map((s) => s.object.id.split('/').pop())).to.deep.equal(['q1']);
  });

  it('survives a corrupt saved queue: unreadable data is dropped, readable statements are still sent', async () => {
    const lms = await fakeLms();
    const storage = new MemoryStorage();
    await lms.down(true);
    const first = new XapiTracker({ endpoint: lms.endpoint, storage, retryMs: 1e9 });
    await first.start(scormDoc().meta);
    await until(() => first.status.state === 'fallback', 5000, 'fallback');
    const key = [...Array(storage.length).keys()].map((i) => storage.key(i)!).find((k) => k.startsWith('netwise:xapi-queue:'))!;
    const [initialized] = JSON.parse(storage.getItem(key)!);
    await lms.down(false);

    // Half-written JSON: nothing readable.
    storage.setItem(key, '[{"id":"7d1c", "verb": {');
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    const t1 = new XapiTracker({ endpoint: lms.endpoint, storage });
    try {
      await t1.start(scormDoc().meta);
    } finally {
      console.warn = warn;
    }
    const after = storage.getItem(key);
    expect(after === null || Array.isArray(JSON.parse(after)), 'the damaged text is replaced').to.equal(true);
    await until(() => t1.waiting === 0, 5000, 'sent');
    expect(t1.status).to.deep.equal({ kind: 'xapi', state: 'ok' });
    expect(String(warnings[0]?.[0])).to.match(/could not be read/);
    expect((await lms.log()).statements.map(verbName)).to.deep.equal(['initialized']);

    // One good statement among junk: the good one goes, the junk does not.
    storage.setItem(key, JSON.stringify([initialized, 42, { verb: 'nope' }, null]));
    const t2 = new XapiTracker({ endpoint: lms.endpoint, storage });
    await t2.start(scormDoc().meta);
    await until(() => t2.waiting === 0, 5000, 'sent');
    const log = await lms.log();
    expect(log.rejected).to.deep.equal([]);
    expect(log.statements.map((s) => s.id)).to.include(initialized.id);
    expect(log.statements).to.have.length(3);
  });

  it('sends the last statements with fetch keepalive when the page closes', async () => {
    const lms = await fakeLms();
    const inits: RequestInit[] = [];
    const spy: typeof fetch = (input, init) => {
      inits.push(init ?? {});
      return fetch(input, init);
    };
    const t = new XapiTracker({ endpoint: lms.endpoint, storage: new MemoryStorage(), fetch: spy });
    await t.start(scormDoc().meta);
    await until(() => t.waiting === 0, 5000, 'initialized sent');
    expect(inits.map((i) => i.keepalive)).to.deep.equal([false]);
    t.terminate();
    t.terminate();
    await until(async () => verbs(await lms.log()).includes('terminated'), 5000, 'terminated');
    expect(inits.map((i) => i.keepalive)).to.deep.equal([false, true]);
    expect(verbs(await lms.log())).to.deep.equal(['initialized', 'terminated']);
  });
});

describe('<nw-module tracking="xapi" xapi-endpoint xapi-auth>', () => {
  it('reports to the LRS named by its attributes, and the status line says where the work goes', async () => {
    const lms = await fakeLms({ auth: AUTH });
    const doc = scormDoc({ id: `xapi-element-${Date.now()}` });
    const el = await fixture<NwModule>(html`<nw-module tracking="xapi" xapi-endpoint=${lms.endpoint} xapi-auth=${AUTH} .doc=${doc}></nw-module>`);
    await waitUntil(() => el.actor, 'player did not start', { timeout: 5000 });
    const status = () => el.shadowRoot!.querySelector('[part="status"]')!.textContent!.trim();
    await waitUntil(() => status() === en.savedTo('your learning platform'), `status: ${status()}`);
    el.actor!.send({ type: 'module.next' });
    const q1 = el.actor!.getSnapshot().children.q1 as unknown as { send(e: unknown): void };
    q1.send({ type: 'question.respond', response: ['b'] });
    q1.send({ type: 'question.submit' });
    const log = await until(async () => {
      const l = await lms.log();
      return verbs(l).includes('answered') && l;
    }, 5000, 'answered');
    expect(log.rejected).to.deep.equal([]);
    expect(log.requests.every((r) => r.auth === AUTH)).to.equal(true);
    expect(log.statements.find((s) => verbName(s) === 'answered')!.object.id).to.equal(`${location.origin}/netwise/modules/${doc.meta.id}/questions/q1`);
  });
});
