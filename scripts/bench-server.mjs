// npm run bench:server — how many saved answers per second the LTI server takes, and its p99 latency,
// with 100 and 500 simulated students, beside the same server's static-file rate (the ceiling).
// Loopback only (127.0.0.1); the database is the embedded PGlite, or PostgreSQL when DATABASE_URL is set.
import autocannon from 'autocannon';
import { startServer } from '../dist/server/app.js';
import { addPlatform } from '../dist/server/platforms.js';
import { createSession } from '../dist/server/session.js';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const server = await startServer({
  db: process.env.DATABASE_URL ? { url: process.env.DATABASE_URL } : { dataDir: 'memory://' },
  publicUrl: '', staticRoot: 'dist', outboxIntervalMs: 3_600_000,
});
const url = await server.listen({ port: 0, host: '127.0.0.1' });
const q = server.ctx.db.query;
const platform = await addPlatform(q, { issuer: `https://bench.invalid/${Date.now()}`, clientId: 'bench', authUrl: 'https://bench.invalid/a', tokenUrl: 'https://bench.invalid/t', jwksUrl: 'https://bench.invalid/k' });

async function sessions(n) {
  const tokens = [];
  for (let i = 0; i < n; i += 1) {
    tokens.push(await createSession(q, { platform_id: platform, deployment_id: 'd', context_id: 'c', link_id: 'bench', user_id: `student-${n}-${i}`, instructor: false, module: 'passwords', lang: 'en', claims: {} }, 60));
  }
  return tokens;
}

const run = (options) => new Promise((resolve, reject) => {
  const instance = autocannon({ url, duration: SECONDS, ...options }, (err, result) => (err ? reject(err) : resolve(result)));
  autocannon.track(instance, { renderProgressBar: false, renderResultsTable: false, renderLatencyTable: false });
});

const rows = [];
for (const students of [100, 500]) {
  const tokens = await sessions(students);
  // Static files first: PGlite runs inside the server's own thread, so saves still queued would skew them.
  const files = await run({ connections: students, requests: [{ method: 'GET', path: '/modules/catalog.json' }] });
  let step = 0;
  const saves = await run({
    connections: students,
    requests: [{
      method: 'PUT',
      path: '/api/progress',
      setupRequest: (req) => {
        step += 1;
        const answers = { [`q${step % 12}`]: { response: 'b', attempts: 1, score: 1, correct: true, done: true, revealed: false, latencyMs: 1200 } };
        return { ...req, headers: { Authorization: `Bearer ${tokens[step % students]}`, 'Content-Type': 'application/json' },
          body: JSON.stringify({ progress: { v: 1, module: 'passwords', step: `s${step % 30}`, answers, finished: false, seed: 'x' } }) };
      },
    }],
  });
  rows.push({
    students,
    'answers saved/s': Math.round(saves.requests.average),
    'save p99 ms': saves.latency.p99,
    'save errors': saves.errors + saves.non2xx,
    'static files/s': Math.round(files.requests.average),
    'static p99 ms': files.latency.p99,
    'static errors': files.errors + files.non2xx,
  });
}
console.log(`Netwise server on ${server.ctx.db.kind}, ${SECONDS} s per run, loopback:`);
console.table(rows);
await server.close();
