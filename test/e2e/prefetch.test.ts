/**
 * In a page that already has a `<nw-module>`, the embed bundle starts downloading the sanitiser
 * before the rest of its script runs; the player then uses that download, not a second one.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { openPage } from './open-page.js';

describe('embed bundle: early download of the sanitiser', () => {
  it('downloads DOMPurify and the module once each, and the player shows the step formatted', async () => {
    const { frame, doc, win, violations } = await openPage('/test/e2e/embed-page.html');
    const player = doc.querySelector('nw-module')!;
    await waitUntil(() => player.shadowRoot?.querySelector('.prose strong'), 'the first step never showed formatted', { timeout: 4000 });
    const requests = win.performance.getEntriesByType('resource').map((r) => new URL(r.name).pathname);
    expect(requests.filter((p) => /\/chunks\/purify[^/]*\.js$/.test(p))).to.have.length(1);
    expect(requests.filter((p) => p === '/test/e2e/fixtures/player-test.en.json')).to.have.length(1);
    expect(violations).to.deep.equal([]);
    frame.remove();
  });
});
