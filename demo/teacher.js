/**
 * The teacher page: `teacher.html?module=<id>&lang=<lang>` shows what a teacher needs before a lesson
 * (summary, objectives, vocabulary, the guide, family tips, sources) with a print style, the ready-made
 * zips for a learning platform (listed in the catalogue by `netwise build --packages`), and the code to put
 * the lesson on another site.
 *
 * The guides are HTML compiled from Markdown. They go through Netwise's own sanitiser (DOMPurify) from
 * the npm output before they reach the page: never straight into `innerHTML`.
 */
import { loadSanitizer, sanitize } from '../dist/content/sanitize.js';
import {
  catalogLanguages, digcompLabel, distUrl, embedUrl, formatSize, h, languageName, loadCatalog, markReady, moduleUrl,
  packageUrl, pageUrl, params, pickEntry, setupLanguageSwitch, showMessage,
} from './site.js';

const $ = (id) => document.getElementById(id);

/** Sanitised HTML as a fragment, headings moved one level down (the guide sits under an `<h2>`). */
function safeFragment(html) {
  const template = document.createElement('template');
  template.innerHTML = sanitize(html);
  for (const heading of template.content.querySelectorAll('h1, h2, h3, h4, h5')) {
    const lower = document.createElement(`h${Math.min(Number(heading.tagName[1]) + 1, 6)}`);
    lower.append(...heading.childNodes);
    heading.replaceWith(lower);
  }
  return template.content;
}

function fact(term, value) {
  return h('div', {}, h('dt', { text: term }), h('dd', {}, value));
}

function renderModule(doc, entry) {
  const { meta, lessons, guides } = doc;
  document.title = `${meta.title} – teacher page – Netwise`;
  $('title').textContent = meta.title;
  $('title').setAttribute('lang', meta.lang);
  $('content').setAttribute('lang', meta.lang);
  $('summary').textContent = meta.summary;
  const questions = lessons.reduce((n, l) => n + l.steps.filter((s) => s.question).length, 0);
  $('facts').replaceChildren(
    fact('Ages', meta.ages),
    fact('Time', `${meta.minutes} minutes`),
    fact('Lessons', `${lessons.length} lessons, ${questions} questions`),
    fact('Assessment', meta.mode === 'practice' ? 'Practice (not graded)' : `Graded: pass mark ${meta.passMark}%`),
    fact('DigComp 2.2', h('ul', { class: 'tags' }, meta.digcomp.map((c) => h('li', { text: digcompLabel(c) })))),
    fact('Led by', meta.teacherLed ? 'A teacher (sensitive topic: play it together)' : 'Students on their own, or a teacher'),
    fact('Language', languageName(entry.lang)),
  );
  $('objectives').replaceChildren(...meta.objectives.map((o) => h('li', { text: o })));
  $('outline').replaceChildren(
    ...lessons.map((l) => {
      const qs = l.steps.filter((s) => s.question).length;
      return h('li', { text: `${l.title} (${l.steps.length} ${l.steps.length === 1 ? 'step' : 'steps'}, ${qs} ${qs === 1 ? 'question' : 'questions'})` });
    }),
  );
  $('vocabulary-section').hidden = !meta.vocabulary.length;
  $('vocabulary').replaceChildren(...meta.vocabulary.flatMap((v) => [h('dt', { text: v.term }), h('dd', { text: v.definition })]));
  $('guide-section').hidden = !guides.teacherHtml;
  $('guide').replaceChildren(guides.teacherHtml ? safeFragment(guides.teacherHtml) : '');
  $('family-section').hidden = !guides.familyHtml;
  $('family').replaceChildren(guides.familyHtml ? safeFragment(guides.familyHtml) : '');
  $('sources').replaceChildren(
    ...meta.sources
      .filter((s) => /^https?:\/\//.test(s.url))
      .map((s) => h('li', {}, h('a', { href: s.url, rel: 'noopener noreferrer', 'data-url': s.url, text: s.title }))),
  );
  $('content').hidden = false;
}

/** The downloads, in the order a teacher needs them: what each link says and who it is for. */
const DOWNLOADS = {
  scorm12: {
    label: 'Download for Moodle and most platforms (SCORM 1.2)',
    about: 'Works in every platform that takes SCORM (Moodle, Blackboard, Brightspace, Canvas): add it as a SCORM package, and scores go to the gradebook.',
  },
  scorm2004: {
    label: 'Download for SCORM 2004',
    about: 'For a platform that asks for SCORM 2004 (4th edition). In Moodle, use SCORM 1.2 instead.',
  },
  cmi5: {
    label: 'Download for cmi5',
    about: 'For a platform with cmi5 and a learning record store (SCORM Cloud, or Moodle with the cmi5 plugin).',
  },
  html: {
    label: 'Download an offline copy (HTML)',
    about: 'No platform needed: unzip it onto a school web server or intranet and open index.html there. Progress stays on each device.',
  },
};

/** One link per ready-made zip of this lesson and language, with its size. */
function renderDownloads(entry) {
  const formats = Object.keys(DOWNLOADS);
  const packages = (Array.isArray(entry.packages) ? entry.packages : [])
    .filter((p) => formats.includes(p.format))
    .sort((a, b) => formats.indexOf(a.format) - formats.indexOf(b.format));
  $('packages-intro').prepend(`In ${languageName(entry.lang)}. `);
  $('downloads').hidden = !packages.length;
  $('downloads-missing').hidden = packages.length > 0;
  $('downloads').replaceChildren(
    ...packages.map((p) => {
      const { label, about } = DOWNLOADS[p.format];
      const id = `download-${p.format}`;
      const link = h('a', {
        id, class: p.format === 'scorm12' ? 'button primary' : 'button', href: packageUrl(p).href,
        download: p.file.split('/').pop(), 'aria-describedby': `${id}-size ${id}-about`, 'data-format': p.format,
      }, label);
      return h('li', {}, link,
        h('p', { class: 'hint' },
          h('span', { class: 'size', id: `${id}-size`, text: `Zip file, ${formatSize(p.bytes)}.` }), ' ',
          h('span', { id: `${id}-about`, text: about })));
    }),
  );
}

/** Quotes a value for an HTML attribute. */
const attr = (s) => String(s).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

function setupEmbed(entries, entry) {
  const form = /** @type {HTMLFormElement} */ ($('embed-options'));
  const langSelect = /** @type {HTMLSelectElement} */ ($('embed-lang'));
  const base = /** @type {HTMLInputElement} */ ($('embed-base'));
  const siteRoot = new URL('..', distUrl).href; // the folder holding dist/ (and demo/)
  const versions = entries.filter((e) => e.id === entry.id);
  langSelect.replaceChildren(
    ...catalogLanguages(versions).map((l) => h('option', { value: l, lang: l, selected: l === entry.lang }, languageName(l))),
  );
  base.value = siteRoot;

  const render = () => {
    const chosen = pickEntry(entries, entry.id, langSelect.value);
    const tracking = String(new FormData(form).get('tracking') ?? 'auto');
    let root = base.value.trim() || siteRoot;
    try {
      root = new URL(root.endsWith('/') ? root : `${root}/`, location.href).href;
    } catch {
      root = siteRoot;
    }
    // Paths relative to the site root, rebased on the address the teacher gave.
    const rebase = (url) => new URL(url.href.slice(siteRoot.length), root).href;
    const trackingAttr = tracking === 'auto' ? '' : ` tracking="${attr(tracking)}"`;
    $('snippet-script').textContent =
      `<script type="module" src="${attr(rebase(embedUrl))}"></script>\n` +
      `<nw-module src="${attr(rebase(moduleUrl(chosen)))}"${trackingAttr}></nw-module>`;
    const player = pageUrl('play.html', { module: chosen.id, lang: chosen.lang, embed: '1', tracking: tracking === 'auto' ? '' : tracking });
    $('snippet-iframe').textContent =
      `<iframe src="${attr(rebase(player))}" title="${attr(chosen.title)}" width="100%" height="720" loading="lazy"></iframe>`;
    const source = `modules/${chosen.id}/${chosen.lang}.md`;
    $('snippet-pack').textContent = ['scorm12', 'scorm2004', 'cmi5', 'html']
      .map((format) => `npx netwise pack ${source} --format ${format}`)
      .join('\n');
  };
  form.addEventListener('input', render);
  form.addEventListener('change', render);
  form.addEventListener('submit', (e) => e.preventDefault());
  render();

  for (const button of document.querySelectorAll('button.copy')) {
    button.addEventListener('click', async () => {
      const code = $(button.dataset.copy);
      try {
        await navigator.clipboard.writeText(code.textContent ?? '');
        $('copied').textContent = 'Copied to the clipboard.';
      } catch {
        // No clipboard access (e.g. not https): select the code so Ctrl+C / Cmd+C copies it.
        getSelection()?.selectAllChildren(code);
        $('copied').textContent = 'Selected: press Ctrl+C (or Cmd+C) to copy.';
      }
    });
  }
}

async function start() {
  $('print').addEventListener('click', () => print());
  const p = params();
  const id = p.get('module');
  const entries = await loadCatalog();
  const entry = id ? pickEntry(entries, id, p.get('lang') ?? 'en') : undefined;
  if (!entry) {
    showMessage(id ? `There is no lesson called “${id}”.` : 'No lesson was chosen.');
    return;
  }
  $('play-link').setAttribute('href', pageUrl('play.html', { module: entry.id, lang: entry.lang }));
  $('back-link').setAttribute('href', pageUrl('./', { lang: entry.lang }));
  setupLanguageSwitch(catalogLanguages(entries.filter((e) => e.id === entry.id)), entry.lang, (lang) =>
    pageUrl('teacher.html', { module: entry.id, lang }));

  const [response] = await Promise.all([fetch(moduleUrl(entry), { credentials: 'same-origin' }), loadSanitizer()]);
  if (!response.ok) throw new Error(`The lesson could not be loaded (${response.status} ${response.statusText}).`);
  renderModule(await response.json(), entry);
  renderDownloads(entry);
  setupEmbed(entries, entry);
}

start()
  .catch((err) => {
    showMessage(`${err.message} Run npm run build, then reload.`);
    console.error(err);
  })
  .finally(markReady);
