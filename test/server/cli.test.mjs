// `netwise lti …` and `netwise serve` as an administrator runs them, on an embedded database folder.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const usingPostgres = !!process.env.DATABASE_URL;
const cli = (args, env = {}) => spawnSync(process.execPath, ['dist/cli/netwise.js', ...args], { encoding: 'utf8', env: { ...process.env, DATABASE_URL: '', ...env } });

test('an administrator registers a platform, serves, and deletes the platform again', { skip: usingPostgres && 'runs on the embedded database only' }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'nw-cli-'));
  const data = join(dir, 'db');
  try {
    const bad = cli(['lti', 'add-platform', '--issuer', 'https://lms.example', '--client-id', 'c1', '--auth-url', 'nope', '--token-url', 'https://lms.example/t', '--jwks-url', 'https://lms.example/k', '--data', data]);
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /--auth-url must be an http\(s\) URL/);
    const add = cli(['lti', 'add-platform', '--issuer', 'https://lms.example', '--client-id', 'c1', '--auth-url', 'https://lms.example/auth',
      '--token-url', 'https://lms.example/token', '--jwks-url', 'https://lms.example/jwks', '--deployment', 'd1', '--deployment', 'd2', '--data', data]);
    assert.equal(add.status, 0, add.stderr);
    assert.match(add.stdout, /Platform 1 registered: https:\/\/lms\.example \(client c1, deployments d1, d2\)/);
    const list = cli(['lti', 'list', '--data', data]);
    assert.match(list.stdout, /^1\thttps:\/\/lms\.example\tclient c1\tdeployments d1, d2$/m);

    const serve = spawn(process.execPath, ['dist/cli/netwise.js', 'serve', '--port', '0', '--data', data, '--static', 'dist'], { env: { ...process.env, DATABASE_URL: '' } });
    let out = '';
    serve.stdout.on('data', (c) => { out += c; });
    const exited = new Promise((r) => serve.on('exit', r));
    for (let i = 0; i < 600 && !/serving on/.test(out); i += 1) await new Promise((r) => setTimeout(r, 50));
    const base = out.match(/serving on (http:\/\/127\.0\.0\.1:\d+)/)[1];
    assert.match(out, /LMS registration URL: http:\/\/127\.0\.0\.1:\d+\/lti\/register/);
    const login = await fetch(`${base}/lti/login?iss=https://lms.example&login_hint=u&target_link_uri=${encodeURIComponent(`${base}/lti/launch`)}`, { redirect: 'manual' });
    assert.equal(login.status, 302);
    assert.match(login.headers.get('location'), /^https:\/\/lms\.example\/auth\?/);
    serve.kill('SIGTERM');
    assert.equal(await exited, 0);

    const del = cli(['lti', 'delete', '--platform', '1', '--data', data]);
    assert.match(del.stdout, /Platform 1 and all its data deleted/);
    assert.equal(cli(['lti', 'list', '--data', data]).stdout, '');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
