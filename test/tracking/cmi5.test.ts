/**
 * cmi5: launches against the fake LMS of the test server (a fetch URL that gives its token once,
 * LaunchData in the State API, a statements resource that validates with xapi-validation), and the
 * statements it stored held to the cmi5 rules (§9.3 order, §9.5 results, §9.6 context).
 */
import { expect } from '@open-wc/testing';
import { Cmi5Tracker } from '../../src/tracking/cmi5.js';
import { MemoryStorage, play, playThrough, scormDoc } from './scorm-fixtures.js';
import { fakeLms, type StoredStatement, until, verbName, verbs } from './xapi-fake-lms.js';

const CMI5 = 'https://w3id.org/xapi/cmi5/context/categories/cmi5';
const MOVEON = 'https://w3id.org/xapi/cmi5/context/categories/moveon';
const SESSION = 'https://w3id.org/xapi/cmi5/context/extensions/sessionid';
const MASTERY = 'https://w3id.org/xapi/cmi5/context/extensions/masteryscore';
const PROGRESS = 'https://w3id.org/xapi/cmi5/result/extensions/progress';
const DEFINED = ['initialized', 'completed', 'passed', 'failed', 'terminated'];

const actor = { objectType: 'Agent', account: { homePage: 'https://lms.example', name: 'learner-7' } };
const activityId = 'https://lms.example/activities/au-1';

interface Setup {
  launchMode?: 'Normal' | 'Browse' | 'Review';
  moveOn?: string;
  masteryScore?: number;
  registration?: string;
}

async function launch(setup: Setup = {}) {
  const registration = setup.registration ?? crypto.randomUUID();
  const sessionId = crypto.randomUUID();
  const launchData: Record<string, unknown> = {
    contextTemplate: {
      contextActivities: { grouping: [{ objectType: 'Activity', id: 'https://publisher.example/au/passwords' }] },
      extensions: { [SESSION]: sessionId },
    },
    launchMode: setup.launchMode ?? 'Normal',
    moveOn: setup.moveOn ?? 'CompletedAndPassed',
    returnURL: 'https://lms.example/course',
  };
  if (setup.masteryScore !== undefined) launchData.masteryScore = setup.masteryScore;
  const lms = await fakeLms({ token: `tok-${sessionId.slice(0, 8)}`, actor, activityId, registration, launchData });
  const search = `?${new URLSearchParams({ endpoint: lms.endpoint, fetch: lms.fetchUrl, actor: JSON.stringify(actor), registration, activityId })}`;
  return { lms, search, registration, sessionId };
}

const has = (list: Array<{ id: string }> | undefined, id: string) => !!list?.some((a) => a.id === id);

/** Every cmi5 rule a stored sequence of one registration breaks (empty: none). */
function cmi5Violations(statements: StoredStatement[], o: { registration: string; masteryScore?: number; launchMode?: string }): string[] {
  const out: string[] = [];
  const v = statements.map(verbName);
  if (v[0] !== 'initialized') out.push(`first statement is ${v[0]}, not initialized`);
  // Sessions: each starts with initialized and ends with terminated (the last may still be open).
  const sessions: StoredStatement[][] = [];
  for (const s of statements) {
    if (verbName(s) === 'initialized') sessions.push([]);
    sessions.at(-1)?.push(s);
  }
  sessions.forEach((session, n) => {
    const sv = session.map(verbName);
    const t = sv.indexOf('terminated');
    if (t !== -1 && t !== sv.length - 1) out.push(`session ${n}: ${sv[t + 1]} after terminated`);
    if (n < sessions.length - 1 && t === -1) out.push(`session ${n}: no terminated`);
    for (const verb of DEFINED) if (sv.filter((x) => x === verb).length > 1) out.push(`session ${n}: ${verb} twice`);
    if (sv.includes('passed') && sv.includes('failed')) out.push(`session ${n}: both passed and failed`);
  });
  for (const verb of ['completed', 'passed']) if (v.filter((x) => x === verb).length > 1) out.push(`${verb} more than once in the registration`);
  const firstPassed = v.indexOf('passed');
  if (firstPassed !== -1 && v.lastIndexOf('failed') > firstPassed) out.push('failed after passed');
  if (o.launchMode && o.launchMode !== 'Normal' && v.some((x) => x !== 'initialized' && x !== 'terminated')) out.push(`${o.launchMode} mode sent ${v.join(',')}`);

  for (const s of statements) {
    const verb = verbName(s);
    const ctx = s.context ?? {};
    const category = ctx.contextActivities?.category;
    if (ctx.registration !== o.registration) out.push(`${verb}: registration ${ctx.registration}`);
    if (!ctx.extensions?.[SESSION]) out.push(`${verb}: no session id from the context template`);
    if (!has(ctx.contextActivities?.grouping, 'https://publisher.example/au/passwords')) out.push(`${verb}: no publisher grouping from the context template`);
    if (JSON.stringify(s.actor) !== JSON.stringify(actor)) out.push(`${verb}: another actor`);
    if (DEFINED.includes(verb)) {
      if (!has(category, CMI5)) out.push(`${verb}: no cmi5 category`);
      if (s.object.id !== activityId) out.push(`${verb}: object is not the AU's activity id`);
    } else if (has(category, CMI5)) out.push(`${verb}: cmi5 category on a cmi5 allowed statement`);
    const r = s.result ?? {};
    if (['completed', 'passed', 'failed'].includes(verb) && !has(category, MOVEON)) out.push(`${verb}: no moveon category`);
    if (['completed', 'passed', 'failed', 'terminated'].includes(verb) && !/^PT/.test(r.duration ?? '')) out.push(`${verb}: no duration`);
    if (verb === 'completed' && (r.completion !== true || 'success' in r || 'score' in r || r.extensions?.[PROGRESS] !== undefined)) out.push(`completed result ${JSON.stringify(r)}`);
    if (verb === 'passed' || verb === 'failed') {
      if (r.success !== (verb === 'passed')) out.push(`${verb}: success ${r.success}`);
      if ('completion' in r) out.push(`${verb}: completion`);
      const sc = r.score;
      if (sc) {
        if (!(sc.scaled >= 0 && sc.scaled <= 1)) out.push(`${verb}: scaled ${sc.scaled}`);
        if (sc.raw !== undefined && (!Number.isInteger(sc.raw) || sc.min === undefined || sc.max === undefined)) out.push(`${verb}: raw without integer/min/max`);
      }
      if (o.masteryScore !== undefined) {
        if (ctx.extensions?.[MASTERY] !== o.masteryScore) out.push(`${verb}: masteryscore extension ${ctx.extensions?.[MASTERY]}`);
        if (!sc || (verb === 'passed' ? sc.scaled < o.masteryScore : sc.scaled >= o.masteryScore)) out.push(`${verb}: score against mastery ${JSON.stringify(sc)}`);
      }
    } else if ('success' in r || 'score' in r) {
      if (verb !== 'answered') out.push(`${verb}: success/score outside passed/failed`);
    }
  }
  return out;
}

describe('Cmi5Tracker', () => {
  it('launches from the five parameters, fetches the token once, and reports in the order cmi5 requires', async () => {
    const { lms, search, registration } = await launch({ masteryScore: 0.8 });
    const t = new Cmi5Tracker({ search, storage: new MemoryStorage(), session: new MemoryStorage() });
    await playThrough(scormDoc(), t); // 75%, under the LMS's mastery score of 0.8 (the module's pass mark is 70)
    expect(t.status).to.deep.equal({ kind: 'cmi5', state: 'ok' });
    expect(t.launchMode).to.equal('Normal');
    expect(t.returnURL).to.equal('https://lms.example/course');
    t.terminate();
    const log = await until(async () => {
      const l = await lms.log();
      return verbs(l).includes('terminated') && l;
    }, 5000, 'terminated');
    expect(log.fetches).to.equal(1);
    expect(log.requests.find((r) => r.resource === 'fetch')!.method).to.equal('POST');
    expect(log.rejected, 'every statement passes xapi-validation').to.deep.equal([]);
    expect(cmi5Violations(log.statements, { registration, masteryScore: 0.8 })).to.deep.equal([]);
    const v = verbs(log);
    expect(v.filter((x) => DEFINED.includes(x))).to.deep.equal(['initialized', 'completed', 'failed', 'terminated']);
    expect(v.filter((x) => x === 'answered')).to.have.length(4);
    const failed = log.statements.find((s) => verbName(s) === 'failed')!;
    expect(failed.result!.score).to.deep.equal({ scaled: 0.75, raw: 75, min: 0, max: 100 });
    const answer = log.statements.find((s) => verbName(s) === 'answered')!;
    expect(answer.object.definition!.type).to.equal('http://adlnet.gov/expapi/activities/cmi.interaction');
    expect(answer.object.id.startsWith(`${activityId}/`)).to.equal(true);
  });

  it("uses the LMS's mastery score: 75% passes at 0.7, and completed/passed are sent once per registration", async () => {
    const { lms, search, registration } = await launch({ masteryScore: 0.7 });
    const storage = new MemoryStorage();
    const t1 = new Cmi5Tracker({ search, storage, session: new MemoryStorage() });
    await playThrough(scormDoc({ passMark: 90 }), t1);
    t1.terminate();
    await until(async () => verbs(await lms.log()).includes('terminated'), 5000, 'first session ends');
    // The student launches the AU again from the LMS: a new session of the same registration.
    await lms.relaunch('tok-second');
    const t2 = new Cmi5Tracker({ search, storage, session: new MemoryStorage() });
    const p = await play(scormDoc({ passMark: 90 }), t2);
    p.actor.send({ type: 'module.restart' });
    await playThrough(scormDoc({ passMark: 90 }), t2);
    t2.terminate();
    const log = await until(async () => {
      const l = await lms.log();
      return verbs(l).filter((x) => x === 'terminated').length === 2 && l;
    }, 5000, 'second session ends');
    expect(log.fetches).to.equal(2);
    expect(log.rejected).to.deep.equal([]);
    expect(cmi5Violations(log.statements, { registration, masteryScore: 0.7 })).to.deep.equal([]);
    expect(verbs(log).filter((x) => DEFINED.includes(x))).to.deep.equal(['initialized', 'completed', 'passed', 'terminated', 'initialized', 'terminated']);
    const passed = log.statements.find((s) => verbName(s) === 'passed')!;
    expect(passed.context!.extensions[MASTERY]).to.equal(0.7);
  });

  it('keeps the token for a reload: no second fetch, no second initialized, the same session goes on', async () => {
    const { lms, search, registration } = await launch({ moveOn: 'Completed' });
    const storage = new MemoryStorage();
    const session = new MemoryStorage();
    const t1 = new Cmi5Tracker({ search, storage, session });
    const p1 = await play(scormDoc(), t1);
    p1.next();
    p1.answer('q1', ['b']);
    await until(() => t1.waiting === 0, 5000, 'sent');
    t1.terminate(); // the page unloads half-way (a reload): statements go, the session stays open
    // The reloaded page: same tab, same sessionStorage.
    const t2 = new Cmi5Tracker({ search, storage, session });
    const p2 = await play(scormDoc(), t2);
    expect(p2.saved?.answers.q1.correct).to.equal(true);
    expect(t2.status).to.deep.equal({ kind: 'cmi5', state: 'ok' });
    p2.answer('q1', ['b']);
    p2.next();
    p2.answer('q2', false);
    p2.next();
    p2.answer('q3', ['a', 'b']);
    p2.next();
    await Promise.resolve();
    t2.terminate();
    const log = await until(async () => {
      const l = await lms.log();
      return verbs(l).includes('terminated') && l;
    }, 5000, 'terminated');
    expect(log.fetches).to.equal(1);
    expect(log.rejected).to.deep.equal([]);
    expect(cmi5Violations(log.statements, { registration })).to.deep.equal([]);
    // A practice-free graded module under moveOn "Completed": completed, and the pass judgement too.
    expect(verbs(log).filter((x) => DEFINED.includes(x))).to.deep.equal(['initialized', 'completed', 'passed', 'terminated']);
  });

  it('a reload after the student finished and left sends nothing more: the session was terminated', async () => {
    const { lms, search } = await launch();
    const storage = new MemoryStorage();
    const session = new MemoryStorage();
    const t1 = new Cmi5Tracker({ search, storage, session });
    await playThrough(scormDoc(), t1);
    t1.terminate();
    const before = await until(async () => {
      const l = await lms.log();
      return verbs(l).includes('terminated') && l;
    }, 5000, 'terminated');
    const t2 = new Cmi5Tracker({ search, storage, session });
    const p = await play(scormDoc(), t2);
    expect(p.saved?.finished, 'the summary shows again').to.equal(true);
    expect(t2.status).to.deep.equal({ kind: 'local', state: 'ok' });
    t2.terminate();
    await new Promise((r) => setTimeout(r, 100));
    const after = await lms.log();
    expect(after.fetches).to.equal(1);
    expect(after.statements).to.have.length(before.statements.length);
  });

  it('a second fetch is refused (cmi5 §8.2): the student is told and progress stays on this device', async () => {
    const { lms, search } = await launch();
    const t1 = new Cmi5Tracker({ search, storage: new MemoryStorage(), session: new MemoryStorage() });
    await t1.start(scormDoc().meta);
    // Another tab (no sessionStorage of the first) with the same launch URL.
    const storage = new MemoryStorage();
    const t2 = new Cmi5Tracker({ search, storage, session: new MemoryStorage() });
    const p = await play(scormDoc(), t2);
    expect(t2.status.kind).to.equal('local');
    expect(t2.status.state).to.equal('fallback');
    expect(t2.status.detail).to.match(/cmi5: the LMS refused the token \(error 1/);
    p.next();
    p.answer('q1', ['b']);
    expect(storage.records().some((r) => r.answers?.q1)).to.equal(true);
    await until(() => t1.waiting === 0, 5000, 'first tab sent');
    const log = await lms.log();
    expect(log.fetches).to.equal(2);
    expect(verbs(log)).to.deep.equal(['initialized']);
  });

  it('Browse mode: only initialized and terminated', async () => {
    const { lms, search, registration } = await launch({ launchMode: 'Browse' });
    const t = new Cmi5Tracker({ search, storage: new MemoryStorage(), session: new MemoryStorage() });
    await playThrough(scormDoc(), t);
    t.terminate();
    const log = await until(async () => {
      const l = await lms.log();
      return verbs(l).includes('terminated') && l;
    }, 5000, 'terminated');
    expect(verbs(log)).to.deep.equal(['initialized', 'terminated']);
    expect(cmi5Violations(log.statements, { registration, launchMode: 'Browse' })).to.deep.equal([]);
  });

  it('LMS down in the middle: statements wait on the device, then go in order, each once', async () => {
    const { lms, search, registration } = await launch({ masteryScore: 0.5 });
    const t = new Cmi5Tracker({ search, storage: new MemoryStorage(), session: new MemoryStorage(), retryMs: 50 });
    const p = await play(scormDoc(), t);
    await until(() => t.waiting === 0, 5000, 'initialized');
    await lms.down(true);
    p.next();
    p.answer('q1', ['b']);
    await until(() => t.status.state === 'fallback', 5000, 'fallback');
    expect(t.status.detail).to.match(/^cmi5: the LRS answered 503; \d+ statement\(s\) waiting/);
    p.next();
    p.answer('q2', false);
    p.next();
    p.answer('q3', ['a', 'b']);
    p.next();
    await new Promise((r) => setTimeout(r, 200));
    await lms.down(false);
    await until(() => t.waiting === 0 && t.status.kind === 'cmi5', 5000, 'flushed');
    t.terminate();
    const log = await until(async () => {
      const l = await lms.log();
      return verbs(l).includes('terminated') && l;
    }, 5000, 'terminated');
    expect(log.rejected).to.deep.equal([]);
    expect(cmi5Violations(log.statements, { registration, masteryScore: 0.5 })).to.deep.equal([]);
    const ids = log.statements.map((s) => s.id);
    expect(new Set(ids).size).to.equal(ids.length);
    expect(verbs(log).filter((x) => x === 'answered')).to.have.length(3);
  });

  it('without launch parameters it sends nothing and saves on this device', async () => {
    const t = new Cmi5Tracker({ search: '?endpoint=https://lrs.example/', storage: new MemoryStorage(), session: new MemoryStorage() });
    await t.start(scormDoc().meta);
    expect(t.status).to.deep.equal({ kind: 'local', state: 'fallback', detail: 'no cmi5 launch parameters' });
  });
});
