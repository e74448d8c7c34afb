/**
 * `netwise pack`: the zips a teacher uploads to an LMS. Run after `npx tsc -p tsconfig.build.json`:
 *   node --test test/cli/pack*.test.mjs
 * Each zip is opened with fflate and checked the way an LMS's importer would: the manifest at the root,
 * the right schema names for the version, every href inside the zip, nothing from outside it.
 */
import { after, test } from 'node:test';
import { createHash } from 'node:crypto';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { unzipSync, strFromU8 } from 'fflate';
import { loadForPack, packageFiles, zipPackage, packageName } from '../../dist/cli/pack.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const cli = join(root, 'dist/cli/netwise.js');
const work = mkdtempSync(join(tmpdir(), 'netwise-pack-'));
after(() => rmSync(work, { recursive: true, force: true }));

/** The real player if it has been built; otherwise a placeholder in a temp copy (never in the repo). */
function embedDir() {
  const real = join(root, 'dist/embed');
  if (existsSync(join(real, 'netwise.min.js'))) return real;
  const copy = join(work, 'embed');
  mkdirSync(join(copy, 'chunks'), { recursive: true });
  if (existsSync(real)) cpSync(real, copy, { recursive: true });
  writeFileSync(join(copy, 'netwise.min.js'), 'export const placeholder = true;\n');
  writeFileSync(join(copy, 'prerendered.min.js'), 'export const placeholder = true;\n');
  return copy;
}
const EMBED = embedDir();

const SOURCE = `---
id: pack-test
title: Lock it down & "stay" <safe>
summary: Strong passphrases.
ages: 10-14
minutes: 10
digcomp: [4.1]
objectives:
  - Make a long passphrase
passMark: 80
sources:
  - title: NCSC – Three random words
    url: https://www.ncsc.gov.uk/collection/top-tips-for-staying-secure-online/three-random-words
---

# Passwords

Long beats clever.

## Pick one

:::choice id=strongest
Which of these passwords is the hardest to guess?
- [ ] Summer2024!
- [x] kettle orbit tulip
- [ ] P@ssw0rd
:::

## True or false

:::truefalse id=change-monthly answer=false
You should change all your passwords every month.
:::
`;
const moduleDir = join(work, 'modules', 'pack-test');
mkdirSync(moduleDir, { recursive: true });
writeFileSync(join(moduleDir, 'en.md'), SOURCE);

async function pack(format) {
  const doc = await loadForPack(moduleDir, 'en');
  const bytes = zipPackage(await packageFiles(doc, { format, embedDir: EMBED }));
  return { doc, bytes, files: unzipSync(bytes) };
}

/** Every `<tag>` balanced: a small well-formedness check (no XML parser in node). */
function assertWellFormed(xml) {
  const stack = [];
  for (const [, close, name, selfClose] of xml.matchAll(/<(\/?)([A-Za-z_][\w:.-]*)(?:\s[^<>]*?)?(\/?)>/g)) {
    if (selfClose) continue;
    if (close) assert.equal(stack.pop(), name, `</${name}> closes the wrong element`);
    else stack.push(name);
  }
  assert.deepEqual(stack, [], 'unclosed elements');
  assert.doesNotMatch(xml.replace(/&(amp|lt|gt|quot|apos);/g, ''), /&/, 'a bare & in the XML');
}

const attr = (xml, re) => [...xml.matchAll(re)].map((m) => m[1]);

function checkSelfContained(files) {
  const names = Object.keys(files);
  const html = strFromU8(files['index.html']);
  // No inline script: every <script> has a src; no style="" or on…="" attributes. The only inline styles
  // are the page's own (no style sheet request holds its first paint back) and the pre-rendered first
  // step's <style> elements, each allowed by its hash in the page's CSP.
  for (const tag of html.match(/<script\b[^>]*>/g)) assert.match(tag, /\ssrc="[^"]+"/);
  assert.doesNotMatch(html, /<script\b[^>]*>[^<]+<\/script>/);
  assert.doesNotMatch(html, /\sstyle=|\son[a-z]+=/i);
  assert.match(html, /http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'/);
  const csp = /Content-Security-Policy" content="([^"]+)"/.exec(html)[1];
  assert.doesNotMatch(csp, /unsafe-inline/);
  const styles = [...html.matchAll(/<style>([^<]*)<\/style>/g)].map((m) => m[1]);
  assert.ok(styles.length >= 2 && /^body \{/.test(styles[0]), 'the page\'s own style is in the page');
  for (const css of styles) assert.ok(csp.includes(`'sha256-${createHash('sha256').update(css).digest('base64')}'`), 'a <style> the CSP does not allow');
  // Every URL the page names is a file in the zip (relative, no leading slash, no scheme); links in the
  // pre-rendered step (module content, opening in a new tab) aside.
  const page = html.replace(/<template[^]*<\/template>/, '');
  for (const url of attr(page, /\s(?:src|href)="([^"]+)"/g)) {
    assert.doesNotMatch(url, /^(\/|[a-z]+:)/i, `${url} points outside the zip`);
    assert.ok(names.includes(url), `${url} is not in the zip`);
  }
  // Every module the player imports (statically or lazily) is in the zip.
  for (const name of names.filter((n) => n.endsWith('.js'))) {
    const code = strFromU8(files[name]);
    for (const spec of attr(code, /(?:\bimport\s*\(\s*|\bfrom\s*|\bimport\s*)"(\.{1,2}\/[^"]+)"/g)) {
      const target = posix.normalize(posix.join(posix.dirname(name), spec));
      assert.ok(names.includes(target), `${name} imports ${spec}, which is not in the zip`);
    }
    assert.doesNotMatch(code, /(?:import\s*\(\s*|from\s*)"https?:/, `${name} imports from the network`);
  }
}

test('SCORM 1.2 zip: manifest at the root with 1.2 schema names, every file listed and present', async () => {
  const { doc, bytes, files } = await pack('scorm12');
  const names = Object.keys(files);
  assert.equal(names[0], 'imsmanifest.xml', 'the manifest is the first entry, at the root');
  assert.ok(!names.some((n) => n.includes('/imsmanifest.xml')));
  // The zip's own first local header names the manifest (what a streaming importer reads first).
  assert.equal(strFromU8(bytes.subarray(30, 30 + 15)), 'imsmanifest.xml');

  const xml = strFromU8(files['imsmanifest.xml']);
  assertWellFormed(xml);
  assert.match(xml, /^<\?xml version="1.0" encoding="UTF-8"\?>/);
  assert.match(xml, /xmlns="http:\/\/www\.imsproject\.org\/xsd\/imscp_rootv1p1p2"/);
  assert.match(xml, /xmlns:adlcp="http:\/\/www\.adlnet\.org\/xsd\/adlcp_rootv1p2"/);
  assert.match(xml, /<schema>ADL SCORM<\/schema>\s*<schemaversion>1\.2<\/schemaversion>/);
  assert.match(xml, /<resource identifier="[^"]+" type="webcontent" adlcp:scormtype="sco" href="index\.html">/);
  assert.doesNotMatch(xml, /scormType/, '1.2 spells it scormtype');
  assert.match(xml, /<adlcp:masteryscore>80<\/adlcp:masteryscore>/);
  assert.match(xml, /<title>Lock it down &amp; &quot;stay&quot; &lt;safe&gt;<\/title>/);
  // The default organization and the item's resource exist.
  const orgDefault = attr(xml, /<organizations default="([^"]+)"/g)[0];
  assert.ok(attr(xml, /<organization identifier="([^"]+)"/g).includes(orgDefault));
  const ref = attr(xml, /identifierref="([^"]+)"/g)[0];
  assert.ok(attr(xml, /<resource identifier="([^"]+)"/g).includes(ref));
  const ids = attr(xml, /\sidentifier="([^"]+)"/g);
  assert.equal(new Set(ids).size, ids.length, 'identifiers are unique');
  for (const id of ids) assert.match(id, /^[A-Za-z_][A-Za-z0-9_.-]*$/, `${id} is an xs:ID`);
  // Every <file href> is in the zip, and every file in the zip is listed.
  const hrefs = attr(xml, /<file href="([^"]+)"\/>/g);
  assert.deepEqual([...hrefs].sort(), names.filter((n) => n !== 'imsmanifest.xml').sort());
  for (const h of hrefs) assert.doesNotMatch(h, /^\/|\.\.|^[a-z]+:/i);

  assert.deepEqual(
    names.filter((n) => !n.startsWith('player/')).sort(),
    ['imsmanifest.xml', 'index.html', 'module.json'],
  );
  assert.ok(names.includes('player/netwise.min.js'));
  assert.ok(!names.some((n) => n.endsWith('.map') || n.endsWith('.d.ts')), 'no source maps or type files');
  const html = strFromU8(files['index.html']);
  assert.match(html, /<nw-module src="module\.json" tracking="scorm12" loading="eager"><template shadowrootmode="open">/);
  assert.match(html, /<html lang="en">/);
  const json = JSON.parse(strFromU8(files['module.json']));
  assert.equal(json.meta.id, 'pack-test');
  assert.deepEqual(json, JSON.parse(JSON.stringify(doc)));
  checkSelfContained(files);
});

test('SCORM 2004 zip: 4th edition schema names, scormType, tracking="scorm2004"', async () => {
  const { files } = await pack('scorm2004');
  const xml = strFromU8(files['imsmanifest.xml']);
  assertWellFormed(xml);
  assert.equal(Object.keys(files)[0], 'imsmanifest.xml');
  assert.match(xml, /xmlns="http:\/\/www\.imsglobal\.org\/xsd\/imscp_v1p1"/);
  assert.match(xml, /xmlns:adlcp="http:\/\/www\.adlnet\.org\/xsd\/adlcp_v1p3"/);
  assert.match(xml, /xmlns:imsss="http:\/\/www\.imsglobal\.org\/xsd\/imsss"/);
  assert.match(xml, /<schema>ADL SCORM<\/schema>\s*<schemaversion>2004 4th Edition<\/schemaversion>/);
  assert.match(xml, /adlcp:scormType="sco" href="index\.html"/);
  assert.doesNotMatch(xml, /masteryscore/, 'a 1.2 element');
  const hrefs = attr(xml, /<file href="([^"]+)"\/>/g);
  assert.deepEqual([...hrefs].sort(), Object.keys(files).filter((n) => n !== 'imsmanifest.xml').sort());
  assert.match(strFromU8(files['index.html']), /<nw-module src="module\.json" tracking="scorm2004" loading="eager">/);
  checkSelfContained(files);
});

test('html zip: a plain offline page saving on the device, no manifest', async () => {
  const { files } = await pack('html');
  assert.ok(!('imsmanifest.xml' in files));
  assert.match(strFromU8(files['index.html']), /<nw-module src="module\.json" tracking="local" loading="eager">/);
  checkSelfContained(files);
});

test('cmi5 zip: cmi5.xml at the root (CourseStructure namespace), one course and one AU launched from index.html', async () => {
  const { doc, bytes, files } = await pack('cmi5');
  const names = Object.keys(files);
  assert.equal(names[0], 'cmi5.xml', 'cmi5.xml is the first entry, at the root');
  assert.equal(strFromU8(bytes.subarray(30, 30 + 8)), 'cmi5.xml');
  assert.ok(!('imsmanifest.xml' in files));
  const xml = strFromU8(files['cmi5.xml']);
  assertWellFormed(xml);
  assert.match(xml, /^<\?xml version="1.0" encoding="UTF-8"\?>\n<courseStructure xmlns="https:\/\/w3id\.org\/xapi\/profiles\/cmi5\/v1\/CourseStructure\.xsd">/);
  assert.equal(xml.match(/<course /g).length, 1);
  assert.equal(xml.match(/<au /g).length, 1);
  const course = attr(xml, /<course id="([^"]+)"/g)[0];
  const au = attr(xml, /<au id="([^"]+)"/g)[0];
  assert.equal(course, 'urn:netwise:pack-test:en');
  assert.equal(au, 'urn:netwise:pack-test:en:au');
  assert.notEqual(course, au);
  // Graded, pass mark 80: the LMS needs completed and passed, at a mastery score of 0.8.
  assert.match(xml, /<au id="[^"]+" moveOn="CompletedAndPassed" masteryScore="0\.8" launchMethod="AnyWindow">/);
  assert.match(xml, /<title><langstring lang="en">Lock it down &amp; &quot;stay&quot; &lt;safe&gt;<\/langstring><\/title>/);
  assert.match(xml, /<description><langstring lang="en">Strong passphrases\.<\/langstring><\/description>/);
  // The launch URL is relative and in the zip; the LMS adds the five launch parameters to it.
  const url = attr(xml, /<url>([^<]+)<\/url>/g);
  assert.deepEqual(url, ['index.html']);
  assert.ok(names.includes(url[0]));
  // The elements come in the order the schema's sequences require.
  assert.ok(xml.indexOf('<course ') < xml.indexOf('<au '));
  const auXml = xml.slice(xml.indexOf('<au '));
  assert.ok(auXml.indexOf('<title>') < auXml.indexOf('<description>') && auXml.indexOf('<description>') < auXml.indexOf('<url>'));

  const html = strFromU8(files['index.html']);
  assert.match(html, /<nw-module src="module\.json" tracking="cmi5" loading="eager"><template shadowrootmode="open">/);
  // The LMS's endpoint may be on another HTTPS host; nothing else loosens the policy.
  assert.match(html, /connect-src 'self' https:;/);
  assert.deepEqual(JSON.parse(strFromU8(files['module.json'])), JSON.parse(JSON.stringify(doc)));
  assert.deepEqual(names.filter((n) => !n.startsWith('player/')).sort(), ['cmi5.xml', 'index.html', 'module.json']);
  checkSelfContained(files);
});

test('cmi5 zip of a practice module: moveOn Completed, no mastery score; --publisher sets the ids', async () => {
  const dir = join(work, 'modules', 'practice-test');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'en.md'), SOURCE.replace('id: pack-test', 'id: practice-test').replace('passMark: 80', 'passMark: 80\nmode: practice'));
  const doc = await loadForPack(dir, 'en');
  assert.equal(doc.meta.mode, 'practice');
  const files = unzipSync(zipPackage(await packageFiles(doc, { format: 'cmi5', embedDir: EMBED, publisher: 'https://school.example/courses/' })));
  const xml = strFromU8(files['cmi5.xml']);
  assertWellFormed(xml);
  assert.match(xml, /<au id="https:\/\/school\.example\/courses\/practice-test\/en\/au" moveOn="Completed" launchMethod="AnyWindow">/);
  assert.match(xml, /<course id="https:\/\/school\.example\/courses\/practice-test\/en">/);
  assert.doesNotMatch(xml, /masteryScore/);
});

test('SCORM zips of a practice module: no mastery score or passing score, so the LMS judges no pass and no grade', async () => {
  const dir = join(work, 'modules', 'practice-scorm');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'en.md'), SOURCE.replace('id: pack-test', 'id: practice-scorm').replace('passMark: 80', 'passMark: 80\nmode: practice'));
  const doc = await loadForPack(dir, 'en');
  for (const format of ['scorm12', 'scorm2004']) {
    const xml = strFromU8(unzipSync(zipPackage(await packageFiles(doc, { format, embedDir: EMBED })))['imsmanifest.xml']);
    assertWellFormed(xml);
    assert.doesNotMatch(xml, /masteryscore|minNormalizedMeasure|satisfiedByMeasure|scaled_passing_score/i, format);
  }
});

test('the same module packs to the same bytes and the same identifiers (re-uploads keep LMS records)', async () => {
  const a = await pack('scorm12');
  const b = await pack('scorm12');
  assert.deepEqual(a.bytes, b.bytes);
  assert.equal(packageName(a.doc, 'scorm12'), 'pack-test.en.scorm12.zip');
});

test('CLI: netwise pack writes the zip into --out, from a folder or a file', () => {
  const out = join(work, 'out');
  const run = (...args) => spawnSync(process.execPath, [cli, 'pack', ...args, '--embed', EMBED], { encoding: 'utf8' });
  const r1 = run(moduleDir, '--format', 'scorm12', '--out', out);
  assert.equal(r1.status, 0, r1.stderr);
  assert.match(r1.stdout, /pack-test\.en\.scorm12\.zip/);
  const files = unzipSync(readFileSync(join(out, 'pack-test.en.scorm12.zip')));
  assert.ok('imsmanifest.xml' in files);
  const r2 = run(join(moduleDir, 'en.md'), '--format=scorm2004', '--lang', 'en', '--out', out);
  assert.equal(r2.status, 0, r2.stderr);
  assert.ok(existsSync(join(out, 'pack-test.en.scorm2004.zip')));
  const r3 = run(moduleDir, '--format', 'cmi5', '--out', out, '--publisher', 'https://school.example/netwise/');
  assert.equal(r3.status, 0, r3.stderr);
  assert.match(r3.stdout, /pack-test\.en\.cmi5\.zip/);
  const cmi5 = unzipSync(readFileSync(join(out, 'pack-test.en.cmi5.zip')));
  assert.match(strFromU8(cmi5['cmi5.xml']), /<course id="https:\/\/school\.example\/netwise\/pack-test\/en">/);
});

test('CLI: a wrong format, a missing module, a broken module, a missing player each fail clearly', () => {
  const run = (...args) => spawnSync(process.execPath, [cli, 'pack', ...args], { encoding: 'utf8' });
  const bad = run(moduleDir, '--format', 'scorm3');
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /--format scorm12\|scorm2004\|html/);
  const missing = run(join(work, 'nope'), '--format', 'scorm12', '--embed', EMBED);
  assert.equal(missing.status, 1);
  assert.match(missing.stderr, /No module source/);
  const brokenDir = join(work, 'broken');
  mkdirSync(brokenDir, { recursive: true });
  writeFileSync(join(brokenDir, 'en.md'), SOURCE.replace('- [x] kettle', '- [ ] kettle'));
  const broken = run(brokenDir, '--format', 'scorm12', '--embed', EMBED, '--out', join(work, 'out2'));
  assert.equal(broken.status, 1);
  assert.match(broken.stderr, /en\.md:\d+: error:/);
  assert.ok(!existsSync(join(work, 'out2', 'pack-test.en.scorm12.zip')));
  const noPlayer = join(work, 'empty-embed');
  mkdirSync(noPlayer, { recursive: true });
  const r = run(moduleDir, '--format', 'html', '--embed', noPlayer);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /npm run build:embed/);
});

test('netwise help lists pack', () => {
  assert.match(execFileSync(process.execPath, [cli, '--help'], { encoding: 'utf8' }), /netwise pack/);
});

test('unzips each LMS package into dist/e2e-packages/, where the browser tests play them (test/tracking/scorm-package.test.ts, cmi5-package.test.ts)', async (t) => {
  if (EMBED !== join(root, 'dist/embed')) {
    t.skip('the player is not built (npm run build:embed)');
    return;
  }
  for (const format of ['scorm12', 'scorm2004', 'cmi5']) {
    const { files } = await pack(format);
    const dir = join(root, 'dist/e2e-packages', format);
    rmSync(dir, { recursive: true, force: true });
    for (const [name, data] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, name)), { recursive: true });
      writeFileSync(join(dir, name), data);
    }
    assert.ok(existsSync(join(dir, format === 'cmi5' ? 'cmi5.xml' : 'imsmanifest.xml')));
  }
});
