/**
 * The question clock: an answer's latency is the time its question has been on screen, counted from when
 * the student first saw it, adding up over visits and sessions (never the time since the player loaded,
 * never starting again after a resume). It reaches SCORM 1.2 and 2004 `latency`, xAPI `duration` and
 * `nw-answer`. The machine reads no clock: the times come in on its events.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { Scorm2004API } from 'scorm-again';
import { type AnyActorRef, createActor } from 'xstate';
import '../../src/elements/nw-module.js';
import type { NwModule } from '../../src/elements/nw-module.js';
import type { NwAnswerEvent } from '../../src/events/nw-answer.js';
import { moduleMachine } from '../../src/machines/machines.js';
import type { SavedProgress } from '../../src/machines/progress.js';
import type { AnswerRecord } from '../../src/machines/scoring.js';
import { NoneTracker } from '../../src/tracking/none.js';
import { decodeSuspend, encodeSuspend } from '../../src/tracking/scorm-suspend.js';
import { Scorm12Tracker } from '../../src/tracking/scorm12.js';
import { Scorm2004Tracker } from '../../src/tracking/scorm2004.js';
import { XapiTracker } from '../../src/tracking/xapi.js';
import { MemoryStorage, MoodleLike12, play, scormDoc } from './scorm-fixtures.js';
import { fakeLms, until, verbName } from './xapi-fake-lms.js';

/** The module machine alone, with the answers and saved progress it emits. */
function machine(input: { saved?: SavedProgress | null; startedAt?: number } = {}) {
  const actor = createActor(moduleMachine, { input: { doc: scormDoc(), seed: 'clock', ...input } });
  const answers: AnswerRecord[] = [];
  const saves: SavedProgress[] = [];
  actor.on('answered', (e) => void answers.push(e.record));
  actor.on('saved', (e) => void saves.push(e.progress));
  actor.start();
  const q = (id: string) => actor.getSnapshot().children[id] as AnyActorRef;
  return {
    actor,
    answers,
    saves,
    submit(id: string, response: unknown, at?: number) {
      q(id).send({ type: 'question.respond', response });
      q(id).send({ type: 'question.submit', at });
    },
    retry: (id: string) => q(id).send({ type: 'question.retry' }),
    next: (at?: number) => actor.send({ type: 'module.next', at }),
    back: (at?: number) => actor.send({ type: 'module.back', at }),
  };
}

describe('the question clock in the module machine', () => {
  it('starts when the question is shown, not when the player loaded, and counts retries from the first sight', () => {
    const m = machine({ startedAt: 1_000 });
    m.next(61_000); // a minute on the reading step first
    m.submit('q1', ['a'], 63_000);
    m.retry('q1');
    m.submit('q1', ['b'], 66_500);
    expect(m.answers.map((a) => a.latencyMs)).to.deep.equal([2_000, 5_500]);
  });

  it('adds up the visits to a question and leaves out the time spent elsewhere', () => {
    const m = machine({ startedAt: 0 });
    m.next(1_000);
    m.submit('q1', ['b'], 2_000);
    m.next(10_000); // q2 on screen for 1 s…
    m.back(11_000); // …then back on q1 for a long while…
    m.next(90_000); // …and q2 again for 2 s
    m.submit('q2', false, 92_000);
    expect(m.answers.map((a) => a.latencyMs)).to.deep.equal([1_000, 3_000]);
  });

  it('keeps the time in the saved progress, so the clock goes on after a resume instead of starting again', () => {
    const first = machine({ startedAt: 0 });
    first.next(0);
    first.submit('q1', ['b'], 1_000);
    first.next(5_000);
    first.actor.send({ type: 'module.pause', at: 8_000 }); // the page goes away after 3 s on q2
    const saved = first.saves.at(-1)!;
    expect(saved.time).to.deep.equal({ q2: 3_000 });
    // Through SCORM's suspend_data and back, as an LMS would keep it.
    const kept = decodeSuspend(encodeSuspend(saved, 4000).text, saved.module)!.progress;
    expect(kept.time).to.deep.equal({ q2: 3_000 });

    const second = machine({ saved: kept, startedAt: 1_000_000 });
    second.submit('q2', false, 1_001_500);
    expect(second.answers[0].latencyMs).to.equal(4_500);
    // A settled question needs no clock any more.
    expect(second.saves.at(-1)!.time).to.equal(undefined);
  });

  it('without times from its host, an answer keeps the latency its question measured', () => {
    const m = machine();
    m.next();
    m.submit('q1', ['b'], Date.now() + 700);
    expect(m.answers[0].latencyMs).to.be.within(690, 2_000);
  });
});

describe('the question clock through the LMS runtimes', () => {
  it('SCORM 1.2: latency is the time on the question, and goes on after a reload', async () => {
    let clock = 0;
    const lms = new MoodleLike12();
    const t1 = new Scorm12Tracker({ api: lms, storage: new MemoryStorage(), now: () => clock });
    const p1 = await play(scormDoc(), t1, () => clock);
    clock = 30_000;
    p1.next();
    clock += 2_000;
    p1.answer('q1', ['b']);
    p1.next();
    clock += 3_000;
    p1.pause(); // the tab closes after 3 s on q2
    t1.terminate();
    p1.disconnect();
    expect(lms.stored['cmi.interactions.0.latency']).to.equal('00:00:02');

    // The student comes back the next day: q2's clock goes on from 3 s.
    const again = new MoodleLike12({
      'cmi.suspend_data': lms.stored['cmi.suspend_data'], 'cmi.core.lesson_location': lms.stored['cmi.core.lesson_location'],
      'cmi.core.lesson_status': 'incomplete', 'cmi.core.entry': 'resume', 'cmi.interactions._count': '1',
    });
    clock = 86_400_000;
    const t2 = new Scorm12Tracker({ api: again, storage: new MemoryStorage(), now: () => clock });
    const p2 = await play(scormDoc(), t2, () => clock);
    expect(p2.step).to.equal('two.q2');
    clock += 1_500;
    p2.answer('q2', false);
    await Promise.resolve();
    expect(again.stored['cmi.interactions.1.latency']).to.equal('00:00:04.50');
  });

  it('SCORM 2004: latency as an ISO duration', async () => {
    let clock = 0;
    const api = new Scorm2004API({ logLevel: 5, autocommit: false });
    api.loadFromJSON({ cmi: { learner_id: 'stu-1', learner_name: 'Jane Doe' } } as never);
    const t = new Scorm2004Tracker({ api: api as never, storage: new MemoryStorage(), now: () => clock });
    const p = await play(scormDoc(), t, () => clock);
    clock = 40_000;
    p.next();
    clock += 2_250;
    p.answer('q1', ['b']);
    await Promise.resolve();
    expect(api.GetValue('cmi.interactions.0.latency')).to.equal('PT2.25S');
  });

  it('xAPI: the answered statement’s duration is the time on the question', async () => {
    const lrs = await fakeLms();
    let clock = Date.parse('2026-03-01T09:00:00Z');
    const t = new XapiTracker({ endpoint: lrs.endpoint, storage: new MemoryStorage(), now: () => clock });
    const p = await play(scormDoc(), t, () => clock);
    clock += 45_000;
    p.next();
    clock += 2_000;
    p.answer('q1', ['b']);
    const log = await until(async () => {
      const l = await lrs.log();
      return l.statements.some((s) => verbName(s) === 'answered') && l;
    });
    expect(log.rejected).to.deep.equal([]);
    expect(log.statements.find((s) => verbName(s) === 'answered')!.result!.duration).to.equal('PT2S');
    t.terminate();
  });
});

describe('the question clock in the player', () => {
  const realNow = Date.now;
  afterEach(() => {
    Date.now = realNow;
  });

  it('nw-answer carries the time from the question showing to the Check', async () => {
    let clock = realNow();
    Date.now = () => clock;
    const el = await fixture<NwModule>(html`<nw-module .tracker=${new NoneTracker()} .doc=${scormDoc()}></nw-module>`);
    const root = el.shadowRoot!;
    await waitUntil(() => root.querySelector('h3'), 'player did not start');
    clock += 20_000; // reading the first step
    [...root.querySelectorAll<HTMLButtonElement>('nav button')].find((b) => b.textContent!.trim() === 'Next')!.click();
    await el.updateComplete;
    const q = root.querySelector('nw-choice')!;
    await waitUntil(() => q.shadowRoot?.querySelector('input'), 'no question');
    clock += 2_000;
    const answered = new Promise<NwAnswerEvent>((resolve) => el.addEventListener('nw-answer', resolve, { once: true }));
    q.shadowRoot!.querySelectorAll('input')[1].click();
    await (q as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    [...q.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent!.trim() === 'Check')!.click();
    const event = await answered;
    expect(event.record.latencyMs).to.equal(2_000);
  });
});
