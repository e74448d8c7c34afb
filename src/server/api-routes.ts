/**
 * The player's API (the `lti` tracker calls it): read and save the student's progress, record each
 * answer, report completion (the server grades the saved answers itself for the LMS). Every call names its launch session in `Authorization: Bearer`; the
 * student, module and resource link come from that session, never from the request, so no one can
 * read or write another student's work. A request from another site's page is refused (Origin check),
 * and without the header nothing happens: no cookie carries the session (CSRF-safe).
 * An error's JSON `error` text is for developers and logs (refusals in the request's language); the
 * player never shows it and tells the student in its own translated words.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { readSavedProgress } from '../machines/progress.js';
import type { ServerContext } from './context.js';
import { LtiError } from './id-token.js';
import { errorText, stringsFor } from './i18n.js';
import { enqueueScore } from './ags.js';
import { catalogueEntry } from './deep-link.js';
import { moduleDoc, serverResult } from './grading.js';
import { bearer, sessionOf, type Session } from './session.js';

const MAX_BODY = 256 * 1024;

export function registerApiRoutes(app: FastifyInstance, ctx: ServerContext): void {
  const { db } = ctx;

  /** The learner session of a request; instructors may play too, their work is kept the same way. */
  async function learner(request: FastifyRequest): Promise<Session> {
    const origin = request.headers.origin;
    if (origin && origin !== new URL(ctx.settings.publicUrl).origin) throw new LtiError(403, 'otherSite');
    const s = await sessionOf(db.query, bearer(request));
    if (!s.link_id) throw new LtiError(403, 'noActivity');
    return s;
  }

  const handle = (fn: (s: Session, request: FastifyRequest, reply: FastifyReply) => Promise<unknown>) =>
    async (request: FastifyRequest, reply: FastifyReply) => {
      reply.header('Cache-Control', 'no-store');
      try {
        return await fn(await learner(request), request, reply);
      } catch (err) {
        if (err instanceof LtiError) return reply.code(err.status).send({ error: errorText(stringsFor(request), err.key, err.detail) });
        throw err;
      }
    };

  app.get('/api/progress', handle(async (s) => {
    const [row] = await db.query<{ data: unknown }>('SELECT data FROM progress WHERE platform_id = $1 AND link_id = $2 AND user_id = $3', [s.platform_id, s.link_id, s.user_id]);
    return { progress: row ? readSavedProgress(row.data) : null };
  }));

  app.put('/api/progress', { bodyLimit: MAX_BODY }, handle(async (s, request, reply) => {
    const progress = readSavedProgress((request.body as { progress?: unknown } | null)?.progress);
    if (!progress || progress.module !== s.module) return reply.code(400).send({ error: 'This is not progress in this activity’s module.' });
    // A new seed after a finished attempt is the student starting again: one more attempt.
    const [row] = await db.query<{ started: boolean }>(
      `INSERT INTO progress (platform_id, context_id, link_id, user_id, module, data, completed)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (platform_id, link_id, user_id) DO UPDATE SET
         attempts = progress.attempts + CASE WHEN progress.completed AND NOT $7 AND progress.data->>'seed' IS DISTINCT FROM $6::jsonb->>'seed' THEN 1 ELSE 0 END,
         completed = $7,
         data = $6, updated_at = now()
       RETURNING (xmax = 0) AS started`,
      [s.platform_id, s.context_id, s.link_id, s.user_id, s.module, progress, progress.finished],
    );
    if (row?.started) await enqueueScore(ctx, s, null);
    return { saved: true };
  }));

  app.post('/api/answer', handle(async (s, request, reply) => {
    const b = (request.body ?? {}) as Record<string, unknown>;
    const ok = typeof b.question === 'string' && b.question.length <= 200 && Number.isInteger(b.attempt) && (b.attempt as number) > 0 &&
      typeof b.correct === 'boolean' && typeof b.score === 'number' && b.score >= 0 && b.score <= 1;
    if (!ok) return reply.code(400).send({ error: 'An answer needs question, attempt, correct and score.' });
    await db.query(
      `INSERT INTO answers (platform_id, context_id, link_id, user_id, question, attempt, response, correct, score)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT (platform_id, link_id, user_id, question, attempt) DO NOTHING`,
      [s.platform_id, s.context_id, s.link_id, s.user_id, b.question, b.attempt, JSON.stringify(b.response ?? null), b.correct, b.score],
    );
    return { saved: true };
  }));

  // The student reached the end: the server grades the saved answers itself and queues that score.
  app.post('/api/result', handle(async (s, _request, reply) => {
    const [row] = await db.query<{ data: unknown }>('SELECT data FROM progress WHERE platform_id = $1 AND link_id = $2 AND user_id = $3', [s.platform_id, s.link_id, s.user_id]);
    const progress = row ? readSavedProgress(row.data) : null;
    const entry = await catalogueEntry(ctx.settings.staticRoot, s.module, s.lang);
    const doc = entry ? await moduleDoc(ctx.settings.staticRoot, entry.file) : null;
    if (!progress || !doc) return reply.code(409).send({ error: 'Save the progress before the result.' });
    const { percent } = serverResult(doc, progress);
    await db.query(
      'UPDATE progress SET percent = $4, completed = true, updated_at = now() WHERE platform_id = $1 AND link_id = $2 AND user_id = $3',
      [s.platform_id, s.link_id, s.user_id, percent],
    );
    await enqueueScore(ctx, s, percent);
    return { saved: true, percent };
  }));
}
