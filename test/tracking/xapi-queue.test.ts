/**
 * The statement outbox on its own, with a scripted LRS: order, batching, growing pauses after
 * failures, retry when the browser is back online, what each HTTP answer does to the statements.
 */
import { expect } from '@open-wc/testing';
import { LrsError, type QueueState, StatementQueue } from '../../src/tracking/xapi-queue.js';
import type { XapiStatement } from '../../src/tracking/xapi-statements.js';
import { MemoryStorage } from './scorm-fixtures.js';
import { until } from './xapi-fake-lms.js';

let n = 0;
const st = (): XapiStatement => ({
  id: `00000000-0000-4000-8000-${String((n += 1)).padStart(12, '0')}`,
  actor: { account: { homePage: 'https://a.example', name: 'x' } },
  verb: { id: 'http://adlnet.gov/expapi/verbs/answered', display: { 'en-US': 'answered' } },
  object: { objectType: 'Activity', id: 'https://a.example/q' },
  timestamp: new Date().toISOString(),
});

/** An LRS whose answer to each request is decided by `answer` (a status; 200 = stored). */
function scriptedLrs(answer: (batch: XapiStatement[]) => number) {
  const stored: string[] = [];
  const attempts: Array<{ at: number; ids: string[]; exiting: boolean }> = [];
  const send = async (batch: XapiStatement[], exiting: boolean) => {
    attempts.push({ at: performance.now(), ids: batch.map((s) => s.id), exiting });
    const status = answer(batch);
    if (status === 0) throw new LrsError(0, 'network');
    if (status >= 300) throw new LrsError(status, 'refused');
    stored.push(...batch.map((s) => s.id));
  };
  return { stored, attempts, send };
}

describe('StatementQueue', () => {
  it('sends in order, in batches, and forgets a statement only once it is stored', async () => {
    const lrs = scriptedLrs(() => 200);
    const storage = new MemoryStorage();
    const q = new StatementQueue({ key: 'k', storage, send: lrs.send, batch: 2 });
    const all = [st(), st(), st(), st(), st()];
    q.push(...all);
    await q.flush();
    await until(() => q.size === 0, 2000, 'sent');
    expect(lrs.stored).to.deep.equal(all.map((s) => s.id));
    expect(storage.getItem('k')).to.equal(null);
    q.close();
  });

  it('waits longer after each failure (back-off), and retries at once when the browser is back online', async () => {
    let up = false;
    const lrs = scriptedLrs(() => (up ? 200 : 0));
    const states: QueueState[] = [];
    const q = new StatementQueue({ key: 'k', storage: new MemoryStorage(), send: lrs.send, retryMs: 20, maxRetryMs: 10_000, onChange: (s) => states.push(s) });
    q.push(st());
    await new Promise((r) => setTimeout(r, 400));
    // 20, 40, 80, 160 ms (±20%): about five attempts in 400 ms; without the pauses growing there would be ~20.
    expect(lrs.attempts.length).to.be.within(3, 7);
    const gaps = lrs.attempts.slice(1).map((a, i) => a.at - lrs.attempts[i].at);
    expect(gaps.at(-1)!).to.be.greaterThan(gaps[0] * 2);
    expect(states.at(-1)).to.deep.include({ failing: true, waiting: 1, reason: 'the LRS is not answering' });
    up = true;
    const before = lrs.attempts.length;
    window.dispatchEvent(new Event('online'));
    await until(() => q.size === 0, 200, 'sent at once when online');
    expect(lrs.attempts.length).to.equal(before + 1);
    expect(states.at(-1)).to.deep.include({ failing: false, waiting: 0 });
    q.close();
  });

  it('a refused statement (400) is found in its batch and dropped alone; a 409 means already stored', async () => {
    const bad = st();
    const dup = st();
    const lrs = scriptedLrs((batch) => (batch.some((s) => s.id === bad.id) ? 400 : batch.some((s) => s.id === dup.id) ? 409 : 200));
    const warn = console.warn;
    console.warn = () => undefined;
    const q = new StatementQueue({ key: 'k', storage: new MemoryStorage(), send: lrs.send, retryMs: 10 });
    const good = [st(), st()];
    try {
      q.push(good[0], bad, dup, good[1]);
      await until(() => q.size === 0, 2000, 'drained');
    } finally {
      console.warn = warn;
    }
    expect(lrs.stored).to.deep.equal([good[0].id, good[1].id]);
    q.close();
  });

  it('401, 403, 429 and 5xx keep the statements for later; nothing is dropped', async () => {
    for (const status of [401, 403, 429, 500, 503]) {
      let answer = status;
      const lrs = scriptedLrs(() => answer);
      const q = new StatementQueue({ key: 'k', storage: new MemoryStorage(), send: lrs.send, retryMs: 10 });
      const s = st();
      q.push(s);
      await until(() => lrs.attempts.length >= 2, 2000, `retried after ${status}`);
      expect(q.size, String(status)).to.equal(1);
      answer = 200;
      await until(() => q.size === 0, 2000, 'sent');
      expect(lrs.stored).to.deep.equal([s.id]);
      q.close();
    }
  });

  it('on exit, sends everything with keepalive in bodies under 64 KiB, and keeps them until confirmed', async () => {
    const lrs = scriptedLrs(() => 200);
    const storage = new MemoryStorage();
    const q = new StatementQueue({ key: 'k', storage, send: lrs.send, retryMs: 1e9 });
    q.close(); // no ordinary sending: only the exit path
    const big = Array.from({ length: 30 }, () => ({ ...st(), result: { response: 'x'.repeat(4000) } }));
    q.pushOnExit(...big);
    expect(JSON.parse(storage.getItem('k')!)).to.have.length(30);
    expect(lrs.attempts.length).to.be.greaterThan(1);
    expect(lrs.attempts.every((a) => a.exiting)).to.equal(true);
    for (const a of lrs.attempts) {
      const bytes = new TextEncoder().encode(JSON.stringify(big.filter((s) => a.ids.includes(s.id)))).length;
      expect(bytes).to.be.lessThan(64 * 1024);
    }
    expect(lrs.attempts.flatMap((a) => a.ids)).to.deep.equal(big.map((s) => s.id));
    await until(() => storage.getItem('k') === null, 2000, 'confirmed and forgotten');
  });
});
