/**
 * Every language of a module through the command line: `netwise pack --lang <code>` packs that language's
 * file, `netwise build` compiles and packs every language present and lists each module's languages in
 * the catalogue. Uses the French fixture of test/cli/fixtures/parity. Run after `npm run build`
 * (`netwise pack` needs the player): node --test test/cli/languages.test.mjs
 */
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { strFromU8, unzipSync } from 'fflate';

const root = fileURLToPath(new URL('../../', import.meta.url));
const cli = join(root, 'dist/cli/netwise.js');
const work = mkdtempSync(join(tmpdir(), 'netwise-languages-'));
after(() => rmSync(work, { recursive: true, force: true }));
// The module as a content writer has it: modules/<slug>/en.md and fr.md.
cpSync(join(root, 'test/cli/fixtures/parity'), join(work, 'modules', 'parity-test'), { recursive: true });

const run = (...args) => spawnSync(process.execPath, [cli, ...args], { cwd: work, encoding: 'utf8' });

test('netwise pack <folder> --lang fr packs the French file, and the zip speaks French', () => {
  const result = run('pack', 'modules/parity-test', '--format', 'scorm2004', '--lang', 'fr', '--out', 'zips');
  assert.equal(result.status, 0, result.stderr);
  assert.match(result.stdout, /Packed parity-test \(fr\) as scorm2004: zips\/parity-test\.fr\.scorm2004\.zip/);
  const files = unzipSync(readFileSync(join(work, 'zips/parity-test.fr.scorm2004.zip')));
  const doc = JSON.parse(strFromU8(files['module.json']));
  assert.equal(doc.meta.lang, 'fr');
  assert.equal(doc.meta.title, 'En sécurité en ligne');
  assert.match(strFromU8(files['index.html']), /<html lang="fr">/, 'the player picks its language from the page');
  assert.match(strFromU8(files['imsmanifest.xml']), /<title>En sécurité en ligne<\/title>/);
  // The LMS identifiers differ from the English zip's, so both can live in one course.
  const english = run('pack', 'parity-test', '--format', 'scorm2004', '--out', 'zips');
  assert.equal(english.status, 0, english.stderr);
  const enManifest = strFromU8(unzipSync(readFileSync(join(work, 'zips/parity-test.en.scorm2004.zip')))['imsmanifest.xml']);
  assert.match(enManifest, /<manifest identifier="netwise-parity-test-en"/);
  assert.match(strFromU8(files['imsmanifest.xml']), /<manifest identifier="netwise-parity-test-fr"/);
});

test('netwise pack with a language the module is not in says which languages it has', () => {
  const result = run('pack', 'modules/parity-test', '--format', 'scorm12', '--lang', 'cs');
  assert.equal(result.status, 1);
  assert.match(result.stderr, /No module source at modules\/parity-test .*It is in: en, fr \(`--lang en`\)\./);
  assert.ok(!existsSync(join(work, 'parity-test.cs.scorm12.zip')));
});

test('netwise build compiles and packs every language present and lists each module\'s languages', () => {
  const result = run('build', 'modules', '--out', 'site/modules', '--packages', 'site/packages');
  assert.equal(result.status, 0, result.stderr + result.stdout);
  const catalog = JSON.parse(readFileSync(join(work, 'site/modules/catalog.json'), 'utf8'));
  assert.deepEqual(catalog.map((e) => [e.id, e.lang, e.file]), [
    ['parity-test', 'en', 'parity-test.en.json'],
    ['parity-test', 'fr', 'parity-test.fr.json'],
  ]);
  for (const entry of catalog) {
    assert.deepEqual(entry.languages, ['en', 'fr'], 'each entry names every language of its module');
    assert.deepEqual(entry.packages.map((p) => p.file), ['scorm12', 'scorm2004', 'cmi5', 'html']
      .map((f) => `../packages/parity-test.${entry.lang}.${f}.zip`));
  }
  assert.equal(catalog[1].title, 'En sécurité en ligne');
  assert.deepEqual(readdirSync(join(work, 'site/packages')).sort(), ['en', 'fr']
    .flatMap((l) => ['cmi5', 'html', 'scorm12', 'scorm2004'].map((f) => `parity-test.${l}.${f}.zip`)).sort());
});
