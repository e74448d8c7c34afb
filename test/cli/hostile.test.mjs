/**
 * Modules from others: a hostile module can make `netwise` write nowhere outside its output folder,
 * every command runs the same checks, and every problem is one `file:line: error:` line (no stack).
 * Run after `npm run build:lib`: node --test test/cli/hostile.test.mjs
 */
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { unzipSync } from 'fflate';
import { zipPackage } from '../../dist/cli/pack.js';
import { inside } from '../../dist/cli/paths.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const cli = join(root, 'dist/cli/netwise.js');
const work = mkdtempSync(join(tmpdir(), 'netwise-hostile-'));
after(() => rmSync(work, { recursive: true, force: true }));

/** A placeholder player, so pack and build run without the real bundle. */
const EMBED = join(work, 'embed');
mkdirSync(EMBED, { recursive: true });
writeFileSync(join(EMBED, 'netwise.min.js'), 'export const placeholder = true;\n');
writeFileSync(join(EMBED, 'prerendered.min.js'), 'export const placeholder = true;\n');

const front = (extra = '', { id = 'hostile', objectives = ['Spot a trick'] } = {}) => `---
id: ${id}
title: Hostile
summary: s
ages: 10-14
minutes: 5
digcomp: [4.2]
objectives:
${objectives.map((o) => `  - ${o}`).join('\n')}
sources:
  - title: T
    url: https://example.org/page
${extra}---
`;
const question = (id = 'q', attrs = '') => `:::truefalse id=${id} answer=true${attrs}\nTrue?\n:::\n`;
const BODY = `# Lesson\n\nText.\n\n## Step\n\n${question()}`;

let n = 0;
/** Writes `source` as `<folder>/en.md` (plus any extra files) in a fresh folder; returns the folder. */
function moduleDir(source, files = {}) {
  const dir = join(work, `m${(n += 1)}`, 'modules', 'mod');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'en.md'), source);
  for (const [name, data] of Object.entries(files)) writeFileSync(join(dir, name), data);
  return dir;
}
const run = (cwd, ...args) => spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8' });
/** Every file under `dir`, relative. */
const tree = (dir) => (existsSync(dir) ? readdirSync(dir, { recursive: true }).map(String).sort() : []);
/** Nothing in stderr/stdout looks like a stack trace or a JavaScript error leaking out. */
function assertNoStack(r) {
  const all = `${r.stdout}\n${r.stderr}`;
  assert.doesNotMatch(all, /\n\s+at .+:\d+:\d+/, all);
  assert.doesNotMatch(all, /is not a function|Cannot read properties|TypeError|RangeError/, all);
}
/** Every line of stderr is `file:line: error: …`, a `hint:` under one, or `netwise <command>: error: …`. */
function assertOneFormat(r) {
  for (const line of r.stderr.split('\n').filter(Boolean)) {
    if (/^Usage:|^ {2}netwise /.test(line)) continue;
    assert.match(line, /^(\S.*:\d+: error: |netwise (check|build|pack): error: | {4}hint: )/, line);
  }
}

test('a language that is a path (lang: x/../../escaped) is refused by check, build and pack, and nothing is written outside --out', () => {
  const dir = moduleDir(front('lang: x/../../escaped\n') + BODY);
  const base = join(dir, '../..');
  const check = run(base, 'check', 'modules');
  assert.equal(check.status, 1);
  assert.match(check.stdout, /modules\/mod\/en\.md:\d+: error: The language "x\/\.\.\/\.\.\/escaped" is not a language tag/);
  const build = run(base, 'build', 'modules', '--out', 'out/a/b', '--packages', 'out/a/zips', '--embed', EMBED);
  assert.equal(build.status, 1);
  const pack = run(base, 'pack', 'modules/mod', '--format', 'scorm12', '--out', 'out/a/b', '--embed', EMBED);
  assert.equal(pack.status, 1);
  assert.deepEqual(tree(join(base, 'out')).filter((f) => f.endsWith('.json') || f.endsWith('.zip')).filter((f) => f !== 'a/b/catalog.json'), []);
  assert.ok(!existsSync(join(base, 'escaped.json')) && !readdirSync(base).some((f) => f.includes('escaped')));
  for (const r of [check, build, pack]) assertNoStack(r), assertOneFormat(r);
});

test('a compiled module whose id is a path (../escaped-by-id) is refused by pack and check', () => {
  const dir = moduleDir(front() + BODY);
  const base = join(dir, '../..');
  const built = run(base, 'build', 'modules', '--out', 'built');
  assert.equal(built.status, 0, built.stderr);
  const doc = JSON.parse(readFileSync(join(base, 'built/hostile.en.json'), 'utf8'));
  doc.meta.id = '../escaped-by-id';
  writeFileSync(join(base, 'evil.json'), JSON.stringify(doc));
  const pack = run(base, 'pack', 'evil.json', '--format', 'html', '--out', 'zips/deeper', '--embed', EMBED);
  assert.equal(pack.status, 1);
  assert.match(pack.stderr, /^evil\.json:1: error: The module id "\.\.\/escaped-by-id" is not kebab-case/m);
  assert.ok(!existsSync(join(base, 'zips')) || tree(join(base, 'zips')).every((f) => !f.endsWith('.zip')));
  assert.ok(!readdirSync(base).some((f) => f.includes('escaped')));
  const check = run(base, 'check', 'evil.json');
  assert.equal(check.status, 1);
  assert.match(check.stdout, /evil\.json:1: error: The module id/);
  for (const r of [pack, check]) assertNoStack(r), assertOneFormat(r);
});

test('every write is confirmed inside its folder, and zip entries are plain relative paths', () => {
  const out = join(work, 'writes');
  assert.equal(inside(out, 'a/b.json'), join(out, 'a/b.json'));
  for (const bad of ['../x.json', 'a/../../x', '/etc/passwd', 'a\\..\\x', 'x\u202Egnp.exe', '', 'a//b', './a']) {
    assert.throws(() => inside(out, bad), /outside/, bad);
  }
  const ok = new Map([['index.html', new Uint8Array([1])]]);
  assert.ok(zipPackage(ok).length > 0);
  for (const bad of ['../evil.html', '/abs.html', 'a/../../b', 'c:\\x', 'x\u202Eg.js']) {
    assert.throws(() => zipPackage(new Map([...ok, [bad, new Uint8Array([2])]])), /entry names/, bad);
  }
});

test('a picture path that leaves the module folder is an error; local pictures are copied by build and pack', () => {
  const escape = moduleDir(front() + BODY.replace('Text.', '![secret](../../../secret.png)'));
  writeFileSync(join(escape, '../../../secret.png'), 'secret');
  const check = run(join(escape, '../..'), 'check', 'modules');
  assert.equal(check.status, 1);
  assert.match(check.stdout, /en\.md:\d+: error: The picture "\.\.\/\.\.\/\.\.\/secret\.png" is outside the module's folder/);

  const png = Buffer.from('89504e470d0a1a0a', 'hex');
  const good = moduleDir(front() + BODY.replace('Text.', '![A shop](shop.png)\n\n<img src="img/banner.png" alt="Banner">'), { 'shop.png': png });
  mkdirSync(join(good, 'img'));
  writeFileSync(join(good, 'img/banner.png'), png);
  const base = join(good, '../..');
  const build = run(base, 'build', 'modules', '--out', 'site/modules', '--packages', 'site/zips', '--embed', EMBED);
  assert.equal(build.status, 0, build.stderr);
  assert.deepEqual(readFileSync(join(base, 'site/modules/hostile/shop.png')), png);
  assert.deepEqual(readFileSync(join(base, 'site/modules/hostile/img/banner.png')), png);
  const html = JSON.parse(readFileSync(join(base, 'site/modules/hostile.en.json'), 'utf8')).lessons[0].steps[0].html;
  assert.match(html, /src="hostile\/shop\.png"/);
  assert.match(html, /src="hostile\/img\/banner\.png"/);
  const pack = run(base, 'pack', 'modules/mod', '--format', 'html', '--out', 'zips', '--embed', EMBED);
  assert.equal(pack.status, 0, pack.stderr);
  const files = unzipSync(readFileSync(join(base, 'zips/hostile.en.html.zip')));
  assert.deepEqual(Buffer.from(files['hostile/shop.png']), png);
  assert.ok('hostile/img/banner.png' in files);
  // A picture on another site is kept (the player decides) and named in a warning.
  const remote = moduleDir(front() + BODY.replace('Text.', '![x](https://tracker.example/pixel.png)'));
  const warn = run(join(remote, '../..'), 'check', 'modules');
  assert.equal(warn.status, 0);
  assert.match(warn.stdout, /warning: The picture https:\/\/tracker\.example\/pixel\.png is on another site/);
});

test('a bidi override in lang is refused and printed escaped, so no name reads backwards', () => {
  const dir = moduleDir(front('lang: "en\u202Egnp.exe"\n') + BODY);
  const base = join(dir, '../..');
  const pack = run(base, 'pack', 'modules/mod', '--format', 'html', '--out', 'z', '--embed', EMBED);
  assert.equal(pack.status, 1);
  assert.match(pack.stderr, /not a language tag/);
  assert.doesNotMatch(pack.stderr, /\u202E/);
  assert.match(pack.stderr, /\\u202e/);
  assert.ok(!existsSync(join(base, 'z')) || tree(join(base, 'z')).length === 0);
});

test('check, build and pack run the same checks: a module one refuses, all refuse (and one all accept, all accept)', () => {
  const many = Array.from({ length: 2000 }, (_, i) => `## S${i}\n\n${question(`q${i}`, ' objective=1')}`).join('\n');
  const dir = moduleDir(front() + `# Lesson\n\n${many}`);
  const base = join(dir, '../..');
  const verdicts = (...profile) => [
    run(base, 'check', 'modules', ...profile).status,
    run(base, 'build', 'modules', '--out', `b${profile.length}`, ...profile).status,
    run(base, 'pack', 'modules/mod', '--format', 'html', '--out', `p${profile.length}`, '--embed', EMBED, ...profile).status,
  ];
  assert.deepEqual(verdicts('--profile', 'curriculum'), [1, 1, 1], 'our curriculum allows 8–15 questions');
  assert.deepEqual(verdicts(), [0, 0, 0], 'any valid module builds');
});

test('a teacher\'s own module (one lesson, no guides) passes check, build and pack; --profile curriculum adds our rules', () => {
  const dir = moduleDir(front() + BODY);
  const base = join(dir, '../..');
  assert.equal(run(base, 'check', 'modules').status, 0);
  assert.equal(run(base, 'build', 'modules', '--out', 'o').status, 0);
  assert.equal(run(base, 'pack', 'modules/mod', '--format', 'scorm12', '--out', 'o', '--embed', EMBED).status, 0);
  const strict = run(base, 'check', 'modules', '--profile', 'curriculum');
  assert.equal(strict.status, 1);
  assert.match(strict.stdout, /A curriculum module has 3–5 lessons/);
  assert.match(strict.stdout, /Objective 1 \("Spot a trick"\) has no question tagged to it/);
  const unknown = run(base, 'check', 'modules', '--profile', 'nope');
  assert.equal(unknown.status, 2);
  assert.match(unknown.stderr, /^netwise check: error: Unknown --profile "nope"/);
});

test('objective=N must name a listed objective; each objective needs a tagged question under the curriculum profile', () => {
  const wrong = moduleDir(front('', { objectives: ['One', 'Two'] }) + `# L\n\n## A\n\n${question('a', ' objective=1')}\n## B\n\n${question('b', ' objective=3')}`);
  const check = run(join(wrong, '../..'), 'check', 'modules');
  assert.equal(check.status, 1, 'objective=3 is an error without a profile too');
  assert.match(check.stdout, /en\.md:\d+: error: `objective=3` names no objective: the front matter lists 2/);

  const partial = moduleDir(front('', { objectives: ['One', 'Two'] }) + `# L\n\n## A\n\n${question('a', ' objective=1')}\n## B\n\n${question('b')}`);
  const base = join(partial, '../..');
  assert.equal(run(base, 'check', 'modules').status, 0);
  const strict = run(base, 'check', 'modules', '--profile', 'curriculum');
  assert.match(strict.stdout, /en\.md:10: error: Objective 2 \("Two"\) has no question tagged to it/);
  assert.doesNotMatch(strict.stdout, /Objective 1 /);

  const fixed = moduleDir(front('', { objectives: ['One', 'Two'] }) + `# L\n\n## A\n\n${question('a', ' objective=1')}\n## B\n\n${question('b', ' objective=2')}`);
  const out = run(join(fixed, '../..'), 'build', 'modules', '--out', 'o');
  assert.equal(out.status, 0, out.stderr);
  const doc = JSON.parse(readFileSync(join(fixed, '../../o/hostile.en.json'), 'utf8'));
  assert.deepEqual(doc.lessons[0].steps.map((s) => s.question.objective), [1, 2]);
  assert.doesNotMatch(run(join(fixed, '../..'), 'check', 'modules', '--profile', 'curriculum').stdout, /has no question tagged/);
});

test('a malformed source URL is an error', () => {
  for (const url of ['https://exa mple.org/x', 'https://example', 'https://user:pw@example.org/', 'https:/example.org', 'https://ex[ample.org/']) {
    const dir = moduleDir(front().replace('https://example.org/page', JSON.stringify(url)) + BODY);
    const r = run(join(dir, '../..'), 'check', 'modules');
    assert.equal(r.status, 1, url);
    assert.match(r.stdout, /en\.md:\d+: error: (The source "T" has a malformed URL|A source needs)/, url);
  }
});

test('broken input gives file:line errors, never a stack trace', () => {
  const dir = moduleDir(front() + BODY);
  const base = join(dir, '../..');
  writeFileSync(join(base, 'bad.json'), '{"format": 1, "meta": {"id": "x", "title": 5, "lang": 7}, "lessons": "no"}');
  writeFileSync(join(base, 'notjson.json'), '{');
  writeFileSync(join(base, 'deep.md'), front() + '# L\n\n' + '>'.repeat(10_000) + ' x\n');
  cpSync(join(dir, 'en.md'), join(base, 'copy.md'));
  const cases = [
    run(base, 'pack', 'bad.json', '--format', 'scorm12', '--embed', EMBED),
    run(base, 'pack', 'notjson.json', '--format', 'scorm12', '--embed', EMBED),
    run(base, 'check', 'bad.json', 'notjson.json', 'deep.md'),
    run(base, 'build', 'deep.md', '--out', 'o'),
    run(base, 'check', 'no-such-folder'),
    run(base, 'pack', 'no-such', '--format', 'html'),
    run(base, 'pack', 'copy.md', '--format', 'html', '--out', 'copy.md/inside-a-file', '--embed', EMBED),
  ];
  for (const r of cases) {
    assert.notEqual(r.status, 0);
    assertNoStack(r);
    assertOneFormat(r);
  }
  assert.match(cases[2].stdout, /deep\.md:\d+: error: Lists or quotes nest more than 20 levels/);
  assert.match(cases[4].stderr, /^no-such-folder:1: error: No such file or folder/);
});
