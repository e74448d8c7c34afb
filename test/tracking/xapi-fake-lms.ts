/**
 * Test helpers around the fake LMS/LRS served by the test server (test/support/fake-lms-middleware.mjs):
 * set one up, take it down and back, read what it stored.
 */
export interface StoredStatement {
  id: string;
  actor: Record<string, any>;
  verb: { id: string };
  object: { id: string; definition?: Record<string, any> };
  result?: Record<string, any>;
  context?: Record<string, any>;
  timestamp?: string;
}

export interface LmsLog {
  statements: StoredStatement[];
  rejected: Array<{ statement: unknown; warnings: string[] }>;
  duplicates: number;
  fetches: number;
  requests: Array<{ method: string; resource: string; auth?: string; version?: string }>;
}

let n = 0;
/** A fresh LMS with a unique name; returns its URLs. */
export async function fakeLms(config: Record<string, unknown> = {}) {
  const name = `lms-${Date.now().toString(36)}-${(n += 1)}`;
  const base = `${location.origin}/__lms/${name}/`;
  const res = await fetch(`${base}setup`, { method: 'POST', body: JSON.stringify(config) });
  if (!res.ok) throw new Error(`fake LMS setup failed: ${res.status}`);
  return {
    name,
    endpoint: `${base}xapi/`,
    fetchUrl: `${base}fetch`,
    async log(): Promise<LmsLog> {
      return (await fetch(`${base}log`)).json();
    },
    async relaunch(token: string) {
      await fetch(`${base}relaunch`, { method: 'POST', body: JSON.stringify({ token }) });
    },
    async down(down = true, status = 503) {
      await fetch(`${base}down`, { method: 'POST', body: JSON.stringify({ down, status }) });
    },
  };
}

/** Polls `check` until it returns a truthy value (or fails after `ms`). */
export async function until<T>(check: () => Promise<T> | T, ms = 5000, what = 'condition'): Promise<Exclude<T, false | null | undefined | 0 | ''>> {
  const end = performance.now() + ms;
  for (;;) {
    const v = await check();
    if (v) return v as Exclude<T, false | null | undefined | 0 | ''>;
    if (performance.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

export const verbName = (s: StoredStatement) => s.verb.id.split('/').pop()!;
export const verbs = (log: LmsLog) => log.statements.map(verbName);
