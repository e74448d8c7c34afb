/**
 * Every `npx netwise check|build|pack` command in the README's shell examples runs as written, in a copy
 * of the repository's `modules/`, and writes the file its comment promises (`# → name.zip`).
 * Run after `npm run build`: node --test test/cli/readme.test.mjs
 */
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const cli = join(root, 'dist/cli/netwise.js');
const work = mkdtempSync(join(tmpdir(), 'netwise-readme-'));
after(() => rmSync(work, { recursive: true, force: true }));
cpSync(join(root, 'modules'), join(work, 'modules'), { recursive: true });

/** The `npx netwise check|build|pack …` lines of the README's ```sh blocks (continuations joined). */
function readmeCommands() {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const commands = [];
  for (const [, body] of readme.matchAll(/```sh\n([\s\S]*?)```/g)) {
    for (const line of body.replace(/\\\n\s*/g, ' ').split('\n')) {
      const m = /^npx netwise ((?:check|build|pack)\b[^#]*?)\s*(?:#\s*(.*))?$/.exec(line.trim());
      if (m) commands.push({ args: m[1].split(/\s+/), comment: m[2] ?? '' });
    }
  }
  return commands;
}

const commands = readmeCommands();

test('the README shows check, build and pack commands', () => {
  const kinds = new Set(commands.map((c) => c.args[0]));
  assert.deepEqual([...kinds].sort(), ['build', 'check', 'pack']);
});

for (const { args, comment } of commands) {
  test(`npx netwise ${args.join(' ')}`, { skip: !existsSync(join(root, 'dist/embed/netwise.min.js')) && 'the player is not built (npm run build)' }, () => {
    const r = spawnSync(process.execPath, [cli, ...args], { cwd: work, encoding: 'utf8' });
    if (args[0] === 'check') {
      // A check works when it reports: no usage error, every line a finding or the summary.
      assert.ok(r.status === 0 || r.status === 1, r.stderr);
      assert.equal(r.stderr, '');
      for (const line of r.stdout.split('\n').filter(Boolean)) assert.match(line, /^(\S+:\d+: (error|warning): | {4}hint: |Checked \d+ module file)/, line);
    } else {
      assert.equal(r.status, 0, r.stderr);
    }
    const promised = /→\s*(\S+\.zip)/.exec(comment)?.[1];
    if (promised) assert.ok(existsSync(join(work, promised)), `${promised} was written`);
  });
}
