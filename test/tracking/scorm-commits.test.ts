/**
 * What goes in which commit, held to the ordered list of API calls: SCORM 1.2 commits the status before
 * the score (Moodle 4.x completes the activity only then), and every commit carries the session time
 * so far (a reload whose finish arrives late loses nothing).
 */
import { expect } from '@open-wc/testing';
import { Scorm12Tracker } from '../../src/tracking/scorm12.js';
import { Scorm2004Tracker } from '../../src/tracking/scorm2004.js';
import { type Call, MemoryStorage, MoodleLike12, MoodleLike2004, playThrough, recording, scormDoc } from './scorm-fixtures.js';

/** The calls as short lines: `set element=value`, `commit`, `finish`. */
const lines = (calls: Call[], keep: RegExp) =>
  calls.flatMap((c) => {
    if (c.method === 'LMSCommit') return ['commit'];
    if (c.method === 'LMSFinish') return ['finish'];
    if (c.method === 'LMSSetValue' && keep.test(c.args[0] as string)) return [`${c.args[0]}=${c.args[1]}`];
    return [];
  });

describe('SCORM 1.2 completion, in the order Moodle 4.x needs', () => {
  it('commits the status first and the score in a second LMSCommit, and Moodle then completes the activity', async () => {
    const lms = new MoodleLike12({ 'cmi.student_data.mastery_score': '70' });
    const rec = recording(lms);
    const tracker = new Scorm12Tracker({ api: rec.api, storage: new MemoryStorage() });
    await playThrough(scormDoc(), tracker);
    const order = lines(rec.calls, /^cmi\.core\.(lesson_status|score\.)/);
    expect(order.slice(-6)).to.deep.equal([
      'cmi.core.lesson_status=passed', 'commit', 'cmi.core.score.min=0', 'cmi.core.score.max=100', 'cmi.core.score.raw=75', 'commit',
    ]);
    expect(lms.activityComplete).to.equal(true);
    // Not written again later: leaving sends no second status or score.
    tracker.terminate();
    expect(lines(rec.calls, /^cmi\.core\.(lesson_status|score\.)/).slice(-2)).to.deep.equal(['commit', 'finish']);
    expect([lms.stored['cmi.core.lesson_status'], lms.stored['cmi.core.score.raw']]).to.deep.equal(['passed', '75']);
  });

  it('the Moodle-like LMS does not complete the activity when status and score share a commit (so the test above means something)', () => {
    const lms = new MoodleLike12();
    lms.LMSInitialize('');
    lms.LMSSetValue('cmi.core.lesson_status', 'incomplete');
    lms.LMSCommit('');
    lms.LMSSetValue('cmi.core.lesson_status', 'passed');
    lms.LMSSetValue('cmi.core.score.raw', '90');
    lms.LMSCommit('');
    expect(lms.activityComplete).to.equal(false);
  });

  it('a practice module: the status alone, no score, and the activity completes', async () => {
    const lms = new MoodleLike12();
    const rec = recording(lms);
    const tracker = new Scorm12Tracker({ api: rec.api, storage: new MemoryStorage() });
    await playThrough(scormDoc({ mode: 'practice' }), tracker);
    tracker.terminate();
    expect(rec.calls.some((c) => c.method === 'LMSSetValue' && String(c.args[0]).startsWith('cmi.core.score'))).to.equal(false);
    expect(lms.stored['cmi.core.lesson_status']).to.equal('completed');
    expect(lms.activityComplete).to.equal(true);
  });
});

describe('a practice (ungraded) module', () => {
  it('SCORM 2004: completion only; no score, no success status, so nothing to grade', async () => {
    const lms = new MoodleLike2004();
    const rec = recording(lms);
    const tracker = new Scorm2004Tracker({ api: rec.api, storage: new MemoryStorage() });
    await playThrough(scormDoc({ mode: 'practice' }), tracker);
    const set = rec.calls.filter((c) => c.method === 'SetValue').map((c) => String(c.args[0]));
    expect(set.filter((e) => /^cmi\.(score\.|success_status)/.test(e))).to.deep.equal([]);
    expect(lms.lms.GetValue('cmi.completion_status')).to.equal('completed');
    expect(lms.lms.GetValue('cmi.success_status')).to.equal('unknown');
    tracker.terminate();
  });
});

describe('session time on every commit', () => {
  /** For each commit or finish: the session_time set since the one before (undefined when none was). */
  function timesPerCommit(calls: Call[], element: string, commit: string, finish: string) {
    const out: Array<[string, string | undefined]> = [];
    let since: string | undefined;
    for (const c of calls) {
      if (/SetValue$/.test(c.method) && c.args[0] === element) since = c.args[1] as string;
      if (c.method === commit || c.method === finish) {
        out.push([c.method === commit ? 'commit' : 'finish', since]);
        since = undefined;
      }
    }
    return out;
  }

  it('SCORM 1.2: from the first commit to LMSFinish, each carries the time so far', async () => {
    let clock = 0;
    const lms = new MoodleLike12();
    const rec = recording(lms);
    const tracker = new Scorm12Tracker({ api: rec.api, storage: new MemoryStorage(), now: () => (clock += 1_000) });
    await playThrough(scormDoc(), tracker);
    tracker.terminate();
    const times = timesPerCommit(rec.calls, 'cmi.core.session_time', 'LMSCommit', 'LMSFinish');
    expect(times.length).to.be.greaterThan(5);
    expect(times.filter(([, t]) => t === undefined)).to.deep.equal([]);
    expect(times.at(-1)![0]).to.equal('finish');
    const seconds = times.map(([, t]) => t!.split(':').reduce((sum, x) => sum * 60 + Number(x), 0));
    expect(seconds.every((s, i) => i === 0 || s >= seconds[i - 1])).to.equal(true);
    expect(seconds.at(-1)).to.be.greaterThan(seconds[0]);
    // What the LMS holds after any commit is the session so far: a late finish would add nothing new.
    expect(lms.stored['cmi.core.session_time']).to.equal(times.at(-1)![1]);
  });

  it('SCORM 2004 too', async () => {
    let clock = 0;
    const rec = recording(new MoodleLike2004());
    const tracker = new Scorm2004Tracker({ api: rec.api, storage: new MemoryStorage(), now: () => (clock += 1_000) });
    await playThrough(scormDoc(), tracker);
    tracker.terminate();
    const times = timesPerCommit(rec.calls, 'cmi.session_time', 'Commit', 'Terminate');
    expect(times.length).to.be.greaterThan(5);
    expect(times.filter(([, t]) => t === undefined)).to.deep.equal([]);
    expect(times.every(([, t]) => /^PT\d+S$/.test(t!))).to.equal(true);
  });
});
