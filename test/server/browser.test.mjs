// A student in a real browser (Debian's Chromium): signs in through the LMS, plays the module with the
// `lti` tracker, and resumes in a second browser context (another device: no shared cookies or storage).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import puppeteer from 'puppeteer-core';
import { chromiumPath } from '../../scripts/chromium-path.mjs';
import { addPlatformTo, startPlatform, startTool } from './support.mjs';

let tool;
let lms;
let browser;
before(async () => {
  tool = await startTool({ frameAncestors: "'self' http://localhost:*" });
  lms = await startPlatform();
  await addPlatformTo(tool, lms);
  // Third-party cookies blocked, as Chrome, Safari and Firefox do or will.
  browser = await puppeteer.launch({ executablePath: chromiumPath(), headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--test-third-party-cookie-phaseout'] });
});
after(async () => {
  await browser?.close();
  await tool?.close();
  await lms?.close();
});

const loginUrl = (user) => `${tool.url}/lti/login?${new URLSearchParams({ iss: lms.issuer, login_hint: user, target_link_uri: `${tool.url}/lti/launch` })}`;

/** The player's current step heading and whether a Next button is there. */
const stepOf = (frame) => frame.evaluate(() => {
  const root = document.querySelector('nw-module')?.shadowRoot;
  const heading = root?.querySelector('#step-title');
  return heading?.textContent.trim() ?? null;
});

async function clickNext(frame) {
  return frame.evaluate(() => {
    const root = document.querySelector('nw-module')?.shadowRoot;
    const next = [...(root?.querySelectorAll('button') ?? [])].find((b) => b.textContent.trim() === 'Next');
    next?.click();
    return !!next;
  });
}

test('a student plays in the browser, every step reaches the server, and a second device resumes there', async () => {
  const first = await browser.createBrowserContext();
  const page = await first.newPage();
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto(loginUrl('ivy'));
  await page.waitForFunction(() => !!document.querySelector('nw-module')?.shadowRoot?.querySelector('#step-title'), { timeout: 30_000 });
  assert.match(page.url(), /\/lti\/launch$/);
  const start = await stepOf(page);
  assert.ok(await clickNext(page), 'the first step has a Next button');
  await page.waitForFunction((s) => document.querySelector('nw-module')?.shadowRoot?.querySelector('#step-title')?.textContent.trim() !== s, {}, start);
  const moved = await stepOf(page);
  let row;
  for (let i = 0; i < 100 && !row; i += 1) {
    [row] = await tool.server.ctx.db.query("SELECT data FROM progress WHERE user_id = 'ivy'");
    if (!row) await new Promise((r) => setTimeout(r, 50));
  }
  assert.ok(row, 'the step was saved on the server');
  assert.equal(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('netwise:lti:')).length), 0, 'nothing kept on the device while the server answers');
  await first.close();

  const second = await browser.createBrowserContext();
  const tablet = await second.newPage();
  await tablet.goto(loginUrl('ivy'));
  await tablet.waitForFunction(() => !!document.querySelector('nw-module')?.shadowRoot?.querySelector('#step-title'), { timeout: 30_000 });
  assert.equal(await stepOf(tablet), moved, 'the second device opens at the step the first reached');
  await second.close();
  assert.deepEqual(errors, [], 'no errors in the page');
});

test('inside the LMS iframe with third-party cookies blocked, the launch and saves still work', async () => {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  // The course page is on another site (localhost) than the tool (127.0.0.1), so the tool is third-party.
  const course = `${lms.url.replace('127.0.0.1', 'localhost')}/course?${new URLSearchParams({ src: loginUrl('jon') })}`;
  const log = [];
  page.on('response', (r) => log.push(`${r.status()} ${r.url().slice(0, 60)}`));
  page.on('requestfailed', (r) => log.push(`failed ${r.url().slice(0, 60)} ${r.failure()?.errorText}`));
  page.on('console', (m) => log.push(`console ${m.text()}`));
  await page.goto(course);
  const frameOf = () => page.frames().find((f) => f.url().startsWith(`${tool.url}/lti/launch`));
  for (let i = 0; i < 600 && !frameOf(); i += 1) await new Promise((r) => setTimeout(r, 50));
  const frame = frameOf();
  assert.ok(frame, `the launch page loaded in the iframe: ${page.frames().map((f) => f.url()).join(' ')} ${log.join(' | ')}`);
  await frame.waitForFunction(() => !!document.querySelector('nw-module')?.shadowRoot?.querySelector('#step-title'), { timeout: 30_000 });
  assert.ok(await clickNext(frame));
  let row;
  for (let i = 0; i < 100 && !row; i += 1) {
    [row] = await tool.server.ctx.db.query("SELECT data FROM progress WHERE user_id = 'jon'");
    if (!row) await new Promise((r) => setTimeout(r, 50));
  }
  assert.ok(row, 'the step was saved on the server from inside the iframe');
  // An ordinary (unpartitioned) third-party cookie is refused here, so the partitioned one is what worked.
  const plain = await frame.evaluate(() => { document.cookie = 'plain=1; SameSite=None; Secure'; return document.cookie.includes('plain=1'); });
  assert.equal(plain, false, 'this browser blocks third-party cookies');
  await context.close();
});

test('a browser that keeps no cookie in the iframe (as Safari): the state is read back from the LMS’s postMessage storage', async () => {
  // A second LMS whose sign-in page is on the course page's site (localhost), as the storage spec expects.
  const { addPlatform } = await import('../../dist/server/platforms.js');
  const other = await startPlatform();
  other.toolUrl = tool.url;
  other.issuer = 'https://storage-lms.example';
  const site = other.url.replace('127.0.0.1', 'localhost');
  await addPlatform(tool.server.ctx.db.query, { issuer: other.issuer, clientId: other.clientId, authUrl: `${site}/auth`,
    tokenUrl: `${other.url}/token`, jwksUrl: `${other.url}/jwks`, deployments: [other.deployment] });
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  try {
    // Every cookie is dropped on the way to the LMS's sign-in, so none comes back with the launch.
    const cdp = await page.createCDPSession();
    await page.setRequestInterception(true);
    page.on('request', async (r) => {
      if (r.url().startsWith(`${site}/auth`)) await cdp.send('Network.clearBrowserCookies');
      await r.continue();
    });
    const login = `${tool.url}/lti/login?${new URLSearchParams({ iss: other.issuer, login_hint: 'kai', target_link_uri: `${tool.url}/lti/launch`, lti_storage_target: '_parent' })}`;
    await page.goto(`${site}/course?${new URLSearchParams({ src: login })}`);
    const frameOf = () => page.frames().find((f) => f.url().startsWith(`${tool.url}/lti/launch`));
    for (let i = 0; i < 600 && !frameOf(); i += 1) await new Promise((r) => setTimeout(r, 50));
    const frame = frameOf();
    assert.ok(frame, 'the launch page loaded in the iframe');
    await frame.waitForFunction(() => !!document.querySelector('nw-module')?.shadowRoot?.querySelector('#step-title'), { timeout: 30_000 });
    assert.deepEqual(await page.evaluate(() => window.nwStorage), ['lti.put_data', 'lti.get_data'], 'the state went through the LMS’s storage');
    assert.equal((await tool.server.ctx.db.query("SELECT count(*)::int AS n FROM sessions WHERE user_id = 'kai'"))[0].n, 1);
  } finally {
    await context.close();
    await other.close();
  }
});
