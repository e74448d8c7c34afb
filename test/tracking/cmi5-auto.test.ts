/**
 * `tracking="auto"`: cmi5 (launch parameters in the URL) before SCORM 2004, SCORM 1.2, xAPI (only with
 * an endpoint) and this device; the player's status line says which one saves the work and when an LMS
 * stops answering; and without configuration no request leaves the page.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/elements/nw-module.js';
import type { NwModule } from '../../src/elements/nw-module.js';
import { en } from '../../src/i18n/locales/en.js';
import { Cmi5Tracker } from '../../src/tracking/cmi5.js';
import { createTracker } from '../../src/tracking/create.js';
import { MemoryStorage, scormDoc } from './scorm-fixtures.js';
import { fakeLms, until, verbs } from './xapi-fake-lms.js';
import { requestsDuring } from '../support/requests.js';

type Win = Window & { API?: unknown; API_1484_11?: unknown };
const original = location.href;
const actor = { objectType: 'Agent', account: { homePage: 'https://lms.example', name: 'learner-9' } };
const activityId = 'https://lms.example/activities/au-auto';

/** A fake LMS with a launch, and this page's URL carrying its five parameters. */
async function launchHere(extra: Record<string, unknown> = {}) {
  const registration = crypto.randomUUID();
  const lms = await fakeLms({
    token: 'tok-auto', actor, activityId, registration,
    launchData: { contextTemplate: { extensions: { 'https://w3id.org/xapi/cmi5/context/extensions/sessionid': 's-1' } }, launchMode: 'Normal', moveOn: 'Completed', ...extra },
  });
  const q = new URLSearchParams({ endpoint: lms.endpoint, fetch: lms.fetchUrl, actor: JSON.stringify(actor), registration, activityId });
  history.replaceState(null, '', `${location.pathname}?${q}`);
  return lms;
}

function forgetCmi5() {
  for (const store of [sessionStorage, localStorage]) {
    for (const k of Object.keys(store)) if (k.startsWith('netwise:cmi5')) store.removeItem(k);
  }
}

afterEach(() => {
  history.replaceState(null, '', original);
  delete (window as Win).API;
  delete (window as Win).API_1484_11;
  forgetCmi5();
});

const scormStub = () => ({ Initialize: () => 'true', LMSInitialize: () => 'true' });

describe('createTracker("auto")', () => {
  it('picks cmi5 when the five launch parameters are there, even with SCORM APIs around', async () => {
    await launchHere();
    (window as Win).API_1484_11 = scormStub();
    (window as Win).API = scormStub();
    expect((await createTracker('auto')).kind).to.equal('cmi5');
  });

  it('then SCORM 2004, then SCORM 1.2, then xAPI if an endpoint is set, else this device', async () => {
    history.replaceState(null, '', `${location.pathname}?endpoint=https://lrs.example/&fetch=x`); // not a full cmi5 launch
    (window as Win).API_1484_11 = scormStub();
    (window as Win).API = scormStub();
    expect((await createTracker('auto')).kind).to.equal('scorm2004');
    delete (window as Win).API_1484_11;
    expect((await createTracker('auto')).kind).to.equal('scorm12');
    delete (window as Win).API;
    expect((await createTracker('auto', { xapi: { endpoint: 'https://lrs.example/xapi/' } })).kind).to.equal('xapi');
    expect((await createTracker('auto')).kind).to.equal('local');
    expect((await createTracker('auto', { xapi: { endpoint: '' } })).kind).to.equal('local');
  });
});

describe('<nw-module tracking="auto"> and its status line', () => {
  const statusText = (el: NwModule) => el.shadowRoot!.querySelector('[part="status"]')!.textContent!.trim();

  it('says the work is saved to the learning platform, and when the LMS stops answering that this device took over', async () => {
    const lms = await launchHere();
    const doc = scormDoc({ id: `auto-${Date.now()}` });
    const el = await fixture<NwModule>(html`<nw-module tracking="auto" .doc=${doc}></nw-module>`);
    await waitUntil(() => el.actor, 'player did not start', { timeout: 5000 });
    await waitUntil(() => statusText(el) === en.savedTo('your learning platform'), `status: ${statusText(el)}`);
    await lms.down(true);
    el.actor!.send({ type: 'module.next' });
    const q1 = el.actor!.getSnapshot().children.q1 as unknown as { send(e: unknown): void };
    q1.send({ type: 'question.respond', response: ['b'] });
    q1.send({ type: 'question.submit' });
    await waitUntil(() => statusText(el) === en.fallbackToLocal, `status: ${statusText(el)}`, { timeout: 5000 });
    await lms.down(false);
    window.dispatchEvent(new Event('online')); // the browser is back online: retry at once
    await waitUntil(() => statusText(el) === en.savedTo('your learning platform'), `status: ${statusText(el)}`, { timeout: 5000 });
    const log = await until(async () => {
      const l = await lms.log();
      return verbs(l).includes('answered') && l;
    });
    expect(log.rejected).to.deep.equal([]);
    expect(verbs(log)[0]).to.equal('initialized');
  });

  it('sends no request anywhere without configuration (auto with no LMS, xapi with no endpoint)', async () => {
    const since = performance.now();
    const seen = await requestsDuring(async () => {
      for (const tracking of ['auto', 'xapi', 'cmi5']) {
        const el = await fixture<NwModule>(html`<nw-module tracking=${tracking} .doc=${scormDoc({ id: `quiet-${tracking}` })}></nw-module>`);
        await waitUntil(() => el.actor, 'player did not start', { timeout: 5000 });
        el.actor!.send({ type: 'module.next' });
        const q1 = el.actor!.getSnapshot().children.q1 as unknown as { send(e: unknown): void };
        q1.send({ type: 'question.respond', response: ['b'] });
        q1.send({ type: 'question.submit' });
        await el.updateComplete;
        expect(statusText(el), tracking).to.equal(tracking === 'auto' ? en.savedLocally : en.fallbackToLocal);
        window.dispatchEvent(new PageTransitionEvent('pagehide'));
      }
      await new Promise((r) => setTimeout(r, 100));
    });
    expect(seen).to.deep.equal([]);
    // Whatever else loaded meanwhile (the player's own lazy chunks) came from this origin.
    const resources = performance.getEntriesByType('resource').filter((e) => e.startTime >= since);
    expect(resources.filter((e) => new URL(e.name).origin !== location.origin).map((e) => e.name)).to.deep.equal([]);
    expect(resources.filter((e) => /__lms|xapi|statements/.test(new URL(e.name).pathname) && !/\.(ts|js)$/.test(new URL(e.name).pathname)).map((e) => e.name)).to.deep.equal([]);
  });
});

describe('<nw-module> with a cmi5 LMS that gave a returnURL', () => {
  it('offers "Back to the course": it ends the session with terminated, then goes to the returnURL', async () => {
    const lms = await launchHere({ returnURL: 'https://lms.example/course/7' });
    const search = location.search;
    history.replaceState(null, '', original);
    const navigated: string[] = [];
    const tracker = new Cmi5Tracker({ search, storage: new MemoryStorage(), session: new MemoryStorage(), navigate: (u) => navigated.push(u) });
    const el = await fixture<NwModule>(html`<nw-module .tracker=${tracker} .doc=${scormDoc({ id: `return-${Date.now()}` })}></nw-module>`);
    await waitUntil(() => el.shadowRoot!.querySelector('[part="return"]'), 'no return button');
    const button = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="return"]')!;
    expect(button.textContent!.trim()).to.equal(en.returnToCourse);
    await expect(el).to.be.accessible();
    el.actor!.send({ type: 'module.next' });
    const q1 = el.actor!.getSnapshot().children.q1 as unknown as { send(e: unknown): void };
    q1.send({ type: 'question.respond', response: ['b'] });
    q1.send({ type: 'question.submit' });
    button.focus();
    button.click();
    await waitUntil(() => navigated.length === 1, 'never navigated', { timeout: 5000 });
    expect(navigated).to.deep.equal(['https://lms.example/course/7']);
    // Everything, terminated last, reached the LMS before the page left.
    const v = verbs(await lms.log());
    expect(v[0]).to.equal('initialized');
    expect(v).to.include('answered');
    expect(v.at(-1)).to.equal('terminated');
    expect(v.filter((x) => x === 'terminated')).to.have.length(1);
    // The page going away afterwards sends nothing more.
    window.dispatchEvent(new PageTransitionEvent('pagehide'));
    await new Promise((r) => setTimeout(r, 100));
    expect(verbs(await lms.log())).to.deep.equal(v);
  });

  it('shows no such button without a returnURL', async () => {
    await launchHere();
    const el = await fixture<NwModule>(html`<nw-module tracking="cmi5" .doc=${scormDoc({ id: `noreturn-${Date.now()}` })}></nw-module>`);
    await waitUntil(() => el.actor, 'player did not start', { timeout: 5000 });
    expect(el.shadowRoot!.querySelector('[part="return"]')).to.equal(null);
  });
});
