/**
 * End to end: the cmi5 package `netwise pack --format cmi5` writes (unzipped by test/cli/pack.test.mjs
 * into dist/e2e-packages/cmi5/), launched the way a cmi5 LMS does it — `cmi5.xml`'s `<url>` plus the five
 * launch parameters — in a frame, against the fake LMS, and played through by clicking under the
 * package's own CSP. The LMS's statements are then checked.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { fakeLms, until, verbName, verbs } from './xapi-fake-lms.js';
import { openPage } from '../e2e/open-page.js';

const CMI5 = 'https://w3id.org/xapi/cmi5/context/categories/cmi5';
const base = '/dist/e2e-packages/cmi5/';

afterEach(() => {
  for (const store of [sessionStorage, localStorage]) for (const k of Object.keys(store)) if (k.startsWith('netwise:cmi5')) store.removeItem(k);
});

describe('a cmi5 package launched by an LMS', () => {
  it('reads its course structure, launches, reports each answer and the result, and terminates when closed', async () => {
    const probe = await fetch(`${base}cmi5.xml`);
    if (!probe.ok) throw new Error('No unzipped package: run `npm run build:lib && npx rollup -c && node --test test/cli/pack.test.mjs` first.');
    const xml = await probe.text();
    const url = /<url>([^<]+)<\/url>/.exec(xml)![1];
    const masteryScore = Number(/masteryScore="([^"]+)"/.exec(xml)![1]);
    const moveOn = /moveOn="([^"]+)"/.exec(xml)![1];

    const actor = { objectType: 'Agent', account: { homePage: 'https://lms.example', name: 'e2e-5' } };
    const activityId = 'https://lms.example/activities/e2e-au';
    const registration = crypto.randomUUID();
    const lms = await fakeLms({
      token: 'e2e-token', actor, activityId, registration,
      launchData: { contextTemplate: { extensions: { 'https://w3id.org/xapi/cmi5/context/extensions/sessionid': 'e2e-s' } }, launchMode: 'Normal', moveOn, masteryScore },
    });
    const q = new URLSearchParams({ endpoint: lms.endpoint, fetch: lms.fetchUrl, actor: JSON.stringify(actor), registration, activityId });
    const { frame, doc, violations } = await openPage(`${base}${url}?${q}`);
    const player = doc.querySelector('nw-module')!;
    await waitUntil(() => player.shadowRoot?.querySelector('h3'), 'the player never showed a step', { timeout: 8000 });
    const root = player.shadowRoot!;
    const status = () => root.querySelector('[part~="status"]')?.textContent?.trim() ?? '';
    const button = (scope: ParentNode, text: string) =>
      [...scope.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent!.trim() === text && !b.hidden);
    const next = async (text = 'Next') => {
      await waitUntil(() => button(root, text), `no ${text} button`);
      button(root, text)!.click();
    };
    const answer = async (tag: string, option: number) => {
      await waitUntil(() => root.querySelector(tag)?.shadowRoot?.querySelectorAll('input')[option], `no ${tag}`);
      const qs = root.querySelector(tag)!.shadowRoot!;
      qs.querySelectorAll('input')[option].click();
      await new Promise((r) => setTimeout(r, 0));
      await waitUntil(() => button(qs, 'Check')?.getAttribute('aria-disabled') === 'false', 'Check never enabled');
      button(qs, 'Check')!.click();
      await waitUntil(() => qs.querySelector('[part~="feedback"]')?.textContent?.trim(), 'no feedback');
    };

    await waitUntil(() => status().includes('learning platform'), `the student is not told where progress goes: ${status()}`);
    await next();
    await answer('nw-choice', 1);
    await next();
    await answer('nw-truefalse', 1);
    await next('Finish');
    await until(async () => verbs(await lms.log()).includes('passed'), 5000, 'passed');
    frame.remove(); // the student closes the activity
    const log = await until(async () => {
      const l = await lms.log();
      return verbs(l).includes('terminated') && l;
    }, 5000, 'terminated');

    expect(violations).to.deep.equal([]);
    expect(log.fetches).to.equal(1);
    expect(log.rejected).to.deep.equal([]);
    const v = verbs(log);
    expect(v[0]).to.equal('initialized');
    expect(v.at(-1)).to.equal('terminated');
    expect(v.filter((x) => ['initialized', 'completed', 'passed', 'failed', 'terminated'].includes(x))).to.deep.equal(['initialized', 'completed', 'passed', 'terminated']);
    const answers = log.statements.filter((s) => verbName(s) === 'answered');
    expect(answers.map((s) => [s.object.id.split('/').pop(), s.result!.response, s.result!.success])).to.deep.equal([
      ['strongest', 'b', true],
      ['change-monthly', 'false', true],
    ]);
    const passed = log.statements.find((s) => verbName(s) === 'passed')!;
    expect(passed.result!.score.scaled).to.equal(1);
    expect(passed.context!.extensions['https://w3id.org/xapi/cmi5/context/extensions/masteryscore']).to.equal(masteryScore);
    expect(log.statements.every((s) => s.context!.registration === registration)).to.equal(true);
    expect(log.statements.filter((s) => s.context!.contextActivities?.category?.some((c: any) => c.id === CMI5)).map(verbName)).to.deep.equal([
      'initialized', 'completed', 'passed', 'terminated',
    ]);
  });
});
