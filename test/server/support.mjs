// Helpers for the server tests: a fresh database (PGlite in memory, or a new schema on DATABASE_URL),
// the tool server on 127.0.0.1, and an LMS platform written here with its own keys and endpoints.
import http from 'node:http';
import { after, before } from 'node:test';
import { randomUUID } from 'node:crypto';
import { SignJWT, createRemoteJWKSet, exportJWK, generateKeyPair, jwtVerify } from 'jose';
import { startServer } from '../../dist/server/app.js';

export const usingPostgres = !!process.env.DATABASE_URL;

/** Database options for one test: a fresh schema on the real server, or a PGlite in memory. */
export async function freshDb() {
  if (!usingPostgres) return { options: { dataDir: 'memory://' }, drop: async () => {} };
  const { default: pg } = await import('pg');
  const schema = `nw_test_${randomUUID().replace(/-/g, '')}`;
  const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  await admin.end();
  const url = new URL(process.env.DATABASE_URL);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return {
    options: { url: url.href },
    drop: async () => {
      const c = new pg.Client({ connectionString: process.env.DATABASE_URL });
      await c.connect();
      await c.query(`DROP SCHEMA ${schema} CASCADE`);
      await c.end();
    },
  };
}

/** The tool on 127.0.0.1 with a fresh database; `close()` stops it and drops the data. */
export async function startTool(extra = {}) {
  const db = await freshDb();
  const server = await startServer({ db: db.options, publicUrl: '', staticRoot: 'dist', retryMs: 200, outboxIntervalMs: 3_600_000, ...extra });
  const url = await server.listen({ port: 0, host: '127.0.0.1' });
  return { server, url, async close() { await server.close(); await db.drop(); } };
}

function listen(handler) {
  const srv = http.createServer(handler);
  return new Promise((resolve) => srv.listen(0, '127.0.0.1', () => resolve(srv)));
}

const readBody = (req) => new Promise((resolve) => {
  let data = '';
  req.on('data', (c) => { data += c; });
  req.on('end', () => resolve(data));
});

export const LTI = 'https://purl.imsglobal.org/spec/lti/claim/';
export const DL = 'https://purl.imsglobal.org/spec/lti-dl/claim/';
export const AGS = 'https://purl.imsglobal.org/spec/lti-ags/claim/endpoint';
export const NRPS = 'https://purl.imsglobal.org/spec/lti-nrps/claim/namesroleservice';
export const LEARNER = 'http://purl.imsglobal.org/vocab/lis/v2/membership#Learner';
export const INSTRUCTOR = 'http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor';

/**
 * An LMS in miniature: its own signing key, JWKS, OIDC auth endpoint (the tests sign tokens directly),
 * token endpoint checking the tool's client assertion, AGS score endpoint, NRPS, OpenID configuration and
 * a dynamic-registration endpoint. `down = true` makes the score endpoint answer 503.
 */
export async function startPlatform() {
  const { privateKey, publicKey } = await generateKeyPair('RS256');
  const kid = 'platform-key-1';
  const jwk = { ...(await exportJWK(publicKey)), kid, alg: 'RS256', use: 'sig' };
  const p = {
    clientId: 'netwise-client', deployment: 'dep-1', down: false, scores: [], tokenRequests: 0, registrations: [],
    members: [], toolUrl: '', privateKey, kid, extraKeys: [],
    browserClaims: (user) => p.claims({ user }),
  };
  const srv = await listen(async (req, res) => {
    const url = new URL(req.url, p.url);
    const json = (status, body) => { res.writeHead(status, { 'Content-Type': 'application/json' }); res.end(JSON.stringify(body)); };
    if (url.pathname === '/jwks') return json(200, { keys: [jwk, ...p.extraKeys] });
    if (url.pathname === '/auth') {
      // The OIDC authorisation endpoint a browser reaches: signs the launch for `login_hint` (claims from
      // `p.browserClaims`) and posts it to the tool, as an LMS's form_post response does.
      const q = url.searchParams;
      const claims = p.browserClaims(q.get('login_hint'));
      const token = await p.sign({ ...claims, nonce: q.get('nonce') });
      res.writeHead(200, { 'Content-Type': 'text/html' });
      return res.end(`<!doctype html><form method="post" action="${q.get('redirect_uri')}"><input type="hidden" name="id_token" value="${token}">
<input type="hidden" name="state" value="${q.get('state')}"></form><script>document.forms[0].submit()</script>`);
    }
    if (url.pathname === '/course') {
      // A course page that shows the tool in an iframe, as an LMS does, and answers the LTI client-side
      // postMessage storage (lti.put_data / lti.get_data), keeping each sender origin's values apart.
      res.writeHead(200, { 'Content-Type': 'text/html' });
      return res.end(`<!doctype html><script>
const store = new Map();
window.nwStorage = [];
window.addEventListener('message', (e) => {
  const d = e.data || {};
  if (d.subject !== 'lti.put_data' && d.subject !== 'lti.get_data') return;
  window.nwStorage.push(d.subject);
  const k = e.origin + ' ' + d.key;
  if (d.subject === 'lti.put_data') store.set(k, d.value);
  const answer = { subject: d.subject + '.response', message_id: d.message_id, key: d.key };
  if (store.has(k)) answer.value = store.get(k); else answer.error = { code: 'bad_request', message: 'nothing stored' };
  e.source.postMessage(answer, e.origin);
});
</script><iframe name="tool" style="width:900px;height:700px" src="${url.searchParams.get('src')}"></iframe>`);
    }
    if (url.pathname === '/.well-known/openid-configuration') {
      if (req.headers.authorization !== 'Bearer reg-token') return json(401, { error: 'no token' });
      return json(200, { issuer: p.url, authorization_endpoint: `${p.url}/auth`, token_endpoint: `${p.url}/token`, jwks_uri: `${p.url}/jwks`,
        registration_endpoint: `${p.url}/register`, 'https://purl.imsglobal.org/spec/lti-platform-configuration': { product_family_code: 'testlms' } });
    }
    if (url.pathname === '/register' && req.method === 'POST') {
      if (req.headers.authorization !== 'Bearer reg-token') return json(401, { error: 'no token' });
      const body = JSON.parse(await readBody(req));
      p.registrations.push(body);
      return json(200, { ...body, client_id: p.clientId, 'https://purl.imsglobal.org/spec/lti-tool-configuration': { ...body['https://purl.imsglobal.org/spec/lti-tool-configuration'], deployment_id: p.deployment } });
    }
    if (url.pathname === '/token' && req.method === 'POST') {
      p.tokenRequests += 1;
      const form = new URLSearchParams(await readBody(req));
      try {
        const keys = createRemoteJWKSet(new URL('/.well-known/jwks.json', p.toolUrl));
        await jwtVerify(form.get('client_assertion'), keys, { issuer: p.clientId, subject: p.clientId, audience: `${p.url}/token` });
      } catch (err) {
        return json(401, { error: 'invalid_client', detail: err.message });
      }
      if (form.get('grant_type') !== 'client_credentials') return json(400, { error: 'unsupported_grant_type' });
      return json(200, { access_token: `tok-${p.tokenRequests}:${form.get('scope')}`, token_type: 'Bearer', expires_in: 3600 });
    }
    const auth = req.headers.authorization ?? '';
    if (url.pathname.startsWith('/lineitems/') && url.pathname.endsWith('/scores') && req.method === 'POST') {
      if (p.down) return json(503, { error: 'down' });
      if (!auth.startsWith('Bearer tok-') || !auth.includes('scope/score')) return json(401, { error: 'bad token' });
      p.scores.push({ lineitem: url.pathname, contentType: req.headers['content-type'], ...JSON.parse(await readBody(req)) });
      return json(200, {});
    }
    if (url.pathname === '/nrps') {
      if (!auth.includes('contextmembership.readonly')) return json(401, { error: 'bad token' });
      return json(200, { id: url.href, context: { id: 'course-1' }, members: p.members });
    }
    json(404, { error: 'not found' });
  });
  p.url = `http://127.0.0.1:${srv.address().port}`;
  p.issuer = p.url;

  /** Signs an id_token as this platform (or with `key`/`kid` to forge one). */
  p.sign = async (claims, { key = privateKey, keyId = kid, alg = 'RS256', exp = '5m', aud = p.clientId } = {}) =>
    new SignJWT(claims).setProtectedHeader({ alg, kid: keyId }).setIssuer(p.issuer).setAudience(aud).setIssuedAt().setExpirationTime(exp).sign(key);

  /** The claims of a normal launch. */
  p.claims = ({ user = 'student-1', roles = [LEARNER], type = 'LtiResourceLinkRequest', link = 'link-1', module = 'passwords', lang = 'en', name, extra = {} } = {}) => ({
    sub: user,
    ...(name ? { name } : {}),
    [`${LTI}message_type`]: type,
    [`${LTI}version`]: '1.3.0',
    [`${LTI}deployment_id`]: p.deployment,
    [`${LTI}target_link_uri`]: `${p.toolUrl}/lti/launch`,
    [`${LTI}roles`]: roles,
    [`${LTI}context`]: { id: 'course-1', title: 'Class 7b' },
    ...(type === 'LtiResourceLinkRequest' ? {
      [`${LTI}resource_link`]: { id: link, title: 'Passwords' },
      [`${LTI}custom`]: { netwise_module: module, netwise_lang: lang },
      [AGS]: { scope: ['https://purl.imsglobal.org/spec/lti-ags/scope/score', 'https://purl.imsglobal.org/spec/lti-ags/scope/lineitem'], lineitem: `${p.url}/lineitems/${link}` },
      [NRPS]: { context_memberships_url: `${p.url}/nrps`, service_versions: ['2.0'] },
    } : {}),
    ...extra,
  });

  /**
   * A browser's way through login and launch. Returns the launch response, its HTML and the session
   * token the page carries. `tamper(claims)` and `signOptions` make bad tokens; `cookie: false` drops
   * the state cookie (third-party cookies blocked).
   */
  p.launch = async ({ claims = p.claims(), signOptions, cookie = true, storageTarget, idToken } = {}) => {
    const login = new URL('/lti/login', p.toolUrl);
    login.search = new URLSearchParams({ iss: p.issuer, login_hint: claims.sub ?? 'x', target_link_uri: `${p.toolUrl}/lti/launch`, client_id: p.clientId,
      ...(storageTarget ? { lti_storage_target: storageTarget } : {}) });
    const first = await fetch(login, { redirect: 'manual' });
    const setCookie = first.headers.get('set-cookie') ?? '';
    let auth;
    if (first.status === 302) auth = new URL(first.headers.get('location'));
    else {
      const html = await first.text();
      const m = html.match(/data-next="([^"]+)"/);
      if (!m) return { status: first.status, html, setCookie };
      auth = new URL(m[1].replace(/&#38;/g, '&'));
    }
    const state = auth.searchParams.get('state');
    const nonce = auth.searchParams.get('nonce');
    const token = idToken ?? (await p.sign({ ...claims, nonce }, signOptions));
    const res = await fetch(new URL('/lti/launch', p.toolUrl), {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...(cookie ? { Cookie: setCookie.split(';')[0] } : {}) },
      body: new URLSearchParams({ id_token: token, state }),
      redirect: 'manual',
    });
    const html = await res.text();
    const session = html.match(/name="netwise-session" content="([^"]+)"/)?.[1] ?? html.match(/name="session" value="([^"]+)"/)?.[1];
    return { status: res.status, html, headers: res.headers, session, state, nonce, token, auth, setCookie, loginResponse: first };
  };

  p.close = () => new Promise((resolve) => { srv.closeAllConnections?.(); srv.close(resolve); });
  return p;
}

/** Registers `platform` on the tool the way `netwise lti add-platform` does. */
export async function addPlatformTo(tool, platform, deployments = [platform.deployment]) {
  const { addPlatform } = await import('../../dist/server/platforms.js');
  platform.toolUrl = tool.url;
  return addPlatform(tool.server.ctx.db.query, {
    issuer: platform.issuer, clientId: platform.clientId, authUrl: `${platform.url}/auth`, tokenUrl: `${platform.url}/token`,
    jwksUrl: `${platform.url}/jwks`, deployments,
  });
}

/** Calls the tool's API as the player does. */
/**
 * One tool and one platform registered with it, started before the calling file's tests and closed
 * after them; `use` receives both once they are up.
 */
export function withToolAndPlatform(use) {
  let tool;
  let lms;
  before(async () => {
    tool = await startTool();
    lms = await startPlatform();
    await addPlatformTo(tool, lms);
    use(tool, lms);
  });
  after(async () => {
    await tool?.close();
    await lms?.close();
  });
}

export function api(tool, session, path, { method = 'GET', body, headers = {} } = {}) {
  return fetch(new URL(path, tool.url), {
    method,
    headers: { ...(session ? { Authorization: `Bearer ${session}` } : {}), ...(body ? { 'Content-Type': 'application/json' } : {}), ...headers },
    body: body ? JSON.stringify(body) : undefined,
  });
}

/**
 * Answer records for every question the `passwords` attempt with `seed` plays: right responses, except
 * the ids in `wrong`, which get a wrong response while the record still claims full marks (a forged save).
 */
export async function passwordsAnswers(seed, wrong = []) {
  const { readFileSync } = await import('node:fs');
  const { correctResponse } = await import('../../dist/machines/scoring.js');
  const { questionsOfSteps, stepsInPlay } = await import('../../dist/machines/module-machine.js');
  const doc = JSON.parse(readFileSync('dist/modules/passwords.en.json', 'utf8'));
  const questions = questionsOfSteps(stepsInPlay(doc, seed)).filter((q) => q.kind !== 'reflect');
  const answers = {};
  for (const q of questions) {
    answers[q.id] = { response: wrong.includes(q.id) ? null : correctResponse(q), attempts: 1, score: 1, correct: true, done: true, revealed: false, latencyMs: 800 };
  }
  return { answers, ids: questions.map((q) => q.id) };
}
