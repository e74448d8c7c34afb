/**
 * The layer rules are enforced by ESLint: each fixture is a deliberately wrong (or a rightly placed)
 * file, linted as if it sat at the path its first line names. A wrong one must fail on the rule it
 * names; a right one must pass. Run with `node --test test/lint/layers.test.mjs`.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';

const root = fileURLToPath(new URL('../../', import.meta.url));
const fixtures = new URL('./fixtures/', import.meta.url);
const eslint = new ESLint({ cwd: root });

for (const name of readdirSync(fixtures).sort()) {
  const text = readFileSync(new URL(name, fixtures), 'utf8');
  const header = /^\/\/ lint as: (\S+) — expect: (\S+)/.exec(text);
  test(`${name}: linted as ${header?.[1]}, ${header?.[2] === 'clean' ? 'passes' : `fails on ${header?.[2]}`}`, async () => {
    assert.ok(header, `${name} names the path it stands for and what to expect on its first line`);
    const [, as, expected] = header;
    const [result] = await eslint.lintText(text, { filePath: `${root}${as}` });
    const problems = result.messages.map((m) => `${m.ruleId}: ${m.message}`);
    if (expected === 'clean') {
      assert.deepEqual(problems, []);
    } else {
      assert.ok(problems.length > 0, `${name} should fail lint as ${as}`);
      assert.ok(
        result.messages.every((m) => m.ruleId === expected && m.severity === 2),
        `only ${expected} errors expected, got:\n${problems.join('\n')}`,
      );
    }
  });
}
