/**
 * The demo's play page (`demo/play.html`) shows a lesson's first step early, as a teacher's page with the
 * embed does: `play.js` puts the player in the page before the embed's script runs, and the catalogue
 * then confirms it (or replaces it, see `site-languages.test.ts` for a lesson in another language).
 * Run after `npm run build` (the page reads dist/modules and the built embed).
 */
import { expect, waitUntil } from '@open-wc/testing';

/** Opens `url` in a frame, looking at every frame from the start for the early copy of the player's step. */
async function watchPlay(url: string) {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 800px; height: 900px; border: 0';
  const seen = { copyBeforePlayer: false, watching: true };
  // The frame draws with this page: a look at each of this page's frames sees each of its frames.
  const look = () => {
    const win = frame.contentWindow as (Window & typeof globalThis) | null;
    const copy = frame.contentDocument?.querySelector('nw-module')?.shadowRoot?.querySelector('[data-nw-prerendered]');
    if (copy && win && !win.customElements.get('nw-module')) seen.copyBeforePlayer = true;
    if (seen.watching) requestAnimationFrame(look);
  };
  requestAnimationFrame(look);
  frame.src = url;
  document.body.append(frame);
  return { frame, seen };
}

describe('the demo play page', () => {
  it('shows the lesson\'s first step before the player runs, then the player takes it over', async () => {
    const { frame, seen } = await watchPlay('/demo/play.html?module=passwords&lang=en');
    await waitUntil(() => {
      const root = frame.contentDocument?.querySelector('nw-module')?.shadowRoot;
      return root && !root.querySelector('[data-nw-prerendered]') && root.querySelector('h3');
    }, 'the player never showed its own first step', { timeout: 10000 });
    seen.watching = false;
    expect(seen.copyBeforePlayer, 'the first step was on screen before <nw-module> was defined').to.equal(true);
    const doc = frame.contentDocument!;
    const players = doc.querySelectorAll('nw-module');
    expect(players, 'one player').to.have.length(1);
    expect(players[0].getAttribute('src')).to.match(/\/modules\/passwords\.en\.json$/);
    const requests = frame.contentWindow!.performance.getEntriesByType('resource').filter((r) => r.name.endsWith('/passwords.en.json'));
    expect(requests, 'the module is asked for once').to.have.length(1);
    expect(doc.getElementById('message')!.hidden, 'no error shown').to.equal(true);
    frame.remove();
  });

  it('replaces the early player when the address names no lesson, and says so', async () => {
    const { frame, seen } = await watchPlay('/demo/play.html?module=no-such-lesson&lang=en');
    await waitUntil(() => frame.contentDocument?.getElementById('message') && !frame.contentDocument.getElementById('message')!.hidden, 'no message', { timeout: 10000 });
    seen.watching = false;
    expect(frame.contentDocument!.querySelectorAll('nw-module'), 'no player is left on the page').to.have.length(0);
    frame.remove();
  });
});
