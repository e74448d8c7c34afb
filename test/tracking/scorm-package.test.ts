/**
 * End to end: the SCORM packages `netwise pack` writes, unzipped (by test/cli/pack.test.mjs into
 * dist/e2e-packages/), launched in a frame whose parent hosts scorm-again's LMS API — as an LMS's player
 * page does — and played through by clicking, under the package's own strict CSP. The LMS side is then
 * read back: status, score, interactions, suspend data, session time, and LMSFinish when the page goes.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { Scorm12API } from 'scorm-again';
import { decodeSuspend } from '../../src/tracking/scorm-suspend.js';
import { MoodleLike2004, moodleViolations, recording } from './scorm-fixtures.js';
import { openPage } from '../e2e/open-page.js';

type Win = Window & { API?: unknown; API_1484_11?: unknown };

async function launch(format: 'scorm12' | 'scorm2004') {
  const base = `/dist/e2e-packages/${format}/`;
  const probe = await fetch(`${base}imsmanifest.xml`);
  if (!probe.ok) {
    throw new Error('No unzipped package: run `npx tsc -p tsconfig.build.json && npm run build:embed && node --test test/cli/pack.test.mjs` first.');
  }
  const manifest = await probe.text();
  const href = /<resource [^>]*href="([^"]+)"/.exec(manifest)![1];
  const { frame, doc, violations } = await openPage(base + href);
  const player = doc.querySelector('nw-module')!;
  await waitUntil(() => player.shadowRoot?.querySelector('h3'), 'the player never showed a step', { timeout: 8000 });
  const root = player.shadowRoot!;
  const button = (scope: ParentNode, text: string) =>
    [...scope.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent!.trim() === text && !b.hidden);
  return {
    frame,
    root,
    violations,
    status: () => root.querySelector('[part~="status"]')?.textContent?.trim() ?? '',
    async next(text = 'Next') {
      await waitUntil(() => button(root, text), `no ${text} button`);
      button(root, text)!.click();
    },
    async answer(tag: 'nw-choice' | 'nw-truefalse', option: number) {
      await waitUntil(() => root.querySelector(tag)?.shadowRoot?.querySelectorAll('input')[option], `no ${tag}`);
      const q = root.querySelector(tag)!.shadowRoot!;
      q.querySelectorAll('input')[option].click();
      await new Promise((r) => setTimeout(r, 0));
      await waitUntil(() => button(q, 'Check')?.getAttribute('aria-disabled') === 'false', 'Check never enabled');
      button(q, 'Check')!.click();
      await waitUntil(() => q.querySelector('[part~="feedback"]')?.textContent?.trim(), 'no feedback');
    },
  };
}

afterEach(() => {
  delete (window as Win).API;
  delete (window as Win).API_1484_11;
});

describe('a SCORM 1.2 package played in a frame of an LMS page', () => {
  it('reports status, score, interactions, bookmark, suspend data and session time, and finishes on leaving', async () => {
    const api = new Scorm12API({ logLevel: 5, autocommit: false });
    api.loadFromJSON({ cmi: { core: { student_id: 'e2e-1', student_name: 'Doe, Jane' } } } as never);
    const rec = recording(api);
    (window as Win).API = rec.api;
    const p = await launch('scorm12');
    const cmi = () => (api.renderCMIToJSONObject() as any).cmi;
    await waitUntil(() => cmi().core.lesson_status === 'incomplete', 'status never set at the start');
    await waitUntil(() => p.status().includes('learning platform'), 'the student is not told where progress goes');

    await p.next();
    await p.answer('nw-choice', 1);
    expect(rec.count('LMSCommit')).to.be.greaterThan(1);
    await p.next();
    // The question clock: answered about 2 s after the question showed (not since the player loaded).
    await new Promise((r) => setTimeout(r, 2000));
    await p.answer('nw-truefalse', 1);
    await p.next('Finish');
    await waitUntil(() => cmi().core.lesson_status === 'passed', 'never passed');

    const c = cmi();
    expect(c.core.score).to.deep.include({ raw: '100', min: '0', max: '100' });
    const interactions = Object.values(c.interactions).filter((i: any) => i && typeof i === 'object' && 'id' in i) as any[];
    expect(interactions.map((i) => [i.id, i.type, i.student_response, i.result])).to.deep.equal([
      ['strongest', 'choice', 'b', 'correct'],
      ['change-monthly', 'true-false', 'f', 'correct'],
    ]);
    const [h, m, sec] = interactions[1].latency.split(':').map(Number);
    expect(h * 3600 + m * 60 + sec).to.be.within(2, 4);
    expect(decodeSuspend(c.suspend_data, 'pack-test')!.progress.finished).to.equal(true);
    expect(c.core.session_time).to.match(/^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/);
    expect(moodleViolations(rec.sets())).to.deep.equal([]);
    expect(p.violations).to.deep.equal([]);

    // The student closes the activity: the page goes away, the session ends.
    expect(rec.count('LMSFinish')).to.equal(0);
    p.frame.remove();
    await waitUntil(() => rec.count('LMSFinish') === 1, 'LMSFinish never called');
    expect(cmi().core.exit).to.equal('');
  });
});

describe('a SCORM 2004 package played in a frame of an LMS page', () => {
  it('reports completion, success, scaled score and interactions in 2004 formats', async () => {
    // scorm-again's 2004 runtime with Moodle's identifier rule on top (no `-`, 406 otherwise).
    const moodle = new MoodleLike2004({ cmi: { learner_id: 'e2e-2', learner_name: 'Jane Doe' } });
    const api = moodle.lms;
    const rec = recording(moodle);
    (window as Win).API_1484_11 = rec.api;
    const p = await launch('scorm2004');
    const cmi = () => (api.renderCMIToJSONObject() as any).cmi;
    await waitUntil(() => cmi().completion_status === 'incomplete', 'completion never set at the start');

    await p.next();
    await p.answer('nw-choice', 0);
    await p.next();
    await p.answer('nw-truefalse', 1);
    await p.next('Finish');
    await waitUntil(() => cmi().completion_status === 'completed', 'never completed');

    const c = cmi();
    // One of two right: 50% against a pass mark of 80.
    expect(c.success_status).to.equal('failed');
    expect(c.score).to.deep.include({ scaled: '0.5', raw: '50' });
    const interactions = Object.values(c.interactions).filter((i: any) => i && typeof i === 'object' && 'id' in i) as any[];
    expect(interactions.map((i) => [i.id, i.type, i.learner_response, i.result])).to.deep.equal([
      ['strongest', 'choice', 'a', 'incorrect'],
      ['change-monthly', 'true-false', 'false', 'correct'],
    ]);
    expect(c.session_time).to.match(/^PT/);
    expect(rec.calls.filter((x) => /^(SetValue|Commit|Initialize)$/.test(x.method) && x.result !== 'true')).to.deep.equal([]);
    expect(p.violations).to.deep.equal([]);
    p.frame.remove();
    await waitUntil(() => rec.count('Terminate') === 1, 'Terminate never called');
  });
});
