/**
 * `npm run bench`: how much the embed bundle weighs and how soon a student sees the first question,
 * each as a ratio against a plain static HTML page measured in the same run, on the same machine,
 * with the CPU slowed 4× (a worn school Chromebook).
 *
 * Pages (served from 127.0.0.1, nothing leaves this machine):
 * - baseline: scripts/bench/static.html, the five-question quiz as plain HTML, no script;
 * - netwise (JSON): the embed bundle with `<nw-module src="quiz.en.json">`, the quiz compiled;
 * - netwise (Markdown): the same with the Markdown source, which loads the parser too.
 *
 * Run `npm run build` first (`npm run bench` does). Prints numbers; fails only if a page breaks.
 */
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import puppeteer from 'puppeteer-core';
import { chromiumPath } from './chromium-path.mjs';
import { ENTRY, kB, staticClosure, sum } from './embed-files.mjs';
import { parseModule } from '../dist/content/parse.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const CPU_SLOWDOWN = 4;
const root = process.cwd();
const quizMd = await readFile('scripts/bench/quiz.md', 'utf8');
const parsed = parseModule(quizMd, 'quiz.md');
if (!parsed.doc) throw new Error(`scripts/bench/quiz.md does not parse: ${JSON.stringify(parsed.issues)}`);

const playerPage = (src) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Five questions (Netwise)</title><script type="module" src="/dist/embed/netwise.min.js"></script></head>
<body><nw-module tracking="none" src="${src}"></nw-module></body></html>`;

const virtual = {
  '/bench/quiz.en.json': () => JSON.stringify(parsed.doc),
  '/bench/quiz.md': () => quizMd,
  '/bench/netwise-json.html': () => playerPage('/bench/quiz.en.json'),
  '/bench/netwise-md.html': () => playerPage('/bench/quiz.md'),
};
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json', '.md': 'text/markdown', '.css': 'text/css' };

const server = createServer(async (req, res) => {
  const path = new URL(req.url, 'http://x').pathname;
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

const pages = [
  { name: 'static HTML (baseline)', url: '/scripts/bench/static.html', ready: () => !!document.querySelector('#first-question input') },
  { name: 'netwise, compiled JSON', url: '/bench/netwise-json.html', ready: firstQuestionShown },
  { name: 'netwise, Markdown source', url: '/bench/netwise-md.html', ready: firstQuestionShown },
];

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
  const files = await Promise.all(
    responses.filter((r) => r.url().startsWith(origin)).map(async (r) => ({ url: r.url(), gzip: gzipSync(await r.buffer()).length })),
  );
  await tab.close();
  return { ms, requests: files.length, gzip: sum(files), jsGzip: sum(files.filter((f) => f.url.endsWith('.js'))) };
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
console.log(`First question on screen, CPU slowed ${CPU_SLOWDOWN}×, median of ${RUNS} cold loads:\n`);
console.log(`${'page'.padEnd(26)} ${'time'.padStart(8)} ${'vs static'.padStart(10)} ${'requests'.padStart(9)} ${'JS gzip'.padStart(9)} ${'all gzip'.padStart(9)}`);
for (const [i, page] of pages.entries()) {
  const rs = results[i];
  const ms = median(rs.map((r) => r.ms));
  const last = rs[rs.length - 1];
  console.log(
    `${page.name.padEnd(26)} ${`${(ms / 1000).toFixed(2)} s`.padStart(8)} ${`${(ms / base).toFixed(2)}×`.padStart(10)} ` +
      `${String(last.requests).padStart(9)} ${kB(last.jsGzip).padStart(9)} ${kB(last.gzip).padStart(9)}`,
  );
}
const entry = sum(staticClosure(ENTRY));
console.log(`\nEmbed entry file (with its static imports): ${kB(entry)} gzip. Target: within 1.3× of the static page.`);
console.log('For comparison (measured once, elsewhere, same quiz): H5P ~180 kB JS gzip in 71 requests, ~1.7 s; Adapt ~2.5 s; quizdown ~1.4 s.');
