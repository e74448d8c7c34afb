/**
 * `netwise build --packages`: the ready-made zips the teacher page offers (`npm run build` writes them into
 * dist/packages/ and lists them in dist/modules/catalog.json). Run after `npm run build`:
 *   node --test test/cli/packages.test.mjs
 */
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { strFromU8, unzipSync } from 'fflate';
import { loadForPack, packageFiles, zipPackage } from '../../dist/cli/pack.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const cli = join(root, 'dist/cli/netwise.js');
const EMBED = join(root, 'dist/embed');
const work = mkdtempSync(join(tmpdir(), 'netwise-packages-'));
after(() => rmSync(work, { recursive: true, force: true }));

const FORMATS = ['scorm12', 'scorm2004', 'cmi5', 'html'];
/** The file an importer looks for first, at the zip's root. */
const ROOT_FILE = { scorm12: 'imsmanifest.xml', scorm2004: 'imsmanifest.xml', cmi5: 'cmi5.xml', html: 'index.html' };

/** A module `netwise build` accepts for the curriculum: 3 lessons, 8 questions, guides and vocabulary. */
const SOURCE = (id, title, lang = 'en') => `---
id: ${id}
lang: ${lang}
title: ${title}
summary: Long beats clever.
ages: 10-14
minutes: 10
digcomp: [4.1]
objectives:
  - Make a long passphrase
vocabulary:
  - term: Passphrase
    definition: A password made of several words.
passMark: 80
sources:
  - title: NCSC – Three random words
    url: https://www.ncsc.gov.uk/collection/top-tips-for-staying-secure-online/three-random-words
---
${[1, 2, 3].map((lesson) => `
# Lesson ${lesson}

Long beats clever.
${[1, 2, 3].slice(0, lesson === 3 ? 2 : 3).map((q) => `
## Question ${q}

:::truefalse id=q${lesson}-${q} answer=true
A long passphrase is harder to guess than a short clever password.
:::
`).join('')}`).join('')}
:::teacher-guide
## Preparation
Read the lesson first.
:::

:::family-tips
Talk about passphrases at home.
:::
`;

function writeModules(dir) {
  mkdirSync(join(dir, 'alpha'), { recursive: true });
  mkdirSync(join(dir, 'beta'), { recursive: true });
  writeFileSync(join(dir, 'alpha', 'en.md'), SOURCE('alpha', 'Alpha'));
  writeFileSync(join(dir, 'alpha', 'fr.md'), SOURCE('alpha', 'Alpha (fr)', 'fr'));
  writeFileSync(join(dir, 'beta', 'en.md'), SOURCE('beta', 'Beta'));
  return dir;
}

const build = (...args) => spawnSync(process.execPath, [cli, 'build', ...args], { encoding: 'utf8', cwd: work });

/** Opens a zip as an importer would and checks what it needs at the root. */
function assertPackage(bytes, format, label) {
  assert.equal(strFromU8(bytes.subarray(0, 4), true), 'PK\x03\x04', `${label} starts with a zip header`);
  const files = unzipSync(bytes);
  const names = Object.keys(files);
  assert.ok(names.includes(ROOT_FILE[format]), `${label} has ${ROOT_FILE[format]} at its root`);
  if (format !== 'html') assert.equal(names[0], ROOT_FILE[format], `${label}: the manifest is the first entry`);
  assert.ok(names.includes('index.html') && names.includes('module.json') && names.includes('player/netwise.min.js'), label);
  const tracking = format === 'html' ? 'local' : format;
  assert.match(strFromU8(files['index.html']), new RegExp(`<nw-module src="module\\.json" tracking="${tracking}">`), label);
  return files;
}

test('netwise build --packages writes every module and language in the four formats and lists them in the catalogue', { skip: !existsSync(join(EMBED, 'netwise.min.js')) && 'the player is not built (npm run build:embed)' }, async () => {
  const modules = writeModules(join(work, 'modules'));
  const r = build(modules, '--out', 'site/modules', '--packages', 'site/packages', '--publisher', 'https://school.example/lessons/');
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /Built 3 modules into site\/modules and 12 zips into site\/packages\./);

  const catalog = JSON.parse(readFileSync(join(work, 'site/modules/catalog.json'), 'utf8'));
  assert.deepEqual(catalog.map((e) => `${e.id}.${e.lang}`), ['alpha.en', 'alpha.fr', 'beta.en']);
  const zips = readdirSync(join(work, 'site/packages')).sort();
  assert.deepEqual(zips, catalog.flatMap((e) => FORMATS.map((f) => `${e.id}.${e.lang}.${f}.zip`)).sort());
  for (const entry of catalog) {
    assert.deepEqual(entry.packages.map((p) => p.format), FORMATS);
    for (const p of entry.packages) {
      // The path is relative to the catalogue, like `file`, so a page resolves it against the catalogue's URL.
      assert.equal(p.file, `../packages/${entry.id}.${entry.lang}.${p.format}.zip`);
      const path = fileURLToPath(new URL(p.file, new URL('site/modules/catalog.json', `file://${work}/`)));
      assert.equal(p.bytes, statSync(path).size, `${p.file}: the size in the catalogue is the file's`);
      const files = assertPackage(new Uint8Array(readFileSync(path)), p.format, p.file);
      assert.equal(JSON.parse(strFromU8(files['module.json'])).meta.lang, entry.lang);
      if (p.format === 'cmi5') assert.match(strFromU8(files['cmi5.xml']), new RegExp(`<course id="https://school\\.example/lessons/${entry.id}/${entry.lang}">`));
    }
  }
  // Each zip has the bytes `netwise pack` gives for the same module and format.
  const doc = await loadForPack(join(modules, 'alpha'), 'fr');
  const fromPack = zipPackage(await packageFiles(doc, { format: 'scorm2004', embedDir: EMBED }));
  assert.deepEqual(new Uint8Array(readFileSync(join(work, 'site/packages/alpha.fr.scorm2004.zip'))), fromPack);
});

test('building twice gives the same bytes (re-uploads keep the LMS records)', { skip: !existsSync(join(EMBED, 'netwise.min.js')) && 'the player is not built' }, () => {
  const modules = join(writeModules(join(work, 'twice')), 'beta');
  const first = build(modules, '--out', 'one/modules', '--packages', 'one/packages');
  const second = build(modules, '--out', 'two/m', '--packages', 'two/zips');
  assert.equal(first.status, 0, first.stderr);
  assert.equal(second.status, 0, second.stderr);
  for (const name of readdirSync(join(work, 'one/packages'))) {
    assert.deepEqual(readFileSync(join(work, 'two/zips', name)), readFileSync(join(work, 'one/packages', name)), name);
  }
  assert.equal(readdirSync(join(work, 'one/packages')).length, 4);
});

test('without --packages the catalogue lists no zips; a missing player or an unknown option fails clearly', () => {
  const modules = writeModules(join(work, 'plain'));
  const plain = build(modules, '--out', 'plain-out');
  assert.equal(plain.status, 0, plain.stderr);
  assert.ok(JSON.parse(readFileSync(join(work, 'plain-out/catalog.json'), 'utf8')).every((e) => !('packages' in e)));

  const emptyEmbed = join(work, 'no-player');
  mkdirSync(emptyEmbed, { recursive: true });
  const noPlayer = build(modules, '--out', 'np/modules', '--packages', 'np/packages', '--embed', emptyEmbed);
  assert.equal(noPlayer.status, 1);
  assert.match(noPlayer.stderr, /^netwise build: error: The player bundle is missing .*npm run build:embed/);
  assert.ok(!existsSync(join(work, 'np/packages')), 'no zip without a player');

  const unknown = build(modules, '--out', 'x', '--pakages', 'y');
  assert.equal(unknown.status, 2);
  assert.match(unknown.stderr, /--pakages/);
  assert.match(unknown.stderr, /--packages <dir>/);
});

test('npm run build wrote the zips of every module and language into dist/packages/, as the catalogue lists them', async () => {
  const catalogFile = join(root, 'dist/modules/catalog.json');
  assert.ok(existsSync(catalogFile), 'dist/modules/catalog.json is missing: run npm run build');
  const catalog = JSON.parse(readFileSync(catalogFile, 'utf8'));
  assert.ok(catalog.length >= 10, 'the curriculum modules are in the catalogue');
  for (const entry of catalog) {
    assert.deepEqual(entry.packages?.map((p) => p.format), FORMATS, `${entry.id}.${entry.lang} lists its four zips`);
    for (const p of entry.packages) {
      const path = join(root, 'dist/modules', p.file);
      assert.equal(path, join(root, 'dist/packages', `${entry.id}.${entry.lang}.${p.format}.zip`));
      const bytes = new Uint8Array(readFileSync(path));
      assert.equal(bytes.length, p.bytes, `${p.file}: the size in the catalogue is the file's`);
      const files = assertPackage(bytes, p.format, p.file);
      assert.deepEqual(JSON.parse(strFromU8(files['module.json'])), JSON.parse(readFileSync(join(root, 'dist/modules', entry.file), 'utf8')));
    }
  }
  // Packing a compiled module again gives the same bytes as the file the build wrote.
  const entry = catalog.find((e) => e.id === 'passwords' && e.lang === 'en') ?? catalog[0];
  const doc = await loadForPack(join(root, 'dist/modules', entry.file), entry.lang);
  const again = zipPackage(await packageFiles(doc, { format: 'scorm12' }));
  assert.deepEqual(again, new Uint8Array(readFileSync(join(root, 'dist/packages', `${entry.id}.${entry.lang}.scorm12.zip`))));
});
