/**
 * One small query interface over two PostgreSQL engines: a real server through `pg` (when a
 * `DATABASE_URL` is given) or PGlite, PostgreSQL compiled to WebAssembly, keeping its data in a folder.
 * The same SQL runs on both; placeholders are PostgreSQL's `$1, $2, …`.
 */
import { mkdirSync } from 'node:fs';

/** Runs one statement and returns its rows. */
export type Query = <T = Record<string, unknown>>(sql: string, params?: unknown[]) => Promise<T[]>;

export interface Db {
  /** `postgres` (a server through `pg`) or `pglite` (embedded). */
  readonly kind: 'postgres' | 'pglite';
  query: Query;
  /** Runs `work` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(work: (query: Query) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export interface DbOptions {
  /** A PostgreSQL connection string; when absent the embedded engine is used. */
  url?: string;
  /** The embedded engine's data folder (created when missing); `memory://` keeps nothing. */
  dataDir?: string;
}

/** Opens the database the options name. */
export async function openDb(options: DbOptions): Promise<Db> {
  return options.url ? openPostgres(options.url) : openPglite(options.dataDir ?? 'memory://');
}

async function openPostgres(url: string): Promise<Db> {
  const { default: pg } = await import('pg');
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  const query: Query = async (sql, params) => (await pool.query(sql, params as unknown[])).rows;
  return {
    kind: 'postgres',
    query,
    async transaction(work) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await work(async (sql, params) => (await client.query(sql, params as unknown[])).rows);
        await client.query('COMMIT');
        return result;
      } catch (err) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw err;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}

async function openPglite(dataDir: string): Promise<Db> {
  const { PGlite } = await import('@electric-sql/pglite');
  if (!dataDir.includes('://')) mkdirSync(dataDir, { recursive: true });
  const db = await PGlite.create(dataDir);
  // PGlite runs one statement at a time; a transaction holds it until it ends.
  return {
    kind: 'pglite',
    query: async (sql, params) => (await db.query(sql, params as unknown[])).rows as never,
    transaction: (work) => db.transaction((tx) => work(async (sql, params) => (await tx.query(sql, params as unknown[])).rows as never)),
    close: () => db.close(),
  };
}
