/**
 * The tool's own signing keys (RS256), kept in the database so every instance signs with the same one.
 * The newest live key signs; a rotated-out key stays published for two days so a platform holding a
 * cached copy of the key set still accepts what was signed just before the rotation.
 */
import { randomUUID } from 'node:crypto';
import { exportJWK, generateKeyPair, importJWK, type JWK } from 'jose';
import type { Query } from './db.js';

export const ALG = 'RS256';

/** Makes a new key pair, stores it and retires the ones before it. Returns its key id. */
export async function rotateKey(q: Query): Promise<string> {
  const { privateKey, publicKey } = await generateKeyPair(ALG, { extractable: true });
  const kid = randomUUID();
  const publicJwk = { ...(await exportJWK(publicKey)), kid, alg: ALG, use: 'sig' };
  const privateJwk = { ...(await exportJWK(privateKey)), kid, alg: ALG };
  await q('UPDATE tool_keys SET retired_at = now() WHERE retired_at IS NULL');
  await q('INSERT INTO tool_keys (kid, private_jwk, public_jwk) VALUES ($1, $2, $3)', [kid, privateJwk, publicJwk]);
  return kid;
}

/** The key set published at `/.well-known/jwks.json`: live keys and those retired in the last two days. */
export async function publicJwks(q: Query): Promise<{ keys: JWK[] }> {
  const rows = await q<{ public_jwk: JWK }>(
    `SELECT public_jwk FROM tool_keys WHERE retired_at IS NULL OR retired_at > now() - interval '2 days' ORDER BY created_at DESC`,
  );
  return { keys: rows.map((r) => r.public_jwk) };
}

/** The key to sign with (made on first use). */
export async function signingKey(q: Query): Promise<{ kid: string; key: CryptoKey | Uint8Array }> {
  let rows = await q<{ kid: string; private_jwk: JWK }>('SELECT kid, private_jwk FROM tool_keys WHERE retired_at IS NULL ORDER BY created_at DESC LIMIT 1');
  if (!rows.length) {
    await rotateKey(q);
    rows = await q('SELECT kid, private_jwk FROM tool_keys WHERE retired_at IS NULL ORDER BY created_at DESC LIMIT 1');
  }
  return { kid: rows[0].kid, key: await importJWK(rows[0].private_jwk, ALG) };
}
