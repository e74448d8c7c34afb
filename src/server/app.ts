/**
 * The Netwise server: the built player and modules, and the LTI 1.3 tool around them.
 *
 * ```js
 * const server = await startServer({ db: { dataDir: '.netwise-data' }, publicUrl: 'https://netwise.example', staticRoot: 'dist' });
 * await server.listen({ port: 3000, host: '0.0.0.0' });
 * ```
 */
import { join, resolve } from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import fastifyStatic from '@fastify/static';
import formBody from '@fastify/formbody';
import type { ServerContext, ServerSettings } from './context.js';
import { openDb, type Db, type DbOptions } from './db.js';
import { JwksCache } from './id-token.js';
import { migrate } from './migrations.js';
import { publicJwks } from './keys.js';
import { errorPage, esc, page, securityHeaders } from './pages.js';
import { stringsFor } from './i18n.js';
import { registerLtiRoutes } from './lti-routes.js';
import { registerApiRoutes } from './api-routes.js';
import { registerDeepLinkRoutes } from './deep-link.js';
import { registerResultRoutes } from './results.js';
import { registerDynamicRegistration } from './register.js';
import { registerAssets } from './assets.js';
import { sendDueScores } from './ags.js';
import { purgeExpired } from './privacy.js';

export interface ServerOptions extends ServerSettings {
  /** Where the data lives (a `DATABASE_URL`, or the embedded engine's folder). */
  db: DbOptions;
  /** Days a student's untouched work is kept (default 365; 0 keeps it until deleted). */
  retentionDays?: number;
  /** How often the score outbox is checked, in ms (default 15 s). */
  outboxIntervalMs?: number;
  /** Fastify's request log (default off). */
  logger?: boolean;
}

export interface NetwiseServer {
  app: FastifyInstance;
  ctx: ServerContext;
  /** Starts listening; returns the address. */
  listen(options: { port: number; host: string }): Promise<string>;
  /** Sends the scores that are due now (the outbox's timer does this too). */
  flushScores(): Promise<number>;
  close(): Promise<void>;
}

export async function startServer(options: ServerOptions): Promise<NetwiseServer> {
  const db: Db = await openDb(options.db);
  await migrate(db);
  await purgeExpired(db.query, options.retentionDays ?? 365);
  const app = Fastify({ logger: options.logger ?? false, trustProxy: true });
  // One run at a time; a call during a run queues exactly one more, so a score queued meanwhile goes too.
  let sending: Promise<number> | null = null;
  let next: Promise<number> | null = null;
  const flushScores = (): Promise<number> => {
    if (!sending) {
      sending = sendDueScores(ctx).finally(() => { sending = null; });
      return sending;
    }
    next ??= sending.catch(() => 0).then(() => { next = null; return flushScores(); });
    return next;
  };
  const ctx: ServerContext = {
    db,
    jwks: new JwksCache(),
    settings: { ...options, staticRoot: resolve(options.staticRoot) },
    kickOutbox: () => void flushScores().catch((err: unknown) => app.log.error(err)),
  };

  await app.register(formBody);
  app.addHook('onSend', async (_request, reply) => securityHeaders(reply, options.frameAncestors));
  app.setErrorHandler((err: Error, request, reply) => {
    request.log.error(err);
    const status = (err as { statusCode?: number }).statusCode ?? 500;
    if (request.url.startsWith('/api/')) return reply.code(status).send({ error: status < 500 ? err.message : 'The server could not save this.' });
    const s = stringsFor(request);
    return errorPage(reply, status, s, status < 500 ? s.errors.badRequest : s.errors.serverError);
  });
  app.setNotFoundHandler((request, reply) => {
    const s = stringsFor(request);
    return page(reply, 404, { strings: s, title: s.notFoundTitle, body: `<main><h1>${esc(s.notFoundHeading)}</h1><p>${esc(s.notFoundText)}</p></main>` });
  });

  await app.register(fastifyStatic, { root: join(ctx.settings.staticRoot, 'embed'), prefix: '/embed/', maxAge: '1h' });
  await app.register(fastifyStatic, { root: join(ctx.settings.staticRoot, 'modules'), prefix: '/modules/', decorateReply: false, maxAge: '5m' });
  app.get('/.well-known/jwks.json', async (_request, reply) => reply.header('Cache-Control', 'public, max-age=300').send(await publicJwks(db.query)));
  app.get('/favicon.ico', async (_request, reply) => reply.code(204).header('Cache-Control', 'public, max-age=86400').send());
  app.get('/health', async () => ({ ok: true, db: db.kind }));
  app.get('/', async (request, reply) => {
    const s = stringsFor(request);
    return page(reply, 200, {
      strings: s,
      title: 'Netwise',
      body: `<main><h1>Netwise</h1><p>${esc(s.homeText)}</p>
<p><code>${esc(new URL('/lti/register', ctx.settings.publicUrl).href)}</code></p></main>`,
    });
  });
  registerAssets(app);
  registerLtiRoutes(app, ctx);
  registerApiRoutes(app, ctx);
  registerDeepLinkRoutes(app, ctx);
  registerResultRoutes(app, ctx);
  registerDynamicRegistration(app, ctx);

  const timer = setInterval(() => {
    ctx.kickOutbox();
  }, options.outboxIntervalMs ?? 15_000);
  timer.unref();
  const daily = setInterval(() => void purgeExpired(db.query, options.retentionDays ?? 365).catch(() => undefined), 86_400_000);
  daily.unref();

  return {
    app,
    ctx,
    async listen(o) {
      const address = await app.listen(o);
      // Without a public address (tests, a first try on a laptop) the server names itself by where it listens.
      ctx.settings.publicUrl ||= address;
      return address;
    },
    flushScores,
    async close() {
      clearInterval(timer);
      clearInterval(daily);
      await app.close();
      await sending?.catch(() => undefined);
      await db.close();
    },
  };
}
