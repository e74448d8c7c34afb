/**
 * The npm package is as lazy as the embed: an app's `import 'netwise'`, bundled by esbuild, downloads
 * what shows the first step first, then the player and choice questions, and everything else (LMS
 * adapters, other question kinds, the Markdown parser, validation) only when needed; `npm run size`
 * reports those downloads beside the embed's, with the same budget.
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

test("import 'netwise' shows the first step from its first download, then loads the player, and the rest on demand", async () => {
  const { inputs, files, chunks, player } = await consumerClosure("import 'netwise';", root);
  assert.ok(holds(inputs, 'dist/elements/early-step.js'), 'the early step is in the first download');
  assert.ok(!holds(inputs, 'dist/elements/nw-module.js') && !holds(inputs, 'node_modules/lit-html'), 'the player and Lit are not');
  assert.ok(player, 'the player is a chunk of its own');
  assert.ok(holds(player.inputs, 'dist/elements/nw-module.js') && holds(player.inputs, 'dist/elements/nw-choice.js'), 'the player brings choice questions');
  for (const lazy of ['@xapi/cmi5', 'dist/tracking/cmi5.js', 'dist/tracking/xapi.js', 'dist/tracking/scorm12.js', 'dist/tracking/scorm2004.js', 'dist/tracking/lti.js', 'dist/content/parse.js', 'dist/content/validate.js', 'node_modules/marked', 'node_modules/dompurify', 'dist/elements/nw-order.js', 'dist/elements/nw-hotspot.js', 'dist/elements/nw-summary.js', 'dist/machines/kinds/order.js', 'dist/machines/grading.js', 'dist/machines/answers.js', 'dist/machines/scenario.js']) {
    assert.ok(!holds(player.inputs, lazy), `${lazy} is not in the download before the first question is answerable`);
  }
  assert.ok(chunks > player.files.length, 'the rest is in chunks loaded on demand');
  assert.ok(player.files.length > files.length);
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

test('the element classes come from their own files, which define the elements at once', async () => {
  const { inputs } = await consumerClosure("import { NwModule } from 'netwise/elements/nw-module.js'; console.log(NwModule);", root);
  assert.ok(holds(inputs, 'dist/elements/nw-module.js') && holds(inputs, 'dist/elements/nw-choice.js'));
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
  assert.match(run.stdout, /with the player it loads next, answerable: [\d.]+ kB gzip in \d+ files/);
  const over = /^the npm package's first download is over budget by ([\d.]+) kB/m.exec(run.stderr)?.[1];
  assert.equal(over ? Number(over) : 0, Number(gzip) > 35 ? Number((Number(gzip) - 35).toFixed(1)) : 0, 'an excess is reported with its size');
  assert.equal(run.status, /over budget/.test(run.stderr) ? 1 : 0, 'either first download over budget fails the run');
  assert.ok(Number(gzip) <= 35, `the package's first download (${gzip} kB) is within the budget`);
});
