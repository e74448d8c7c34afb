/**
 * `npm run bench`: how much the embed bundle weighs and how soon a student sees the first question,
 * each as a ratio against a plain static HTML page measured in the same run, on the same machine,
 * with the CPU slowed 4× (a worn school Chromebook).
 *
 * Pages (served from 127.0.0.1, nothing leaves this machine):
 * - baseline: scripts/bench/static.html, the five-question quiz as plain HTML, no script;
 * - compiled, by src: the embed bundle with `<nw-module src="quiz.en.json">`, the quiz compiled;
 * - compiled, preload snippet: the same with the README's `modulepreload` and `preload` links;
 * - compiled, inline: the compiled quiz written in the page (`<script type="application/json">`);
 * - Markdown source: `<nw-module src="quiz.md">`, which loads the parser too;
 * - Markdown, a whole module: `<nw-module src>` of a module of ours as its authors wrote it
 *   (`modules/passwords/en.md`, 26 steps; its first step is reading, timed until its heading shows);
 * - pre-rendered package page: the `index.html` that `netwise pack --format html` writes (the first step
 *   in the page as a declarative shadow root; the player takes over when it has loaded);
 * - the same page with no script at all (its scripts and preloads taken out): what the browser needs to
 *   show that markup, the floor for every page that shows the player's first step;
 * - 50 players: fifty players of the quiz on one page (with the preload snippet), until the first shows.
 * Each row gives two times against the baseline: until the first question is on screen (the embed's early
 * step or the page's pre-rendered step count: the question is there to read, the player not yet running)
 * and until it is answerable (the player's own question: Check works; an option chosen in the early step
 * carries over). Then what was requested before the question was
 * on screen (module requests, JS bytes: a preloaded player counts even while it is not needed yet) and the
 * layout shifts until the player has taken over and half a second more.
 *
 * Run `npm run build` first (`npm run bench` does). Prints numbers; fails only if a page breaks.
 */
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import puppeteer from 'puppeteer-core';
import { chromiumPath } from './chromium-path.mjs';
import { ENTRY, PLAYER, kB, staticClosure, sum } from './embed-files.mjs';
import { parseModule } from '../dist/content/parse.js';
import { indexHtml, prerenderFor } from '../dist/cli/pack.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const CPU_SLOWDOWN = 4;
const root = process.cwd();
const quizMd = await readFile('scripts/bench/quiz.md', 'utf8');
const parsed = parseModule(quizMd, 'quiz.md');
if (!parsed.doc) throw new Error(`scripts/bench/quiz.md does not parse: ${JSON.stringify(parsed.issues)}`);

const ENTRY_URL = '/dist/embed/netwise.min.js';
const JSON_URL = '/bench/quiz.en.json';
/** A whole module of ours, as Markdown (served from the repository). */
const MODULE_MD = '/modules/passwords/en.md';
/** A page like a teacher's: the snippet in its head, a line of text after the player (to see layout shifts). */
const page = (head, body) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Five questions (Netwise)</title>${head}<script type="module" src="${ENTRY_URL}"></script></head>
<body>${body}<p>The text after the quiz.</p></body></html>`;
const player = (src) => `<nw-module tracking="none" src="${src}"></nw-module>`;
const PRELOAD = `<link rel="modulepreload" href="${ENTRY_URL}"><link rel="modulepreload" href="/dist/embed/player.min.js"><link rel="preload" as="fetch" crossorigin href="${JSON_URL}">`;
const inlineJson = JSON.stringify(parsed.doc).replace(/</g, '\\u003c');
// The offline package's page as `netwise pack` writes it; its `player/` is dist/embed/ (mapped below).
const packPage = indexHtml(parsed.doc, 'local', await prerenderFor(parsed.doc, 'local'));
if (!packPage.includes('shadowrootmode')) throw new Error('scripts/bench/quiz.md: the first step was not pre-rendered');

const virtual = {
  [JSON_URL]: () => JSON.stringify(parsed.doc),
  '/bench/quiz.md': () => quizMd,
  '/bench/json.html': () => page('', player(JSON_URL)),
  '/bench/preload.html': () => page(PRELOAD, player(JSON_URL)),
  '/bench/inline.html': () => page('', `<nw-module tracking="none"><script type="application/json">${inlineJson}</script></nw-module>`),
  '/bench/md.html': () => page('', player('/bench/quiz.md')),
  '/bench/md-module.html': () => page('', player(MODULE_MD)),
  '/bench/fifty.html': () => page(PRELOAD, Array.from({ length: 50 }, () => player(JSON_URL)).join('\n')),
  '/bench/pack/index.html': () => packPage,
  '/bench/pack/noscript.html': () => packPage.replace(/<link rel="(module)?preload"[^>]*>|<script type="module"[^>]*><\/script>/g, ''),
  '/bench/pack/module.json': () => JSON.stringify(parsed.doc),
};
/** Files the package page asks for under `player/` are the built embed's. */
const aliased = (path) => path.replace(/^\/bench\/pack\/player\//, '/dist/embed/');
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json', '.md': 'text/markdown', '.css': 'text/css' };

const server = createServer(async (req, res) => {
  const path = aliased(new URL(req.url, 'http://x').pathname);
  try {
    const body = virtual[path] ? virtual[path]() : await readFile(join(root, normalize(path).replace(/^(\.\.[/\\])+/, '')));
    res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    res.end(body);
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

const netwise = { ready: questionShown, settled: firstQuestionShown };
const pages = [
  { name: 'static HTML (baseline)', url: '/scripts/bench/static.html', ready: () => !!document.querySelector('#first-question input') },
  { name: 'compiled, by src', url: '/bench/json.html', ...netwise },
  { name: 'compiled, preload snippet', url: '/bench/preload.html', ...netwise },
  { name: 'compiled, inline', url: '/bench/inline.html', ...netwise },
  { name: 'Markdown source', url: '/bench/md.html', ...netwise },
  { name: 'Markdown, a whole module', url: '/bench/md-module.html', ready: stepShown, settled: ownStepShown },
  { name: 'pre-rendered package page', url: '/bench/pack/index.html', ...netwise },
  { name: 'the same, no script', url: '/bench/pack/noscript.html', ready: questionShown },
  { name: '50 players, preload', url: '/bench/fifty.html', ...netwise },
];

/**
 * Runs in the page: the first question's options are on screen, pre-rendered (by the page or the embed's
 * early step: shown, its options can be chosen, but Check waits for the player) or the player's own.
 */
function questionShown() {
  const player = document.querySelector('nw-module')?.shadowRoot;
  const copy = player?.querySelector('[data-nw-prerendered]')?.shadowRoot;
  return !!(copy?.querySelector('[exportparts]')?.shadowRoot?.querySelector('input') || player?.querySelector('nw-choice')?.shadowRoot?.querySelector('input'));
}

/** Runs in the page: the first step's heading is on screen, pre-rendered (the early step) or the player's own. */
function stepShown() {
  const player = document.querySelector('nw-module')?.shadowRoot;
  return !!(player?.querySelector('[data-nw-prerendered]')?.shadowRoot?.querySelector('h3') || player?.querySelector('h3'));
}

/** Runs in the page: the first step's heading is on screen inside the player (the early step's copy gone). */
function ownStepShown() {
  const player = document.querySelector('nw-module')?.shadowRoot;
  return !!(player?.querySelector('h3') && !player.querySelector('[data-nw-prerendered]'));
}

/** Runs in the page: the first question's options are on screen inside the player. */
function firstQuestionShown() {
  const q = document.querySelector('nw-module')?.shadowRoot?.querySelector('nw-choice');
  return !!q?.shadowRoot?.querySelector('input');
}

const browser = await puppeteer.launch({
  executablePath: chromiumPath(),
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--disable-background-networking'],
});

/**
 * Runs in the page before any of its scripts: checks `ready` at every animation frame and, once it
 * holds, reports the time that frame has been drawn (a message posted from requestAnimationFrame is
 * delivered after the frame's style, layout and paint). Nothing is injected into the page while it
 * loads, and no round trip to this process is counted.
 */
function watch(ready) {
  // Layout shifts (content moving under the student's eyes), counted from the start of the load.
  globalThis.__benchShifts = [];
  new PerformanceObserver((list) => globalThis.__benchShifts.push(...list.getEntries().map((e) => e.value))).observe({ type: 'layout-shift', buffered: true });
  const tick = () => {
    if (!ready()) return requestAnimationFrame(tick);
    const channel = new MessageChannel();
    channel.port1.onmessage = () => globalThis.__benchShown(String(performance.now()));
    channel.port2.postMessage(0);
  };
  requestAnimationFrame(tick);
}

/** One cold load: ms from navigation start to the first question drawn, and what was downloaded. */
async function measure(page) {
  const tab = await browser.newPage();
  const cdp = await tab.createCDPSession();
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  await cdp.send('Runtime.enable');
  await cdp.send('Runtime.addBinding', { name: '__benchShown' });
  await tab.evaluateOnNewDocument(`(${watch})(${page.ready})`);
  const shown = new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${page.url}: the first question did not show within 30 s`)), 30_000);
    cdp.on('Runtime.bindingCalled', (e) => {
      if (e.name !== '__benchShown') return;
      clearTimeout(timer);
      resolve(Number(e.payload));
    });
  });
  const responses = [];
  tab.on('response', (r) => responses.push(r));
  await tab.goto(origin + page.url, { waitUntil: 'domcontentloaded' });
  const ms = await shown;
  // What the page had asked for by then (the page's own clock), and the shifts until a moment after.
  const before = new Set(await tab.evaluate((t) => [location.href, ...performance.getEntriesByType('resource').filter((r) => r.startTime <= t).map((r) => r.name)], ms));
  // A pre-rendered page: also when the player has taken over (its hydration), and the shifts until then.
  let interactive = ms;
  if (page.settled) {
    await tab.waitForFunction(page.settled, { polling: 'raf', timeout: 30_000 });
    interactive = await tab.evaluate(() => performance.now());
  }
  await new Promise((resolve) => setTimeout(resolve, 500));
  const shifts = await tab.evaluate(() => globalThis.__benchShifts);
  const files = await Promise.all(
    responses.filter((r) => r.url().startsWith(origin) && before.has(r.url())).map(async (r) => ({ url: r.url(), gzip: gzipSync(await r.buffer()).length })),
  );
  await tab.close();
  return {
    ms,
    interactive,
    requests: files.length,
    gzip: sum(files),
    jsGzip: sum(files.filter((f) => f.url.endsWith('.js'))),
    modules: files.filter((f) => /\/bench\/(quiz\.|pack\/module\.json)/.test(f.url) || f.url.endsWith(MODULE_MD)).length,
    shifts: shifts.length,
    cls: shifts.reduce((a, b) => a + b, 0),
  };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const results = pages.map(() => []);
try {
  // Warm the server and the disk once, then alternate pages so drift hits them alike.
  for (const page of pages) await measure(page);
  for (let run = 0; run < RUNS; run++) {
    for (const [i, page] of pages.entries()) results[i].push(await measure(page));
  }
} finally {
  await browser.close();
  server.close();
}

const base = median(results[0].map((r) => r.ms));
const byName = (name) => results[pages.findIndex((p) => p.name === name)];
const one = median(byName('compiled, preload snippet').map((r) => r.ms));
console.log(`First question on screen, then answerable, CPU slowed ${CPU_SLOWDOWN}×, median of ${RUNS} cold loads (columns after those: the last load, until the question was on screen):\n`);
const header = ['page'.padEnd(26), 'on screen'.padStart(9), 'vs static'.padStart(10), 'answerable'.padStart(11), 'vs static'.padStart(10), 'requests'.padStart(9), 'module req'.padStart(11), 'JS gzip'.padStart(9), 'all gzip'.padStart(9), 'shifts'.padStart(7), 'CLS'.padStart(6)];
console.log(header.join(' '));
for (const [i, page] of pages.entries()) {
  const rs = results[i];
  const ms = median(rs.map((r) => r.ms));
  const answerable = median(rs.map((r) => r.interactive));
  const last = rs[rs.length - 1];
  console.log(
    [
      page.name.padEnd(26), `${(ms / 1000).toFixed(2)} s`.padStart(9), `${(ms / base).toFixed(2)}×`.padStart(10),
      // A page without the player (the baseline aside) is never answerable.
      (page.settled || i === 0 ? `${(answerable / 1000).toFixed(2)} s` : '–').padStart(11), (page.settled || i === 0 ? `${(answerable / base).toFixed(2)}×` : '–').padStart(10), String(last.requests).padStart(9),
      String(last.modules).padStart(11), kB(last.jsGzip).padStart(9), kB(last.gzip).padStart(9), String(last.shifts).padStart(7), last.cls.toFixed(3).padStart(6),
    ].join(' '),
  );
}
const fifty = median(byName('50 players, preload').map((r) => r.ms));
console.log(`\n50 players on one page: the first question in ${(fifty / one).toFixed(2)}× the time of one player (target: 2×).`);
const entry = sum(staticClosure(ENTRY));
const withPlayer = sum(staticClosure(PLAYER));
console.log(`Embed entry file (with its static imports): ${kB(entry)} gzip; with the player it runs next: ${kB(withPlayer)}. Targets: preload snippet 1.3×, Markdown 1.6×, pre-rendered page 1.1× the static page.`);
console.log('For comparison (measured once, elsewhere, same quiz): H5P ~180 kB JS gzip in 71 requests, ~1.7 s; Adapt ~2.5 s; quizdown ~1.4 s.');
