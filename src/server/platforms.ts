/**
 * Registered LMS platforms (one row per issuer and client id) and the deployments each may launch from.
 */
import type { Query } from './db.js';

export interface Platform {
  id: number;
  issuer: string;
  client_id: string;
  auth_url: string;
  token_url: string;
  jwks_url: string;
  name: string;
}

export interface NewPlatform {
  issuer: string;
  clientId: string;
  authUrl: string;
  tokenUrl: string;
  jwksUrl: string;
  name?: string;
  deployments?: string[];
}

const httpUrl = (s: string) => {
  try {
    return ['https:', 'http:'].includes(new URL(s).protocol);
  } catch {
    return false;
  }
};

/** What is wrong with `p`, or `null`. */
export function platformProblem(p: NewPlatform): string | null {
  if (!p.issuer || !p.clientId) return 'an issuer and a client id are needed';
  for (const [name, url] of [['auth-url', p.authUrl], ['token-url', p.tokenUrl], ['jwks-url', p.jwksUrl]] as const) {
    if (!httpUrl(url)) return `--${name} must be an http(s) URL`;
  }
  return null;
}

/** Adds (or updates) a platform and its deployments; returns its id. */
export async function addPlatform(q: Query, p: NewPlatform): Promise<number> {
  const [row] = await q<{ id: number }>(
    `INSERT INTO platforms (issuer, client_id, auth_url, token_url, jwks_url, name) VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT (issuer, client_id) DO UPDATE SET auth_url = $3, token_url = $4, jwks_url = $5, name = $6 RETURNING id`,
    [p.issuer, p.clientId, p.authUrl, p.tokenUrl, p.jwksUrl, p.name ?? ''],
  );
  for (const d of p.deployments ?? []) {
    await q('INSERT INTO deployments (platform_id, deployment_id) VALUES ($1, $2) ON CONFLICT DO NOTHING', [row.id, d]);
  }
  return row.id;
}

/** The platform for `issuer` (and `clientId` when given; an issuer with one client needs none). */
export async function findPlatform(q: Query, issuer: string, clientId?: string): Promise<Platform | null> {
  const rows = clientId
    ? await q<Platform>('SELECT * FROM platforms WHERE issuer = $1 AND client_id = $2', [issuer, clientId])
    : await q<Platform>('SELECT * FROM platforms WHERE issuer = $1', [issuer]);
  return rows.length === 1 ? rows[0] : null;
}

export async function platformById(q: Query, id: number): Promise<Platform | null> {
  return (await q<Platform>('SELECT * FROM platforms WHERE id = $1', [id]))[0] ?? null;
}

/** A platform registered with no deployment accepts any; otherwise the deployment must be listed. */
export async function deploymentAllowed(q: Query, platformId: number, deploymentId: string): Promise<boolean> {
  const rows = await q<{ deployment_id: string }>('SELECT deployment_id FROM deployments WHERE platform_id = $1', [platformId]);
  return rows.length === 0 || rows.some((r) => r.deployment_id === deploymentId);
}

export async function listPlatforms(q: Query): Promise<(Platform & { deployments: string[] })[]> {
  const rows = await q<Platform>('SELECT * FROM platforms ORDER BY id');
  const deps = await q<{ platform_id: number; deployment_id: string }>('SELECT * FROM deployments');
  return rows.map((p) => ({ ...p, deployments: deps.filter((d) => d.platform_id === p.id).map((d) => d.deployment_id) }));
}
