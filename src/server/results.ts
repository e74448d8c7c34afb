/**
 * The class results a teacher sees when launching an activity: for each student the status, score,
 * attempts, time and last activity (students the LMS lists through Names and Role Provisioning who have
 * not started yet too); for each question the share right at the first try and the wrong answer chosen
 * most often; and the same table as CSV. Only a session with an instructor role reaches any of it.
 */
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ServerContext } from './context.js';
import { LtiError } from './id-token.js';
import { courseLearners } from './ags.js';
import { esc, page, refusal } from './pages.js';
import { sessionStrings } from './i18n.js';
import type { ServerStrings } from './locales/index.js';
import { formToken, sessionOf, type Session } from './session.js';

export interface StudentRow {
  user: string;
  name: string;
  status: 'not started' | 'in progress' | 'completed';
  score: number | null;
  attempts: number;
  minutes: number;
  lastActivity: string;
}

export interface QuestionRow {
  question: string;
  students: number;
  firstTryRight: number;
  commonWrong: string;
  commonWrongCount: number;
}

export async function classResults(ctx: ServerContext, s: Session): Promise<{ students: StudentRow[]; questions: QuestionRow[] }> {
  const q = ctx.db.query;
  const rows = await q<{ user_id: string; name: string | null; completed: boolean; percent: number | null; attempts: number; started_at: Date | string; updated_at: Date | string }>(
    `SELECT p.user_id, l.name, p.completed, p.percent, p.attempts, p.started_at, p.updated_at FROM progress p
     LEFT JOIN learners l ON l.platform_id = p.platform_id AND l.user_id = p.user_id
     WHERE p.platform_id = $1 AND p.link_id = $2 ORDER BY p.updated_at DESC`, [s.platform_id, s.link_id],
  );
  const students: StudentRow[] = rows.map((r) => ({
    user: r.user_id,
    name: r.name ?? '',
    status: r.completed ? 'completed' : 'in progress',
    score: r.percent,
    attempts: r.attempts,
    minutes: Math.round((new Date(r.updated_at).getTime() - new Date(r.started_at).getTime()) / 60_000),
    lastActivity: new Date(r.updated_at).toISOString(),
  }));
  const [link] = await q<{ nrps_url: string | null }>('SELECT nrps_url FROM resource_links WHERE platform_id = $1 AND link_id = $2', [s.platform_id, s.link_id]);
  if (link?.nrps_url) {
    const seen = new Set(students.map((r) => r.user));
    for (const m of (await courseLearners(ctx, s.platform_id, link.nrps_url)) ?? []) {
      if (!seen.has(m.user_id)) students.push({ user: m.user_id, name: m.name ?? '', status: 'not started', score: null, attempts: 0, minutes: 0, lastActivity: '' });
    }
  }
  const firsts = await q<{ question: string; students: number; right: number }>(
    `SELECT question, count(*)::int AS students, count(*) FILTER (WHERE correct)::int AS right FROM answers
     WHERE platform_id = $1 AND link_id = $2 AND attempt = 1 GROUP BY question ORDER BY question`, [s.platform_id, s.link_id],
  );
  const wrong = await q<{ question: string; response: string; n: number }>(
    `SELECT DISTINCT ON (question) question, response::text AS response, count(*)::int AS n FROM answers
     WHERE platform_id = $1 AND link_id = $2 AND NOT correct GROUP BY question, response::text ORDER BY question, n DESC, response`, [s.platform_id, s.link_id],
  );
  const questions = firsts.map((f) => {
    const w = wrong.find((x) => x.question === f.question);
    return { question: f.question, students: f.students, firstTryRight: f.students ? Math.round((100 * f.right) / f.students) : 0, commonWrong: w ? readable(w.response) : '', commonWrongCount: w?.n ?? 0 };
  });
  return { students, questions };
}

/** A stored response as short text: `"b"` → `b`, `["a","c"]` → `a, c`. */
function readable(json: string): string {
  try {
    const v = JSON.parse(json) as unknown;
    if (Array.isArray(v)) return v.map(String).join(', ');
    if (v && typeof v === 'object') return Object.entries(v).map(([k, x]) => `${k}: ${String(x)}`).join(', ');
    return String(v);
  } catch {
    return json;
  }
}

/** English on purpose, like the status words: a stable file for spreadsheets and scripts in any language (README). */
const CSV_HEAD = ['student', 'name', 'status', 'score', 'attempts', 'minutes', 'last activity'];
/** A CSV cell: quoted when needed, and a leading = + - @ neutralised so a spreadsheet does not run it. */
const cell = (v: unknown) => {
  let t = String(v ?? '');
  if (/^[=+\-@\t\r]/.test(t)) t = `'${t}`;
  return /[",\n\r]/.test(t) ? `"${t.replace(/"/g, '""')}"` : t;
};

export function toCsv(students: StudentRow[]): string {
  const lines = [CSV_HEAD, ...students.map((r) => [r.user, r.name, r.status, r.score ?? '', r.attempts, r.minutes, r.lastActivity])];
  return `${lines.map((l) => l.map(cell).join(',')).join('\r\n')}\r\n`;
}

export async function resultsPage(ctx: ServerContext, reply: FastifyReply, t: ServerStrings, s: Session, token: string) {
  const { students, questions } = await classResults(ctx, s);
  const hidden = `<input type="hidden" name="session" value="${esc(token)}">`;
  const language = new Intl.DisplayNames([t.$code], { type: 'language' }).of(s.lang) ?? s.lang;
  const studentRows = students.map((r) => `<tr><td>${esc(r.name || r.user)}</td><td>${esc(t.statuses[r.status])}</td><td>${r.score ?? '–'}</td>
<td>${r.attempts}</td><td>${r.minutes}</td><td>${r.lastActivity ? `<time datetime="${esc(r.lastActivity)}">${esc(r.lastActivity.slice(0, 16).replace('T', ' '))}</time>` : '–'}</td></tr>`).join('\n');
  const questionRows = questions.map((x) => `<tr><td>${esc(x.question)}</td><td>${x.students}</td><td>${x.firstTryRight}%</td>
<td>${esc(x.commonWrong || '–')}${x.commonWrongCount ? ` (${x.commonWrongCount})` : ''}</td></tr>`).join('\n');
  return page(reply, 200, {
    strings: t,
    title: t.resultsTitle(s.module),
    body: `<main><h1>${esc(t.resultsHeading(s.module, language))}</h1>
<form method="post" action="/lti/results.csv">${hidden}<button type="submit">${esc(t.downloadCsv)}</button></form>
<table><caption>${esc(t.studentsCaption)}</caption><thead><tr><th scope="col">${esc(t.student)}</th><th scope="col">${esc(t.status)}</th><th scope="col">${esc(t.score)}</th>
<th scope="col">${esc(t.attempts)}</th><th scope="col">${esc(t.minutes)}</th><th scope="col">${esc(t.lastActivity)}</th></tr></thead>
<tbody>${studentRows || `<tr><td colspan="6">${esc(t.noStudents)}</td></tr>`}</tbody></table>
<table><caption>${esc(t.questionsCaption)}</caption><thead><tr><th scope="col">${esc(t.question)}</th><th scope="col">${esc(t.studentsCount)}</th>
<th scope="col">${esc(t.firstTryRight)}</th><th scope="col">${esc(t.commonWrong)}</th></tr></thead>
<tbody>${questionRows || `<tr><td colspan="4">${esc(t.noAnswers)}</td></tr>`}</tbody></table></main>`,
  });
}

async function instructorSession(ctx: ServerContext, token: string | undefined): Promise<Session> {
  const s = await sessionOf(ctx.db.query, token);
  if (!s.instructor || !s.link_id) throw new LtiError(403, 'teachersOnlyResults');
  return s;
}

export function registerResultRoutes(app: FastifyInstance, ctx: ServerContext): void {
  app.post('/lti/results', async (request, reply) => {
    try {
      const token = formToken(request);
      return await resultsPage(ctx, reply, await sessionStrings(ctx.db.query, request), await instructorSession(ctx, token), token!);
    } catch (err) {
      if (err instanceof LtiError) return refusal(reply, await sessionStrings(ctx.db.query, request), err);
      throw err;
    }
  });
  app.post('/lti/results.csv', async (request, reply) => {
    try {
      const s = await instructorSession(ctx, formToken(request));
      const { students } = await classResults(ctx, s);
      return reply
        .header('Cache-Control', 'no-store')
        .header('Content-Disposition', `attachment; filename="netwise-${s.module}-${s.lang}-results.csv"`)
        .type('text/csv; charset=utf-8')
        .send(toCsv(students));
    } catch (err) {
      if (err instanceof LtiError) return refusal(reply, await sessionStrings(ctx.db.query, request), err);
      throw err;
    }
  });
}
