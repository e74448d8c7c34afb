/**
 * Deep Linking 2.0: a teacher adding an activity picks a module from the catalogue (search, age, topic
 * and language filters, all server-side forms, no script needed), and the LMS receives a signed
 * `LtiDeepLinkingResponse` with one `ltiResourceLink`: a line item scored out of 100 and the module and
 * language as custom parameters.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { SignJWT } from 'jose';
import type { ServerContext } from './context.js';
import { CLAIM, DL_CLAIM, LtiError } from './id-token.js';
import { ALG, signingKey } from './keys.js';
import { esc, errorPage, page } from './pages.js';
import { platformById } from './platforms.js';
import { formToken, sessionOf } from './session.js';

export interface CatalogueEntry {
  id: string;
  lang: string;
  title: string;
  summary: string;
  ages: string;
  minutes: number;
  digcomp: string[];
  file: string;
}

/** The built catalogue (`modules/catalog.json`), re-read when it changes on disk. */
let cached: { path: string; text: string; entries: CatalogueEntry[] } | null = null;
export async function catalogue(staticRoot: string): Promise<CatalogueEntry[]> {
  const path = join(staticRoot, 'modules', 'catalog.json');
  const text = await readFile(path, 'utf8').catch(() => '[]');
  if (cached?.path !== path || cached.text !== text) cached = { path, text, entries: JSON.parse(text) as CatalogueEntry[] };
  return cached.entries;
}

export async function catalogueEntry(staticRoot: string, id: string, lang: string): Promise<CatalogueEntry | null> {
  const all = await catalogue(staticRoot);
  return all.find((e) => e.id === id && e.lang === lang) ?? null;
}

export interface Filters {
  q?: string;
  age?: string;
  topic?: string;
  lang?: string;
}

/** An age in years falls inside an entry's band such as `12-16`. */
function fitsAge(band: string, age: string): boolean {
  const n = Number(age);
  const [lo, hi] = band.split('-').map(Number);
  return !Number.isFinite(n) || !Number.isFinite(lo) || (n >= lo && n <= (Number.isFinite(hi) ? hi : lo));
}

export function filterCatalogue(entries: CatalogueEntry[], f: Filters): CatalogueEntry[] {
  const q = f.q?.trim().toLowerCase();
  return entries.filter((e) =>
    (!q || `${e.title} ${e.summary}`.toLowerCase().includes(q)) &&
    (!f.age || fitsAge(e.ages, f.age)) &&
    (!f.topic || e.digcomp.some((d) => d === f.topic || d.startsWith(`${f.topic}.`))) &&
    (!f.lang || e.lang === f.lang),
  );
}

const TOPICS: [string, string][] = [
  ['1', 'Information and data literacy'],
  ['2', 'Communication and collaboration'],
  ['3', 'Digital content creation'],
  ['4', 'Safety'],
  ['5', 'Problem solving'],
];

function options(list: [string, string][], selected = ''): string {
  return list.map(([v, label]) => `<option value="${esc(v)}"${v === selected ? ' selected' : ''}>${esc(label)}</option>`).join('');
}

export async function deepLinkPage(ctx: ServerContext, reply: FastifyReply, token: string, f: Filters, returnUrl: string) {
  const all = await catalogue(ctx.settings.staticRoot);
  const shown = filterCatalogue(all, f);
  const langs = [...new Set(all.map((e) => e.lang))].sort();
  const hidden = `<input type="hidden" name="session" value="${esc(token)}">`;
  const items = shown.map((e) => `<li><form method="post" action="/lti/deep-link/choose">${hidden}
<input type="hidden" name="module" value="${esc(e.id)}"><input type="hidden" name="lang" value="${esc(e.lang)}">
<h2>${esc(e.title)} <small>(${esc(e.lang)}, ages ${esc(e.ages)}, ${esc(e.minutes)} min)</small></h2>
<p>${esc(e.summary)}</p><button type="submit">Add “${esc(e.title)}”</button></form></li>`).join('\n');
  return page(reply, 200, {
    title: 'Netwise: choose a module',
    formAction: [new URL(returnUrl).origin],
    body: `<main><h1>Choose a Netwise module</h1>
<form method="post" action="/lti/deep-link" role="search">${hidden}
<label>Search <input type="search" name="q" value="${esc(f.q)}"></label>
<label>Age <input type="number" name="age" min="5" max="99" value="${esc(f.age)}"></label>
<label>Topic <select name="topic"><option value="">All topics</option>${options(TOPICS, f.topic)}</select></label>
<label>Language <select name="lang"><option value="">All languages</option>${options(langs.map((l) => [l, l]), f.lang)}</select></label>
<button type="submit">Filter</button></form>
<p role="status">${shown.length} of ${all.length} modules</p>
<ul class="nw-catalogue">${items}</ul></main>`,
  });
}

const str = (v: unknown) => (typeof v === 'string' ? v : undefined);

export function registerDeepLinkRoutes(app: FastifyInstance, ctx: ServerContext): void {
  const settingsOf = async (token: string | undefined) => {
    const session = await sessionOf(ctx.db.query, token);
    const dl = session.claims[`${DL_CLAIM}deep_linking_settings`] as Record<string, unknown> | undefined;
    if (!session.instructor || !dl || typeof dl.deep_link_return_url !== 'string') throw new LtiError(403, 'Only a teacher adding an activity can choose a module.');
    return { session, dl, returnUrl: dl.deep_link_return_url };
  };

  app.post('/lti/deep-link', async (request, reply) => {
    try {
      const { returnUrl } = await settingsOf(formToken(request));
      const b = request.body as Record<string, unknown>;
      return deepLinkPage(ctx, reply, formToken(request)!, { q: str(b.q), age: str(b.age), topic: str(b.topic), lang: str(b.lang) }, returnUrl);
    } catch (err) {
      if (err instanceof LtiError) return errorPage(reply, err.status, err.message);
      throw err;
    }
  });

  app.post('/lti/deep-link/choose', async (request, reply) => {
    let s;
    try {
      s = await settingsOf(formToken(request));
    } catch (err) {
      if (err instanceof LtiError) return errorPage(reply, err.status, err.message);
      throw err;
    }
    const b = request.body as Record<string, unknown>;
    const entry = await catalogueEntry(ctx.settings.staticRoot, str(b.module) ?? '', str(b.lang) ?? '');
    if (!entry) return errorPage(reply, 404, 'There is no such module.');
    const platform = (await platformById(ctx.db.query, s.session.platform_id))!;
    const item = {
      type: 'ltiResourceLink',
      title: entry.title,
      text: entry.summary,
      url: new URL('/lti/launch', ctx.settings.publicUrl).href,
      custom: { netwise_module: entry.id, netwise_lang: entry.lang },
      lineItem: { scoreMaximum: 100, label: entry.title, resourceId: `${entry.id}.${entry.lang}`, tag: 'netwise' },
    };
    const { kid, key } = await signingKey(ctx.db.query);
    const jwt = await new SignJWT({
      [`${CLAIM}message_type`]: 'LtiDeepLinkingResponse',
      [`${CLAIM}version`]: '1.3.0',
      [`${CLAIM}deployment_id`]: s.session.deployment_id,
      [`${DL_CLAIM}content_items`]: [item],
      ...(typeof s.dl.data === 'string' ? { [`${DL_CLAIM}data`]: s.dl.data } : {}),
    })
      .setProtectedHeader({ alg: ALG, kid, typ: 'JWT' })
      .setIssuer(platform.client_id)
      .setAudience(platform.issuer)
      .setIssuedAt()
      .setExpirationTime('5m')
      .setJti(randomUUID())
      .sign(key);
    // Spec: the nonce claim in the response is optional and the JTI is enough; the form posts back to the LMS.
    return page(reply, 200, {
      title: 'Netwise: adding the module',
      formAction: [new URL(s.returnUrl).origin],
      head: '<script type="module" src="/lti/assets/autosubmit.js"></script>',
      body: `<main><form id="nw-autosubmit" method="post" action="${esc(s.returnUrl)}">
<input type="hidden" name="JWT" value="${esc(jwt)}">
<p>Adding “${esc(entry.title)}” to your course…</p><button type="submit">Continue</button></form></main>`,
    });
  });
}
