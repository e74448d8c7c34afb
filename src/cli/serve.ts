/**
 * `netwise serve` (the LTI 1.3 tool server) and `netwise lti …` (platforms, keys, data), node only.
 *
 *   netwise serve [--port 3000] [--host 127.0.0.1] [--public-url URL] [--data DIR] [--static DIR]
 *                 [--retention-days 365] [--frame-ancestors "…"]
 *   netwise lti add-platform --issuer … --client-id … --auth-url … --token-url … --jwks-url … [--deployment …] [--name …]
 *   netwise lti list | rotate-key | delete --platform ID [--context ID] | purge
 *
 * The database: `DATABASE_URL` (PostgreSQL), else the embedded engine in `--data` (default `.netwise-data`).
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const SERVE_HELP = `Usage: netwise serve [options]
  --port N               port to listen on (default 3000, or PORT)
  --host H               address to listen on (default 127.0.0.1; 0.0.0.0 for all)
  --public-url URL       the https address the LMS and browsers use (default: where it listens)
  --data DIR             embedded database folder when DATABASE_URL is not set (default .netwise-data)
  --static DIR           built site with embed/ and modules/ (default: this package's dist)
  --retention-days N     delete a student's work untouched for N days (default 365; 0 keeps it)
  --frame-ancestors CSP  who may show the pages in a frame (default "'self' https:")
`;

const LTI_HELP = `Usage:
  netwise lti add-platform --issuer URL --client-id ID --auth-url URL --token-url URL --jwks-url URL [--deployment ID …] [--name NAME]
  netwise lti list                      registered platforms and their deployments
  netwise lti rotate-key                make a new signing key (the old one stays published two days)
  netwise lti delete --platform ID [--context ID]   delete a course's student data, or the platform and all its data
  netwise lti purge [--retention-days N]            delete expired data now
(DATABASE_URL or --data DIR choose the database, as for serve.)
`;

/** The package's own `dist` (this file is `dist/cli/serve.js`). */
const packageDist = () => resolve(dirname(fileURLToPath(import.meta.url)), '..');

const dbOptions = (data: string | undefined) => ({ url: process.env.DATABASE_URL || undefined, dataDir: resolve(data ?? '.netwise-data') });

export async function runServe(args: string[]): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({ args, options: {
      port: { type: 'string' }, host: { type: 'string' }, 'public-url': { type: 'string' }, data: { type: 'string' }, static: { type: 'string' },
      'retention-days': { type: 'string' }, 'frame-ancestors': { type: 'string' }, help: { type: 'boolean' },
    } }));
  } catch (err) {
    process.stderr.write(`netwise serve: ${(err as Error).message}\n${SERVE_HELP}`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(SERVE_HELP);
    return 0;
  }
  const port = Number(values.port ?? process.env.PORT ?? 3000);
  const retentionDays = Number(values['retention-days'] ?? 365);
  if (!Number.isInteger(port) || port < 0 || !Number.isInteger(retentionDays) || retentionDays < 0) {
    process.stderr.write(`netwise serve: --port and --retention-days take whole numbers.\n${SERVE_HELP}`);
    return 2;
  }
  const staticRoot = resolve(values.static ?? packageDist());
  if (!existsSync(join(staticRoot, 'embed')) || !existsSync(join(staticRoot, 'modules', 'catalog.json'))) {
    process.stderr.write(`netwise serve: ${staticRoot} has no embed/ and modules/catalog.json; run npm run build first or pass --static.\n`);
    return 2;
  }
  const { startServer } = await import('../server/app.js');
  const server = await startServer({
    db: dbOptions(values.data), publicUrl: values['public-url'] ?? '', staticRoot, retentionDays,
    frameAncestors: values['frame-ancestors'], logger: false,
  });
  const address = await server.listen({ port, host: values.host ?? '127.0.0.1' });
  process.stdout.write(`Netwise is serving on ${address} (${server.ctx.db.kind}).\n`
    + `LMS registration URL: ${new URL('/lti/register', server.ctx.settings.publicUrl).href}\n`
    + `Tool key set: ${new URL('/.well-known/jwks.json', server.ctx.settings.publicUrl).href}\n`);
  await new Promise<void>((done) => {
    const stop = () => done();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await server.close();
  return 0;
}

export async function runLti(args: string[]): Promise<number> {
  const [sub, ...rest] = args;
  let values;
  try {
    ({ values } = parseArgs({ args: rest, options: {
      issuer: { type: 'string' }, 'client-id': { type: 'string' }, 'auth-url': { type: 'string' }, 'token-url': { type: 'string' },
      'jwks-url': { type: 'string' }, deployment: { type: 'string', multiple: true }, name: { type: 'string' }, data: { type: 'string' },
      platform: { type: 'string' }, context: { type: 'string' }, 'retention-days': { type: 'string' },
    } }));
  } catch (err) {
    process.stderr.write(`netwise lti: ${(err as Error).message}\n${LTI_HELP}`);
    return 2;
  }
  const known = ['add-platform', 'list', 'rotate-key', 'delete', 'purge'];
  if (!sub || !known.includes(sub)) {
    process.stdout.write(LTI_HELP);
    return sub === undefined || sub === '--help' ? 0 : 2;
  }
  const { openDb } = await import('../server/db.js');
  const { migrate } = await import('../server/migrations.js');
  const platforms = await import('../server/platforms.js');
  const db = await openDb(dbOptions(values.data));
  try {
    await migrate(db);
    switch (sub) {
      case 'add-platform': {
        const p = {
          issuer: values.issuer ?? '', clientId: values['client-id'] ?? '', authUrl: values['auth-url'] ?? '',
          tokenUrl: values['token-url'] ?? '', jwksUrl: values['jwks-url'] ?? '', name: values.name, deployments: values.deployment ?? [],
        };
        const problem = platforms.platformProblem(p);
        if (problem) {
          process.stderr.write(`netwise lti add-platform: ${problem}.\n${LTI_HELP}`);
          return 2;
        }
        const id = await platforms.addPlatform(db.query, p);
        process.stdout.write(`Platform ${id} registered: ${p.issuer} (client ${p.clientId}${p.deployments.length ? `, deployments ${p.deployments.join(', ')}` : ', any deployment'}).\n`);
        return 0;
      }
      case 'list':
        for (const p of await platforms.listPlatforms(db.query)) {
          process.stdout.write(`${p.id}\t${p.issuer}\tclient ${p.client_id}\tdeployments ${p.deployments.join(', ') || '(any)'}\n`);
        }
        return 0;
      case 'rotate-key': {
        const { rotateKey } = await import('../server/keys.js');
        process.stdout.write(`New signing key ${await rotateKey(db.query)}; the previous key stays published for two days.\n`);
        return 0;
      }
      case 'delete': {
        const id = Number(values.platform);
        if (!Number.isInteger(id)) {
          process.stderr.write(`netwise lti delete needs --platform ID (see netwise lti list).\n`);
          return 2;
        }
        const { deleteData } = await import('../server/privacy.js');
        const n = await deleteData(db.query, id, values.context);
        process.stdout.write(values.context === undefined ? `Platform ${id} and all its data deleted (${n}).\n` : `Deleted ${n} record(s) of course ${values.context}.\n`);
        return 0;
      }
      default: {
        const { purgeExpired } = await import('../server/privacy.js');
        process.stdout.write(`Deleted ${await purgeExpired(db.query, Number(values['retention-days'] ?? 365))} expired record(s).\n`);
        return 0;
      }
    }
  } finally {
    await db.close();
  }
}
