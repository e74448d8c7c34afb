/** The catalogue page: every module in /dist/modules/catalog.json, with filters and a search box. */
import {
  DIGCOMP, DIGCOMP_AREAS, catalogLanguages, digcompArea, digcompLabel, h, languageName, loadCatalog, markReady,
  pageUrl, params, pickEntry, setupLanguageSwitch, showMessage,
} from './site.js';

const form = /** @type {HTMLFormElement} */ (document.getElementById('filters'));
const results = document.getElementById('results');
const count = document.getElementById('count');
const FILTERS = ['q', 'age', 'area', 'minutes', 'led'];

/** `10-14` → [10, 14]; `8+` → [8, Infinity]. */
function ageRange(ages) {
  const m = /^(\d+)\s*(?:[-–]\s*(\d+)|(\+))?$/.exec(String(ages).trim());
  if (!m) return [0, Infinity];
  const low = Number(m[1]);
  return [low, m[2] ? Number(m[2]) : m[3] ? Infinity : low];
}

const fold = (s) => String(s).toLocaleLowerCase().normalize('NFD').replace(/\p{M}/gu, '');

/** Text the search box looks in. */
function haystack(entry) {
  const topics = entry.digcomp.flatMap((c) => [c, DIGCOMP[c] ?? '', DIGCOMP_AREAS[digcompArea(c)] ?? '']);
  return fold([entry.id, entry.title, entry.summary, entry.ages, ...topics].join(' '));
}

function matches(entry, f) {
  if (f.q && !fold(f.q).split(/\s+/).filter(Boolean).every((word) => entry.search.includes(word))) return false;
  if (f.age) {
    const [low, high] = ageRange(f.age);
    const [a, b] = ageRange(entry.ages);
    if (b < low || a > high) return false; // keep bands that overlap the chosen one
  }
  if (f.area && !entry.digcomp.some((c) => digcompArea(c) === f.area)) return false;
  if (f.minutes && entry.minutes > Number(f.minutes)) return false;
  if (f.led === 'teacher' && !entry.teacherLed) return false;
  if (f.led === 'self' && entry.teacherLed) return false;
  return true;
}

function card(entry, lang) {
  const titleId = `title-${entry.id}`;
  const other = entry.lang !== lang;
  return h('li', { class: 'card', lang: entry.lang, 'data-module': entry.id },
    h('article', { 'aria-labelledby': titleId },
      h('h3', { id: titleId, text: entry.title }),
      h('p', { class: 'summary', text: entry.summary }),
      h('dl', { class: 'facts' },
        h('div', {}, h('dt', { text: 'Ages' }), h('dd', { text: entry.ages })),
        h('div', {}, h('dt', { text: 'Time' }), h('dd', { text: `${entry.minutes} min` })),
        h('div', {}, h('dt', { text: 'Questions' }), h('dd', { text: String(entry.questions) })),
      ),
      h('ul', { class: 'tags', 'aria-label': 'DigComp competences' },
        entry.digcomp.map((c) => h('li', { text: digcompLabel(c) }))),
      entry.teacherLed ? h('p', { class: 'badge', text: 'Teacher-led: a sensitive topic best played together' }) : null,
      other ? h('p', { class: 'note', lang: 'en', text: `Not yet in ${languageName(lang)}: shown in ${languageName(entry.lang)}.` }) : null,
      h('p', { class: 'links', lang: 'en' },
        h('a', { class: 'button primary', href: pageUrl('play.html', { module: entry.id, lang: entry.lang }) },
          'Play', h('span', { class: 'visually-hidden', text: ` ${entry.title}` })),
        h('a', { class: 'button', href: pageUrl('teacher.html', { module: entry.id, lang: entry.lang }) },
          'Teacher page', h('span', { class: 'visually-hidden', text: ` for ${entry.title}` })),
      ),
    ),
  );
}

function readFilters() {
  const data = new FormData(form);
  return Object.fromEntries(FILTERS.map((k) => [k, String(data.get(k) ?? '').trim()]));
}

function start(all) {
  const langs = catalogLanguages(all);
  const p = params();
  const lang = langs.includes(p.get('lang') ?? '') ? p.get('lang') : langs[0] ?? 'en';
  setupLanguageSwitch(langs, lang, (l) => {
    const url = new URL(location.href);
    url.searchParams.set('lang', l);
    return url;
  });

  // One card per module, in the chosen language when it exists.
  const ids = [...new Set(all.map((e) => e.id))];
  const modules = ids.map((id) => pickEntry(all, id, lang)).map((e) => ({ ...e, search: haystack(e) }));
  modules.sort((a, b) => a.title.localeCompare(b.title, lang));

  // Filter choices come from the data.
  const ages = [...new Set(modules.map((m) => m.ages))].sort((a, b) => ageRange(a)[0] - ageRange(b)[0] || ageRange(a)[1] - ageRange(b)[1]);
  form.elements.namedItem('age').append(...ages.map((a) => h('option', { value: a }, `${a} years`)));
  const areas = [...new Set(modules.flatMap((m) => m.digcomp.map(digcompArea)))].sort();
  form.elements.namedItem('area').append(
    ...areas.map((a) => h('option', { value: a }, DIGCOMP_AREAS[a] ? `${a}. ${DIGCOMP_AREAS[a]}` : `Area ${a}`)),
  );
  for (const k of FILTERS) {
    const field = /** @type {HTMLInputElement | HTMLSelectElement} */ (form.elements.namedItem(k));
    const v = p.get(k);
    if (v && (field.tagName !== 'SELECT' || [...field.options].some((o) => o.value === v))) field.value = v;
  }

  const render = () => {
    const f = readFilters();
    const shown = modules.filter((m) => matches(m, f));
    results.replaceChildren(...shown.map((m) => card(m, lang)));
    count.textContent = !modules.length
      ? 'No lessons have been built yet. Run npm run build.'
      : shown.length === modules.length
        ? `${modules.length} ${modules.length === 1 ? 'lesson' : 'lessons'}`
        : `${shown.length} of ${modules.length} lessons match`;
    const url = new URL(location.href);
    for (const k of FILTERS) (f[k] ? url.searchParams.set(k, f[k]) : url.searchParams.delete(k));
    history.replaceState(null, '', url);
  };
  form.addEventListener('input', render);
  form.addEventListener('change', render);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    render();
    results.querySelector('a')?.focus();
  });
  form.addEventListener('reset', () => setTimeout(render));
  render();
}

loadCatalog()
  .then(start, (err) => {
    showMessage(`${err.message} Run npm run build, then reload.`);
    console.error(err);
  })
  .finally(markReady);
