/**
 * The teacher page: `teacher.html?module=<id>&lang=<lang>` shows what a teacher needs before a lesson
 * (summary, objectives, vocabulary, the helplines its students see, the guide, family tips, sources) with
 * a print style, the ready-made zips for a learning platform (listed in the catalogue by
 * `netwise build --packages`), and the code to put the lesson on another site.
 *
 * The guides are HTML compiled from Markdown. They go through Netwise's own sanitiser (DOMPurify) from
 * the npm output before they reach the page: never straight into `innerHTML`.
 */
import { loadSanitizer, sanitize } from '../dist/content/sanitize.js';
import { directionOf, startSite } from './i18n.js';
import {
  catalogLanguages, digcompLabel, distUrl, embedUrl, formatAges, formatMinutes, formatSize, h, languageName, loadCatalog,
  moduleUrl, packageUrl, pageUrl, params, pickEntry, runPage, showMessage,
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

/** `Czech` → `Czech`, `čeština` → `Čeština` (for a heading or a list item). */
const capital = (s, lang) => s.charAt(0).toLocaleUpperCase(lang) + s.slice(1);

/**
 * The lesson's facts and texts. The page's own words are in the site's language; what comes from the
 * lesson (title, summary, objectives, guides…) carries the lesson's language.
 */
function renderModule(doc, entry, { lang, t }) {
  const { meta, lessons, guides } = doc;
  const content = { lang: meta.lang, dir: directionOf(meta.lang), 'data-content': 'lesson' };
  document.title = t('teacher.titleWith', { title: meta.title });
  $('title').textContent = meta.title;
  for (const id of ['title', 'summary', 'objectives', 'vocabulary', 'guide', 'family', 'sources']) {
    for (const [name, value] of Object.entries(content)) $(id).setAttribute(name, value);
  }
  $('summary').textContent = meta.summary;
  const questions = lessons.reduce((n, l) => n + l.steps.filter((s) => s.question).length, 0);
  const percent = new Intl.NumberFormat(lang, { style: 'percent' }).format(meta.passMark / 100);
  $('facts').replaceChildren(
    fact(t('teacher.ages'), formatAges(meta.ages, lang)),
    fact(t('teacher.time'), formatMinutes(meta.minutes, lang, 'long')),
    fact(t('teacher.lessons'), t('teacher.lessonsValue', {
      lessons: t('teacher.lessonCount', { n: lessons.length }), questions: t('teacher.questionCount', { n: questions }),
    })),
    fact(t('teacher.assessment'), meta.mode === 'practice' ? t('teacher.practice') : t('teacher.graded', { percent })),
    fact(t('teacher.digcomp'), h('ul', { class: 'tags' }, meta.digcomp.map((c) => h('li', { text: digcompLabel(t, c) })))),
    fact(t('teacher.led'), meta.teacherLed ? t('teacher.ledTeacher') : t('teacher.ledAnyone')),
    fact(t('teacher.language'), capital(languageName(entry.lang, lang), lang)),
  );
  $('objectives').replaceChildren(...meta.objectives.map((o) => h('li', { text: o })));
  $('outline').replaceChildren(
    ...lessons.map((l) => {
      const qs = l.steps.filter((s) => s.question).length;
      const counts = t('teacher.outlineItem', {
        title: '\u0000', steps: t('teacher.stepCount', { n: l.steps.length }), questions: t('teacher.questionCount', { n: qs }),
      });
      // The lesson's title is the lesson's language; the counts around it are the page's.
      return h('li', {}, ...counts.split('\u0000').flatMap((part, i) => (i ? [h('span', { ...content, text: l.title }), part] : [part])));
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

/**
 * The helplines and hotlines a lesson with `:::helplines` blocks shows its students: the list of the
 * page's `country` (`?country=CZ`), else of the country the lesson's language goes with, as the player
 * chooses it. The teacher can pick another country; the address keeps it for a reload or a colleague.
 */
async function renderHelplines(doc) {
  const uses = doc.lessons.some((l) => l.steps.some((s) => s.html.includes('<nw-helplines')));
  $('helplines-section').hidden = !uses;
  if (!uses) return;
  const [{ defaultCountryOf }] = await Promise.all([import('../dist/content/helplines.js'), import('../dist/elements/nw-helplines.js')]);
  const lang = doc.meta.lang.split('-')[0].toLowerCase();
  const country = params().get('country') || (Object.hasOwn(defaultCountryOf, lang) ? defaultCountryOf[lang] : undefined);
  const list = h('nw-helplines', { 'heading-level': 3, country });
  list.addEventListener('nw-country-change', (e) => {
    const url = new URL(location.href);
    url.searchParams.set('country', e.detail.country);
    history.replaceState(history.state, '', url);
  });
  $('helplines').replaceChildren(list);
}

/** The download formats, in the order a teacher needs them (Moodle's first). */
const FORMATS = ['scorm12', 'scorm2004', 'cmi5', 'html'];

/** One link per ready-made zip of one language of the lesson, with its size and who it is for. */
function downloadItems(entry, { lang, t }, suffix = '') {
  const packages = (Array.isArray(entry.packages) ? entry.packages : [])
    .filter((p) => FORMATS.includes(p.format))
    .sort((a, b) => FORMATS.indexOf(a.format) - FORMATS.indexOf(b.format));
  return packages.map((p) => {
    const id = `download-${p.format}${suffix ? `-${entry.lang}` : ''}`;
    const link = h('a', {
      id, class: p.format === 'scorm12' && !suffix ? 'button primary' : 'button', href: packageUrl(p).href,
      download: p.file.split('/').pop(), 'aria-describedby': `${id}-size ${id}-about`, 'data-format': p.format, 'data-lang': entry.lang,
    }, t(`download.${p.format}`), suffix ? h('span', { class: 'visually-hidden', text: ` ${suffix}` }) : null);
    return h('li', {}, link,
      h('p', { class: 'hint' },
        h('span', { class: 'size', id: `${id}-size`, text: t('packages.size', { size: formatSize(p.bytes, lang) }) }), ' ',
        h('span', { id: `${id}-about`, text: t(`download.${p.format}.about`) })));
  });
}

/** The zips of the lesson in the language shown, then those of each of its other languages. */
function renderDownloads(entries, entry, site) {
  const { lang, t } = site;
  const items = downloadItems(entry, site);
  // Mid-sentence, a language's name is written as the language writes it ("En anglais", "In English").
  $('downloads-title').textContent = t('packages.in', { lang: languageName(entry.lang, lang) });
  $('downloads').hidden = !items.length;
  $('downloads-title').hidden = !items.length;
  $('downloads-missing').hidden = items.length > 0;
  $('downloads').replaceChildren(...items);

  const others = catalogLanguages(entries.filter((e) => e.id === entry.id && e.lang !== entry.lang && e.packages?.length))
    .map((l) => pickEntry(entries, entry.id, l));
  $('downloads-other').hidden = !others.length;
  $('downloads-other-list').replaceChildren(...others.flatMap((other) => {
    const name = capital(languageName(other.lang, lang), lang);
    const headingId = `downloads-${other.lang}-title`;
    return [
      h('h4', { id: headingId, text: name }),
      h('ul', { class: 'downloads', 'aria-labelledby': headingId, 'data-lang': other.lang },
        downloadItems(other, site, t('download.inLang', { lang: languageName(other.lang, lang) }))),
    ];
  }));
}

/** Quotes a value for an HTML attribute. */
const attr = (s) => String(s).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

function setupEmbed(entries, entry, { lang, t }) {
  const form = /** @type {HTMLFormElement} */ ($('embed-options'));
  const langSelect = /** @type {HTMLSelectElement} */ ($('embed-lang'));
  const base = /** @type {HTMLInputElement} */ ($('embed-base'));
  const siteRoot = new URL('..', distUrl).href; // the folder holding dist/ (and demo/)
  const versions = entries.filter((e) => e.id === entry.id);
  langSelect.replaceChildren(
    ...catalogLanguages(versions).map((l) => h('option', { value: l, selected: l === entry.lang }, capital(languageName(l, lang), lang))),
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
    // The preload lines start the downloads as the page is read (the entry, the player it runs once the
    // first step shows, the module): no waiting for a script to ask.
    const script = attr(rebase(embedUrl));
    const playerScript = attr(rebase(new URL('player.min.js', embedUrl)));
    const module = attr(rebase(moduleUrl(chosen)));
    $('snippet-script').textContent =
      `<link rel="modulepreload" href="${script}">\n` +
      `<link rel="modulepreload" href="${playerScript}">\n` +
      `<link rel="preload" as="fetch" crossorigin href="${module}">\n` +
      `<script type="module" src="${script}"></script>\n` +
      `<nw-module src="${module}"${trackingAttr}></nw-module>`;
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
        $('copied').textContent = t('embed.copied');
      } catch {
        // No clipboard access (e.g. not https): select the code so Ctrl+C / Cmd+C copies it.
        getSelection()?.selectAllChildren(code);
        $('copied').textContent = t('embed.selected');
      }
    });
  }
}

async function start(site) {
  const { lang, t } = site;
  $('print').addEventListener('click', () => print());
  const p = params();
  const id = p.get('module');
  for (const link of ['home-link', 'back-link']) $(link).setAttribute('href', pageUrl('./', { lang }));
  const entries = await loadCatalog(t);
  const entry = id ? pickEntry(entries, id, lang) : undefined;
  if (!entry) {
    showMessage(id ? t('error.noModule', { id }) : t('error.noChoice'));
    return;
  }
  $('play-link').setAttribute('href', pageUrl('play.html', { module: entry.id, lang }));
  // The whiteboard shows the helplines of the country chosen here (`?country=`), as the list on this page does.
  const presentLink = (country) => $('present-link').setAttribute('href', pageUrl('play.html', { module: entry.id, lang, mode: 'present', country }));
  // So do the worksheet and the answer key.
  const paperLinks = (country) => {
    $('worksheet-link').setAttribute('href', pageUrl('worksheet.html', { module: entry.id, lang, part: 'worksheet', country }));
    $('answer-key-link').setAttribute('href', pageUrl('worksheet.html', { module: entry.id, lang, part: 'key', country }));
  };
  presentLink(params().get('country') ?? undefined);
  paperLinks(params().get('country') ?? undefined);
  document.addEventListener('nw-country-change', (e) => {
    presentLink(e.detail.country);
    paperLinks(e.detail.country);
  });
  if (entry.lang !== lang) {
    $('fallback').textContent = t('fallback', { wanted: languageName(lang, lang), shown: languageName(entry.lang, lang) });
    $('fallback').hidden = false;
  }

  const [response] = await Promise.all([fetch(moduleUrl(entry), { credentials: 'same-origin' }), loadSanitizer()]);
  if (!response.ok) throw new Error(t('error.lesson', { status: `${response.status} ${response.statusText}`.trim() }));
  const doc = await response.json();
  renderModule(doc, entry, site);
  await renderHelplines(doc);
  renderDownloads(entries, entry, site);
  setupEmbed(entries, entry, site);
}

runPage(startSite, start);
