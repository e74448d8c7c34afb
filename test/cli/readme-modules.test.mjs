/**
 * The README's table of modules tells the truth: one row per folder in `modules/`, with the title, ages,
 * minutes and teacher-led mark of its English front matter and every language file the folder holds.
 * Run: node --test test/cli/readme-modules.test.mjs
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const section = readme.split('## The modules\n')[1]?.split('\n## ')[0] ?? '';

/** The table's rows by slug: `| title | \`slug\` | ages | minutes | languages | topics |`. */
const rows = new Map();
for (const line of section.split('\n')) {
  const cells = line.split('|').slice(1, -1).map((c) => c.trim());
  const slug = /^`([a-z0-9-]+)`$/.exec(cells[1] ?? '')?.[1];
  if (slug) rows.set(slug, { title: cells[0], ages: cells[2], minutes: cells[3], languages: cells[4] });
}

/** One top-level front-matter field of a module file, as written. */
const field = (text, name) => new RegExp(`^${name}:\\s*(.*)$`, 'm').exec(text.split('\n---')[0])?.[1]?.trim();

const slugs = readdirSync(join(root, 'modules'), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);

test('the README lists every module folder, and nothing else', () => {
  assert.ok(rows.size > 0, 'the README has a "## The modules" table');
  assert.deepEqual([...rows.keys()].sort(), [...slugs].sort());
});

for (const slug of slugs) {
  test(`the README's row for ${slug} matches its files`, () => {
    const dir = join(root, 'modules', slug);
    const en = readFileSync(join(dir, 'en.md'), 'utf8');
    const row = rows.get(slug);
    assert.ok(row, `${slug} has a row`);
    const teacherLed = field(en, 'teacherLed') === 'true';
    assert.equal(row.title, teacherLed ? `${field(en, 'title')} (teacher-led)` : field(en, 'title'));
    assert.equal(row.ages, field(en, 'ages'));
    assert.equal(row.minutes, field(en, 'minutes'));
    const files = readdirSync(dir).filter((f) => /^[a-z]{2,3}(-[A-Za-z0-9]+)*\.md$/.test(f)).map((f) => f.slice(0, -3));
    const listed = row.languages.split(',').map((l) => l.trim());
    assert.deepEqual([...listed].sort(), [...files].sort(), 'the languages are the files present');
    assert.equal(listed[0], 'en', 'English first');
  });
}
