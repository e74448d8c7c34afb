/**
 * The embed without a waterfall: a module written in the page plays with no module request at all,
 * and the snippet's `<link rel="preload">` is the module's only request (the player reuses it).
 */
import { expect, waitUntil } from '@open-wc/testing';
import { openPage } from './open-page.js';

const MODULE = '/test/e2e/fixtures/player-test.en.json';
const modules = (win: Window) => win.performance.getEntriesByType('resource').map((r) => new URL(r.name).pathname).filter((p) => p.endsWith('.json'));

describe('embed bundle: no waterfall', () => {
  it('plays a module written in the page under a strict CSP, with no module request', async () => {
    const { frame, doc, win, violations } = await openPage('/test/e2e/inline-page.html');
    const player = doc.querySelector('nw-module')!;
    await waitUntil(() => player.shadowRoot?.querySelector('.prose strong'), 'the first step never showed', { timeout: 4000 });
    expect(player.shadowRoot!.querySelector('h2')!.textContent).to.equal('Test module');
    expect(modules(win)).to.deep.equal([]);
    expect(violations).to.deep.equal([]);
    frame.remove();
  });

  it('fetches the module once with the preload snippet: the player takes the preloaded response', async () => {
    const { frame, doc, win, violations } = await openPage('/test/e2e/preload-page.html');
    const player = doc.querySelector('nw-module')!;
    await waitUntil(() => player.shadowRoot?.querySelector('.prose strong'), 'the first step never showed', { timeout: 4000 });
    // Give a second, unmatched fetch time to show up, had there been one.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(modules(win)).to.deep.equal([MODULE]);
    const preload = win.performance.getEntriesByType('resource').find((r) => r.name.endsWith(MODULE)) as PerformanceResourceTiming;
    expect(preload.initiatorType, 'the one request is the preload').to.equal('link');
    expect(violations).to.deep.equal([]);
    frame.remove();
  });

  it('the teacher page gives the snippet with the preloads, matching the player', async () => {
    const { frame, doc } = await openPage('/demo/teacher.html?module=passwords&lang=en');
    await waitUntil(() => doc.documentElement.dataset.ready === 'true', 'the teacher page never finished', { timeout: 10_000 });
    const lines = doc.getElementById('snippet-script')!.textContent!.split('\n');
    const module = /<nw-module src="([^"]+)"/.exec(lines[4])![1];
    const script = /<script type="module" src="([^"]+)"/.exec(lines[3])![1];
    expect(module).to.match(/passwords\.en\.json$/);
    expect(lines[0]).to.equal(`<link rel="modulepreload" href="${script}">`);
    expect(lines[1]).to.equal(`<link rel="modulepreload" href="${new URL('player.min.js', script).href}">`);
    expect(lines[2]).to.equal(`<link rel="preload" as="fetch" crossorigin href="${module}">`);
    frame.remove();
  });
});
