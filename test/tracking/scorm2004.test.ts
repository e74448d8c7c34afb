/**
 * SCORM 2004 4th edition: the adapter against scorm-again's `Scorm2004API` (`window.API_1484_11`),
 * which is strict on 2004's formats (patterns, ISO durations, −1..1, dependency order): every value the
 * adapter sets must be accepted, and is read back the way the LMS stores it.
 */
import { expect } from '@open-wc/testing';
import { Scorm12API, Scorm2004API } from 'scorm-again';
import { createTracker } from '../../src/tracking/create.js';
import { decodeSuspend } from '../../src/tracking/scorm-suspend.js';
import { Scorm2004Tracker } from '../../src/tracking/scorm2004.js';
import { answeredAll, bigDoc, MemoryStorage, play, playThrough, recording, scormDoc } from './scorm-fixtures.js';

type Win = Window & { API?: unknown; API_1484_11?: unknown };

function lms(preload?: Record<string, unknown>) {
  const api = new Scorm2004API({ logLevel: 5, autocommit: false });
  api.loadFromJSON({ cmi: { learner_id: 'stu-1', learner_name: 'Jane Doe' } } as never);
  if (preload) api.loadFromJSON(preload as never);
  const rec = recording(api);
  (window as Win).API_1484_11 = rec.api;
  return { ...rec, api };
}

const stored = (api: Scorm2004API) => api.renderCMIToJSONObject() as any;
const ISO_DURATION = /^P(?:\d+Y)?(?:\d+M)?(?:\d+D)?(?:T(?:\d+H)?(?:\d+M)?(?:\d+(?:\.\d{1,2})?S)?)?$/;

afterEach(() => {
  delete (window as Win).API_1484_11;
  delete (window as Win).API;
});

describe('Scorm2004Tracker with an LMS', () => {
  it('opens the session: completion incomplete, exit suspend, committed', async () => {
    const { api, count } = lms();
    const tracker = new Scorm2004Tracker({ storage: new MemoryStorage() });
    await tracker.start(scormDoc().meta);
    const cmi = stored(api).cmi;
    expect(cmi.completion_status).to.equal('incomplete');
    expect(cmi.exit).to.equal('suspend');
    expect(count('Commit')).to.equal(1);
    expect(tracker.status).to.deep.equal({ kind: 'scorm2004', state: 'ok' });
  });

  it('reports a played module in 2004 formats, every value accepted by the LMS', async () => {
    const { api, sets, calls, count } = lms();
    let clock = 5_000_000;
    const tracker = new Scorm2004Tracker({ storage: new MemoryStorage(), now: () => clock });
    const p = await play(scormDoc(), tracker);
    p.next();
    expect(stored(api).cmi.progress_measure).to.equal('0.25');
    p.answer('q1', ['a']);
    p.retry('q1');
    p.answer('q1', ['b']);
    p.next();
    p.answer('q2', true);
    p.next();
    p.answer('q3', ['a', 'b']);
    clock += 3_600_000 + 61_500;
    p.next();
    await Promise.resolve();
    // Read interactions back through the API, as 2004 allows, before the session ends.
    const w = window as unknown as { API_1484_11: { GetValue(e: string): string } };
    expect(w.API_1484_11.GetValue('cmi.interactions._count')).to.equal('4');
    expect(w.API_1484_11.GetValue('cmi.interactions.0.result')).to.equal('incorrect');
    tracker.terminate();
    tracker.terminate();
    expect(count('Terminate')).to.equal(1);

    const cmi = stored(api).cmi;
    expect(cmi.completion_status).to.equal('completed');
    expect(cmi.success_status).to.equal('passed');
    expect(cmi.score).to.deep.include({ scaled: '0.75', raw: '75', min: '0', max: '100' });
    expect(cmi.progress_measure).to.equal('1');
    expect(cmi.exit).to.equal('normal');
    expect(cmi.location).to.equal('two.q3');
    expect(cmi.session_time).to.equal('PT1H1M1.5S');
    expect(cmi.session_time).to.match(ISO_DURATION);

    const interactions = Object.values(cmi.interactions).filter((i: any) => i && typeof i === 'object' && 'id' in i) as any[];
    expect(interactions.map((i) => [i.id, i.type, i.learner_response, i.result, i.correct_responses['0'].pattern])).to.deep.equal([
      ['q1', 'choice', 'a', 'incorrect', 'b'],
      ['q1', 'choice', 'b', 'correct', 'b'],
      ['q2', 'true-false', 'true', 'incorrect', 'false'],
      ['q3', 'choice', 'a[,]b', 'correct', 'a[,]b'],
    ]);
    expect(interactions[0].description).to.equal('{lang=en}Which is longest?');
    for (const i of interactions) expect(i.latency).to.match(ISO_DURATION);
    expect(interactions[0].timestamp).to.match(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/);

    expect(decodeSuspend(cmi.suspend_data, 'scorm-test')!.progress.finished).to.equal(true);
    expect(calls.filter((c) => /^(SetValue|Commit|Terminate|Initialize)$/.test(c.method) && c.result !== 'true')).to.deep.equal([]);
    expect(sets().length).to.be.greaterThan(30);
  });

  it('resumes from suspend_data and location on the next launch', async () => {
    const first = lms();
    const doc = scormDoc();
    const t1 = new Scorm2004Tracker({ storage: new MemoryStorage() });
    const p1 = await play(doc, t1);
    p1.next();
    p1.answer('q1', ['b']);
    p1.next();
    t1.terminate();
    const cmi1 = stored(first.api).cmi;
    expect(cmi1.exit).to.equal('suspend');
    expect(cmi1.completion_status).to.equal('incomplete');
    expect(cmi1.success_status).to.equal('unknown');

    lms({ cmi: { entry: 'resume', completion_status: 'incomplete', location: cmi1.location, suspend_data: cmi1.suspend_data } });
    const p2 = await play(doc, new Scorm2004Tracker({ storage: new MemoryStorage() }));
    expect(p2.step).to.equal('two.q2');
    expect(p2.saved!.answers.q1.response).to.deep.equal(['b']);
  });

  it('a failed module: success failed, scaled below the pass mark', async () => {
    const { api } = lms();
    const tracker = new Scorm2004Tracker({ storage: new MemoryStorage() });
    await playThrough(scormDoc({ passMark: 80 }), tracker);
    tracker.terminate();
    const cmi = stored(api).cmi;
    expect(cmi.success_status).to.equal('failed');
    expect(cmi.score.scaled).to.equal('0.75');
    expect(cmi.completion_status).to.equal('completed');
  });

  it('keeps a large progress whole within 64,000 characters', async () => {
    const doc = bigDoc(120);
    const full = answeredAll(doc);
    const { api } = lms();
    const tracker = new Scorm2004Tracker({ storage: new MemoryStorage() });
    await tracker.start(doc.meta);
    tracker.save(full);
    const data: string = stored(api).cmi.suspend_data;
    expect(data.length).to.be.greaterThan(4096).and.at.most(64000);
    const back = decodeSuspend(data, 'big')!;
    expect(back.level).to.equal(0);
    expect(tracker.status).to.deep.equal({ kind: 'scorm2004', state: 'ok' });
  });
});

describe('SCORM 2004 discovery and auto', () => {
  it('finds API_1484_11 in a parent frame', async () => {
    const { count } = lms();
    const frame = document.createElement('iframe');
    document.body.append(frame);
    const tracker = new Scorm2004Tracker({ window: frame.contentWindow!, storage: new MemoryStorage() });
    await tracker.start(scormDoc().meta);
    expect(tracker.status.kind).to.equal('scorm2004');
    expect(count('Initialize')).to.equal(1);
    frame.remove();
  });

  it('tracking="auto" picks 2004 over 1.2, 1.2 when alone, this device when neither', async () => {
    lms();
    (window as Win).API = new Scorm12API({ logLevel: 5 });
    expect((await createTracker('auto')).kind).to.equal('scorm2004');
    delete (window as Win).API_1484_11;
    expect((await createTracker('auto')).kind).to.equal('scorm12');
    delete (window as Win).API;
    expect((await createTracker('auto')).kind).to.equal('local');
    expect((await createTracker('scorm2004')).kind).to.equal('scorm2004');
  });
});

describe('SCORM 2004 faults', () => {
  it('no API: falls back to this device and says so', async () => {
    const storage = new MemoryStorage();
    const tracker = new Scorm2004Tracker({ storage });
    const p = await play(scormDoc(), tracker);
    expect(tracker.status).to.include({ kind: 'local', state: 'fallback' });
    p.next();
    p.answer('q1', ['a']);
    expect(storage.records()[0].answers.q1.response).to.deep.equal(['a']);
  });

  it('Commit returning "false" (391): answers kept on the device, error code in the status', async () => {
    const { overrides } = lms();
    const storage = new MemoryStorage();
    const tracker = new Scorm2004Tracker({ storage });
    const p = await play(scormDoc(), tracker);
    overrides.Commit = () => 'false';
    overrides.GetLastError = () => '391';
    p.next();
    p.answer('q1', ['b']);
    expect(tracker.status).to.include({ kind: 'local', state: 'fallback' });
    expect(tracker.status.detail).to.contain('391');
    expect(storage.records()[0].answers.q1.correct).to.equal(true);
  });

  it('Terminate failing at the end: the final state is kept on the device', async () => {
    const { overrides } = lms();
    const storage = new MemoryStorage();
    const tracker = new Scorm2004Tracker({ storage });
    await playThrough(scormDoc(), tracker);
    overrides.Terminate = () => {
      throw new Error('LMS gone');
    };
    expect(() => tracker.terminate()).not.to.throw();
    expect(tracker.status.state).to.equal('fallback');
    expect(storage.records()[0].finished).to.equal(true);
  });

  it('LMS failing and the device storage full: the student is told nothing is being saved', async () => {
    const { overrides } = lms();
    const storage = new MemoryStorage();
    storage.full = true;
    const tracker = new Scorm2004Tracker({ storage });
    const p = await play(scormDoc(), tracker);
    overrides.Commit = () => 'false';
    overrides.GetLastError = () => '391';
    p.next();
    p.answer('q1', ['b']);
    expect(tracker.status).to.deep.equal({ kind: 'local', state: 'error', detail: 'storage-unavailable' });
    // The LMS comes back: the answer held in memory reaches it, and the status says so.
    delete overrides.Commit;
    delete overrides.GetLastError;
    p.next();
    expect(tracker.status).to.deep.equal({ kind: 'scorm2004', state: 'ok' });
    const w = window as unknown as { API_1484_11: { GetValue(e: string): string } };
    expect(w.API_1484_11.GetValue('cmi.interactions.0.id')).to.equal('q1');
  });

  it('corrupt suspend_data with a device copy: resumes from the device', async () => {
    lms();
    const storage = new MemoryStorage();
    const doc = scormDoc();
    const t1 = new Scorm2004Tracker({ storage });
    const p1 = await play(doc, t1);
    const w = window as unknown as { API_1484_11: any };
    const real = w.API_1484_11.Commit;
    w.API_1484_11.Commit = () => 'false';
    p1.next();
    p1.answer('q1', ['b']);
    w.API_1484_11.Commit = real;
    lms({ cmi: { suspend_data: 'N1|0|0|broken', entry: 'resume' } });
    const t2 = new Scorm2004Tracker({ storage });
    const saved = await t2.start(doc.meta);
    expect(saved!.answers.q1.correct).to.equal(true);
  });
});
