/**
 * Checks an LTI 1.3 id_token (1EdTech Security Framework §5.1.3 and LTI Core §5): its signature against
 * the platform's published keys (fetched by `jose`, cached, fetched again when an unknown key id turns
 * up after a rotation), issuer, audience, authorised party, expiry, nonce, version, message type and
 * deployment. Every failure is an `LtiError` with an HTTP status and a plain reason.
 */
import { createRemoteJWKSet, errors, jwtVerify, type JWTPayload } from 'jose';
import type { Platform } from './platforms.js';
import type { ServerErrors } from './locales/index.js';

export const CLAIM = 'https://purl.imsglobal.org/spec/lti/claim/';
export const DL_CLAIM = 'https://purl.imsglobal.org/spec/lti-dl/claim/';
export const AGS_CLAIM = 'https://purl.imsglobal.org/spec/lti-ags/claim/endpoint';
export const NRPS_CLAIM = 'https://purl.imsglobal.org/spec/lti-nrps/claim/namesroleservice';

/** A refusal: an HTTP status and the key of its sentence in the server's locale files (`locales/en.ts`). */
export class LtiError extends Error {
  constructor(readonly status: number, readonly key: keyof ServerErrors, readonly detail = '') {
    super(detail ? `${key}: ${detail}` : key);
  }
}

export type LtiClaims = JWTPayload & Record<string, unknown>;

/** One key-set fetcher per platform URL, so the cache survives between launches. */
export class JwksCache {
  readonly #sets = new Map<string, ReturnType<typeof createRemoteJWKSet>>();
  get(url: string) {
    let set = this.#sets.get(url);
    if (!set) {
      set = createRemoteJWKSet(new URL(url), { cacheMaxAge: 10 * 60_000, cooldownDuration: 5_000, timeoutDuration: 5_000 });
      this.#sets.set(url, set);
    }
    return set;
  }
}

const MESSAGE_TYPES = ['LtiResourceLinkRequest', 'LtiDeepLinkingRequest'];

/** Verifies `token` from `platform`; `nonce` is the one this tool sent with the login. */
export async function verifyIdToken(token: string, platform: Platform, nonce: string, jwks: JwksCache): Promise<LtiClaims> {
  let payload: LtiClaims;
  try {
    ({ payload } = await jwtVerify(token, jwks.get(platform.jwks_url), {
      issuer: platform.issuer,
      audience: platform.client_id,
      algorithms: ['RS256', 'RS384', 'RS512', 'ES256', 'ES384', 'PS256'],
      requiredClaims: ['exp', 'iat', 'sub', 'nonce'],
      clockTolerance: 5,
    }));
  } catch (err) {
    if (err instanceof errors.JWTExpired) throw new LtiError(401, 'tokenExpired');
    if (err instanceof errors.JWTClaimValidationFailed) throw new LtiError(401, 'tokenNotForTool', err.claim);
    if (err instanceof errors.JWKSNoMatchingKey || err instanceof errors.JWSSignatureVerificationFailed) {
      throw new LtiError(401, 'tokenNotSigned');
    }
    if (err instanceof errors.JOSEAlgNotAllowed || err instanceof errors.JWSInvalid || err instanceof errors.JWTInvalid) {
      throw new LtiError(401, 'tokenUnsupported');
    }
    throw new LtiError(502, 'platformKeys', (err as Error).message);
  }
  const aud = Array.isArray(payload.aud) ? payload.aud : [payload.aud];
  if ((aud.length > 1 || payload.azp !== undefined) && payload.azp !== platform.client_id) {
    throw new LtiError(401, 'tokenNotForTool', 'azp');
  }
  if (payload.nonce !== nonce) throw new LtiError(401, 'tokenReplayed');
  if (payload[`${CLAIM}version`] !== '1.3.0') throw new LtiError(400, 'onlyLti13');
  if (!MESSAGE_TYPES.includes(payload[`${CLAIM}message_type`] as string)) throw new LtiError(400, 'messageUnsupported');
  if (typeof payload[`${CLAIM}deployment_id`] !== 'string') throw new LtiError(400, 'noDeployment');
  if (!Array.isArray(payload[`${CLAIM}roles`])) throw new LtiError(400, 'noRoles');
  return payload;
}

/** Teachers, teaching assistants, content developers and administrators see the class results. */
export function isInstructor(roles: unknown): boolean {
  if (!Array.isArray(roles)) return false;
  return roles.some((r) =>
    typeof r === 'string' &&
    /(membership#(Instructor|ContentDeveloper|Administrator)|membership\/Instructor#TeachingAssistant|institution\/person#Administrator|system\/person#Administrator)$/.test(r),
  );
}
