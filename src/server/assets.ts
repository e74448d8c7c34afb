/**
 * The few scripts the server's own pages load from `/lti/assets/` (the CSP allows no inline script), and
 * their style, which each page holds (`pages.ts`, allowed by its hash). Browser code, kept here as text
 * because only these pages use it.
 */
import type { FastifyInstance } from 'fastify';

/**
 * LTI client-side postMessage storage: `put` stores the login state in the platform's frame, then goes
 * on to the platform's sign-in; `get` reads it back after the launch and posts it with the launch form.
 */
const STORAGE_JS = `const el = document.getElementById('nw-storage');
const d = el.dataset;
const target = d.target === '_parent' ? window.parent : (window.parent.frames[d.target] || window.parent);
const id = crypto.randomUUID();
const done = (value) => {
  if (d.action === 'put') { location.href = d.next; return; }
  const form = el.querySelector('form');
  form.elements.platform_state.value = value || '';
  form.submit();
};
window.addEventListener('message', (e) => {
  if (e.origin !== d.origin || !e.data || e.data.message_id !== id) return;
  done(e.data.error ? '' : e.data.value);
});
target.postMessage(d.action === 'put'
  ? { subject: 'lti.put_data', message_id: id, key: d.key, value: d.value }
  : { subject: 'lti.get_data', message_id: id, key: d.key }, d.origin);
setTimeout(() => done(''), 5000);
`;

/** Sends the deep-linking answer back to the LMS without a click (the button stays for no-script). */
const AUTOSUBMIT_JS = `document.getElementById('nw-autosubmit').submit();\n`;

/** After dynamic registration: tells the LMS's registration window it may close. */
const CLOSE_JS = `(window.opener || window.parent).postMessage({ subject: 'org.imsglobal.lti.close' }, '*');\n`;

/**
 * The style of the server's pages, written into each (a few hundred bytes: a style sheet file would hold a
 * launch page's first paint back by a round trip).
 */
export const SERVER_CSS = `body{font:1rem/1.5 system-ui,sans-serif;margin:0;color:#1a1a1a;background:#fff}
main{max-width:60rem;margin:0 auto;padding:1rem}
table{border-collapse:collapse;width:100%;margin:1rem 0}caption{text-align:start;font-weight:600}
th,td{border-bottom:1px solid #767676;padding:.4rem;text-align:start}
form[role=search]{display:flex;flex-wrap:wrap;gap:.75rem;align-items:end}
label{display:flex;flex-direction:column}.nw-catalogue{list-style:none;padding:0}
.nw-catalogue li{border:1px solid #767676;border-radius:.5rem;padding:.5rem 1rem;margin:.5rem 0}
button{font:inherit;padding:.4rem .9rem}:focus-visible{outline:3px solid #1a5fb4;outline-offset:2px}
`;

const ASSETS: Record<string, [string, string]> = {
  'storage.js': ['text/javascript; charset=utf-8', STORAGE_JS],
  'autosubmit.js': ['text/javascript; charset=utf-8', AUTOSUBMIT_JS],
  'close.js': ['text/javascript; charset=utf-8', CLOSE_JS],
};

export function registerAssets(app: FastifyInstance): void {
  app.get<{ Params: { file: string } }>('/lti/assets/:file', async (request, reply) => {
    const asset = Object.hasOwn(ASSETS, request.params.file) ? ASSETS[request.params.file] : undefined;
    if (!asset) return reply.code(404).send({ error: 'not found' });
    return reply.header('Cache-Control', 'public, max-age=3600').type(asset[0]).send(asset[1]);
  });
}
