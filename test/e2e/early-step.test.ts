/**
 * The built embed's early step on a teacher's page under a strict CSP: the player's first step shows
 * before the player has run (`<nw-module>` not yet defined), the player then takes it over with nothing
 * moving and no frame without a step, and the module is asked for once (by `src`, compiled or Markdown) or
 * not at all (written in the page). A watcher script (`fixtures/early-watch.js`) looks at every animation frame from the
 * page's start. Uses the built embed (`npm run build:embed`).
 */
import { expect, waitUntil } from '@open-wc/testing';

const MODULE = '/test/e2e/fixtures/player-test.en.json';
/** A Markdown source whose first step is a choice question ("Pick one"), after reading text. */
const MARKDOWN = '/test/e2e/fixtures/early-md/en.md';

interface EarlyWatch {
  shownAt?: number;
  nextFrameAt?: number;
  definedWhenShown?: boolean;
  takenOverAt?: number;
  roomSeenAt?: number;
  roomGoneAt?: number;
  copyFrames: number;
  bothFrames: number;
  blankFrames: number;
  violations: string[];
}

/** A teacher's page: a heading, the player, a line after it; scripts and styles from the site only. */
const pageHtml = (player: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self'">
<script src="/test/e2e/fixtures/early-watch.js"></script>
<script type="module" src="/dist/embed/netwise.min.js"></script></head>
<body><h1>Our class page</h1>${player}<p id="after">The text after the quiz.</p></body></html>`;

/** The module requests the page made, compiled or Markdown (before `until`, a time on its clock, if given). */
const modules = (win: Window, until = Infinity) =>
  win.performance.getEntriesByType('resource').filter((r) => r.startTime < until).map((r) => new URL(r.name).pathname).filter((p) => /\.(json|md)$/.test(p));

async function open(html: string) {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 800px; height: 900px; border: 0';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc = html;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as Window & typeof globalThis & { earlyWatch: EarlyWatch };
  // Buffered: every layout shift since the page started loading.
  const shifts: PerformanceEntry[] = [];
  new win.PerformanceObserver((list) => shifts.push(...list.getEntries())).observe({ type: 'layout-shift', buffered: true });
  return { frame, win, doc: frame.contentDocument!, shifts };
}

describe('the embed\'s early step on a page with a strict CSP', () => {
  const inline = async () => `<nw-module tracking="none"><script type="application/json">${(await (await fetch(MODULE)).text()).replace(/</g, '\\u003c')}</script></nw-module>`;
  /**
   * Name, the player(s) in the page, its module requests (`beforeTakeover`: counted only while the room
   * kept below the first player was on screen, until after the takeover),
   * the first step's title, the second step's HTML as the player has it (a Markdown source: the player
   * reads all of it, while the early step rendered the first step only).
   */
  const cases: [string, () => Promise<string>, string[], { beforeTakeover?: boolean; title?: string; second?: string }?][] = [
    ['by src', async () => `<nw-module tracking="none" src="${MODULE}"></nw-module>`, [MODULE]],
    ['written in the page', inline, []],
    ['a Markdown source', async () => `<nw-module tracking="none" src="${MARKDOWN}"></nw-module>`, [MARKDOWN], { title: 'Pick one', second: '<p>The <strong>next</strong> step.</p>' }],
    // The first of three: the others (by src) start below the fold, and are not asked for before the first
    // player has taken its step over and dropped the room below it (then they come near the viewport and
    // load: one that showed its step earlier would come up into view with it, a large shift).
    ['the first of three players', async () => `${await inline()}<nw-module tracking="none" src="${MODULE}"></nw-module><nw-module tracking="none" src="${MODULE}"></nw-module>`, [], { beforeTakeover: true }],
  ];
  for (const [name, player, requests, { beforeTakeover = false, title = 'Welcome', second } = {}] of cases) {
    it(`shows the first step before the player runs, which takes it over without a move or a flash (${name})`, async () => {
      const { frame, win, doc, shifts } = await open(pageHtml(await player()));
      const watch = win.earlyWatch;
      await waitUntil(() => watch.shownAt !== undefined, 'the early step never showed', { timeout: 8000 });
      expect(watch.definedWhenShown, 'the step showed before the player was defined').to.equal(false);

      await waitUntil(() => watch.takenOverAt !== undefined, 'the player never took the step over', { timeout: 8000 });
      const root = doc.querySelector('nw-module')!.shadowRoot!;
      expect(win.customElements.get('nw-module'), 'the player runs now').to.not.equal(undefined);
      expect(root.querySelector('[data-nw-prerendered]'), 'the copy is gone').to.equal(null);
      expect(root.querySelector('h3')!.textContent).to.equal(title);
      expect(root.querySelector('.prose strong')!.textContent).to.equal('this');
      expect(watch.copyFrames, 'frames the copy was on screen').to.be.greaterThan(0);
      expect(watch.bothFrames, 'frames with the copy and the player\'s own step').to.equal(0);
      expect(watch.blankFrames, 'frames with no step between the copy and the takeover').to.equal(0);
      if (second) {
        const { steps } = (doc.querySelector('nw-module') as HTMLElement & { actor: { getSnapshot(): { context: { steps: { step: { html: string } }[] } } } }).actor.getSnapshot().context;
        expect(steps[1].step.html, 'the second step, as the player has it').to.equal(second);
      }

      // Let a late shift, or a second request for the module, show up had there been one.
      await new Promise((resolve) => win.requestAnimationFrame(() => win.requestAnimationFrame(resolve)));
      await new Promise((resolve) => setTimeout(resolve, 300));
      const shift = (s: PerformanceEntry) => `${(s as unknown as { value: number }).value.toFixed(4)} at ${Math.round(s.startTime)} ms`;
      const times = `step shown at ${Math.round(watch.shownAt!)} ms, the next frame at ${Math.round(watch.nextFrameAt!)} ms, taken over at ${Math.round(watch.takenOverAt!)} ms`;
      // The frame that draws the step may move the text after the player (once, as the layout-shift test
      // allows); no frame after it moves anything, the player's takeover included.
      const appearing = shifts.filter((s) => s.startTime >= watch.shownAt! && s.startTime < watch.nextFrameAt!).map(shift);
      const later = shifts.filter((s) => s.startTime >= watch.nextFrameAt!).map(shift);
      expect(appearing.length, `layout shifts as the step showed: ${appearing.join(', ')} (${times})`).to.be.at.most(1);
      expect(later, `layout shifts after the step showed (${times})`).to.deep.equal([]);
      if (beforeTakeover) await waitUntil(() => watch.roomGoneAt !== undefined, 'the room below the first player never went', { timeout: 8000 });
      expect(modules(win, beforeTakeover ? watch.roomSeenAt : Infinity), 'module requests').to.deep.equal(requests);
      expect(watch.violations, 'CSP violations').to.deep.equal([]);
      frame.remove();
    });
  }

  it('starts the players after the first only once the room below it has gone, even when the first is slow to take over', async () => {
    // The first player's module uses eight kinds of question: the player loads each before it takes the
    // step over, while the others' module is small. Had they started meanwhile, they would show their steps
    // below the room and come up into view with them when it goes (a large shift).
    const slow = '/dist/modules/games.en.json';
    const { frame, win, shifts } = await open(pageHtml(`<nw-module tracking="none" src="${slow}"></nw-module><nw-module tracking="none" src="${MODULE}"></nw-module><nw-module tracking="none" src="${MODULE}"></nw-module>`));
    const watch = win.earlyWatch;
    await waitUntil(() => watch.roomGoneAt !== undefined, 'the room below the first player never went', { timeout: 8000 });
    expect(watch.definedWhenShown, 'the first step showed early').to.equal(false);
    expect(modules(win, watch.roomSeenAt), 'module requests while the room was on screen').to.deep.equal([slow]);
    await waitUntil(() => modules(win).length === 3, 'the players after the first never started', { timeout: 8000 });
    await new Promise((resolve) => setTimeout(resolve, 300));
    const total = shifts.reduce((sum, s) => sum + (s as unknown as { value: number }).value, 0);
    expect(total, 'layout shift in all').to.be.below(0.05);
    frame.remove();
  });
});
