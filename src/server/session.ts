/**
 * A launch session: after a valid launch the page gets a random token (only its SHA-256 is stored) and
 * sends it back in the `Authorization` header. A header, not a cookie: it works in an iframe whose
 * cookies the browser blocks, and no other site can make a browser send it (CSRF-safe).
 */
import { createHash, randomBytes } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import type { Query } from './db.js';
import { LtiError } from './id-token.js';

export interface Session {
  platform_id: number;
  deployment_id: string;
  context_id: string;
  link_id: string;
  user_id: string;
  instructor: boolean;
  module: string;
  lang: string;
  claims: Record<string, unknown>;
}

const hash = (token: string) => createHash('sha256').update(token).digest('base64url');

export async function createSession(q: Query, s: Session, minutes: number): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  await q(
    `INSERT INTO sessions (token_hash, platform_id, deployment_id, context_id, link_id, user_id, instructor, module, lang, claims, expires_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, now() + make_interval(mins => $11))`,
    [hash(token), s.platform_id, s.deployment_id, s.context_id, s.link_id, s.user_id, s.instructor, s.module, s.lang, s.claims, minutes],
  );
  return token;
}

export async function sessionOf(q: Query, token: string | undefined): Promise<Session> {
  if (!token) throw new LtiError(401, 'notFromCourse');
  const [row] = await q<Session>('SELECT * FROM sessions WHERE token_hash = $1 AND expires_at > now()', [hash(token)]);
  if (!row) throw new LtiError(401, 'sessionEnded');
  return row;
}

/** The session named by the request's `Authorization: Bearer` header (API calls from the player). */
export function bearer(request: FastifyRequest): string | undefined {
  const h = request.headers.authorization;
  return h?.startsWith('Bearer ') ? h.slice(7) : undefined;
}

/** The session named by a form's `session` field (pages posting to the server: the token is the CSRF guard). */
export function formToken(request: FastifyRequest): string | undefined {
  const body = request.body as Record<string, unknown> | undefined;
  return typeof body?.session === 'string' ? body.session : undefined;
}
