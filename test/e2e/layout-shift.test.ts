/**
 * Layout shifts while a player in view loads (by `src` or written in the page) and its first step appears,
 * with text after it that a student may be reading, counted as the browser counts them (`layout-shift`
 * entries, buffered from the start of the page's load). A page that reserves the player's height has
 * none; one that does not sees the text after the player move once, not the whole page with it (a guessed
 * room added once the page was on screen did that: CLS 0.25 on the bench's pages).
 * Uses the built embed (`npm run build:embed`).
 */
import { expect, waitUntil } from '@open-wc/testing';

const MODULE = '/test/e2e/fixtures/player-test.en.json';

/** A teacher's page: the player first in it, a line of text after it; `sheet`: the page's own CSS. */
function pageHtml(player: string, sheet = '') {
  // The page's style sheet as a data: URL (the page's CSP allows no inline style).
  const link = sheet && `<link rel="stylesheet" href="data:text/css,${encodeURIComponent(sheet)}">`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; style-src 'self' data:; connect-src 'self'">
${link}<script type="module" src="/dist/embed/netwise.min.js"></script></head>
<body>${player}<p id="after">The text after the quiz.</p></body></html>`;
}

const twoFrames = (win: Window) => new Promise((resolve) => win.requestAnimationFrame(() => win.requestAnimationFrame(resolve)));

/** Opens `html` in a frame of its own, waits for the (first) player's first step; its layout shifts and height. */
async function load(html: string, check?: (doc: Document) => void) {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 800px; height: 600px; border: 0';
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
  expect(doc.getElementById('after')!.getBoundingClientRect().top, 'the step is above the text after it').to.be.greaterThan(player.shadowRoot!.querySelector('h3')!.getBoundingClientRect().bottom);
  const height = player.getBoundingClientRect().height;
  check?.(doc);
  frame.remove();
  return { shifts, height };
}

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

describe('a player in view', () => {
  const cases: [string, () => Promise<string>][] = [
    ['by src', async () => `<nw-module tracking="none" src="${MODULE}"></nw-module>`],
    ['written in the page', async () => `<nw-module tracking="none"><script type="application/json">${(await (await fetch(MODULE)).text()).replace(/</g, '\\u003c')}</script></nw-module>`],
  ];
  for (const [name, player] of cases) {
    it(`moves only the text after it, once, when its first step shows (${name})`, async () => {
      const { shifts } = await load(pageHtml(await player()));
      expect(shifts.length, `layout-shift entries: ${shifts.join(', ')}`).to.be.at.most(2);
      // The text after it moving down by the step's height scores about 0.03; the whole page moving, 0.25.
      expect(sum(shifts), `layout-shift entries: ${shifts.join(', ')}`).to.be.below(0.05);
    });

    it(`moves nothing when the page reserves its height (${name})`, async () => {
      const { height } = await load(pageHtml(await player()));
      const h = `${Math.round(height)}px`;
      // The page's CSS for a player of known height: the room before the script runs, and after it.
      const sheet = `nw-module:not(:defined) { display: block; contain: layout paint; min-height: ${h} } nw-module { --nw-placeholder-height: ${h} }`;
      const { shifts, height: reserved } = await load(pageHtml(await player(), sheet));
      expect(reserved).to.be.closeTo(height, 1);
      expect(shifts, 'layout-shift entries').to.deep.equal([]);
    });
  }
});

describe('a page of many players', () => {
  it('moves no more than one player does when the first step shows, and starts only the players near the viewport', async () => {
    const players = Array.from({ length: 12 }, () => `<nw-module tracking="none" src="${MODULE}"></nw-module>`).join('\n');
    const { shifts: one } = await load(pageHtml(`<nw-module tracking="none" src="${MODULE}"></nw-module>`));
    const { shifts } = await load(pageHtml(players), (doc) => {
      const all = [...doc.querySelectorAll('nw-module')];
      // Those within a screen of the viewport asked for the module; the others wait.
      const asked = doc.defaultView!.performance.getEntriesByType('resource').filter((e) => e.name.endsWith(MODULE)).length;
      expect(asked, 'module requests').to.be.within(1, 4);
      expect(all[11].matches(':state(room)'), 'the last player waits, keeping 20rem').to.equal(true);
    });
    // Layout shift scores are shares of the viewport (area times distance), not times: the page of twelve
    // players moves at most what the page of one does (the text after the players leaving the screen).
    expect(sum(shifts), `layout-shift entries: ${shifts.join(', ')}; one player: ${one.join(', ')}`).to.be.below(Math.max(sum(one), 0.03) + 0.01);
  });
});
