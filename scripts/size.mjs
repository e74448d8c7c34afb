/**
 * `npm run size`: the gzip size of the embed bundle against its budget.
 *
 * The budget (35 kB, aim 30) is for the entry file with everything it imports statically: what a page
 * runs before the first question is on screen (the entry shows a page's player's first step itself, see
 * src/embed/netwise.ts). The player it runs next (`player.min.js`: `<nw-module>`, choice questions) is
 * reported with it: what a module of choice questions downloads before its first question is answerable,
 * and so is the sanitiser (DOMPurify), which every page showing lesson text fetches in parallel. Every other chunk (Markdown parser, other question kinds,
 * LMS adapters, the summary) is listed with its own size: it loads only when a module needs it.
 *
 * The npm package has the same budget: `import 'netwise'` bundled by esbuild with code splitting, as an
 * app would bundle it, from the package built in dist/ (`npm run build:lib`). Its static closure (the
 * app's entry and every chunk it imports statically) is what that app downloads before its first
 * question is on screen (the package's entry shows it early, as the embed's does); with the player's
 * chunk, before it is answerable.
 */
import { readFileSync } from 'node:fs';
import { ENTRY, PLAYER, allFiles, kB, readEmbedFile, staticClosure, sum } from './embed-files.mjs';
import { consumerClosure } from './package-files.mjs';

const BUDGET = 35_000;

const entry = staticClosure(ENTRY);
const playerFiles = staticClosure(PLAYER);
const sanitizer = allFiles().filter((f) => /(^|\/)purify/.test(f.file));
const first = [...playerFiles, ...sanitizer.flatMap((f) => staticClosure(f.file))];
const firstFiles = new Map(first.map((f) => [f.file, f]));
const firstTotal = sum([...firstFiles.values()]);
const entryTotal = sum(entry);
const player = sum(playerFiles);

const rows = allFiles().sort((a, b) => b.gzip - a.gzip);
// The player's languages (and the rest of English): one chunk each, fetched only by a player speaking it.
// Their codes are the list in src/i18n/index.ts.
const codes = /BUILT_IN = '([^']+)'/.exec(readFileSync('src/i18n/index.ts', 'utf8'))?.[1].split(' ') ?? [];
const LOCALE = new RegExp(`^chunks/(${['en', ...codes].join('|')})-[\\w-]{8}\\.js$`);
const locales = rows.filter((r) => LOCALE.test(r.file));
const width = Math.max(...rows.map((r) => r.file.length));
console.log(`${'file'.padEnd(width)}  ${'raw'.padStart(9)}  ${'gzip'.padStart(9)}  loads`);
for (const r of rows) {
  const when = firstFiles.has(r.file) ? 'first' : LOCALE.test(r.file) ? 'on demand (its language)' : 'on demand';
  console.log(`${r.file.padEnd(width)}  ${kB(r.bytes).padStart(9)}  ${kB(r.gzip).padStart(9)}  ${when}`);
}
console.log('');
console.log(`entry, which shows the first step: ${kB(entryTotal)} gzip in ${entry.length} file(s); budget ${kB(BUDGET)}`);
console.log(`with the player and choice questions (${PLAYER}), answerable: ${kB(player)} gzip in ${playerFiles.length} files`);
console.log(`with the sanitiser too, before the first question is answerable: ${kB(firstTotal)} gzip in ${firstFiles.size} files`);
const prerendered = readEmbedFile('prerendered.min.js');
console.log(`a page with its first step written in (netwise pack, LTI) loads only prerendered.min.js first: ${kB(prerendered.gzip)} gzip; it asks for the entry and the player once the step is drawn`);
if (locales.length) {
  const largest = locales.reduce((a, b) => (b.gzip > a.gzip ? b : a));
  console.log(`languages: ${locales.length} chunks, ${kB(sum(locales))} gzip in all, the largest ${kB(largest.gzip)} (${largest.file}); each loads only for its language`);
}
console.log(`whole bundle, every chunk: ${kB(sum(rows))} gzip in ${rows.length} files`);

const app = await consumerClosure("import 'netwise';");
const appTotal = sum(app.files);
const lazy = ['@xapi/cmi5', 'tracking/scorm12', 'tracking/scorm2004', 'tracking/xapi.js', 'tracking/cmi5.js', 'tracking/lti', 'content/parse', 'marked', 'elements/nw-order'];
const eager = lazy.filter((part) => app.inputs.some((input) => input.includes(part)));
console.log(`npm package, import 'netwise' bundled by esbuild: ${kB(appTotal)} gzip in ${app.files.length} file(s) before the first question (of ${app.chunks} chunks); budget ${kB(BUDGET)}`);
if (eager.length) console.log(`  loaded at once although only some modules need them: ${eager.join(', ')}`);
console.log(`  the same code as one file: ${kB(app.joined)} gzip (the rest is the split into ${app.files.length} files)`);
if (app.player) console.log(`  with the player it loads next, answerable: ${kB(sum(app.player.files))} gzip in ${app.player.files.length} files`);

// Both first downloads have the budget: the embed's entry, and the package's entry as an app's bundler
// splits it (esbuild moves code that the entry's exports share with the player into that first download).
for (const [what, total] of [['the entry', entryTotal], ["the npm package's first download", appTotal]]) {
  if (total <= BUDGET) continue;
  console.error(`${what} is over budget by ${kB(total - BUDGET)}`);
  process.exitCode = 1;
}
