/**
 * An LMS that refuses one value is still answering; one that does not answer is not. SCORM 2004
 * identifiers are written in the form Moodle takes (no `-`), checked against a runtime that refuses
 * `-` with 406 as Moodle 4.x does; a refused value is logged and left out while the LMS stays the
 * tracker, and only an LMS that stops answering moves saving to this device.
 */
import { expect } from '@open-wc/testing';
import type { ModuleDoc } from '../../src/content/types.js';
import { Scorm12Tracker } from '../../src/tracking/scorm12.js';
import { Scorm2004Tracker } from '../../src/tracking/scorm2004.js';
import { MemoryStorage, MoodleLike12, MoodleLike2004, play, playThrough, recording, scormDoc } from './scorm-fixtures.js';

/** scormDoc plus a hotspot and a story whose ids hold `-`, as real modules' do. */
function hyphenDoc(): ModuleDoc {
  const doc = scormDoc({ id: 'game-shop' });
  doc.lessons.push({
    id: 'shop', title: 'Shop',
    steps: [
      {
        id: 'shop.find', title: 'Find the tricks', html: '',
        question: {
          kind: 'hotspot', id: 'shop-tricks', promptHtml: '<p>Find the tricks.</p>', attempts: 1, weight: 1, image: { src: 'shop.png', alt: 'A shop' },
          regions: [
            { id: 'chest-price', label: 'Chest price', target: true, area: { shape: 'rect', x: 1, y: 1, width: 10, height: 10 } },
            { id: 'pay-to-win', label: 'Pay to win', target: true, area: { shape: 'rect', x: 20, y: 1, width: 10, height: 10 } },
            { id: 'help-button', label: 'Help', target: false, area: { shape: 'rect', x: 40, y: 1, width: 10, height: 10 } },
          ],
        },
      },
      {
        id: 'shop.story', title: 'A stranger', html: '',
        question: {
          kind: 'scenario', id: 'free-skins', promptHtml: '<p>A stranger writes.</p>', attempts: 1, weight: 1, scored: true,
          nodes: [
            { id: 'first-ask', html: '<p>Free skins?</p>', ending: false, choices: [
              { id: 'first-ask.a', html: 'Send login', next: 'got-hacked' },
              { id: 'first-ask.b', html: 'Block', next: 'stay-safe' },
            ] },
            { id: 'got-hacked', html: '<p>Gone.</p>', ending: true, choices: [], score: 0 },
            { id: 'stay-safe', html: '<p>Well done.</p>', ending: true, choices: [], score: 1 },
          ],
        },
      },
    ],
  });
  return doc;
}

/** Captures `console.warn` while `fn` runs. */
async function warnings(fn: () => Promise<void> | void): Promise<string[]> {
  const seen: string[] = [];
  const real = console.warn;
  console.warn = (...args: unknown[]) => void seen.push(args.join(' '));
  try {
    await fn();
  } finally {
    console.warn = real;
  }
  return seen;
}

describe('SCORM 2004 identifiers an LMS as strict as Moodle takes', () => {
  it('the test runtime refuses `-` in an identifier with 406, as Moodle 4.3 did', () => {
    const lms = new MoodleLike2004();
    lms.Initialize('');
    lms.SetValue('cmi.interactions.0.id', 'shop-tricks');
    lms.SetValue('cmi.interactions.0.type', 'choice');
    expect(lms.SetValue('cmi.interactions.0.learner_response', 'chest-price[,]pay-to-win')).to.equal('false');
    expect(lms.GetLastError()).to.equal('406');
    expect(lms.SetValue('cmi.interactions.0.learner_response', 'chest.price[,]pay.to.win')).to.equal('true');
  });

  it('a module whose ids hold `-` is reported with every value accepted, the LMS staying the tracker', async () => {
    const lms = new MoodleLike2004();
    const rec = recording(lms);
    const tracker = new Scorm2004Tracker({ api: rec.api, storage: new MemoryStorage() });
    const p = await play(hyphenDoc(), tracker);
    p.next();
    p.answer('q1', ['b']);
    p.next();
    p.answer('q2', false);
    p.next();
    p.answer('q3', ['a', 'b']);
    p.next();
    p.answer('shop-tricks', ['chest-price', 'pay-to-win']);
    p.next();
    p.answer('free-skins', ['first-ask.b']);
    p.next();
    await Promise.resolve();
    const get = (e: string) => lms.lms.GetValue(e);
    expect([get('cmi.interactions.3.id'), get('cmi.interactions.3.learner_response'), get('cmi.interactions.3.correct_responses.0.pattern')])
      .to.deep.equal(['shop-tricks', 'chest.price[,]pay.to.win', 'chest.price[,]pay.to.win']);
    expect([get('cmi.interactions.4.learner_response'), get('cmi.interactions.4.correct_responses.0.pattern')])
      .to.deep.equal(['first.ask[.]first.ask.b', 'first.ask[.]first.ask.b']);
    tracker.terminate();
    expect(rec.calls.filter((c) => /^(SetValue|Commit|Terminate)$/.test(c.method) && c.result !== 'true').map((c) => c.args)).to.deep.equal([]);
    expect(tracker.status).to.deep.equal({ kind: 'scorm2004', state: 'ok' });
  });
});

describe('a refused value is not a silent LMS', () => {
  /** A Moodle-like 1.2 LMS that refuses, with `code`, any value `refuse` picks. */
  function refusing(refuse: (element: string, value: string) => boolean, code = '405') {
    const lms = new MoodleLike12();
    const rec = recording(lms);
    let refused = false;
    rec.overrides.LMSSetValue = (element, value) => {
      refused = refuse(element as string, value as string);
      return refused ? 'false' : lms.LMSSetValue(element as string, value as string);
    };
    rec.overrides.LMSGetLastError = () => (refused ? code : lms.LMSGetLastError());
    return { lms, api: rec.api };
  }

  /** playThrough's module: q1 wrong then right, q2 wrong, q3 right (interactions 0–3), 75%, passed. */
  const playAll = (tracker: Scorm12Tracker) => playThrough(scormDoc(), tracker);

  it('one refused answer (405): logged once, left out, everything else recorded, nothing kept on the device', async () => {
    const { lms, api } = refusing((e) => e === 'cmi.interactions.1.student_response');
    const storage = new MemoryStorage();
    const tracker = new Scorm12Tracker({ api, storage });
    const seen = await warnings(() => playAll(tracker).then(() => tracker.terminate()));
    expect(tracker.status).to.deep.equal({ kind: 'scorm12', state: 'ok' });
    expect(seen).to.have.length(1);
    expect(seen[0]).to.contain('student_response').and.to.contain('405');
    const d = lms.stored;
    expect([d['cmi.interactions.0.student_response'], d['cmi.interactions.1.student_response']]).to.deep.equal(['a', undefined]);
    expect([d['cmi.interactions.1.result'], d['cmi.interactions.3.id']]).to.deep.equal(['correct', 'q3']);
    expect([d['cmi.core.lesson_status'], d['cmi.core.score.raw']]).to.deep.equal(['passed', '75']);
    expect(storage.length).to.equal(0);
  });

  it('a refused interaction id: that answer is dropped (not retried forever), the next ones take its place', async () => {
    const { lms, api } = refusing((e, v) => e.endsWith('.id') && v === 'q2');
    const tracker = new Scorm12Tracker({ api, storage: new MemoryStorage() });
    await warnings(() => playAll(tracker).then(() => tracker.terminate()));
    expect(tracker.status.state).to.equal('ok');
    expect([0, 1, 2, 3].map((n) => lms.stored[`cmi.interactions.${n}.id`])).to.deep.equal(['q1', 'q1', 'q3', undefined]);
  });

  it('refused suspend_data: the LMS stays the tracker, the progress waits on this device too', async () => {
    const { api } = refusing((e) => e === 'cmi.suspend_data');
    const storage = new MemoryStorage();
    const tracker = new Scorm12Tracker({ api, storage });
    await warnings(() => playAll(tracker).then(() => undefined));
    expect(tracker.status.kind).to.equal('scorm12');
    expect(tracker.status.state).to.equal('ok');
    expect(storage.records()[0].answers.q3.correct).to.equal(true);
  });

  it('an LMS that does not answer (101 on every set) is another matter: saving moves to this device', async () => {
    const { api } = refusing((e) => e.startsWith('cmi.interactions') || e === 'cmi.suspend_data', '101');
    const storage = new MemoryStorage();
    const tracker = new Scorm12Tracker({ api, storage });
    const seen = await warnings(() => playAll(tracker).then(() => undefined));
    expect(tracker.status).to.include({ kind: 'local', state: 'fallback' });
    expect(tracker.status.detail).to.contain('101');
    expect(seen).to.deep.equal([]);
    expect(storage.records()[0].answers.q3.correct).to.equal(true);
  });
});
