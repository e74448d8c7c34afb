/**
 * The write page: a Markdown editor beside a live player. As the author types, the lesson is parsed and
 * checked in the browser (the parser and checks of `netwise check` and `netwise pack`), the problems are
 * marked beside their line and listed, and the preview plays the last version without errors. The text is
 * kept in this browser's storage; the downloads (the .md, and the zips built here with the same code as
 * `netwise pack`) never leave the device.
 */
import { isValid, parseModule } from '../dist/content/parse.js';
import { prerenderFirstStep } from '../dist/elements/prerender.js';
import { loadTranslation } from '../dist/i18n/index.js';
import { collectPlayer, launchTracking, packageFilesWith, packageName, prerenderedPage, zipPackage } from '../dist/pack/package.js';
import { startSite } from './i18n.js';
import { distUrl, h, markReady, pageUrl, showMessage } from './site.js';
import { SNIPPETS, withFreshIds } from './write-snippets.js';

/** Where the text is kept (this site's own origin only). */
export const DRAFT_KEY = 'netwise-write-draft';
const $ = (id) => document.getElementById(id);
const embedDir = new URL('embed/', distUrl);

function loadDraft() {
  try {
    return localStorage.getItem(DRAFT_KEY);
  } catch {
    return null;
  }
}

function saveDraft(text) {
  try {
    localStorage.setItem(DRAFT_KEY, text);
  } catch {
    /* storage blocked or full: the text stays in the page until it is closed */
  }
}

/**
 * Parses as `netwise check` and `netwise pack` do (a missing catalogue field is a warning; their
 * `--profile curriculum` is for the project's own lessons). The file name gives the language when the
 * front matter has none.
 */
export function check(text) {
  const lang = /^lang:\s*([A-Za-z-]+)\s*$/m.exec(text)?.[1] ?? 'en';
  return parseModule(text, `${lang}.md`);
}

/** The line numbers beside the editor, with ✖ on a line with an error and ▲ on one with a warning. */
function drawGutter(gutter, text, issues) {
  const worst = new Map();
  for (const i of issues) if (worst.get(i.line) !== 'error') worst.set(i.line, i.severity);
  const count = text.split('\n').length;
  const lines = [];
  for (let n = 1; n <= count; n += 1) {
    const severity = worst.get(n);
    lines.push(severity ? h('span', { class: severity, text: `${severity === 'error' ? '✖' : '▲'} ${n}` }) : String(n), '\n');
  }
  gutter.replaceChildren(...lines);
}

/** Puts `text` at the cursor of the textarea, on lines of its own, and selects it. */
function insertAtCursor(area, text) {
  const { selectionStart: start, selectionEnd: end, value } = area;
  const before = value.slice(0, start);
  const block = `${before && !before.endsWith('\n\n') ? (before.endsWith('\n') ? '\n' : '\n\n') : ''}${text}\n`;
  area.setRangeText(block, start, end, 'select');
  area.focus();
  area.dispatchEvent(new Event('input'));
}

/** Selects line `n` (1-based) of the textarea and scrolls it into view. */
function goToLine(area, n) {
  const lines = area.value.split('\n');
  const start = lines.slice(0, n - 1).reduce((sum, l) => sum + l.length + 1, 0);
  area.focus();
  area.setSelectionRange(start, start + (lines[n - 1]?.length ?? 0));
  const lineHeight = parseFloat(getComputedStyle(area).lineHeight) || 20;
  area.scrollTop = Math.max(0, (n - 3) * lineHeight);
}

function download(name, bytes, type) {
  const url = URL.createObjectURL(new Blob([bytes], { type }));
  const link = h('a', { href: url, download: name, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** The player's files, fetched from dist/embed/ as `netwise pack` reads them from disk. */
let player;
const readPlayer = () => (player ??= collectPlayer(async (path) => {
  const response = await fetch(new URL(path, embedDir), { credentials: 'same-origin' });
  return response.ok ? new Uint8Array(await response.arrayBuffer()) : undefined;
}).catch((err) => {
  player = undefined;
  throw err;
}));

function start({ lang, t }) {
  for (const link of ['home-link', 'back-link']) $(link).setAttribute('href', pageUrl('./', { lang }));
  const area = /** @type {HTMLTextAreaElement} */ ($('source'));
  const preview = h('nw-module', { tracking: 'none', lang });
  $('preview').replaceChildren(preview);
  const gutter = $('gutter');
  let lastDoc;
  let issues = [];
  area.addEventListener('scroll', () => (gutter.scrollTop = area.scrollTop));

  const render = () => {
    const result = check(area.value);
    issues = [...result.issues].sort((a, b) => a.line - b.line);
    drawGutter(gutter, area.value, issues);
    gutter.scrollTop = area.scrollTop;
    const errors = issues.filter((i) => i.severity === 'error').length;
    $('problems-summary').textContent = issues.length ? t('write.problemCount', { n: issues.length }) : t('write.noProblems');
    $('problems').replaceChildren(...issues.map((issue) => h('li', { 'data-line': issue.line, 'data-severity': issue.severity },
      h('p', {}, h('span', { class: 'severity', text: `${t(issue.severity === 'error' ? 'write.error' : 'write.warning')} · ${t('write.atLine', { line: issue.line })}` }), ' ',
        h('span', { lang: 'en', text: issue.message })),
      issue.hint ? h('p', { class: 'hint', lang: 'en', text: issue.hint }) : null,
      h('button', { type: 'button', 'data-go': issue.line, text: t('write.goToLine', { line: issue.line }) }))));
    if (isValid(result) && !errors) {
      lastDoc = result.doc;
      preview.doc = result.doc;
    }
    $('preview-stale').hidden = !lastDoc || (isValid(result) && !errors);
    return result;
  };

  let timer;
  area.addEventListener('input', () => {
    saveDraft(area.value);
    // The numbers follow at once; the marks and the list once typing pauses.
    if (area.value.split('\n').length !== gutter.childNodes.length / 2) drawGutter(gutter, area.value, issues);
    clearTimeout(timer);
    timer = setTimeout(render, 250);
  });
  $('problems').addEventListener('click', (e) => {
    const line = e.target.closest?.('button[data-go]')?.dataset.go;
    if (line) goToLine(area, Number(line));
  });

  // Each button: the block's name in the page's language and the line that starts it.
  const names = { lesson: 'write.lessonName', pool: 'write.poolName', helplines: 'teacher.helplines', 'teacher-guide': 'write.teacherGuideName', 'family-tips': 'write.familyTipsName' };
  $('snippets').replaceChildren(...Object.keys(SNIPPETS).map((kind) => h('li', {},
    h('button', { type: 'button', 'data-snippet': kind },
      h('span', { text: t(names[kind] ?? `kinds.${kind}Name`) }),
      h('code', { translate: 'no', text: kind === 'lesson' ? '# ##' : `:::${kind}` })))));
  $('snippets').addEventListener('click', (e) => {
    const kind = e.target.closest?.('button[data-snippet]')?.dataset.snippet;
    if (kind) insertAtCursor(area, withFreshIds(SNIPPETS[kind], area.value));
  });

  $('downloads').addEventListener('click', async (e) => {
    const format = e.target.closest?.('button[data-format]')?.dataset.format;
    if (!format) return;
    const result = render();
    const id = isValid(result) ? result.doc.meta.id : 'lesson';
    if (format === 'md') {
      download(`${id}.${isValid(result) ? result.doc.meta.lang : 'en'}.md`, new TextEncoder().encode(area.value), 'text/markdown');
      return;
    }
    if (!isValid(result) || result.issues.some((i) => i.severity === 'error')) {
      showMessage(t('write.fixFirst'));
      return;
    }
    try {
      $('message').hidden = true;
      // The launch page carries the first step, pre-rendered as `netwise pack` does it.
      const doc = result.doc;
      const first = await prerenderedPage(prerenderFirstStep(doc, await loadTranslation(doc.meta.lang), launchTracking(format)));
      const bytes = zipPackage(packageFilesWith(doc, format, await readPlayer(), undefined, new Map(), first));
      download(packageName(result.doc, format), bytes, 'application/zip');
    } catch (err) {
      showMessage(t('error.retry', { message: err.message }));
    }
  });

  return fetch(new URL('write-starter.md', import.meta.url)).then(async (response) => {
    area.value = loadDraft() ?? (response.ok ? await response.text() : '');
    render();
  });
}

startSite()
  .then((site) => start(site))
  .catch((err) => {
    showMessage(err.message);
    console.error(err);
  })
  .finally(markReady);
