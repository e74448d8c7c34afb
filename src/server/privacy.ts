/**
 * Privacy housekeeping: what expires on its own (sign-in states, sessions, sent scores, old tokens)
 * and the retention setting for students' work, plus deleting everything of one platform or course.
 */
import type { Query } from './db.js';

/** Deletes expired rows, and students' work untouched for `retentionDays` (0 keeps it). Returns rows removed. */
export async function purgeExpired(q: Query, retentionDays: number): Promise<number> {
  let n = 0;
  const run = async (sql: string, params: unknown[] = []) => { n += (await q(`${sql} RETURNING 1`, params)).length; };
  await run('DELETE FROM login_states WHERE expires_at < now()');
  await run('DELETE FROM sessions WHERE expires_at < now()');
  await run('DELETE FROM access_tokens WHERE expires_at < now()');
  await run(`DELETE FROM score_outbox WHERE sent_at < now() - interval '30 days'`);
  if (retentionDays > 0) {
    await run('DELETE FROM answers a WHERE NOT EXISTS (SELECT 1 FROM progress p WHERE p.platform_id = a.platform_id AND p.link_id = a.link_id AND p.user_id = a.user_id AND p.updated_at > now() - make_interval(days => $1))', [retentionDays]);
    await run('DELETE FROM progress WHERE updated_at < now() - make_interval(days => $1)', [retentionDays]);
    await run('DELETE FROM learners l WHERE NOT EXISTS (SELECT 1 FROM progress p WHERE p.platform_id = l.platform_id AND p.user_id = l.user_id)');
  }
  return n;
}

/** Deletes all student data of a course (`contextId` given) or the whole platform with its data. */
export async function deleteData(q: Query, platformId: number, contextId?: string): Promise<number> {
  if (contextId === undefined) return (await q('DELETE FROM platforms WHERE id = $1 RETURNING 1', [platformId])).length;
  let n = 0;
  for (const table of ['answers', 'progress', 'sessions', 'score_outbox', 'resource_links']) {
    n += (await q(`DELETE FROM ${table} WHERE platform_id = $1 AND context_id = $2 RETURNING 1`, [platformId, contextId])).length;
  }
  await q('DELETE FROM learners l WHERE platform_id = $1 AND NOT EXISTS (SELECT 1 FROM progress p WHERE p.platform_id = l.platform_id AND p.user_id = l.user_id)', [platformId]);
  return n;
}
