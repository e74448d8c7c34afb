/**
 * What goes in which commit, held to the ordered list of API calls: SCORM 1.2 commits the status before
 * the score (Moodle 4.x completes the activity only then), and every commit carries the session time
 * so far (a reload whose finish arrives late loses nothing).
 */
import { expect } from '@open-wc/testing';
import { Scorm12Tracker } from '../../src/tracking/scorm12.js';
import { type Call, MemoryStorage, MoodleLike12, playThrough, recording, scormDoc } from './scorm-fixtures.js';

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
