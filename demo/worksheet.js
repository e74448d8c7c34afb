/**
 * The paper page: `worksheet.html?module=<id>&lang=<lang>&part=worksheet|key|both` shows a lesson as a
 * worksheet for students and an answer key for the teacher (on pages of its own), for the browser's print
 * (`print.css`). Nothing on it is sent anywhere.
 */
import { loadSanitizer, sanitize } from '../dist/content/sanitize.js';
import { directionOf, startSite } from './i18n.js';
import { countryParam, loadCatalog, moduleUrl, pageUrl, params, pickEntry, runPage, showMessage } from './site.js';
import { paperBuilder } from './worksheet-render.js';

const $ = (id) => document.getElementById(id);
const PARTS = ['worksheet', 'key', 'both'];

/** Shows the chosen part(s) and keeps the choice in the address (a reload or a shared link keeps it). */
function showPart(part) {
  $('worksheet').hidden = part === 'key';
  $('answer-key').hidden = part === 'worksheet';
  for (const radio of document.querySelectorAll('input[name="part"]')) radio.checked = radio.value === part;
  const url = new URL(location.href);
  url.searchParams.set('part', part);
  history.replaceState(null, '', url);
}

async function start({ lang, t }) {
  const p = params();
  const id = p.get('module');
  for (const link of ['home-link', 'back-link']) $(link).setAttribute('href', pageUrl('./', { lang }));
  const entries = await loadCatalog(t);
  const entry = id ? pickEntry(entries, id, lang) : undefined;
  if (!entry) {
    showMessage(id ? t('error.noModule', { id }) : t('error.noChoice'));
    return;
  }
  $('teacher-link').setAttribute('href', pageUrl('teacher.html', { module: entry.id, lang }));
  const [response] = await Promise.all([fetch(moduleUrl(entry), { credentials: 'same-origin' }), loadSanitizer()]);
  if (!response.ok) throw new Error(t('error.lesson', { status: `${response.status} ${response.statusText}`.trim() }));
  const doc = await response.json();
  document.title = t('paper.pageTitleWith', { title: doc.meta.title });
  const content = { lang: doc.meta.lang, dir: directionOf(doc.meta.lang), 'data-content': 'lesson' };
  $('title').textContent = doc.meta.title;
  for (const [name, value] of Object.entries(content)) $('title').setAttribute(name, value);
  // A lesson's helplines (`:::helplines`) are printed too: the element that lists them, on demand.
  if (doc.lessons.some((l) => l.steps.some((s) => s.html.includes('<nw-helplines')))) await import('../dist/elements/nw-helplines.js');
  const paper = paperBuilder({ t, sanitize, content });
  $('sheets').replaceChildren(paper.sheet(doc, false), paper.sheet(doc, true));
  // The helplines of the country chosen on the teacher page (`?country=CZ`); without it, the lesson language's.
  const country = countryParam(p);
  if (country) for (const list of $('sheets').querySelectorAll('nw-helplines')) list.setAttribute('country', country);
  $('tools').hidden = false;
  $('print').addEventListener('click', () => print());
  for (const radio of document.querySelectorAll('input[name="part"]')) radio.addEventListener('change', () => showPart(radio.value));
  showPart(PARTS.includes(p.get('part')) ? p.get('part') : 'worksheet');
}

runPage(startSite, start);
