/**
 * The LTI launch page holds the module's first step (pre-rendered) and its own style (no style sheet request
 * holds its first paint back), allowed by their hashes in the CSP, and nothing else inline; its one script
 * starts the player once the step is on screen. Run after `npm run build`: node --test test/server/prerender.test.mjs
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { withToolAndPlatform } from './support.mjs';

let tool;
let lms;
withToolAndPlatform((t, l) => {
  tool = t;
  lms = l;
});

test('a student launch shows the first step in the page, its styles allowed by hash', async () => {
  const r = await lms.launch({ claims: lms.claims({ user: 'pre' }) });
  assert.equal(r.status, 200);
  assert.match(r.html, /<nw-module src="\/modules\/passwords\.en\.json" tracking="lti"><template shadowrootmode="open">/);
  assert.match(r.html, /<h3 id="step-title" tabindex="-1">[^<]+<\/h3>/);
  assert.match(r.html, /Your progress is saved to your learning platform\./);
  const csp = r.headers.get('content-security-policy');
  const styles = [...r.html.matchAll(/<style>([^<]*)<\/style>/g)].map((m) => m[1]);
  assert.ok(styles.length >= 2, 'the page\'s own style and the step\'s');
  assert.match(styles[0], /^body\{/, 'the page\'s own style comes first, in the head');
  assert.doesNotMatch(r.html, /<link rel="stylesheet"/, 'no style sheet to wait for');
  for (const css of styles) assert.ok(csp.includes(`'sha256-${createHash('sha256').update(css).digest('base64')}'`));
  assert.doesNotMatch(csp, /unsafe-inline/);
  // One script, which starts the player once the step has been drawn; the module downloads meanwhile.
  assert.deepEqual([...r.html.matchAll(/<script[^>]*>/g)].map((m) => m[0]), ['<script type="module" src="/embed/prerendered.min.js">']);
  assert.match(r.html, /<link rel="preload" as="fetch" crossorigin href="\/modules\/passwords\.en\.json">/);
  assert.doesNotMatch(r.html, /modulepreload/);
  const script = await fetch(new URL('/embed/prerendered.min.js', tool.url));
  assert.equal(script.status, 200, 'the tool serves it');
});
