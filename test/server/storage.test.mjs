// Storage, migrations and the static site, on PGlite (and on PostgreSQL when DATABASE_URL is set).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openDb } from '../../dist/server/db.js';
import { migrate, MIGRATIONS } from '../../dist/server/migrations.js';
import { freshDb, startTool, usingPostgres } from './support.mjs';

test(`migrations run once and record their versions (${usingPostgres ? 'PostgreSQL' : 'PGlite'})`, async () => {
  const fresh = await freshDb();
  const db = await openDb(fresh.options);
  try {
    assert.deepEqual(await migrate(db), MIGRATIONS.map((m) => m.version));
    assert.deepEqual(await migrate(db), [], 'a second start applies nothing');
    const rows = await db.query('SELECT version FROM netwise_migrations');
    assert.deepEqual(rows.map((r) => r.version), [1]);
    // A transaction that throws leaves nothing behind.
    await assert.rejects(db.transaction(async (q) => {
      await q("INSERT INTO platforms (issuer, client_id, auth_url, token_url, jwks_url) VALUES ('i', 'c', 'a', 't', 'j')");
      throw new Error('stop');
    }));
    assert.equal((await db.query('SELECT count(*)::int AS n FROM platforms'))[0].n, 0);
  } finally {
    await db.close();
    await fresh.drop();
  }
});

// The embedded database keeping its data in a folder is tested through the CLI (cli.test.mjs).

test('the server serves the built player and modules with security headers', async () => {
  const tool = await startTool();
  try {
    const js = await fetch(`${tool.url}/embed/netwise.min.js`);
    assert.equal(js.status, 200);
    assert.match(js.headers.get('content-type'), /javascript/);
    assert.equal(js.headers.get('x-content-type-options'), 'nosniff');
    const catalogue = await fetch(`${tool.url}/modules/catalog.json`);
    assert.equal(catalogue.status, 200);
    assert.ok((await catalogue.json()).some((m) => m.id === 'passwords'));
    const home = await fetch(`${tool.url}/`);
    const csp = home.headers.get('content-security-policy');
    assert.match(csp, /script-src 'self'/);
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/);
    assert.match(csp, /object-src 'none'/);
    assert.equal(home.headers.get('x-frame-options'), null, 'framing is governed by frame-ancestors, so an LMS iframe works');
    const missing = await fetch(`${tool.url}/embed/../package.json`);
    assert.equal(missing.status, 404);
    assert.match(missing.headers.get('content-security-policy'), /default-src 'self'/);
    assert.deepEqual(await (await fetch(`${tool.url}/health`)).json(), { ok: true, db: usingPostgres ? 'postgres' : 'pglite' });
  } finally {
    await tool.close();
  }
});
