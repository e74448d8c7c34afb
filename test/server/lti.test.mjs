// The LTI 1.3 flow over real HTTP on 127.0.0.1, against a platform written in support.mjs: keys,
// login, launch, progress, scores, deep linking, dynamic registration, class results, and the
// refusals (each a clear 4xx that changes nothing).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { generateKeyPair, createRemoteJWKSet, jwtVerify, SignJWT, UnsecuredJWT } from 'jose';
import { rotateKey } from '../../dist/server/keys.js';
import { api, DL, INSTRUCTOR, LEARNER, LTI, passwordsAnswers, startPlatform, withToolAndPlatform } from './support.mjs';

let tool;
let lms;
withToolAndPlatform((t, l) => ([tool, lms] = [t, l]));

const progress = (step, answers = {}, finished = false) => ({ v: 1, module: 'passwords', step, answers, finished, seed: 'seed-1' });
const answer = (correct, attempts = 1) => ({ response: correct ? 'b' : 'a', attempts, score: correct ? 1 : 0, correct, done: true, revealed: false, latencyMs: 900 });
const count = async (table) => (await tool.server.ctx.db.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n;
/** Rows in every table a launch or a save writes to (login states are made by each login, so apart). */
const TABLES = ['sessions', 'learners', 'resource_links', 'progress', 'answers', 'score_outbox'];
const snapshot = async () => Object.fromEntries(await Promise.all(TABLES.map(async (t) => [t, await count(t)])));

describe('keys and login', () => {
  test('the tool publishes its key set and can rotate its key, keeping the old one published', async () => {
    const first = await (await fetch(`${tool.url}/.well-known/jwks.json`)).json();
    const kid = await rotateKey(tool.server.ctx.db.query);
    const second = await (await fetch(`${tool.url}/.well-known/jwks.json`)).json();
    assert.equal(second.keys[0].kid, kid);
    assert.ok(second.keys.every((k) => k.kty === 'RSA' && !('d' in k)), 'no private part is published');
    for (const k of first.keys) assert.ok(second.keys.some((x) => x.kid === k.kid), 'a rotated-out key stays published');
  });

  test('login initiation redirects to the platform with state and nonce, binding the state in a partitioned cookie', async () => {
    const r = await lms.launch();
    assert.equal(r.loginResponse.status, 302);
    assert.equal(r.auth.origin, lms.url);
    for (const k of ['state', 'nonce', 'login_hint', 'redirect_uri']) assert.ok(r.auth.searchParams.get(k), k);
    assert.equal(r.auth.searchParams.get('response_mode'), 'form_post');
    assert.match(r.setCookie, /HttpOnly/);
    assert.match(r.setCookie, /Secure/);
    assert.match(r.setCookie, /SameSite=None/);
    assert.match(r.setCookie, /Partitioned/);
    assert.equal(r.status, 200);
  });

  test('an unknown issuer is refused at login', async () => {
    const res = await fetch(`${tool.url}/lti/login?iss=https://evil.example&login_hint=x&target_link_uri=${encodeURIComponent(`${tool.url}/lti/launch`)}`);
    assert.equal(res.status, 400);
    assert.match(await res.text(), /not registered/);
  });
});

describe('student launch and progress', () => {
  test('a student launch plays the module with the lti tracker, and work saves and resumes on another device', async () => {
    const r = await lms.launch({ claims: lms.claims({ user: 'ann', name: 'Ann A.' }) });
    assert.equal(r.status, 200);
    assert.match(r.html, /<nw-module src="\/modules\/passwords\.en\.json" tracking="lti">/);
    assert.match(r.headers.get('content-security-policy'), /script-src 'self'/);
    assert.ok(r.session);
    assert.deepEqual(await (await api(tool, r.session, '/api/progress')).json(), { progress: null });
    const saved = progress('s2', { q1: answer(true) });
    assert.equal((await api(tool, r.session, '/api/progress', { method: 'PUT', body: { progress: saved } })).status, 200);
    // A second browser (no shared cookies, new login) resumes from the server.
    const again = await lms.launch({ claims: lms.claims({ user: 'ann' }) });
    assert.notEqual(again.session, r.session);
    assert.deepEqual((await (await api(tool, again.session, '/api/progress')).json()).progress, saved);
  });

  test('another student sees only their own work and cannot change anyone else’s', async () => {
    const ann = await lms.launch({ claims: lms.claims({ user: 'ann' }) });
    const bob = await lms.launch({ claims: lms.claims({ user: 'bob' }) });
    const before = (await (await api(tool, ann.session, '/api/progress')).json()).progress;
    assert.deepEqual(await (await api(tool, bob.session, '/api/progress?user=ann')).json(), { progress: null });
    const annAnswers = async () => (await tool.server.ctx.db.query("SELECT count(*)::int AS n FROM answers WHERE user_id = 'ann'"))[0].n;
    const answersBefore = await annAnswers();
    await api(tool, bob.session, '/api/progress', { method: 'PUT', body: { progress: progress('s9'), user: 'ann' } });
    await api(tool, bob.session, '/api/answer', { method: 'POST', body: { question: 'q1', attempt: 1, correct: true, score: 1, response: 'b', user: 'ann' } });
    assert.deepEqual((await (await api(tool, ann.session, '/api/progress')).json()).progress, before);
    assert.equal(await annAnswers(), answersBefore, 'nothing recorded as Ann’s');
    // Bob's own work went where it belongs: to Bob.
    assert.equal((await (await api(tool, bob.session, '/api/progress')).json()).progress.step, 's9');
  });

  test('API calls without the session header, with a forged one, or from another site change nothing (CSRF)', async () => {
    const ann = await lms.launch({ claims: lms.claims({ user: 'ann' }) });
    const before = (await (await api(tool, ann.session, '/api/progress')).json()).progress;
    const bad = progress('evil');
    assert.equal((await api(tool, null, '/api/progress', { method: 'PUT', body: { progress: bad } })).status, 401);
    assert.equal((await api(tool, 'forged', '/api/progress', { method: 'PUT', body: { progress: bad } })).status, 401);
    const snap = await snapshot();
    for (const [path, method, body] of [['/api/progress', 'PUT', { progress: bad }], ['/api/answer', 'POST', { question: 'q1', attempt: 1, correct: true, score: 1, response: 'b' }], ['/api/result', 'POST', { percent: 100 }]]) {
      const cross = await api(tool, ann.session, path, { method, body, headers: { Origin: 'https://evil.example' } });
      assert.equal(cross.status, 403, path);
    }
    assert.deepEqual(await snapshot(), snap, 'nothing saved, no score queued');
    const form = await fetch(`${tool.url}/api/progress`, { method: 'PUT', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: 'progress=x' });
    assert.equal(form.status, 401);
    assert.equal((await api(tool, ann.session, '/api/progress', { method: 'PUT', body: { progress: { ...bad, module: 'phishing' } } })).status, 400);
    assert.deepEqual((await (await api(tool, ann.session, '/api/progress')).json()).progress, before);
  });

  test('the score reaches the platform’s line item, and waits in the outbox while the platform is down', async () => {
    const r = await lms.launch({ claims: lms.claims({ user: 'cem', link: 'link-2' }) });
    await api(tool, r.session, '/api/progress', { method: 'PUT', body: { progress: progress('s1') } });
    await tool.server.flushScores();
    const started = lms.scores.find((s) => s.userId === 'cem');
    assert.equal(started.activityProgress, 'InProgress');
    assert.equal(started.contentType, 'application/vnd.ims.lis.v1.score+json');
    lms.down = true;
    await api(tool, r.session, '/api/answer', { method: 'POST', body: { question: 'q1', attempt: 1, correct: false, score: 0, response: 'a' } });
    // A forged save: one wrong response whose record claims full marks. The server grades it itself.
    const first = (await passwordsAnswers('seed-1')).ids[0];
    const forged = await passwordsAnswers('seed-1', [first]);
    await api(tool, r.session, '/api/progress', { method: 'PUT', body: { progress: progress('end', forged.answers, true) } });
    const result = await api(tool, r.session, '/api/result', { method: 'POST', body: { percent: 100 } });
    assert.equal(result.status, 200);
    const { percent } = await result.json();
    assert.ok(percent > 0 && percent < 100, `graded on the server: ${percent}`);
    await tool.server.flushScores();
    assert.ok(!lms.scores.some((s) => s.userId === 'cem' && s.scoreGiven !== undefined), 'not delivered while down');
    const [row] = await tool.server.ctx.db.query('SELECT tries, last_error FROM score_outbox WHERE sent_at IS NULL');
    assert.equal(row.tries, 1);
    assert.match(row.last_error, /503/);
    lms.down = false;
    await new Promise((r) => setTimeout(r, 400)); // the first back-off is 200 ms in these tests
    await tool.server.flushScores();
    const final = lms.scores.find((s) => s.userId === 'cem' && s.scoreGiven !== undefined);
    assert.deepEqual([final.scoreGiven, final.scoreMaximum, final.activityProgress, final.gradingProgress], [percent, 100, 'Completed', 'FullyGraded']);
    assert.equal(final.lineitem, '/lineitems/link-2/scores');
    const tokens = lms.tokenRequests;
    await api(tool, r.session, '/api/progress', { method: 'PUT', body: { progress: progress('end', (await passwordsAnswers('seed-1')).answers, true) } });
    await api(tool, r.session, '/api/result', { method: 'POST', body: {} });
    await tool.server.flushScores();
    assert.equal(lms.tokenRequests, tokens, 'the access token is reused until it expires');
    assert.equal(lms.scores.at(-1).scoreGiven, 100, 'all right: full marks');
  });
});

describe('refused launches', () => {
  const refused = async (options, status, pattern) => {
    const before = await snapshot();
    const r = await lms.launch(options);
    assert.equal(r.status, status, r.html);
    assert.match(r.html, pattern);
    assert.equal(r.session, undefined);
    assert.deepEqual(await snapshot(), before, 'no session, learner, link or work was made');
  };

  test('an expired token', () => refused({ signOptions: { exp: Math.floor(Date.now() / 1000) - 60 } }, 401, /expired/));
  test('a token for another tool (audience)', () => refused({ signOptions: { aud: 'someone-else' } }, 401, /not for this tool/));
  test('an unsigned token (alg none)', () => {
    const unsigned = new UnsecuredJWT({ ...lms.claims(), nonce: 'n' }).setIssuer(lms.issuer).setAudience(lms.clientId).setIssuedAt().setExpirationTime('5m').encode();
    return refused({ idToken: unsigned }, 401, /not a signed token this tool accepts/);
  });
  test('a token that is not a JWT at all', () => refused({ idToken: 'x' }, 401, /not a signed token this tool accepts/));
  test('a token from an unknown issuer, posted with a registered platform’s state', async () => {
    const { privateKey } = await generateKeyPair('RS256');
    const foreign = await new SignJWT({ ...lms.claims(), nonce: 'n' }).setProtectedHeader({ alg: 'RS256', kid: lms.kid })
      .setIssuer('https://evil.example').setAudience(lms.clientId).setIssuedAt().setExpirationTime('5m').sign(privateKey);
    await refused({ idToken: foreign }, 401, /not for this tool|not signed by the platform/);
    // Signed with the platform's own key but naming another issuer: the issuer check refuses it.
    const renamed = await new SignJWT({ ...lms.claims(), nonce: 'n' }).setProtectedHeader({ alg: 'RS256', kid: lms.kid })
      .setIssuer('https://evil.example').setAudience(lms.clientId).setIssuedAt().setExpirationTime('5m').sign(lms.privateKey);
    await refused({ idToken: renamed }, 401, /not for this tool \(iss\)/);
  });
  test('a token signed with another key under the platform’s key id', async () => {
    const { privateKey } = await generateKeyPair('RS256');
    await refused({ signOptions: { key: privateKey } }, 401, /not signed by the platform/);
  });
  test('an unknown deployment', () => refused({ claims: lms.claims({ extra: { [`${LTI}deployment_id`]: 'dep-unknown' } }) }, 403, /deployment/));
  test('a replayed launch (the same form posted twice)', async () => {
    const r = await lms.launch();
    assert.equal(r.status, 200);
    const again = await fetch(`${tool.url}/lti/launch`, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded', Cookie: r.setCookie.split(';')[0] }, body: new URLSearchParams({ id_token: r.token, state: r.state }) });
    assert.equal(again.status, 400);
    assert.match(await again.text(), /already used/);
  });
  test('a replayed nonce (an old token with a new login’s state)', async () => {
    const old = await lms.launch();
    await refused({ idToken: old.token }, 401, /already used or belongs to another login/);
  });
  test('a launch whose state cookie is missing and the platform offers no storage', () => refused({ cookie: false }, 401, /did not start in this browser/));
});

describe('third-party cookies blocked: the platform’s postMessage storage, safe from login CSRF', () => {
  const post = (fields, headers = {}) => fetch(`${tool.url}/lti/launch`, { method: 'POST', redirect: 'manual',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...headers }, body: new URLSearchParams(fields) });
  /** What the storage page's script posts back: from this server's own page, so the browser says Origin: the tool. */
  const fromOwnPage = () => ({ Origin: new URL(tool.url).origin });
  const stateRow = async (state) => (await tool.server.ctx.db.query('SELECT count(*)::int AS n FROM login_states WHERE state = $1', [state]))[0].n;

  test('login stores the state in the platform frame, and the launch reads it back in this browser', async () => {
    const login = await fetch(`${tool.url}/lti/login?${new URLSearchParams({ iss: lms.issuer, login_hint: 'x', target_link_uri: `${tool.url}/lti/launch`, lti_storage_target: '_parent' })}`);
    const put = await login.text();
    assert.match(put, /data-action="put"/);
    assert.match(put, /src="\/lti\/assets\/storage\.js"/);
    assert.match(await (await fetch(`${tool.url}/lti/assets/storage.js`)).text(), /lti\.get_data/);
    const before = await snapshot();
    const r = await lms.launch({ cookie: false, storageTarget: '_parent' });
    // Without the cookie the launch answers with the page that reads the platform's storage; no session yet.
    assert.equal(r.status, 200);
    assert.match(r.html, /data-action="get"/);
    assert.match(r.html, new RegExp(`data-key="nw_state_${r.state}"`));
    assert.match(r.html, new RegExp(`data-origin="${lms.url}"`));
    assert.doesNotMatch(r.html, /netwise-session/);
    assert.equal(r.headers.get('referrer-policy'), 'same-origin', 'so the page’s post carries its Origin');
    assert.deepEqual(await snapshot(), before);
    // What the page's script posts once the platform's frame answers with the stored state.
    const done = await post({ id_token: r.token, state: r.state, platform_state: r.state }, fromOwnPage());
    assert.equal(done.status, 200);
    assert.match(await done.text(), /tracking="lti"/);
    // Replayed: the same post again finds the state taken.
    const mid = await snapshot();
    const again = await post({ id_token: r.token, state: r.state, platform_state: r.state }, fromOwnPage());
    assert.equal(again.status, 400);
    assert.match(await again.text(), /already used/);
    assert.deepEqual(await snapshot(), mid, 'a replay changes nothing');
  });

  test('a forged form from another site (the attacker’s own id_token, state and platform_state) is refused and changes nothing', async () => {
    // The attacker signs in in their own browser, stops before the launch, and makes the victim's browser post it.
    const attacker = await lms.launch({ claims: lms.claims({ user: 'mallory' }), cookie: false, storageTarget: '_parent' });
    const before = await snapshot();
    for (const headers of [{ Origin: 'https://evil.example' }, { Origin: 'null' }, { Origin: 'null', 'Sec-Fetch-Site': 'cross-site' }, {}]) {
      const forged = await post({ id_token: attacker.token, state: attacker.state, platform_state: attacker.state }, headers);
      assert.equal(forged.status, 401, JSON.stringify(headers));
      const html = await forged.text();
      assert.match(html, /did not start in this browser/);
      assert.doesNotMatch(html, /netwise-session|tracking="lti"/);
    }
    assert.deepEqual(await snapshot(), before, 'no session, learner or progress was made');
    assert.equal(await stateRow(attacker.state), 1, 'the state was not taken');
    // Without platform_state the victim's browser gets the storage page; the victim's platform storage does
    // not hold the attacker's state, so the page posts back nothing, and that is refused too.
    const page = await post({ id_token: attacker.token, state: attacker.state }, { Origin: 'https://evil.example' });
    assert.equal(page.status, 200);
    assert.match(await page.text(), /data-action="get"/);
    const empty = await post({ id_token: attacker.token, state: attacker.state, platform_state: '' }, fromOwnPage());
    assert.equal(empty.status, 401);
    assert.match(await empty.text(), /did not start in this browser/);
    assert.deepEqual(await snapshot(), before);
  });

  test('a state from another login is refused: another login’s cookie, or the platform holding another state', async () => {
    const victim = await lms.launch({ claims: lms.claims({ user: 'vic' }), cookie: false, storageTarget: '_parent' });
    const attacker = await lms.launch({ claims: lms.claims({ user: 'mallory' }), cookie: false, storageTarget: '_parent' });
    const plainAttacker = await lms.launch({ claims: lms.claims({ user: 'mallory' }), cookie: false });
    const before = await snapshot();
    // The victim's browser holds its own sign-in's cookie, which proves nothing about the attacker's state.
    const withCookie = await post({ id_token: plainAttacker.token, state: plainAttacker.state }, { Cookie: victim.setCookie.split(';')[0] });
    assert.equal(withCookie.status, 401);
    assert.match(await withCookie.text(), /did not start in this browser/);
    const viaStorage = await post({ id_token: attacker.token, state: attacker.state, platform_state: '' }, { Cookie: victim.setCookie.split(';')[0], ...fromOwnPage() });
    assert.equal(viaStorage.status, 401);
    // The victim's platform storage holds the victim's state, not the attacker's.
    const mixed = await post({ id_token: attacker.token, state: attacker.state, platform_state: victim.state }, fromOwnPage());
    assert.equal(mixed.status, 401);
    assert.deepEqual(await snapshot(), before);
    assert.equal(await stateRow(attacker.state), 1);
    assert.equal(await stateRow(victim.state), 1);
  });

  test('two activities opened at once in one browser both launch (one cookie per sign-in)', async () => {
    const login = async () => {
      const res = await fetch(`${tool.url}/lti/login?${new URLSearchParams({ iss: lms.issuer, login_hint: 'twin', target_link_uri: `${tool.url}/lti/launch` })}`, { redirect: 'manual' });
      const auth = new URL(res.headers.get('location'));
      return { cookie: res.headers.get('set-cookie').split(';')[0], state: auth.searchParams.get('state'), nonce: auth.searchParams.get('nonce') };
    };
    const first = await login();
    const second = await login();
    const jar = `${first.cookie}; ${second.cookie}`;
    for (const l of [first, second]) {
      const token = await lms.sign({ ...lms.claims({ user: 'twin' }), nonce: l.nonce });
      const res = await post({ id_token: token, state: l.state }, { Cookie: jar });
      assert.equal(res.status, 200);
      assert.match(await res.text(), /tracking="lti"/);
    }
  });
});

describe('teachers', () => {
  test('deep linking: the catalogue filters, and the LMS gets a signed resource link with a line item', async () => {
    const returnUrl = `${lms.url}/deep-link-return`;
    const claims = lms.claims({ roles: [INSTRUCTOR], type: 'LtiDeepLinkingRequest', extra: {
      [`${DL}deep_linking_settings`]: { deep_link_return_url: returnUrl, accept_types: ['ltiResourceLink'], accept_presentation_document_targets: ['iframe'], data: 'opaque-1' },
    } });
    const r = await lms.launch({ claims });
    assert.equal(r.status, 200);
    assert.match(r.html, /Choose a Netwise module/);
    assert.match(r.headers.get('content-security-policy'), new RegExp(`form-action 'self' ${lms.url}`));
    const filtered = await fetch(`${tool.url}/lti/deep-link`, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ session: r.session, q: 'password', age: '', topic: '', lang: 'en' }) });
    const list = await filtered.text();
    assert.match(list, /1 of \d+ modules/);
    const chosen = await fetch(`${tool.url}/lti/deep-link/choose`, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ session: r.session, module: 'passwords', lang: 'en' }) });
    const html = await chosen.text();
    assert.match(html, new RegExp(`action="${returnUrl}"`));
    const jwt = html.match(/name="JWT" value="([^"]+)"/)[1];
    const { payload } = await jwtVerify(jwt, createRemoteJWKSet(new URL(`${tool.url}/.well-known/jwks.json`)), { issuer: lms.clientId, audience: lms.issuer });
    assert.equal(payload[`${LTI}message_type`], 'LtiDeepLinkingResponse');
    assert.equal(payload[`${LTI}deployment_id`], lms.deployment);
    assert.equal(payload[`${DL}data`], 'opaque-1');
    const [item] = payload[`${DL}content_items`];
    assert.equal(item.type, 'ltiResourceLink');
    assert.deepEqual(item.custom, { netwise_module: 'passwords', netwise_lang: 'en' });
    assert.equal(item.lineItem.scoreMaximum, 100);
    const student = await lms.launch({ claims: lms.claims({ type: 'LtiDeepLinkingRequest', extra: { [`${DL}deep_linking_settings`]: { deep_link_return_url: returnUrl } } }) });
    assert.equal(student.status, 403);
  });

  test('class results: per student and per question, CSV, NRPS for students not started; students are kept out', async () => {
    const link = 'link-results';
    const dan = await lms.launch({ claims: lms.claims({ user: 'dan', name: 'Dan D.', link }) });
    const eve = await lms.launch({ claims: lms.claims({ user: 'eve', name: '=cmd()', link }) });
    for (const [s, right, wrongResponse] of [[dan.session, false, 'a'], [eve.session, false, 'a']]) {
      await api(tool, s, '/api/progress', { method: 'PUT', body: { progress: progress('s2', { q1: answer(right) }) } });
      await api(tool, s, '/api/answer', { method: 'POST', body: { question: 'q1', attempt: 1, correct: right, score: 0, response: wrongResponse } });
    }
    await api(tool, dan.session, '/api/answer', { method: 'POST', body: { question: 'q1', attempt: 2, correct: true, score: 1, response: 'b' } });
    await api(tool, dan.session, '/api/answer', { method: 'POST', body: { question: 'q2', attempt: 1, correct: true, score: 1, response: ['c', 'd'] } });
    await api(tool, dan.session, '/api/progress', { method: 'PUT', body: { progress: progress('end', (await passwordsAnswers('seed-1')).answers, true) } });
    await api(tool, dan.session, '/api/result', { method: 'POST', body: {} });
    lms.members = [
      { user_id: 'dan', name: 'Dan D.', roles: [LEARNER] },
      { user_id: 'fay', name: 'Fay F.', roles: [LEARNER] },
      { user_id: 'tia', name: 'Tia T.', roles: [INSTRUCTOR] },
    ];
    const teacher = await lms.launch({ claims: lms.claims({ user: 'tia', roles: [INSTRUCTOR], link }) });
    assert.equal(teacher.status, 200);
    assert.match(teacher.html, /Class results/);
    assert.match(teacher.html, /Dan D\.<\/td><td>completed<\/td><td>100<\/td>/);
    assert.match(teacher.html, /Fay F\.<\/td><td>not started/);
    assert.doesNotMatch(teacher.html, /Tia T\./);
    assert.match(teacher.html, /<td>q1<\/td><td>2<\/td><td>0%<\/td>\s*<td>a \(2\)<\/td>/);
    assert.match(teacher.html, /<td>q2<\/td><td>1<\/td><td>100%<\/td>/);
    assert.doesNotMatch(teacher.html, /<nw-module/);
    const csv = await fetch(`${tool.url}/lti/results.csv`, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ session: teacher.session }) });
    assert.equal(csv.status, 200);
    assert.match(csv.headers.get('content-type'), /text\/csv/);
    const text = await csv.text();
    assert.match(text, /^student,name,status,score,attempts,minutes,last activity\r\n/);
    assert.match(text, /\r\ndan,Dan D\.,completed,100,1,\d+,\d{4}-/);
    assert.match(text, /\r\neve,'=cmd\(\),in progress,,1,/, 'a formula-like name is neutralised');
    assert.match(text, /\r\nfay,Fay F\.,not started,,0,0,\r\n/);
    // A student's session reaches none of it.
    const snap = await snapshot();
    for (const path of ['/lti/results', '/lti/results.csv', '/lti/deep-link', '/lti/deep-link/choose']) {
      const res = await fetch(`${tool.url}${path}`, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ session: dan.session, module: 'passwords', lang: 'en' }) });
      assert.equal(res.status, 403, path);
      assert.match(res.headers.get('content-type'), /text\/html/);
      const html = await res.text();
      assert.match(html, /Only/);
      assert.doesNotMatch(html, /Eve|eve|name="JWT"/);
    }
    assert.deepEqual(await snapshot(), snap);
  });
});

describe('dynamic registration', () => {
  test('the LMS opens the registration URL; the tool registers and the platform can launch', async () => {
    const other = await startPlatform();
    try {
      other.toolUrl = tool.url;
      other.clientId = 'dyn-client';
      const res = await fetch(`${tool.url}/lti/register?${new URLSearchParams({ openid_configuration: `${other.url}/.well-known/openid-configuration`, registration_token: 'reg-token' })}`);
      assert.equal(res.status, 200, await res.clone().text());
      assert.match(await res.text(), /close\.js/);
      const [reg] = other.registrations;
      assert.equal(reg.initiate_login_uri, `${tool.url}/lti/login`);
      assert.equal(reg.jwks_uri, `${tool.url}/.well-known/jwks.json`);
      assert.match(reg.scope, /lti-ags\/scope\/score/);
      assert.deepEqual(reg['https://purl.imsglobal.org/spec/lti-tool-configuration'].messages.map((m) => m.type), ['LtiDeepLinkingRequest', 'LtiResourceLinkRequest']);
      const r = await other.launch();
      assert.equal(r.status, 200);
      assert.match(r.html, /tracking="lti"/);
      const bad = await fetch(`${tool.url}/lti/register?${new URLSearchParams({ openid_configuration: `${other.url}/.well-known/openid-configuration`, registration_token: 'wrong' })}`);
      assert.equal(bad.status, 502);
    } finally {
      await other.close();
    }
  });
});

describe('privacy', () => {
  test('deleting a course removes its students’ work and nothing of other courses; retention removes old work', async () => {
    const { deleteData, purgeExpired } = await import('../../dist/server/privacy.js');
    const q = tool.server.ctx.db.query;
    const other = await lms.launch({ claims: lms.claims({ user: 'kim', link: 'link-other', extra: { [`${LTI}context`]: { id: 'course-2' } } }) });
    await api(tool, other.session, '/api/progress', { method: 'PUT', body: { progress: progress('s1') } });
    const inCourse = async (c) => (await q('SELECT count(*)::int AS n FROM progress WHERE context_id = $1', [c]))[0].n;
    assert.ok((await inCourse('course-1')) > 0);
    await deleteData(q, 1, 'course-1');
    assert.equal(await inCourse('course-1'), 0);
    assert.equal((await q("SELECT count(*)::int AS n FROM answers WHERE context_id = 'course-1'"))[0].n, 0);
    assert.equal(await inCourse('course-2'), 1, 'another course keeps its work');
    assert.equal((await api(tool, other.session, '/api/progress')).status, 200);
    await q("UPDATE progress SET updated_at = now() - interval '400 days' WHERE user_id = 'kim'");
    await purgeExpired(q, 365);
    assert.equal(await inCourse('course-2'), 0, 'work untouched for longer than the retention is gone');
    assert.equal((await q("SELECT count(*)::int AS n FROM learners WHERE user_id = 'kim'"))[0].n, 0);
  });
});
