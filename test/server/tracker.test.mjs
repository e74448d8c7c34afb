// The `lti` tracker (the player's side) against the real server over HTTP: it saves each step, resumes
// on another device, keeps work on the device while the server does not answer and catches the server
// up afterwards, and sends the result that becomes the LMS score.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { LtiTracker } from '../../dist/tracking/lti.js';
import { addPlatformTo, passwordsAnswers, startPlatform, startTool } from './support.mjs';

class MemoryStorage {
  #m = new Map();
  get length() { return this.#m.size; }
  key(i) { return [...this.#m.keys()][i] ?? null; }
  getItem(k) { return this.#m.has(k) ? this.#m.get(k) : null; }
  setItem(k, v) { this.#m.set(k, String(v)); }
  removeItem(k) { this.#m.delete(k); }
  clear() { this.#m.clear(); }
}

let tool;
let lms;
const cleanup = [];
before(async () => {
  tool = await startTool();
  lms = await startPlatform();
  await addPlatformTo(tool, lms);
});
after(async () => {
  for (const stop of cleanup) stop();
  await tool?.close();
  await lms?.close();
});

const meta = { id: 'passwords', lang: 'en', title: 'Passwords' };
const progress = (step, answers = {}, finished = false) => ({ v: 1, module: 'passwords', step, answers, finished, seed: 's' });
const record = { response: 'b', attempts: 1, score: 1, correct: true, done: true, revealed: false, latencyMs: 500 };
const until = async (check) => {
  for (let i = 0; i < 100; i += 1) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 20));
  }
  assert.fail('timed out');
};

function trackerFor(session, storage, fetchImpl) {
  return new LtiTracker({ endpoint: `${tool.url}/api/`, session, learner: 'tag-1', storage, fetch: fetchImpl, retryMs: 50, timeoutMs: 2000 });
}

test('saves every step on the server and resumes on another device', async () => {
  const { session } = await lms.launch({ claims: lms.claims({ user: 'gus' }) });
  const laptop = trackerFor(session, new MemoryStorage());
  assert.equal(await laptop.start(meta), null);
  laptop.save(progress('s1'));
  laptop.save(progress('s2', { q1: record }));
  laptop.answered({ id: 'q1' }, record);
  await until(async () => (await tool.server.ctx.db.query("SELECT data FROM progress WHERE user_id = 'gus'"))[0]?.data.step === 's2');
  assert.equal(laptop.status.kind, 'lti');
  assert.equal(laptop.status.state, 'ok');
  // Another device, another launch: the same work comes back.
  const second = await lms.launch({ claims: lms.claims({ user: 'gus' }) });
  const tablet = trackerFor(second.session, new MemoryStorage());
  const resumed = await tablet.start(meta);
  assert.equal(resumed.step, 's2');
  assert.deepEqual(resumed.answers.q1, record);
  const [a] = await tool.server.ctx.db.query("SELECT question, attempt, correct FROM answers WHERE user_id = 'gus'");
  assert.deepEqual(a, { question: 'q1', attempt: 1, correct: true });
});

test('when the server does not answer, work stays on the device with the usual notice, then reaches the server', async () => {
  const { session } = await lms.launch({ claims: lms.claims({ user: 'hal' }) });
  let down = false;
  const flaky = (url, init) => (down ? Promise.reject(new TypeError('fetch failed')) : fetch(url, init));
  const storage = new MemoryStorage();
  const tracker = trackerFor(session, storage, flaky);
  cleanup.push(() => tracker.terminate());
  await tracker.start(meta);
  down = true;
  const statuses = [];
  tracker.onStatus((s) => statuses.push(s));
  tracker.save(progress('s3', { q1: record }));
  await until(() => statuses.length > 0);
  assert.deepEqual(statuses[0], { kind: 'local', state: 'fallback', detail: 'the Netwise server is not answering' });
  assert.ok([...Array(storage.length).keys()].some((i) => storage.key(i).startsWith('netwise:lti:tag-1:')), 'a device copy is kept');
  tracker.save(progress('end', (await passwordsAnswers('s')).answers, true));
  tracker.completed({ percent: 100, passed: true, graded: true, points: 14, maxPoints: 14, answered: 14, questions: 15 });
  await until(() => storage.getItem('netwise:lti:tag-1:passwords:en')?.includes('"step":"end"'));
  // A reload while the server is still down resumes from the device.
  const reload = trackerFor(session, storage, flaky);
  cleanup.push(() => reload.terminate());
  assert.equal((await reload.start(meta)).step, 'end');
  reload.terminate();
  down = false;
  await until(() => tracker.status.state === 'ok');
  const [row] = await tool.server.ctx.db.query("SELECT data, percent, completed FROM progress WHERE user_id = 'hal'");
  assert.equal(row.data.step, 'end');
  assert.equal(row.percent, 100);
  assert.equal(row.completed, true);
  assert.equal(storage.getItem('netwise:lti:tag-1:passwords:en'), null, 'the device copy goes once the server has it');
  await tool.server.flushScores();
  assert.ok(lms.scores.some((s) => s.userId === 'hal' && s.scoreGiven === 100));
  tracker.terminate();
});
