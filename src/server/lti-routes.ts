/**
 * LTI 1.3 login and launch (1EdTech Security Framework §5.1.1, the OIDC third-party-initiated login).
 *
 * 1. The platform sends the browser to `/lti/login` with `iss`, `login_hint`, `target_link_uri`.
 *    The tool stores a fresh `state` and `nonce` (single use, ten minutes) and binds the state to this
 *    browser: a partitioned cookie (CHIPS, kept even where third-party cookies are blocked) and, when
 *    the platform offers it (`lti_storage_target`), the platform's postMessage storage as well.
 * 2. The platform posts the signed `id_token` with the `state` to `/lti/launch`. The state row is taken
 *    (so a replay finds nothing), the browser binding checked, the token verified (`id-token.ts`).
 *
 * Login CSRF: another site can make a victim's browser post a launch the attacker obtained in their own
 * browser (their `id_token` and `state`). The server decides by itself whether the post belongs to a
 * login this browser started, never on a value the form merely claims:
 * - the state must be one this server issued, unexpired (ten minutes) and unused (taken once);
 * - with the cookie: the browser must hold the cookie set for this very state (one cookie per sign-in, so
 *   two activities opened at once in one browser both work, and a cookie of another sign-in proves nothing);
 * - without it (cookies blocked): the launch answers with a page that reads the state from the platform's
 *   storage *in this browser* (only the platform's own frame can answer, checked by origin). Its answer
 *   is accepted only in a post from this server's own page: the browser's `Origin` (or `Sec-Fetch-Site:
 *   same-origin`) must say so, which no other site can forge, so a forged form carrying `platform_state`
 *   is refused. The attacker's state is not in the victim's platform storage, so the honest page finds
 *   nothing either.
 * A refusal changes nothing: the state stays for the browser that really owns it.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { decodeJwt } from 'jose';
import type { ServerContext } from './context.js';
import { CLAIM, DL_CLAIM, AGS_CLAIM, NRPS_CLAIM, isInstructor, LtiError, verifyIdToken, type LtiClaims } from './id-token.js';
import { esc, errorPage, page, refusal } from './pages.js';
import { claimLocale, errorText, PRESENTATION_CLAIM, stringsFor } from './i18n.js';
import { localeFor, type ServerErrors, type ServerStrings } from './locales/index.js';
import { deploymentAllowed, findPlatform, platformById, type Platform } from './platforms.js';
import { createSession, type Session } from './session.js';
import { catalogueEntry, deepLinkPage } from './deep-link.js';
import { resultsPage } from './results.js';
import { prerenderedPlayer } from './prerendered.js';

/** One cookie per sign-in (`nw_lti_state_<state>`), so two activities opened at once do not undo each other. */
const stateCookieName = (state: string) => `nw_lti_state_${state}`;
const STATE_MINUTES = 10;

/** `SameSite=None; Secure; Partitioned`: a cookie a browser keeps inside the LMS's iframe. */
function stateCookie(state: string): string {
  return `${stateCookieName(state)}=${state}; Path=/lti; Max-Age=${STATE_MINUTES * 60}; HttpOnly; Secure; SameSite=None; Partitioned`;
}

function readCookie(request: FastifyRequest, name: string): string | undefined {
  for (const part of (request.headers.cookie ?? '').split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === name) return v.join('=');
  }
  return undefined;
}

const str = (v: unknown) => (typeof v === 'string' ? v : undefined);

export function registerLtiRoutes(app: FastifyInstance, ctx: ServerContext): void {
  const { db, settings } = ctx;

  const login = async (request: FastifyRequest, reply: FastifyReply) => {
    const p = { ...(request.query as Record<string, unknown>), ...((request.body as Record<string, unknown>) ?? {}) };
    const s = stringsFor(request);
    const fail = (status: number, key: keyof ServerErrors) => errorPage(reply, status, s, errorText(s, key));
    const iss = str(p.iss);
    const loginHint = str(p.login_hint);
    const target = str(p.target_link_uri);
    if (!iss || !loginHint || !target) return fail(400, 'loginMissing');
    const platform = await findPlatform(db.query, iss, str(p.client_id));
    if (!platform) return fail(400, 'platformUnknown');
    if (new URL(target, settings.publicUrl).origin !== new URL(settings.publicUrl).origin) {
      return fail(400, 'targetElsewhere');
    }
    const state = randomBytes(24).toString('base64url');
    const nonce = randomBytes(24).toString('base64url');
    const storageTarget = str(p.lti_storage_target);
    await db.query(
      `INSERT INTO login_states (state, nonce, platform_id, storage_target, expires_at) VALUES ($1, $2, $3, $4, now() + make_interval(mins => $5))`,
      [state, nonce, platform.id, storageTarget ?? null, STATE_MINUTES],
    );
    const auth = new URL(platform.auth_url);
    const params: Record<string, string> = {
      scope: 'openid', response_type: 'id_token', response_mode: 'form_post', prompt: 'none',
      client_id: platform.client_id, redirect_uri: new URL('/lti/launch', settings.publicUrl).href,
      login_hint: loginHint, state, nonce,
    };
    const messageHint = str(p.lti_message_hint);
    if (messageHint) params.lti_message_hint = messageHint;
    for (const [k, v] of Object.entries(params)) auth.searchParams.set(k, v);
    reply.header('Set-Cookie', stateCookie(state));
    if (!storageTarget) return reply.code(302).header('Cache-Control', 'no-store').redirect(auth.href);
    // The platform keeps the state too (LTI client-side postMessage storage); the script then goes on.
    return page(reply, 200, {
      strings: s,
      title: s.signingInTitle,
      head: '<script type="module" src="/lti/assets/storage.js"></script>',
      body: `<main id="nw-storage" data-action="put" data-target="${esc(storageTarget)}" data-origin="${esc(auth.origin)}"
        data-key="nw_state_${esc(state)}" data-value="${esc(state)}" data-next="${esc(auth.href)}">
        <p>${esc(s.signingIn)}</p><p><a href="${esc(auth.href)}">${esc(s.continue)}</a></p></main>`,
    });
  };
  app.get('/lti/login', login);
  app.post('/lti/login', login);

  app.post('/lti/launch', async (request, reply) => {
    const body = (request.body ?? {}) as Record<string, unknown>;
    const idToken = str(body.id_token);
    const state = str(body.state);
    // The page's language: the locale the (not yet verified) token asks for, only to word this answer.
    const s = stringsFor(request, tokenLocale(idToken));
    const fail = (status: number, key: keyof ServerErrors) => errorPage(reply, status, s, errorText(s, key));
    if (body.error) return errorPage(reply, 400, s, s.errors.platformRefused(String(body.error_description ?? body.error)));
    if (!idToken || !state) return fail(400, 'launchMissing');
    const [pending] = await db.query<{ nonce: string; platform_id: number; storage_target: string | null }>(
      'SELECT nonce, platform_id, storage_target FROM login_states WHERE state = $1 AND expires_at > now()', [state],
    );
    if (!pending) return fail(400, 'launchUsedOrExpired');
    const platform = (await platformById(db.query, pending.platform_id))!;
    const storedState = str(body.platform_state);
    if (readCookie(request, stateCookieName(state)) !== state) {
      // This browser holds no cookie for this sign-in: it did not start it, or it keeps no cookies here.
      if (!pending.storage_target) return fail(401, 'notThisBrowser');
      if (storedState === undefined) {
        // No cookie came back (blocked): read the state from the platform's storage in the page, then come back.
        // `same-origin`, not `no-referrer`: with the latter a browser sends `Origin: null` on the page's post.
        reply.header('Referrer-Policy', 'same-origin');
        return page(reply, 200, {
          strings: s,
          title: s.signingInTitle,
          head: '<script type="module" src="/lti/assets/storage.js"></script>',
          body: `<main id="nw-storage" data-action="get" data-target="${esc(pending.storage_target)}" data-origin="${esc(new URL(platform.auth_url).origin)}"
          data-key="nw_state_${esc(state)}">
          <form method="post" action="/lti/launch"><input type="hidden" name="id_token" value="${esc(idToken)}">
          <input type="hidden" name="state" value="${esc(state)}"><input type="hidden" name="platform_state" value="">
          <p>${esc(s.signingIn)}</p></form></main>`,
        });
      }
      // Only this server's own storage page may send the platform's answer: the browser's Origin header
      // (that page sends it, see its Referrer-Policy) or Sec-Fetch-Site proves it; no other site can set them.
      const fromOwnPage = request.headers.origin === new URL(settings.publicUrl).origin || request.headers['sec-fetch-site'] === 'same-origin';
      if (!fromOwnPage || storedState !== state) {
        return fail(401, 'notThisBrowser');
      }
    }
    // Single use: whoever deletes the row owns the launch.
    const taken = await db.query('DELETE FROM login_states WHERE state = $1 RETURNING state', [state]);
    if (!taken.length) return fail(400, 'launchUsed');
    let claims: LtiClaims;
    try {
      claims = await verifyIdToken(idToken, platform, pending.nonce, ctx.jwks);
      const deployment = claims[`${CLAIM}deployment_id`] as string;
      if (!(await deploymentAllowed(db.query, platform.id, deployment))) throw new LtiError(403, 'deploymentUnknown');
    } catch (err) {
      if (err instanceof LtiError) return refusal(reply, s, err);
      throw err;
    }
    reply.header('Set-Cookie', `${stateCookieName(state)}=; Path=/lti; Max-Age=0; HttpOnly; Secure; SameSite=None; Partitioned`);
    return launch(ctx, platform, claims, reply, stringsFor(request, claimLocale(claims)));
  });
}

/** Where a valid launch goes: the deep-linking catalogue, the class results, or the module. */
async function launch(ctx: ServerContext, platform: Platform, claims: LtiClaims, reply: FastifyReply, s: ServerStrings) {
  const fail = (status: number, key: keyof ServerErrors) => errorPage(reply, status, s, errorText(s, key));
  const { db, settings } = ctx;
  const type = claims[`${CLAIM}message_type`];
  const context = (claims[`${CLAIM}context`] ?? {}) as { id?: string };
  const instructor = isInstructor(claims[`${CLAIM}roles`]);
  const base = {
    platform_id: platform.id,
    deployment_id: claims[`${CLAIM}deployment_id`] as string,
    context_id: context.id ?? '',
    user_id: String(claims.sub),
    instructor,
  };
  const minutes = settings.sessionMinutes ?? 480;
  if (type === 'LtiDeepLinkingRequest') {
    if (!instructor) return fail(403, 'teachersOnlyAdd');
    const dl = claims[`${DL_CLAIM}deep_linking_settings`] as Record<string, unknown> | undefined;
    if (!dl || typeof dl.deep_link_return_url !== 'string') return fail(400, 'noReturnUrl');
    const token = await createSession(db.query, { ...base, link_id: '', module: '', lang: '', claims: pick(claims) }, minutes);
    return deepLinkPage(ctx, reply, s, token, {}, dl.deep_link_return_url);
  }
  const link = claims[`${CLAIM}resource_link`] as { id?: string; title?: string } | undefined;
  const custom = (claims[`${CLAIM}custom`] ?? {}) as Record<string, unknown>;
  const module = str(custom.netwise_module) ?? '';
  const lang = str(custom.netwise_lang) ?? 'en';
  if (!link?.id) return fail(400, 'noResourceLink');
  const entry = await catalogueEntry(settings.staticRoot, module, lang);
  if (!entry) return fail(404, 'unknownModule');
  const ags = claims[AGS_CLAIM] as { lineitem?: string } | undefined;
  const nrps = claims[NRPS_CLAIM] as { context_memberships_url?: string } | undefined;
  await db.query(
    `INSERT INTO resource_links (platform_id, context_id, link_id, module, lang, lineitem, nrps_url) VALUES ($1, $2, $3, $4, $5, $6, $7)
     ON CONFLICT (platform_id, link_id) DO UPDATE SET context_id = $2, module = $4, lang = $5,
       lineitem = COALESCE($6, resource_links.lineitem), nrps_url = COALESCE($7, resource_links.nrps_url), updated_at = now()`,
    [platform.id, base.context_id, link.id, entry.id, entry.lang, ags?.lineitem ?? null, nrps?.context_memberships_url ?? null],
  );
  // Privacy: a name is kept only when the LMS sends one (the teacher's results page shows it).
  const name = str(claims.name);
  await db.query(
    `INSERT INTO learners (platform_id, user_id, name) VALUES ($1, $2, $3)
     ON CONFLICT (platform_id, user_id) DO UPDATE SET name = COALESCE($3, learners.name)`,
    [platform.id, base.user_id, instructor ? null : name ?? null],
  );
  const session: Session = { ...base, link_id: link.id, module: entry.id, lang: entry.lang, claims: pick(claims) };
  const token = await createSession(db.query, session, minutes);
  if (instructor) return resultsPage(ctx, reply, s, session, token);
  // The player's own strings follow the page's language: the LMS's locale, else the module's language.
  const ui = claimLocale(claims) ? s : localeFor(entry.lang) ?? s;
  const first = await prerenderedPlayer(settings.staticRoot, entry.file, ui.$code);
  return page(reply, 200, {
    strings: ui,
    styles: first.styles,
    title: entry.title,
    head: `<meta name="netwise-lti" content="/api/">
<meta name="netwise-session" content="${esc(token)}">
<meta name="netwise-learner" content="${learnerTag(platform.id, base.user_id)}">
${first.html ? prerenderedScripts(entry.file) : SCRIPTS}`,
    body: `<main><nw-module src="/modules/${esc(entry.file)}" tracking="lti">${first.html}</nw-module>
<noscript><p>${esc(ui.needsJavaScript(entry.title))}</p></noscript></main>`,
  });
}

/** The player's scripts, preloaded so that they download while the page is read. */
const SCRIPTS = `<link rel="modulepreload" href="/embed/netwise.min.js">
<link rel="modulepreload" href="/embed/player.min.js">
<script type="module" src="/embed/netwise.min.js"></script>`;

/**
 * A launch page with its first step written in: the player starts once that step has been drawn (see
 * `embed/prerendered.ts`); the module downloads meanwhile.
 */
const prerenderedScripts = (file: string) => `<link rel="preload" as="fetch" crossorigin href="/modules/${esc(file)}">
<script type="module" src="/embed/prerendered.min.js"></script>`;

/** An opaque tag for the learner: the player's key for a device copy, so a shared computer keeps students apart. */
function learnerTag(platformId: number, userId: string): string {
  return createHash('sha256').update(`${platformId}\n${userId}`).digest('base64url').slice(0, 16);
}

/** The claims a session keeps: only what later calls need (no names, no emails). */
function pick(claims: LtiClaims): Record<string, unknown> {
  const keep = [AGS_CLAIM, NRPS_CLAIM, `${DL_CLAIM}deep_linking_settings`, `${CLAIM}resource_link`, PRESENTATION_CLAIM];
  return Object.fromEntries(keep.filter((k) => claims[k] !== undefined).map((k) => [k, claims[k]]));
}

/** The locale an unverified token asks for (only to word an answer; nothing else is read before verifying). */
function tokenLocale(idToken: string | undefined): string | undefined {
  try {
    return idToken ? claimLocale(decodeJwt(idToken)) : undefined;
  } catch {
    return undefined;
  }
}
