/**
 * Assignment and Grade Services: scores go into an outbox table first, then to the platform's line item
 * with an access token from the client-credentials grant (a JWT signed with the tool's key as the
 * client assertion, 1EdTech Security Framework §4.1), kept until shortly before it expires. A score the
 * platform does not take is tried again later, waiting twice as long each time (up to an hour), so an
 * LMS that is down loses no grade. Rows are claimed with `FOR UPDATE SKIP LOCKED`, so several server
 * instances share one outbox.
 */
import { randomUUID } from 'node:crypto';
import { SignJWT } from 'jose';
import type { ServerContext } from './context.js';
import type { Query } from './db.js';
import { AGS_CLAIM } from './id-token.js';
import { ALG, signingKey } from './keys.js';
import { platformById, type Platform } from './platforms.js';
import type { Session } from './session.js';

export const SCORE_SCOPE = 'https://purl.imsglobal.org/spec/lti-ags/scope/score';
export const NRPS_SCOPE = 'https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly';

/**
 * Queues the student's score: `percent` null means started (InProgress, Pending), a number means
 * finished (Completed, FullyGraded, out of 100). Nothing is queued when the launch had no line item.
 */
export async function enqueueScore(ctx: ServerContext, s: Session, percent: number | null): Promise<void> {
  const ags = s.claims[AGS_CLAIM] as { lineitem?: string; scope?: string[] } | undefined;
  if (!ags?.lineitem || !ags.scope?.includes(SCORE_SCOPE)) return;
  const payload = percent === null
    ? { userId: s.user_id, activityProgress: 'InProgress', gradingProgress: 'Pending', timestamp: new Date().toISOString() }
    : { userId: s.user_id, scoreGiven: percent, scoreMaximum: 100, activityProgress: 'Completed', gradingProgress: 'FullyGraded', timestamp: new Date().toISOString() };
  await ctx.db.query('INSERT INTO score_outbox (platform_id, context_id, lineitem, payload) VALUES ($1, $2, $3, $4)', [s.platform_id, s.context_id, ags.lineitem, payload]);
  ctx.kickOutbox();
}

/** An access token for `scopes` (space-separated), from the database while it lasts. */
export async function accessToken(ctx: ServerContext, platform: Platform, scopes: string): Promise<string> {
  const q: Query = ctx.db.query;
  const [cached] = await q<{ token: string }>(
    `SELECT token FROM access_tokens WHERE platform_id = $1 AND scopes = $2 AND expires_at > now() + interval '30 seconds'`, [platform.id, scopes],
  );
  if (cached) return cached.token;
  const { kid, key } = await signingKey(q);
  const assertion = await new SignJWT({})
    .setProtectedHeader({ alg: ALG, kid, typ: 'JWT' })
    .setIssuer(platform.client_id)
    .setSubject(platform.client_id)
    .setAudience(platform.token_url)
    .setIssuedAt()
    .setExpirationTime('5m')
    .setJti(randomUUID())
    .sign(key);
  const res = await (ctx.settings.fetch ?? fetch)(platform.token_url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
    body: new URLSearchParams({
      grant_type: 'client_credentials',
      client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
      client_assertion: assertion,
      scope: scopes,
    }),
    signal: AbortSignal.timeout(10_000),
  });
  if (!res.ok) throw new Error(`token endpoint answered ${res.status}`);
  const body = (await res.json()) as { access_token?: string; expires_in?: number };
  if (!body.access_token) throw new Error('token endpoint sent no access_token');
  await q(
    `INSERT INTO access_tokens (platform_id, scopes, token, expires_at) VALUES ($1, $2, $3, now() + make_interval(secs => $4))
     ON CONFLICT (platform_id, scopes) DO UPDATE SET token = $3, expires_at = now() + make_interval(secs => $4)`,
    [platform.id, scopes, body.access_token, Math.max(60, Number(body.expires_in) || 3600)],
  );
  return body.access_token;
}

/** The line item's scores URL: `<lineitem>/scores`, keeping any query string (AGS §3.4). */
export function scoresUrl(lineitem: string): string {
  const u = new URL(lineitem);
  u.pathname = `${u.pathname.replace(/\/$/, '')}/scores`;
  return u.href;
}

interface OutboxRow {
  id: string;
  platform_id: number;
  lineitem: string;
  payload: Record<string, unknown>;
  tries: number;
}

/** Sends the scores that are due; returns how many the platforms took. */
export async function sendDueScores(ctx: ServerContext, limit = 20): Promise<number> {
  const base = ctx.settings.retryMs ?? 30_000;
  // Claim: push the rows' next try ahead so a parallel run (or another instance) skips them.
  const rows = await ctx.db.transaction((q) => q<OutboxRow>(
    `UPDATE score_outbox SET next_at = now() + interval '2 minutes' WHERE id IN (
       SELECT id FROM score_outbox WHERE sent_at IS NULL AND next_at <= now() ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED)
     RETURNING id, platform_id, lineitem, payload, tries`, [limit]));
  let sent = 0;
  for (const row of rows.sort((a, b) => Number(a.id) - Number(b.id))) {
    try {
      const platform = await platformById(ctx.db.query, row.platform_id);
      if (!platform) continue;
      const token = await accessToken(ctx, platform, SCORE_SCOPE);
      const res = await (ctx.settings.fetch ?? fetch)(scoresUrl(row.lineitem), {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/vnd.ims.lis.v1.score+json' },
        body: JSON.stringify(row.payload),
        signal: AbortSignal.timeout(10_000),
      });
      if (res.status === 401) await ctx.db.query('DELETE FROM access_tokens WHERE platform_id = $1', [platform.id]);
      if (!res.ok) throw new Error(`score endpoint answered ${res.status}`);
      await ctx.db.query('UPDATE score_outbox SET sent_at = now(), tries = tries + 1, last_error = NULL WHERE id = $1', [row.id]);
      sent += 1;
    } catch (err) {
      const wait = Math.min(base * 2 ** row.tries, 3_600_000);
      await ctx.db.query(
        'UPDATE score_outbox SET tries = tries + 1, last_error = $2, next_at = now() + make_interval(secs => $3) WHERE id = $1',
        [row.id, (err as Error).message.slice(0, 500), wait / 1000],
      );
    }
  }
  return sent;
}

/** Members of a course from Names and Role Provisioning (the learners only), or `null` when it fails. */
export async function courseLearners(ctx: ServerContext, platformId: number, url: string): Promise<{ user_id: string; name?: string }[] | null> {
  try {
    const platform = await platformById(ctx.db.query, platformId);
    if (!platform) return null;
    const token = await accessToken(ctx, platform, NRPS_SCOPE);
    const res = await (ctx.settings.fetch ?? fetch)(url, {
      headers: { Authorization: `Bearer ${token}`, Accept: 'application/vnd.ims.lti-nrps.v2.membershipcontainer+json' },
      signal: AbortSignal.timeout(10_000),
    });
    if (!res.ok) return null;
    const body = (await res.json()) as { members?: { user_id: string; name?: string; roles?: string[]; status?: string }[] };
    return (body.members ?? [])
      .filter((m) => (m.status ?? 'Active') === 'Active' && (m.roles ?? []).some((r) => /Learner$/.test(r)))
      .map((m) => ({ user_id: m.user_id, name: m.name }));
  } catch {
    return null;
  }
}
