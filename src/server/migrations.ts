/**
 * The database schema as numbered migrations, applied in order at start and recorded in
 * `netwise_migrations`. Never edit a released migration: add the next number. An advisory lock keeps
 * two instances starting together from applying the same one twice.
 */
import type { Db } from './db.js';

export interface Migration {
  version: number;
  name: string;
  sql: string[];
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'lti core',
    sql: [
      `CREATE TABLE tool_keys (
        kid text PRIMARY KEY,
        private_jwk jsonb NOT NULL,
        public_jwk jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        retired_at timestamptz
      )`,
      `CREATE TABLE platforms (
        id serial PRIMARY KEY,
        issuer text NOT NULL,
        client_id text NOT NULL,
        auth_url text NOT NULL,
        token_url text NOT NULL,
        jwks_url text NOT NULL,
        name text NOT NULL DEFAULT '',
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (issuer, client_id)
      )`,
      `CREATE TABLE deployments (
        platform_id integer NOT NULL REFERENCES platforms(id) ON DELETE CASCADE,
        deployment_id text NOT NULL,
        PRIMARY KEY (platform_id, deployment_id)
      )`,
      `CREATE TABLE login_states (
        state text PRIMARY KEY,
        nonce text NOT NULL UNIQUE,
        platform_id integer NOT NULL REFERENCES platforms(id) ON DELETE CASCADE,
        storage_target text,
        expires_at timestamptz NOT NULL
      )`,
      `CREATE TABLE sessions (
        token_hash text PRIMARY KEY,
        platform_id integer NOT NULL REFERENCES platforms(id) ON DELETE CASCADE,
        deployment_id text NOT NULL,
        context_id text NOT NULL,
        link_id text NOT NULL,
        user_id text NOT NULL,
        instructor boolean NOT NULL,
        module text NOT NULL,
        lang text NOT NULL,
        claims jsonb NOT NULL,
        expires_at timestamptz NOT NULL
      )`,
      `CREATE TABLE learners (
        platform_id integer NOT NULL REFERENCES platforms(id) ON DELETE CASCADE,
        user_id text NOT NULL,
        name text,
        PRIMARY KEY (platform_id, user_id)
      )`,
      `CREATE TABLE resource_links (
        platform_id integer NOT NULL REFERENCES platforms(id) ON DELETE CASCADE,
        context_id text NOT NULL,
        link_id text NOT NULL,
        module text NOT NULL,
        lang text NOT NULL,
        lineitem text,
        nrps_url text,
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (platform_id, link_id)
      )`,
      `CREATE TABLE progress (
        platform_id integer NOT NULL REFERENCES platforms(id) ON DELETE CASCADE,
        context_id text NOT NULL,
        link_id text NOT NULL,
        user_id text NOT NULL,
        module text NOT NULL,
        data jsonb NOT NULL,
        percent integer,
        completed boolean NOT NULL DEFAULT false,
        attempts integer NOT NULL DEFAULT 1,
        started_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (platform_id, link_id, user_id)
      )`,
      `CREATE TABLE answers (
        id bigserial PRIMARY KEY,
        platform_id integer NOT NULL REFERENCES platforms(id) ON DELETE CASCADE,
        context_id text NOT NULL,
        link_id text NOT NULL,
        user_id text NOT NULL,
        question text NOT NULL,
        attempt integer NOT NULL,
        response jsonb,
        correct boolean NOT NULL,
        score real NOT NULL,
        at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (platform_id, link_id, user_id, question, attempt)
      )`,
      `CREATE TABLE score_outbox (
        id bigserial PRIMARY KEY,
        platform_id integer NOT NULL REFERENCES platforms(id) ON DELETE CASCADE,
        context_id text NOT NULL,
        lineitem text NOT NULL,
        payload jsonb NOT NULL,
        tries integer NOT NULL DEFAULT 0,
        next_at timestamptz NOT NULL DEFAULT now(),
        sent_at timestamptz,
        last_error text
      )`,
      `CREATE INDEX score_outbox_due ON score_outbox (next_at) WHERE sent_at IS NULL`,
      `CREATE TABLE access_tokens (
        platform_id integer NOT NULL REFERENCES platforms(id) ON DELETE CASCADE,
        scopes text NOT NULL,
        token text NOT NULL,
        expires_at timestamptz NOT NULL,
        PRIMARY KEY (platform_id, scopes)
      )`,
    ],
  },
];

const LOCK = 7_202_612; // any fixed number: the advisory lock that serialises migrations

/** Applies the migrations this database has not seen; returns the versions applied. */
export async function migrate(db: Db, migrations: readonly Migration[] = MIGRATIONS): Promise<number[]> {
  return db.transaction(async (q) => {
    await q('SELECT pg_advisory_xact_lock($1)', [LOCK]);
    await q(`CREATE TABLE IF NOT EXISTS netwise_migrations (
      version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
    const done = new Set((await q<{ version: number }>('SELECT version FROM netwise_migrations')).map((r) => r.version));
    const applied: number[] = [];
    for (const m of [...migrations].sort((a, b) => a.version - b.version)) {
      if (done.has(m.version)) continue;
      for (const statement of m.sql) await q(statement);
      await q('INSERT INTO netwise_migrations (version, name) VALUES ($1, $2)', [m.version, m.name]);
      applied.push(m.version);
    }
    return applied;
  });
}
