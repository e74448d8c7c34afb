/**
 * A small fake LMS + LRS for the xAPI and cmi5 tests, served by the test server (wtr middleware) under
 * `/__lms/<name>/`, one independent instance per name:
 *
 * - `POST setup` `{ token?, auth?, launchData?, actor?, activityId?, registration? }` resets the instance.
 *   With `token`, xAPI calls need `Authorization: Basic <token>` once the token has been fetched;
 *   with `auth`, they need exactly that header value.
 * - `POST fetch`: the cmi5 fetch URL. The first POST returns `{"auth-token": token}`; any later one (or
 *   a GET) returns an error with `error-code` 1, as cmi5 §8.2 says.
 * - `xapi/statements` (POST one or many, PUT with `statementId`): every statement is checked with
 *   `xapi-validation` (invalid → 400, recorded in `rejected`), a repeated id with the same content is
 *   accepted but stored once, a different one → 409.
 * - `xapi/activities/state` (GET/PUT/POST/DELETE; `LMS.LaunchData` is set up from `launchData`),
 *   `xapi/agents/profile` (`cmi5LearnerPreferences` only), `xapi/about`.
 * - `POST down` `{ down: true, status?: 503 }` makes every xAPI call fail until `{ down: false }`.
 * - `POST relaunch` `{ token }`: a new launch of the same registration (a new session, a new token).
 * - `GET log`: `{ statements, rejected, duplicates, fetches, requests }` for the test to inspect.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const validate = require('xapi-validation').default;

/** @type {Map<string, any>} */
const instances = new Map();

function fresh(config = {}) {
  return {
    config,
    fetched: false,
    down: false,
    downStatus: 503,
    statements: [],
    byId: new Map(),
    rejected: [],
    duplicates: 0,
    fetches: 0,
    requests: [],
    state: new Map(config.launchData ? [[stateKey(config.activityId, 'LMS.LaunchData', config.registration, config.actor), JSON.stringify(config.launchData)]] : []),
  };
}

function stateKey(activityId, stateId, registration, agent) {
  const a = typeof agent === 'string' ? agent : JSON.stringify(agent ?? null);
  let who = a;
  try {
    const parsed = JSON.parse(a);
    who = JSON.stringify(parsed?.account ?? parsed?.mbox ?? parsed);
  } catch {
    /* keep as is */
  }
  return JSON.stringify([activityId ?? '', stateId ?? '', registration ?? '', who]);
}

async function readBody(ctx) {
  const chunks = [];
  for await (const c of ctx.req) chunks.push(c);
  return Buffer.concat(chunks).toString('utf8');
}

function json(ctx, status, body) {
  ctx.status = status;
  ctx.set('Content-Type', 'application/json');
  ctx.body = JSON.stringify(body);
}

/** Same content for the purpose of a repeated id (the LRS adds `stored`/`authority`, we do not). */
const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);

function storeStatements(lms, list) {
  const ids = [];
  for (const s of list) {
    const warnings = validate(s);
    if (warnings.length) {
      lms.rejected.push({ statement: s, warnings: warnings.map((w) => `${(w.path ?? []).join('.')}: ${w.name ?? w.message}`) });
      return { status: 400, body: { error: 'invalid statement', warnings: lms.rejected.at(-1).warnings } };
    }
    if (s.id && lms.byId.has(s.id)) {
      if (!same(lms.byId.get(s.id), s)) return { status: 409, body: { error: `conflicting statement ${s.id}` } };
    }
  }
  for (const s of list) {
    const withId = s.id ? s : { ...s, id: crypto.randomUUID() };
    if (lms.byId.has(withId.id)) {
      lms.duplicates += 1;
    } else {
      lms.byId.set(withId.id, withId);
      lms.statements.push(withId);
    }
    ids.push(withId.id);
  }
  return { status: 200, body: ids };
}

async function handleXapi(ctx, lms, resource) {
  const auth = ctx.get('Authorization');
  const version = ctx.get('X-Experience-API-Version');
  lms.requests.push({ method: ctx.method, resource, auth, version, keepalive: undefined });
  if (lms.down) return json(ctx, lms.downStatus, { error: 'down' });
  const expected = lms.config.auth ?? (lms.config.token ? `Basic ${lms.config.token}` : undefined);
  if (expected && (auth !== expected || (lms.config.token && !lms.config.auth && !lms.fetched))) return json(ctx, 401, { error: 'unauthorised' });
  if (resource !== 'about' && !/^1\.0(\.\d)?$/.test(version)) return json(ctx, 400, { error: `bad version header ${version}` });
  const q = ctx.query;
  if (resource === 'about') return json(ctx, 200, { version: ['1.0.3'] });
  if (resource === 'statements') {
    if (ctx.method === 'POST' || ctx.method === 'PUT') {
      const body = JSON.parse((await readBody(ctx)) || 'null');
      const list = Array.isArray(body) ? body : [ctx.method === 'PUT' ? { ...body, id: q.statementId } : body];
      const r = storeStatements(lms, list);
      if (ctx.method === 'PUT' && r.status === 200) return void (ctx.status = 204);
      return json(ctx, r.status, r.body);
    }
    return json(ctx, 200, { statements: lms.statements, more: '' });
  }
  if (resource === 'activities/state') {
    const key = stateKey(q.activityId, q.stateId, q.registration, q.agent);
    if (ctx.method === 'GET') {
      if (!lms.state.has(key)) return json(ctx, 404, { error: 'no such state' });
      ctx.status = 200;
      ctx.set('Content-Type', 'application/json');
      ctx.body = lms.state.get(key);
      return;
    }
    if (ctx.method === 'PUT' || ctx.method === 'POST') {
      if (q.stateId === 'LMS.LaunchData') return json(ctx, 403, { error: 'LMS.LaunchData is read-only for the AU' });
      lms.state.set(key, await readBody(ctx));
      return void (ctx.status = 204);
    }
    if (ctx.method === 'DELETE') {
      lms.state.delete(key);
      return void (ctx.status = 204);
    }
  }
  if (resource === 'agents/profile') {
    if (q.profileId === 'cmi5LearnerPreferences') return json(ctx, 200, { languagePreference: 'en-GB', audioPreference: 'on' });
    return json(ctx, 404, { error: 'no profile' });
  }
  return json(ctx, 404, { error: `unknown resource ${resource}` });
}

export function fakeLmsMiddleware() {
  return async (ctx, next) => {
    const m = /^\/__lms\/([\w-]+)\/(.*)$/.exec(ctx.path);
    if (!m) return next();
    const [, name, rest] = m;
    if (rest === 'setup' && ctx.method === 'POST') {
      instances.set(name, fresh(JSON.parse((await readBody(ctx)) || '{}')));
      return json(ctx, 200, { ok: true });
    }
    const lms = instances.get(name);
    if (!lms) return json(ctx, 404, { error: `no fake LMS ${name}; POST /__lms/${name}/setup first` });
    if (rest === 'down' && ctx.method === 'POST') {
      const body = JSON.parse((await readBody(ctx)) || '{}');
      lms.down = !!body.down;
      lms.downStatus = body.status ?? 503;
      return json(ctx, 200, { down: lms.down });
    }
    if (rest === 'relaunch' && ctx.method === 'POST') {
      const body = JSON.parse((await readBody(ctx)) || '{}');
      lms.fetched = false;
      lms.config = { ...lms.config, token: body.token ?? `${lms.config.token ?? 'token'}-2` };
      return json(ctx, 200, { ok: true });
    }
    if (rest === 'log') {
      return json(ctx, 200, {
        statements: lms.statements,
        rejected: lms.rejected,
        duplicates: lms.duplicates,
        fetches: lms.fetches,
        requests: lms.requests,
      });
    }
    if (rest === 'fetch') {
      lms.fetches += 1;
      lms.requests.push({ method: ctx.method, resource: 'fetch' });
      if (ctx.method !== 'POST') return json(ctx, 405, { 'error-code': '3', 'error-text': 'the fetch URL takes POST' });
      if (lms.fetched) return json(ctx, 400, { 'error-code': '1', 'error-text': 'The authorization token was already retrieved.' });
      lms.fetched = true;
      return json(ctx, 200, { 'auth-token': lms.config.token ?? 'token' });
    }
    if (rest.startsWith('xapi/')) return handleXapi(ctx, lms, rest.slice(5).replace(/\/+$/, ''));
    return json(ctx, 404, { error: `unknown path ${rest}` });
  };
}
