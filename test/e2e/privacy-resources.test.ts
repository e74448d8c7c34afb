/**
 * No request to another site unless the page allows it: images, `srcset`, `<picture>`, video posters,
 * table backgrounds and protocol-relative URLs in module content load only from this page's origin,
 * the module's, `data:`, and the origins listed in `allow-origins`. An image in one option's feedback
 * would otherwise tell a third party which option a student picked. Links open in a new tab.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/elements/nw-module.js';
import type { NwModule } from '../../src/elements/nw-module.js';
import type { ModuleDoc } from '../../src/content/types.js';
import { LocalTracker } from '../../src/tracking/local.js';

/** Another origin that answers: the test server under its other name. */
const OTHER = `${location.protocol}//${location.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1'}:${location.port}`;
const PIC = `${OTHER}/test/e2e/fixtures/dot.svg`;
const other = () => performance.getEntriesByType('resource').map((e) => e.name).filter((u) => new URL(u).origin !== location.origin);

const meta = { id: 'resources', lang: 'en', title: 'Resources', summary: '', ages: '', minutes: 1, digcomp: [], objectives: [], vocabulary: [], passMark: 70, mode: 'graded', attempts: 1, teacherLed: false, sources: [], bands: [], related: [] };
const reading = [
  `<p><img src="${PIC}?img" alt="a"></p>`,
  `<p><img src="/test/e2e/fixtures/dot.svg?own" alt="own" srcset="${PIC}?srcset 2x, /test/e2e/fixtures/dot.svg?own2 1x"></p>`,
  `<picture><source srcset="${PIC}?picture"><img src="data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg'/%3E" alt="p"></picture>`,
  `<video poster="${PIC}?poster" src="${OTHER}/x.mp4?video"></video>`,
  `<table background="${PIC}?background"><tr><td background="${PIC}?td">cell</td></tr></table>`,
  `<p><img src="//${OTHER.split('//')[1]}/test/e2e/fixtures/dot.svg?protocol-relative" alt="b"></p>`,
  `<div style="background:url(${PIC}?css)">styled</div>`,
  `<p><a href="https://example.org/">a link</a> <map name="m"><area href="https://example.org/area" shape="rect" coords="0,0,5,5" alt="area"></map></p>`,
].join('\n');
const doc = (): ModuleDoc => ({
  format: 1,
  meta,
  guides: {},
  lessons: [{ id: 'l', title: 'L', steps: [
    { id: 'l.read', title: 'Read', html: reading },
    { id: 'l.q', title: 'Q', html: '', question: { kind: 'choice', id: 'q', promptHtml: '<p>Pick</p>', attempts: 1, weight: 1, multiple: false, shuffle: false, options: [
      { id: 'a', html: 'Yes', correct: true, feedbackHtml: `<p>Fine <img src="${PIC}?feedback-a" alt="tell-tale"></p>` },
      { id: 'b', html: 'No', correct: false },
    ] } },
  ] }],
} as unknown as ModuleDoc);

async function play(allow?: string) {
  performance.clearResourceTimings();
  const el = await fixture<NwModule>(html`<nw-module tracking="none" allow-origins=${allow ?? ''} .doc=${doc()}></nw-module>`);
  await waitUntil(() => el.shadowRoot!.querySelector('.prose img'), 'the reading never showed', { timeout: 5000 });
  const root = el.shadowRoot!;
  const prose = root.querySelector('.prose')!;
  [...root.querySelectorAll<HTMLButtonElement>('nav button')].find((b) => b.textContent!.trim() === 'Next')!.click();
  await waitUntil(() => root.querySelector('nw-choice')?.shadowRoot?.querySelector('input'));
  const choice = root.querySelector('nw-choice')!;
  (choice.shadowRoot!.querySelectorAll('input')[0] as HTMLInputElement).click();
  await (choice as unknown as { updateComplete: Promise<void> }).updateComplete;
  [...choice.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent!.trim() === 'Check')!.click();
  await waitUntil(() => choice.shadowRoot!.querySelector('img[alt="tell-tale"]'), 'the feedback never showed');
  return { el, prose, feedbackImg: choice.shadowRoot!.querySelector<HTMLImageElement>('img[alt="tell-tale"]')! };
}

describe('module resources', () => {
  it('makes no request to another origin by default: not for pictures, srcset, posters, backgrounds or CSS, not for the picked option\'s feedback', async () => {
    const { feedbackImg, prose } = await play();
    await new Promise((r) => setTimeout(r, 300));
    expect(other()).to.deep.equal([]);
    expect(feedbackImg.hasAttribute('src')).to.equal(false);
    expect(prose.querySelector('[style]')).to.equal(null);
    // What is on this origin (or data:) still shows, and srcset keeps its own-origin candidate only.
    const own = prose.querySelector<HTMLImageElement>('img[alt="own"]')!;
    expect(own.getAttribute('src')).to.equal(`${location.origin}/test/e2e/fixtures/dot.svg?own`);
    expect(own.getAttribute('srcset')).to.equal(`${location.origin}/test/e2e/fixtures/dot.svg?own2 1x`);
    expect(prose.querySelector('picture img')!.getAttribute('src')).to.match(/^data:image\/svg/);
  });

  it('loads pictures from an origin the page lists in allow-origins', async () => {
    const { feedbackImg } = await play(`${OTHER} https://cdn.example`);
    expect(feedbackImg.getAttribute('src')).to.equal(`${PIC}?feedback-a`);
    await waitUntil(() => feedbackImg.complete && feedbackImg.naturalWidth > 0, 'the allowed picture never loaded');
    expect(other()).to.include(`${PIC}?feedback-a`);
  });

  it('opens every author link, <area> included, in a new tab with rel="noopener noreferrer"', async () => {
    const { prose } = await play();
    const links = [...prose.querySelectorAll('a[href], area[href]')];
    expect(links.map((a) => a.localName)).to.deep.equal(['a', 'area']);
    for (const a of links) {
      expect(a.getAttribute('target')).to.equal('_blank');
      expect(a.getAttribute('rel')).to.equal('noopener noreferrer');
    }
  });
});

describe('saved work', () => {
  const key = 'netwise:resources:en';

  it('keeps every saved answer that reads and drops only a damaged one', async () => {
    localStorage.setItem(key, JSON.stringify({
      v: 1, module: 'resources', step: 'l.q', finished: false,
      answers: { q: { response: ['a'], attempts: 1, score: 1, correct: true, done: true, revealed: false, latencyMs: 900 }, broken: { attempts: 'x' } },
    }));
    const el = await fixture<NwModule>(html`<nw-module tracking="local" .doc=${doc()}></nw-module>`);
    await waitUntil(() => el.shadowRoot!.querySelector('nw-choice'), 'the saved step was not restored', { timeout: 5000 });
    const choice = el.shadowRoot!.querySelector('nw-choice')!;
    await waitUntil(() => choice.shadowRoot!.querySelector('[part="feedback"]')?.textContent?.trim(), 'the saved answer was not restored');
    expect((choice.shadowRoot!.querySelectorAll('input')[0] as HTMLInputElement).checked).to.equal(true);
    localStorage.removeItem(key);
  });

  for (const [name, storage] of [
    ['blocked', { getItem: () => { throw new DOMException('denied', 'SecurityError'); }, setItem: () => { throw new DOMException('denied', 'SecurityError'); }, removeItem: () => {} }],
    ['full', { getItem: () => null, setItem: () => { throw new DOMException('full', 'QuotaExceededError'); }, removeItem: () => {} }],
  ] as const) {
    it(`says storage is unavailable from the first frame when it is ${name}`, async () => {
      const tracker = new LocalTracker({ storage: storage as unknown as Storage });
      const el = await fixture<NwModule>(html`<nw-module .tracker=${tracker} .doc=${doc()}></nw-module>`);
      await waitUntil(() => el.shadowRoot!.querySelector('[part="status"]')?.textContent?.trim(), 'no status', { timeout: 5000 });
      const status = el.shadowRoot!.querySelector('[part="status"]')!.textContent!;
      expect(status).not.to.contain('saved on this device');
      expect(tracker.status.detail).to.equal('storage-unavailable');
    });
  }
});
