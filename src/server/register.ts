/**
 * LTI Dynamic Registration (1EdTech, 2021): the administrator pastes `<server>/lti/register` into the LMS.
 * The LMS opens it with `openid_configuration` (its OpenID configuration URL) and a one-time
 * `registration_token`; the tool reads the configuration, registers itself at the LMS's registration
 * endpoint, stores the platform (issuer, client id, endpoints, deployment) and tells the LMS's window
 * to close.
 */
import type { FastifyInstance } from 'fastify';
import type { ServerContext } from './context.js';
import { esc, errorPage, page } from './pages.js';
import { stringsFor } from './i18n.js';
import { addPlatform } from './platforms.js';
import { NRPS_SCOPE, SCORE_SCOPE } from './ags.js';

const TOOL_CONFIG = 'https://purl.imsglobal.org/spec/lti-tool-configuration';
const PLATFORM_CONFIG = 'https://purl.imsglobal.org/spec/lti-platform-configuration';

interface OpenIdConfiguration {
  issuer: string;
  authorization_endpoint: string;
  token_endpoint: string;
  jwks_uri: string;
  registration_endpoint: string;
  [PLATFORM_CONFIG]?: { product_family_code?: string };
}

export function registerDynamicRegistration(app: FastifyInstance, ctx: ServerContext): void {
  app.get('/lti/register', async (request, reply) => {
    const q = request.query as Record<string, string | undefined>;
    const s = stringsFor(request);
    const configUrl = q.openid_configuration;
    if (!configUrl) return errorPage(reply, 400, s, s.errors.registerAlone);
    const doFetch = ctx.settings.fetch ?? fetch;
    let config: OpenIdConfiguration;
    try {
      const res = await doFetch(configUrl, {
        headers: { Accept: 'application/json', ...(q.registration_token ? { Authorization: `Bearer ${q.registration_token}` } : {}) },
        signal: AbortSignal.timeout(10_000),
      });
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      config = (await res.json()) as OpenIdConfiguration;
    } catch (err) {
      return errorPage(reply, 502, s, s.errors.registerConfigUnread((err as Error).message));
    }
    // The issuer must be where the configuration came from (Dynamic Registration §3.5.1).
    if (typeof config.issuer !== 'string' || !configUrl.startsWith(config.issuer.replace(/\/$/, ''))) {
      return errorPage(reply, 400, s, s.errors.registerIssuer);
    }
    for (const k of ['authorization_endpoint', 'token_endpoint', 'jwks_uri', 'registration_endpoint'] as const) {
      if (typeof config[k] !== 'string') return errorPage(reply, 400, s, s.errors.registerMissing(k));
    }
    const base = ctx.settings.publicUrl;
    const url = (path: string) => new URL(path, base).href;
    const registration = {
      application_type: 'web',
      response_types: ['id_token'],
      grant_types: ['implicit', 'client_credentials'],
      initiate_login_uri: url('/lti/login'),
      redirect_uris: [url('/lti/launch')],
      client_name: 'Netwise',
      jwks_uri: url('/.well-known/jwks.json'),
      token_endpoint_auth_method: 'private_key_jwt',
      scope: [SCORE_SCOPE, 'https://purl.imsglobal.org/spec/lti-ags/scope/lineitem', NRPS_SCOPE].join(' '),
      [TOOL_CONFIG]: {
        domain: new URL(base).host,
        target_link_uri: url('/lti/launch'),
        claims: ['iss', 'sub', 'name'],
        messages: [
          { type: 'LtiDeepLinkingRequest', target_link_uri: url('/lti/launch'), label: 'Netwise', placements: ['ContentArea'] },
          { type: 'LtiResourceLinkRequest', target_link_uri: url('/lti/launch') },
        ],
      },
    };
    let answer: { client_id?: string; [TOOL_CONFIG]?: { deployment_id?: string } };
    try {
      const res = await doFetch(config.registration_endpoint, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json', ...(q.registration_token ? { Authorization: `Bearer ${q.registration_token}` } : {}) },
        body: JSON.stringify(registration),
        signal: AbortSignal.timeout(10_000),
      });
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      answer = (await res.json()) as typeof answer;
      if (typeof answer.client_id !== 'string') throw new Error('client_id ∅');
    } catch (err) {
      return errorPage(reply, 502, s, s.errors.registerRefused((err as Error).message));
    }
    const deployment = answer[TOOL_CONFIG]?.deployment_id;
    await addPlatform(ctx.db.query, {
      issuer: config.issuer,
      clientId: answer.client_id,
      authUrl: config.authorization_endpoint,
      tokenUrl: config.token_endpoint,
      jwksUrl: config.jwks_uri,
      name: config[PLATFORM_CONFIG]?.product_family_code ?? '',
      deployments: deployment ? [deployment] : [],
    });
    return page(reply, 200, {
      strings: s,
      title: s.registeredTitle,
      head: '<script type="module" src="/lti/assets/close.js"></script>',
      body: `<main><h1>${esc(s.registeredHeading)}</h1><p>${esc(s.registeredText(answer.client_id, config.issuer))}</p></main>`,
    });
  });
}
