/**
 * What every route needs: the database, the key-set cache, the public address and the settings.
 */
import type { Db } from './db.js';
import { JwksCache } from './id-token.js';

export interface ServerSettings {
  /**
   * The address the LMS and browsers use to reach this server, e.g. `https://netwise.school.example`.
   * Empty: the address the server listens on.
   */
  publicUrl: string;
  /** The built site: `embed/` (the player) and `modules/` (compiled modules and `catalog.json`). */
  staticRoot: string;
  /** Who may frame the pages (CSP `frame-ancestors`). */
  frameAncestors?: string;
  /** How long a launch stays usable, in minutes (default 480). */
  sessionMinutes?: number;
  /** First pause before resending a score the LMS refused, in ms (default 30 s; doubles up to an hour). */
  retryMs?: number;
  /** The fetch used to reach platforms (tests may pass their own). */
  fetch?: typeof fetch;
}

export interface ServerContext {
  db: Db;
  jwks: JwksCache;
  settings: ServerSettings;
  /** Starts sending due scores now (the outbox also runs on a timer). */
  kickOutbox(): void;
}
