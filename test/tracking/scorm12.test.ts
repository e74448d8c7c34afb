/**
 * SCORM 1.2: the adapter against scorm-again's LMS-side runtime (`window.API`), read back the way an
 * LMS stores it, and every value held to Moodle's formats too (scorm-again is laxer than Moodle).
 */
import { expect } from '@open-wc/testing';
import { Scorm12API } from 'scorm-again';
import { decodeSuspend, encodeSuspend } from '../../src/tracking/scorm-suspend.js';
import { findScormApi, MAX_HOPS } from '../../src/tracking/scorm-api.js';
import { Scorm12Tracker } from '../../src/tracking/scorm12.js';
import { createTracker } from '../../src/tracking/create.js';
import type { TrackerStatus } from '../../src/tracking/tracker.js';
import { answeredAll, bigDoc, MemoryStorage, MoodleLike12, moodleViolations, play, playThrough, recording, scormDoc } from './scorm-fixtures.js';

type Win = Window & { API?: unknown };

function lms(preload?: Record<string, unknown>) {
  const api = new Scorm12API({ logLevel: 5, autocommit: false });
  api.loadFromJSON({ cmi: { core: { student_id: 'stu-1', student_name: 'Doe, Jane' } } } as never);
  if (preload) api.loadFromJSON(preload as never);
  const rec = recording(api);
  (window as Win).API = rec.api;
  return { ...rec, api };
}

/** The CMI as the LMS would store it (write-only elements included). */
const stored = (api: Scorm12API) => api.renderCMIToJSONObject() as any;

const statuses = (t: Scorm12Tracker) => {
  const seen: TrackerStatus[] = [];
  t.onStatus((s) => seen.push(s));
  return seen;
};

afterEach(() => {
  delete (window as Win).API;
});

describe('Scorm12Tracker with an LMS', () => {
  it('opens the session with an explicit status, a suspend exit and a commit', async () => {
    const { api, count } = lms();
    const tracker = new Scorm12Tracker({ storage: new MemoryStorage() });
    expect(await tracker.start(scormDoc().meta)).to.equal(null);
    expect(count('LMSInitialize')).to.equal(1);
    expect(count('LMSCommit')).to.equal(1);
    const cmi = stored(api).cmi;
    // Moodle turns a status never set into "completed": it must be "incomplete" from the start.
    expect(cmi.core.lesson_status).to.equal('incomplete');
    expect(cmi.core.exit).to.equal('suspend');
    expect(tracker.status).to.deep.equal({ kind: 'scorm12', state: 'ok' });
  });

  it('reports a played module: status, score, interactions, bookmark, suspend data, session time', async () => {
    const { api, sets, count, calls } = lms();
    let clock = 1_000_000;
    const tracker = new Scorm12Tracker({ storage: new MemoryStorage(), now: () => clock });
    const p = await play(scormDoc(), tracker);
    p.next();
    clock += 65_250;
    const commits = count('LMSCommit');
    p.answer('q1', ['a']);
    // Committed at once after the answer, not on some later unload.
    expect(count('LMSCommit')).to.equal(commits + 1);
    p.retry('q1');
    p.answer('q1', ['b']);
    p.next();
    p.answer('q2', true);
    p.next();
    p.answer('q3', ['a', 'b']);
    p.next();
    await Promise.resolve();
    tracker.terminate();
    tracker.terminate();
    expect(count('LMSFinish'), 'LMSFinish once, even when terminate() is called twice').to.equal(1);

    const cmi = stored(api).cmi;
    expect(cmi.core.lesson_status).to.equal('passed');
    expect(cmi.core.score).to.deep.include({ raw: '75', min: '0', max: '100' });
    expect(cmi.core.exit).to.equal('');
    expect(cmi.core.lesson_location).to.equal('two.q3');
    expect(cmi.core.session_time).to.equal('00:01:05.25');

    const interactions = Object.values(cmi.interactions).filter((i: any) => i && typeof i === 'object' && 'id' in i) as any[];
    expect(interactions.map((i) => [i.id, i.type, i.student_response, i.result, i.correct_responses['0'].pattern])).to.deep.equal([
      ['q1', 'choice', 'a', 'wrong', 'b'],
      ['q1', 'choice', 'b', 'correct', 'b'],
      ['q2', 'true-false', 't', 'wrong', 'f'],
      ['q3', 'choice', 'a,b', 'correct', 'a,b'],
    ]);
    expect(interactions[3].weighting).to.equal('2');
    expect(interactions[0].latency).to.match(/^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/);

    const resumed = decodeSuspend(cmi.suspend_data, 'scorm-test')!;
    expect(resumed.progress.finished).to.equal(true);
    expect(resumed.progress.answers.q3.response).to.deep.equal(['a', 'b']);
    expect(Object.keys(resumed.progress.answers)).to.deep.equal(['q1', 'q2', 'q3']);

    // Every value within Moodle's and the spec's formats, every call accepted.
    expect(moodleViolations(sets())).to.deep.equal([]);
    expect(calls.filter((c) => c.result !== 'true' && /^LMS(SetValue|Commit|Finish|Initialize)$/.test(c.method))).to.deep.equal([]);
  });

  it('resumes where the student left off, and keeps the status incomplete when they leave early', async () => {
    const first = lms();
    const doc = scormDoc();
    const t1 = new Scorm12Tracker({ storage: new MemoryStorage() });
    const p1 = await play(doc, t1);
    p1.next();
    p1.answer('q1', ['b']);
    p1.next();
    t1.terminate();
    const cmi1 = stored(first.api).cmi;
    expect(cmi1.core.lesson_status).to.equal('incomplete');
    expect(cmi1.core.exit).to.equal('suspend');
    expect(cmi1.core.lesson_location).to.equal('two.q2');

    // The next launch: the LMS hands back what it stored.
    delete (window as Win).API;
    lms({ cmi: { core: { entry: 'resume', lesson_status: 'incomplete', lesson_location: cmi1.core.lesson_location }, suspend_data: cmi1.suspend_data } });
    const t2 = new Scorm12Tracker({ storage: new MemoryStorage() });
    const p2 = await play(doc, t2);
    expect(p2.step).to.equal('two.q2');
    expect(p2.saved!.answers.q1).to.include({ correct: true, attempts: 1, done: true });
    expect(p2.saved!.answers.q1.response).to.deep.equal(['b']);
  });

  it('reports a practice module as completed, without a score', async () => {
    const { api } = lms();
    const tracker = new Scorm12Tracker({ storage: new MemoryStorage() });
    await playThrough(scormDoc({ mode: 'practice' }), tracker);
    tracker.terminate();
    const cmi = stored(api).cmi;
    expect(cmi.core.lesson_status).to.equal('completed');
    expect(cmi.core.score.raw).to.equal('');
  });

  it('reports a failed graded module as failed, with its score', async () => {
    const { api } = lms();
    const tracker = new Scorm12Tracker({ storage: new MemoryStorage() });
    await playThrough(scormDoc({ passMark: 80 }), tracker);
    tracker.terminate();
    expect(stored(api).cmi.core).to.deep.include({ lesson_status: 'failed' });
    expect(stored(api).cmi.core.score.raw).to.equal('75');
  });
});

describe('Scorm12Tracker with a Moodle-like LMS', () => {
  it("every value is accepted, and Moodle's own finish rules agree with the player", async () => {
    const moodle = new MoodleLike12({ 'cmi.student_data.mastery_score': '70' });
    const rec = recording(moodle);
    (window as Win).API = rec.api;
    const tracker = new Scorm12Tracker({ storage: new MemoryStorage() });
    await playThrough(scormDoc(), tracker);
    tracker.terminate();
    expect(rec.calls.filter((c) => /^LMS(SetValue|Commit|Finish|Initialize)$/.test(c.method) && c.result !== 'true')).to.deep.equal([]);
    expect(tracker.status).to.deep.equal({ kind: 'scorm12', state: 'ok' });
    expect(moodle.stored).to.deep.include({ 'cmi.core.lesson_status': 'passed', 'cmi.core.score.raw': '75', 'cmi.interactions._count': '4' });
    expect(moodle.stored['cmi.interactions.3.student_response']).to.equal('a,b');
  });

  it('a student who leaves early stays "incomplete" after Moodle’s finish (not "completed")', async () => {
    const moodle = new MoodleLike12({ 'cmi.student_data.mastery_score': '70' });
    (window as Win).API = moodle;
    const tracker = new Scorm12Tracker({ storage: new MemoryStorage() });
    const p = await play(scormDoc(), tracker);
    p.next();
    p.answer('q1', ['a']);
    tracker.terminate();
    expect(moodle.finished).to.equal(true);
    expect(moodle.stored['cmi.core.lesson_status']).to.equal('incomplete');
    expect(moodle.stored['cmi.core.exit']).to.equal('suspend');
    expect(moodle.stored['cmi.core.score.raw']).to.equal('');
  });

  it('a second LMSInitialize in the same page (Moodle: 101) is taken as the session already open', async () => {
    const moodle = new MoodleLike12();
    moodle.LMSInitialize('');
    (window as Win).API = moodle;
    const tracker = new Scorm12Tracker({ storage: new MemoryStorage() });
    await tracker.start(scormDoc().meta);
    expect(tracker.status).to.deep.equal({ kind: 'scorm12', state: 'ok' });
  });
});

describe('SCORM 1.2 API discovery', () => {
  it('finds the API in a parent frame', async () => {
    const { count } = lms();
    const frame = document.createElement('iframe');
    document.body.append(frame);
    const tracker = new Scorm12Tracker({ window: frame.contentWindow!, storage: new MemoryStorage() });
    await tracker.start(scormDoc().meta);
    expect(tracker.status.kind).to.equal('scorm12');
    expect(count('LMSInitialize')).to.equal(1);
    frame.remove();
  });

  it('steps over a cross-origin frame without throwing', async () => {
    const { api } = lms();
    const other = location.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1';
    const frame = document.createElement('iframe');
    const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
    frame.src = `${location.protocol}//${other}:${location.port}/test/e2e/embed-page.html`;
    document.body.append(frame);
    await loaded;
    // Reading the frame's properties throws a SecurityError; its parent (this page) still has the API.
    expect(() => (frame.contentWindow as Win).API).to.throw();
    expect(findScormApi('1.2', frame.contentWindow!)).to.equal((window as Win).API);
    expect(api).to.exist;
    frame.remove();
  });

  it('ignores a page element named API and stops after a bounded number of hops', () => {
    const div = document.createElement('div');
    div.id = 'API';
    document.body.append(div);
    expect(findScormApi('1.2', window)).to.equal(null);
    div.remove();
    // A (fake) chain longer than the bound, with the API only at the far end.
    const api = { LMSInitialize: () => 'true' };
    const top: any = { API: api, parent: null };
    top.parent = top;
    let win: any = top;
    for (let i = 0; i < MAX_HOPS + 5; i++) win = { parent: win };
    expect(findScormApi('1.2', win)).to.equal(null);
    expect(findScormApi('1.2', { parent: { parent: top } } as any)).to.equal(api);
  });

  it('finds the API through the opener (an LMS that opens the activity in a new window)', () => {
    const api = { LMSInitialize: () => 'true' };
    const lmsWindow: any = { API: api };
    lmsWindow.parent = lmsWindow;
    const popup: any = { opener: lmsWindow, get top() { return popup; } };
    popup.parent = popup;
    expect(findScormApi('1.2', popup)).to.equal(api);
    // A window whose every property read throws (cross-origin) is no crash, just no API.
    const hostile = new Proxy({}, { get() { throw new DOMException('Blocked', 'SecurityError'); } });
    expect(findScormApi('1.2', hostile as Window)).to.equal(null);
  });

  it('tracking="scorm" with no LMS: the student is told progress stays on this device', async () => {
    const tracker = await createTracker('scorm');
    await tracker.start(scormDoc().meta);
    expect(tracker.status).to.include({ kind: 'local', state: 'fallback' });
  });
});

describe('SCORM 1.2 faults: no answer lost, the student told', () => {
  it('no API: saves on this device and says so', async () => {
    const storage = new MemoryStorage();
    const tracker = new Scorm12Tracker({ storage });
    const p = await play(scormDoc(), tracker);
    expect(tracker.status).to.include({ kind: 'local', state: 'fallback' });
    expect(tracker.status.detail).to.contain('no SCORM 1.2 API');
    p.next();
    p.answer('q1', ['b']);
    expect(storage.records()[0].answers.q1.response).to.deep.equal(['b']);
    // And the next visit resumes from the device.
    const again = await play(scormDoc(), new Scorm12Tracker({ storage }));
    expect(again.saved!.answers.q1.correct).to.equal(true);
  });

  it('every call returning "false" with an error code: falls back at once, with the code', async () => {
    const dead = {
      LMSInitialize: () => 'false', LMSFinish: () => 'false', LMSGetValue: () => '', LMSSetValue: () => 'false', LMSCommit: () => 'false',
      LMSGetLastError: () => '101', LMSGetErrorString: () => 'General exception', LMSGetDiagnostic: () => '',
    };
    (window as Win).API = dead;
    const storage = new MemoryStorage();
    const tracker = new Scorm12Tracker({ storage });
    const p = await play(scormDoc(), tracker);
    expect(tracker.status.state).to.equal('fallback');
    expect(tracker.status.detail).to.contain('101');
    p.next();
    p.answer('q1', ['a']);
    expect(storage.records()[0].answers.q1).to.include({ correct: false, attempts: 1 });
    expect(() => tracker.terminate()).not.to.throw();
  });

  it('an LMS that starts failing mid-session: falls back, then catches up when it answers again', async () => {
    const { api, overrides } = lms();
    const storage = new MemoryStorage();
    const tracker = new Scorm12Tracker({ storage });
    const seen = statuses(tracker);
    const p = await play(scormDoc(), tracker);
    p.next();
    p.answer('q1', ['b']);
    expect(tracker.status.state).to.equal('ok');

    overrides.LMSSetValue = () => 'false';
    overrides.LMSGetLastError = () => '301';
    p.next();
    p.answer('q2', false);
    expect(tracker.status).to.include({ kind: 'local', state: 'fallback' });
    expect(tracker.status.detail).to.contain('301');
    expect(storage.records()[0].answers.q2).to.include({ correct: true });

    delete overrides.LMSSetValue;
    delete overrides.LMSGetLastError;
    p.next();
    p.answer('q3', ['a', 'b']);
    expect(tracker.status).to.deep.equal({ kind: 'scorm12', state: 'ok' });
    expect(seen.map((s) => s.state).filter((s, i, all) => s !== all[i - 1])).to.deep.equal(['ok', 'fallback', 'ok']);
    // The interaction that failed was written once the LMS came back; the device copy is gone.
    const cmi = stored(api).cmi;
    const ids = Object.values(cmi.interactions).filter((i: any) => i && typeof i === 'object' && 'id' in i).map((i: any) => i.id);
    expect(ids).to.deep.equal(['q1', 'q2', 'q3']);
    expect(decodeSuspend(cmi.suspend_data, 'scorm-test')!.progress.answers.q2.correct).to.equal(true);
    expect(storage.length).to.equal(0);
  });

  it('a commit that throws: nothing escapes, the answer is kept on the device', async () => {
    const { overrides } = lms();
    const storage = new MemoryStorage();
    const tracker = new Scorm12Tracker({ storage });
    const p = await play(scormDoc(), tracker);
    overrides.LMSCommit = () => {
      throw new Error('network down');
    };
    p.next();
    expect(() => p.answer('q1', ['c'])).not.to.throw();
    expect(tracker.status).to.include({ kind: 'local', state: 'fallback' });
    expect(tracker.status.detail).to.contain('network down');
    expect(storage.records()[0].answers.q1.response).to.deep.equal(['c']);
  });

  it('corrupt suspend_data: starts afresh, says the saved progress was unreadable, then overwrites it', async () => {
    const { api } = lms({ cmi: { suspend_data: '{"half a json', core: { entry: 'resume', lesson_status: 'incomplete' } } });
    const tracker = new Scorm12Tracker({ storage: new MemoryStorage() });
    const p = await play(scormDoc(), tracker);
    expect(p.saved).to.equal(null);
    expect(tracker.status).to.deep.equal({ kind: 'scorm12', state: 'ok', detail: 'saved-progress-unreadable' });
    p.next();
    p.answer('q1', ['b']);
    expect(decodeSuspend(stored(api).cmi.suspend_data, 'scorm-test')!.progress.answers.q1.correct).to.equal(true);
    expect(tracker.status).to.deep.equal({ kind: 'scorm12', state: 'ok' });
  });

  it('suspend_data over budget: stays under 4,096 bytes, keeps every score, the details on this device', async () => {
    const doc = bigDoc(60);
    const full = answeredAll(doc);
    expect(JSON.stringify(full).length, 'the fixture really overflows').to.be.greaterThan(8000);
    const { api, sets } = lms();
    const storage = new MemoryStorage();
    const tracker = new Scorm12Tracker({ storage });
    await tracker.start(doc.meta);
    tracker.save(full);
    const data: string = stored(api).cmi.suspend_data;
    expect(new TextEncoder().encode(data).length).to.be.at.most(4096);
    const lmsCopy = decodeSuspend(data, 'big')!;
    expect(lmsCopy.level).to.be.greaterThan(0);
    expect(Object.keys(lmsCopy.progress.answers)).to.have.length(60);
    for (const [id, a] of Object.entries(full.answers)) expect(lmsCopy.progress.answers[id].score).to.be.closeTo(a.score, 1e-4);
    expect(tracker.status.kind).to.equal('scorm12');
    expect(tracker.status.detail).to.contain('this device');
    expect(moodleViolations(sets())).to.deep.equal([]);
    tracker.terminate();

    // Next launch, same learner, same device: everything back, responses included.
    lms({ cmi: { suspend_data: data, core: { entry: 'resume' } } });
    const again = await new Scorm12Tracker({ storage }).start(doc.meta);
    expect(again!.answers).to.deep.equal(full.answers);
  });

  it('unsent drafts go to the LMS when they fit, and to this device only when they do not', async () => {
    const doc = scormDoc();
    const { api } = lms();
    const storage = new MemoryStorage();
    const tracker = new Scorm12Tracker({ storage });
    await tracker.start(doc.meta);
    const a = { response: ['b'], attempts: 1, score: 1, correct: true, done: true, revealed: false, latencyMs: 900 };
    const base = { v: 1 as const, module: 'scorm-test', step: 'one.q1', answers: { q1: a }, finished: false };

    tracker.save({ ...base, drafts: { q3: ['a'] } });
    expect(decodeSuspend(stored(api).cmi.suspend_data, 'scorm-test')!.progress.drafts).to.deep.equal({ q3: ['a'] });
    expect(storage.records(), 'nothing on this device').to.have.length(0);

    const typed = { text: 'so much to say '.repeat(300) };
    tracker.save({ ...base, drafts: { q3: typed } });
    const data: string = stored(api).cmi.suspend_data;
    expect(new TextEncoder().encode(data).length).to.be.at.most(4096);
    const lmsCopy = decodeSuspend(data, 'scorm-test')!;
    expect(lmsCopy.level, 'every answer whole in the LMS').to.equal(0);
    expect(lmsCopy.progress.answers.q1).to.deep.equal(a);
    expect(lmsCopy.progress.drafts).to.equal(undefined);
    expect(tracker.status).to.deep.equal({ kind: 'scorm12', state: 'ok' });
    expect(storage.records()[0].drafts).to.deep.equal({ q3: typed });
    tracker.terminate();

    // Next launch on this device: the typed text is back.
    delete (window as Win).API;
    lms({ cmi: { suspend_data: data, core: { entry: 'resume' } } });
    const next = new Scorm12Tracker({ storage });
    const again = await next.start(doc.meta);
    expect(again!.answers).to.deep.equal(base.answers);
    expect(again!.drafts).to.deep.equal({ q3: typed });
    // Once it is sent, the LMS holds everything again and the device copy goes.
    next.save({ ...base, answers: { ...base.answers, q3: { ...a, response: ['a', 'b'] } } });
    expect(storage.records()).to.have.length(0);
  });

  it('a device draft whose question was answered since (elsewhere) is not brought back', async () => {
    const doc = scormDoc();
    const storage = new MemoryStorage();
    const a = { response: ['b'], attempts: 1, score: 1, correct: true, done: true, revealed: false, latencyMs: 900 };
    const base = { v: 1 as const, module: 'scorm-test', step: 'one.q1', answers: { q1: a }, finished: false };
    lms();
    const first = new Scorm12Tracker({ storage });
    await first.start(doc.meta);
    first.save({ ...base, drafts: { q3: { text: 'long '.repeat(1000) } } });
    first.terminate();
    delete (window as Win).API;
    // The LMS has q3 answered now (another computer): the draft here is out of date.
    const later = { ...base, answers: { ...base.answers, q3: { ...a, response: ['a', 'b'] } } };
    lms({ cmi: { suspend_data: encodeSuspend(later, 4000).text, core: { entry: 'resume' } } });
    const again = await new Scorm12Tracker({ storage }).start(doc.meta);
    expect(again!.answers).to.deep.equal(later.answers);
    expect(again!.drafts).to.equal(undefined);
  });

  it('far over budget: the LMS keeps what fits, this device keeps all, and the student is told', async () => {
    const doc = bigDoc(400, 60);
    const full = answeredAll(doc);
    const { api } = lms();
    const storage = new MemoryStorage();
    const tracker = new Scorm12Tracker({ storage });
    await tracker.start(doc.meta);
    tracker.save(full);
    const data: string = stored(api).cmi.suspend_data;
    expect(new TextEncoder().encode(data).length).to.be.at.most(4096);
    expect(decodeSuspend(data, 'big')!.level).to.equal(3);
    expect(tracker.status).to.include({ kind: 'local', state: 'fallback' });
    expect(storage.records()[0].answers).to.deep.equal(full.answers);
    lms({ cmi: { suspend_data: data } });
    expect((await new Scorm12Tracker({ storage }).start(doc.meta))!.answers).to.deep.equal(full.answers);
  });

  it('another learner on the same device never gets the first one’s answers', async () => {
    const doc = bigDoc(60);
    lms();
    const storage = new MemoryStorage();
    const tracker = new Scorm12Tracker({ storage });
    await tracker.start(doc.meta);
    tracker.save(answeredAll(doc));
    delete (window as Win).API;
    lms({ cmi: { core: { student_id: 'stu-2' } } });
    expect(await new Scorm12Tracker({ storage }).start(doc.meta)).to.equal(null);
  });

  it('non-ASCII ids still fit the byte budget', async () => {
    const doc = bigDoc(40, 30);
    doc.lessons[0].steps.forEach((s, i) => (s.question!.id = `frage-${i}-äöü-密码-${'é'.repeat(10)}`));
    const { api } = lms();
    const tracker = new Scorm12Tracker({ storage: new MemoryStorage() });
    await tracker.start(doc.meta);
    tracker.save(answeredAll(doc));
    const data: string = stored(api).cmi.suspend_data;
    expect(data).to.match(/^[\x20-\x7e]*$/);
    expect(data.length).to.be.at.most(4096);
  });
});
