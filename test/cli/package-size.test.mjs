/**
 * The npm package is as lazy as the embed: an app's `import 'netwise'`, bundled by esbuild, downloads
 * the player and choice questions first and everything else (LMS adapters, other question kinds, the
 * Markdown parser, validation) only when needed; `npm run size` reports that download beside the embed's.
 * Run after `npm run build` (needs dist/ and dist/embed): node --test test/cli/package-size.test.mjs
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { consumerClosure } from '../../scripts/package-files.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** True when one of the bundled inputs is from `part` (a path fragment). */
const holds = (inputs, part) => inputs.some((input) => input.includes(part));

test("import 'netwise' defines the player but loads adapters, other kinds and the parser on demand", async () => {
  const { inputs, files, chunks } = await consumerClosure("import 'netwise';", root);
  assert.ok(holds(inputs, 'dist/elements/nw-module.js'), 'the player is in the first download');
  assert.ok(holds(inputs, 'dist/elements/nw-choice.js'), 'choice questions are in the first download');
  for (const lazy of ['@xapi/cmi5', 'dist/tracking/cmi5.js', 'dist/tracking/xapi.js', 'dist/tracking/scorm12.js', 'dist/tracking/scorm2004.js', 'dist/tracking/lti.js', 'dist/content/parse.js', 'dist/content/validate.js', 'node_modules/marked', 'node_modules/dompurify', 'dist/elements/nw-order.js', 'dist/elements/nw-hotspot.js', 'dist/elements/nw-summary.js', 'dist/machines/kinds/order.js', 'dist/machines/grading.js', 'dist/machines/answers.js', 'dist/machines/scenario.js']) {
    assert.ok(!holds(inputs, lazy), `${lazy} is not in the first download`);
  }
  assert.ok(chunks > files.length, 'the rest is in chunks loaded on demand');
});

test('an adapter from its own path brings that adapter only', async () => {
  const { inputs } = await consumerClosure("import { XapiTracker } from 'netwise/trackers/xapi'; console.log(XapiTracker);", root);
  assert.ok(holds(inputs, 'dist/tracking/xapi.js'));
  assert.ok(!holds(inputs, '@xapi/cmi5') && !holds(inputs, 'dist/tracking/scorm12.js') && !holds(inputs, 'dist/elements/'));
});

test('the named exports a page uses still come from the package entry', async () => {
  const { inputs } = await consumerClosure("import { NwCompleteEvent, registerTranslation, createTracker, loadModule } from 'netwise'; console.log(NwCompleteEvent, registerTranslation, createTracker, loadModule);", root);
  assert.ok(holds(inputs, 'dist/events/nw-complete.js') && holds(inputs, 'dist/tracking/create.js'));
  assert.ok(!holds(inputs, '@xapi/cmi5'));
});

test('npm run size prints the package bundle beside the embed, with the same budget', () => {
  const run = spawnSync(process.execPath, ['scripts/size.mjs'], { cwd: root, encoding: 'utf8' });
  const line = run.stdout.split('\n').find((l) => l.startsWith("npm package, import 'netwise' bundled by esbuild:"));
  assert.ok(line, run.stdout + run.stderr);
  const [, gzip, budget] = /: ([\d.]+) kB gzip in \d+ file\(s\) before the first question \(of \d+ chunks\); budget ([\d.]+) kB$/.exec(line) ?? [];
  assert.ok(gzip && budget, line);
  assert.match(run.stdout, /entry, which shows the first step: [\d.]+ kB gzip in 1 file\(s\); budget 35\.0 kB/);
  assert.match(run.stdout, /with the player and choice questions \(player\.min\.js\), answerable: [\d.]+ kB gzip in 2 files/);
  assert.equal(budget, '35.0');
  const joined = /the same code as one file: ([\d.]+) kB gzip/.exec(run.stdout)?.[1];
  assert.ok(joined && Number(joined) <= Number(gzip), 'the cost of the split into files is shown');
  const over = /npm package over budget by ([\d.]+) kB/.exec(run.stdout)?.[1];
  assert.equal(over ? Number(over) : 0, Number(gzip) > 35 ? Number((Number(gzip) - 35).toFixed(1)) : 0, 'an excess is reported with its size');
  assert.equal(run.status, /^the entry is over budget/m.test(run.stderr) ? 1 : 0, 'the embed entry over budget fails the run');
});
