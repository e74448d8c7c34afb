/**
 * A player in view does not move the page needlessly while its module loads (by `src` or written in the
 * page) and its first step appears, with text after it that a student may be reading: it keeps no guessed
 * room (which moved that text twice: to the guess, then to the step's height), and a page that reserves
 * the player's height (`--nw-placeholder-height`) does not move at all. Counted as the browser counts
 * layout shifts (`layout-shift` entries, buffered from the start of the page's load).
 * Uses the built embed (`npm run build:embed`).
 */
import { expect, waitUntil } from '@open-wc/testing';

const MODULE = '/test/e2e/fixtures/player-test.en.json';

function pageHtml(player: string, reserve?: number) {
  // The page's own style sheet, as a teacher's page would reserve the room (a data: URL: no inline style).
  const sheet = reserve === undefined ? '' : `<link rel="stylesheet" href="data:text/css,nw-module%7B--nw-placeholder-height:${reserve}px%7D">`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; style-src 'self' data:; connect-src 'self'">
${sheet}<script type="module" src="/dist/embed/netwise.min.js"></script></head>
<body><h1>Our class page</h1>${player}<p id="after">The text after the quiz.</p></body></html>`;
}

const twoFrames = (win: Window) => new Promise((resolve) => win.requestAnimationFrame(() => win.requestAnimationFrame(resolve)));

/** Opens `html` in a frame of its own, waits for the player's first question; returns its layout shifts. */
async function load(html: string) {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 800px; height: 900px';
  document.body.append(frame);
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc = html;
  await loaded;
  const win = frame.contentWindow as Window & typeof globalThis;
  const shifts: number[] = [];
  // Buffered: every shift since the frame's page started loading, not only from now on.
  new win.PerformanceObserver((list) => shifts.push(...list.getEntries().map((e) => (e as unknown as { value: number }).value))).observe({ type: 'layout-shift', buffered: true });
  const doc = frame.contentDocument!;
  const player = doc.querySelector('nw-module')!;
  await waitUntil(() => player.shadowRoot?.querySelector('h3'), 'the first step never showed', { timeout: 8000 });
  await twoFrames(win);
  await new Promise((resolve) => setTimeout(resolve, 300));
  await twoFrames(win);
  const after = doc.getElementById('after')!.getBoundingClientRect().top;
  expect(after, 'the step is on screen, above the text after it').to.be.greaterThan(player.shadowRoot!.querySelector('h3')!.getBoundingClientRect().bottom);
  const height = player.getBoundingClientRect().height;
  frame.remove();
  return { shifts, height };
}

describe('a player in view', () => {
  const cases: [string, () => Promise<string>][] = [
    ['by src', async () => `<nw-module tracking="none" src="${MODULE}"></nw-module>`],
    ['written in the page', async () => `<nw-module tracking="none"><script type="application/json">${(await (await fetch(MODULE)).text()).replace(/</g, '\\u003c')}</script></nw-module>`],
  ];
  for (const [name, player] of cases) {
    it(`moves the text after it once at most, when its first step shows (${name})`, async () => {
      const { shifts } = await load(pageHtml(await player()));
      expect(shifts.length, `layout-shift entries: ${shifts.join(', ')}`).to.be.at.most(1);
    });

    it(`moves nothing when the page reserves its height (${name})`, async () => {
      const { height } = await load(pageHtml(await player()));
      const { shifts, height: reserved } = await load(pageHtml(await player(), Math.round(height)));
      expect(reserved).to.be.closeTo(height, 1);
      expect(shifts, 'layout-shift entries').to.deep.equal([]);
    });
  }
});
