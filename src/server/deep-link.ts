/**
 * Deep Linking 2.0: a teacher adding an activity picks a module from the catalogue (search, age, topic
 * and language filters, all server-side forms, no script needed), and the LMS receives a signed
 * `LtiDeepLinkingResponse` with one `ltiResourceLink`: a line item scored out of 100 and the module and
 * language as custom parameters.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import type { CatalogEntry } from '../cli/commands.js';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { SignJWT } from 'jose';
import type { ServerContext } from './context.js';
import { CLAIM, DL_CLAIM, LtiError } from './id-token.js';
import { ALG, signingKey } from './keys.js';
import { esc, errorPage, page, refusal } from './pages.js';
import { errorText, sessionStrings } from './i18n.js';
import type { ServerStrings } from './locales/index.js';
import { platformById } from './platforms.js';
import { formToken, sessionOf } from './session.js';

/** What the picker reads of an entry of the catalogue `netwise build` writes. */
export type CatalogueEntry = Pick<CatalogEntry, 'id' | 'lang' | 'title' | 'summary' | 'ages' | 'minutes' | 'digcomp' | 'file'>;

/**
 * The built catalogue (`modules/catalog.json`), read at each use: a rebuild shows at once, and no state
 * is kept between requests (the file is a few kB).
 */
export async function catalogue(staticRoot: string): Promise<CatalogueEntry[]> {
  const text = await readFile(join(staticRoot, 'modules', 'catalog.json'), 'utf8').catch(() => '[]');
  return JSON.parse(text) as CatalogueEntry[];
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

function options(list: [string, string][], selected = ''): string {
  return list.map(([v, label]) => `<option value="${esc(v)}"${v === selected ? ' selected' : ''}>${esc(label)}</option>`).join('');
}

export async function deepLinkPage(ctx: ServerContext, reply: FastifyReply, s: ServerStrings, token: string, f: Filters, returnUrl: string) {
  const all = await catalogue(ctx.settings.staticRoot);
  const shown = filterCatalogue(all, f);
  const names = new Intl.DisplayNames([s.$code], { type: 'language' });
  const languageName = (code: string) => names.of(code) ?? code;
  const langs = [...new Set(all.map((e) => e.lang))].sort();
  const topics = s.topics.map((name, i): [string, string] => [String(i + 1), name]);
  const hidden = `<input type="hidden" name="session" value="${esc(token)}">`;
  const items = shown.map((e) => `<li><form method="post" action="/lti/deep-link/choose">${hidden}
<input type="hidden" name="module" value="${esc(e.id)}"><input type="hidden" name="lang" value="${esc(e.lang)}">
<h2 lang="${esc(e.lang)}">${esc(e.title)}</h2><p><small>${esc(s.entryFacts(languageName(e.lang), e.ages, e.minutes))}</small></p>
<p lang="${esc(e.lang)}">${esc(e.summary)}</p><button type="submit">${esc(s.add(e.title))}</button></form></li>`).join('\n');
  return page(reply, 200, {
    strings: s,
    title: s.chooseTitle,
    formAction: [new URL(returnUrl).origin],
    body: `<main><h1>${esc(s.chooseHeading)}</h1>
<form method="post" action="/lti/deep-link" role="search">${hidden}
<label>${esc(s.search)} <input type="search" name="q" value="${esc(f.q)}"></label>
<label>${esc(s.age)} <input type="number" name="age" min="5" max="99" value="${esc(f.age)}"></label>
<label>${esc(s.topic)} <select name="topic"><option value="">${esc(s.allTopics)}</option>${options(topics, f.topic)}</select></label>
<label>${esc(s.language)} <select name="lang"><option value="">${esc(s.allLanguages)}</option>${options(langs.map((l) => [l, languageName(l)]), f.lang)}</select></label>
<button type="submit">${esc(s.filter)}</button></form>
<p role="status">${esc(s.shownOf(shown.length, all.length))}</p>
<ul class="nw-catalogue">${items}</ul></main>`,
  });
}

const str = (v: unknown) => (typeof v === 'string' ? v : undefined);

export function registerDeepLinkRoutes(app: FastifyInstance, ctx: ServerContext): void {
  const pageStrings = (request: FastifyRequest) => sessionStrings(ctx.db.query, request);
  const settingsOf = async (token: string | undefined) => {
    const session = await sessionOf(ctx.db.query, token);
    const dl = session.claims[`${DL_CLAIM}deep_linking_settings`] as Record<string, unknown> | undefined;
    if (!session.instructor || !dl || typeof dl.deep_link_return_url !== 'string') throw new LtiError(403, 'teacherAddingOnly');
    return { session, dl, returnUrl: dl.deep_link_return_url };
  };

  app.post('/lti/deep-link', async (request, reply) => {
    try {
      const { returnUrl } = await settingsOf(formToken(request));
      const b = request.body as Record<string, unknown>;
      return deepLinkPage(ctx, reply, await pageStrings(request), formToken(request)!, { q: str(b.q), age: str(b.age), topic: str(b.topic), lang: str(b.lang) }, returnUrl);
    } catch (err) {
      if (err instanceof LtiError) return refusal(reply, await pageStrings(request), err);
      throw err;
    }
  });

  app.post('/lti/deep-link/choose', async (request, reply) => {
    let s;
    try {
      s = await settingsOf(formToken(request));
    } catch (err) {
      if (err instanceof LtiError) return refusal(reply, await pageStrings(request), err);
      throw err;
    }
    const b = request.body as Record<string, unknown>;
    const entry = await catalogueEntry(ctx.settings.staticRoot, str(b.module) ?? '', str(b.lang) ?? '');
    const t = await pageStrings(request);
    if (!entry) return errorPage(reply, 404, t, errorText(t, 'noSuchModule'));
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
      strings: t,
      title: t.addingTitle,
      formAction: [new URL(s.returnUrl).origin],
      head: '<script type="module" src="/lti/assets/autosubmit.js"></script>',
      body: `<main><form id="nw-autosubmit" method="post" action="${esc(s.returnUrl)}">
<input type="hidden" name="JWT" value="${esc(jwt)}">
<p>${esc(t.adding(entry.title))}</p><button type="submit">${esc(t.continue)}</button></form></main>`,
    });
  });
}
