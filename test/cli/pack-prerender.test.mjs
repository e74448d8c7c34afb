/**
 * The first step written into the pages `netwise pack` makes: the question is in the HTML (a declarative
 * shadow root, shown before any script runs), its styles are allowed by hash in the page's policy, and
 * only plain formatting is ever written in (anything else waits for the browser's sanitiser).
 * Run after `npm run build:lib`: node --test test/cli/pack-prerender.test.mjs
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { indexHtml, prerenderFor } from '../../dist/cli/pack.js';
import { PAGE_CSS, PAGE_CSS_HASH, packageFilesWith } from '../../dist/pack/package.js';
import { parseModule } from '../../dist/content/parse.js';
import { plainHtml } from '../../dist/elements/prerender.js';

const quiz = parseModule(readFileSync(new URL('../../scripts/bench/quiz.md', import.meta.url), 'utf8'), 'quiz.md').doc;

test('the SCORM launch page holds the first question before any script, styles allowed by their hashes', async () => {
  const page = indexHtml(quiz, 'scorm12', await prerenderFor(quiz, 'scorm12'));
  const body = page.slice(page.indexOf('<body>'));
  assert.ok(!body.includes('<script'), 'no script in the body');
  const question = quiz.lessons[0].steps[0].question;
  assert.match(body, /<template shadowrootmode="open">/);
  assert.ok(body.includes('Which password is the hardest to guess?'), 'the prompt is in the page');
  for (const option of question.options) assert.ok(body.includes(`<span class="text">${option.html}</span>`), option.html);
  assert.ok(body.includes('>Check</button>') && body.includes('Step 1 of 5'));
  const csp = /Content-Security-Policy" content="([^"]+)"/.exec(page)[1];
  const styles = [...body.matchAll(/<style>([^<]*)<\/style>/g)].map((m) => m[1]);
  assert.equal(new Set(styles).size, 2, 'the player and its question');
  for (const css of styles) assert.ok(csp.includes(`'sha256-${createHash('sha256').update(css).digest('base64')}'`), 'a style without its hash');
  assert.doesNotMatch(csp, /unsafe-inline/);
  // The module downloads as the page is read; the player starts once the step has been drawn (its one
  // script asks for the entry and the player then: nothing of them is compiled before the first paint).
  assert.match(page, /<link rel="preload" as="fetch" crossorigin href="module.json" \/>/);
  assert.deepEqual([...page.matchAll(/<script[^>]*>/g)].map((m) => m[0]), ['<script type="module" src="player/prerendered.min.js">']);
  assert.doesNotMatch(page, /modulepreload/);
});

test('a pre-rendered page is not packed with a player that lacks its script', async () => {
  const player = new Map([['player/netwise.min.js', new Uint8Array([1])]]);
  const prerendered = await prerenderFor(quiz, 'html');
  assert.throws(() => packageFilesWith(quiz, 'html', player, undefined, new Map(), prerendered), /prerendered\.min\.js is missing/);
  // A page without a pre-rendered step needs only the entry.
  assert.ok(packageFilesWith(quiz, 'html', player, undefined, new Map(), undefined).has('index.html'));
});

test('the offline page says progress stays on this device; the cmi5 page says it goes to the platform', async () => {
  assert.match(indexHtml(quiz, 'local', await prerenderFor(quiz, 'local')), /saved on this device/);
  assert.match(indexHtml(quiz, 'cmi5', await prerenderFor(quiz, 'cmi5')), /saved to your learning platform/);
});

test('a first step holding anything but plain formatting is not pre-rendered (the page is as before)', async () => {
  const evil = structuredClone(quiz);
  evil.lessons[0].steps[0].question.promptHtml = '<p>Pick <img src=x onerror="alert(1)"></p>';
  assert.equal(await prerenderFor(evil, 'scorm12'), undefined);
  const page = indexHtml(evil, 'scorm12', undefined);
  assert.ok(!page.includes('onerror') && !page.includes('shadowrootmode'));
  // The player's scripts, preloaded: nothing is on screen to wait for.
  assert.deepEqual([...page.matchAll(/<script[^>]*>/g)].map((m) => m[0]), ['<script type="module" src="player/netwise.min.js">']);
  assert.match(page, /<link rel="modulepreload" href="player\/netwise.min.js" \/>/);
  assert.match(page, /<link rel="modulepreload" href="player\/player.min.js" \/>/);
  // Only the page's own style is allowed inline, by its hash.
  const [, styleSrc] = /style-src ([^;]+);/.exec(page);
  assert.equal(styleSrc, `'self' ${PAGE_CSS_HASH}`);
  assert.equal(PAGE_CSS_HASH, `'sha256-${createHash('sha256').update(PAGE_CSS).digest('base64')}'`, 'the hash is the text\'s');
  assert.ok(page.includes(`<style>${PAGE_CSS}</style>`));
});

test('plainHtml passes Markdown formatting and links, and nothing that could run or load', () => {
  assert.equal(plainHtml('<p>A <strong>b</strong> <em>c</em> <code>d</code></p>'), '<p>A <strong>b</strong> <em>c</em> <code>d</code></p>');
  assert.equal(plainHtml('<a href="https://example.org/x?a=1">x</a>'), '<a href="https://example.org/x?a=1" target="_blank" rel="noopener noreferrer">x</a>');
  for (const bad of [
    '<a href="javascript:alert(1)">x</a>',
    '<a href="&#106;avascript:alert(1)">x</a>',
    '<a href="java\tscript:alert(1)">x</a>',
    '<a href="data:text/html,x">x</a>',
    '<a href="x" onclick="y">x</a>',
    '<img src="x">',
    '<p onclick="x">a</p>',
    '<!-- c --><p>a</p>',
    '<svg><script>alert(1)</script></svg>',
    '<p>a < b</p>',
    '<style>*{}</style>',
    '<p style="color:red">a</p>',
  ]) {
    assert.equal(plainHtml(bad), undefined, bad);
  }
});

test('a module with question pools is pre-rendered when its first step is not drawn from a pool', async () => {
  const pooled = parseModule(readFileSync(new URL('../../modules/passwords/en.md', import.meta.url), 'utf8'), 'en.md').doc;
  assert.ok(pooled.pools?.length, 'the fixture has pools');
  const first = await prerenderFor(pooled, 'local');
  assert.ok(first?.html.includes(pooled.lessons[0].steps[0].title.replace(/&/g, '&amp;')));
  const drawn = structuredClone(pooled);
  const pooledStep = drawn.lessons.flatMap((l) => l.steps).find((s) => s.question && drawn.pools[0].questions.includes(s.question.id));
  drawn.lessons[0].steps.unshift(pooledStep); // drawn on some attempts, not on others
  assert.equal(await prerenderFor(drawn, 'local'), undefined, 'which pooled question comes first is drawn in the browser');
});
