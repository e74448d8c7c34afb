/** The catalogue page: every module in /dist/modules/catalog.json, with filters and a search box. */
import { directionOf, startSite } from './i18n.js';
import {
  catalogLanguages, digcompArea, digcompLabel, formatAges, formatMinutes, h, languageName, loadCatalog, markReady,
  pageUrl, params, pickEntry, showMessage,
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

/** Text the search box looks in: the lesson's own words and its topics in the page's language. */
function haystack(entry, t) {
  const topics = entry.digcomp.flatMap((c) => [digcompLabel(t, c), t(`digcomp.${digcompArea(c)}`)]);
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

/**
 * One lesson's card. The card speaks the page's language; the lesson's own title and summary carry the
 * lesson's language, which is English (said on the card) when the lesson is not yet translated.
 */
function card(entry, site, all) {
  const { lang, t } = site;
  const titleId = `title-${entry.id}`;
  const content = { lang: entry.lang, dir: directionOf(entry.lang), 'data-content': 'lesson' };
  const languages = catalogLanguages(all.filter((e) => e.id === entry.id));
  return h('li', { class: 'card', 'data-module': entry.id, 'data-lang': entry.lang },
    h('article', { 'aria-labelledby': titleId },
      h('h3', { id: titleId, ...content, text: entry.title }),
      h('p', { class: 'summary', ...content, text: entry.summary }),
      h('dl', { class: 'facts' },
        h('div', {}, h('dt', { text: t('card.ages') }), h('dd', { text: formatAges(entry.ages, lang) })),
        h('div', {}, h('dt', { text: t('card.time') }), h('dd', { text: formatMinutes(entry.minutes, lang) })),
        h('div', {}, h('dt', { text: t('card.questions') }), h('dd', { text: new Intl.NumberFormat(lang).format(entry.questions) })),
        h('div', {}, h('dt', { text: t('card.languages') }),
          h('dd', { class: 'languages', text: new Intl.ListFormat(lang, { type: 'unit' }).format(languages.map((l) => languageName(l, lang))) })),
      ),
      h('ul', { class: 'tags', 'aria-label': t('card.tags') },
        entry.digcomp.map((c) => h('li', { text: digcompLabel(t, c) }))),
      entry.teacherLed ? h('p', { class: 'badge', text: t('card.teacherLed') }) : null,
      entry.lang !== lang
        ? h('p', { class: 'note fallback', text: t('fallback', { wanted: languageName(lang, lang), shown: languageName(entry.lang, lang) }) })
        : null,
      h('p', { class: 'links' },
        h('a', { class: 'button primary', href: pageUrl('play.html', { module: entry.id, lang }) },
          t('card.play'), ' ', h('span', { class: 'visually-hidden', text: t('card.playHidden', { title: entry.title }) })),
        h('a', { class: 'button', href: pageUrl('teacher.html', { module: entry.id, lang }) },
          t('card.teacher'), ' ', h('span', { class: 'visually-hidden', text: t('card.teacherHidden', { title: entry.title }) })),
      ),
    ),
  );
}

function readFilters() {
  const data = new FormData(form);
  return Object.fromEntries(FILTERS.map((k) => [k, String(data.get(k) ?? '').trim()]));
}

function start(all, site) {
  const { lang, t } = site;
  const p = params();
  document.getElementById('kinds-link').setAttribute('href', pageUrl('kinds.html', { lang }));
  document.getElementById('write-link')?.setAttribute('href', pageUrl('write.html', { lang }));

  // One card per module, in the chosen language when it exists, else in English.
  const ids = [...new Set(all.map((e) => e.id))];
  const modules = ids.map((id) => pickEntry(all, id, lang)).map((e) => ({ ...e, search: haystack(e, t) }));
  const collator = new Intl.Collator(lang);
  modules.sort((a, b) => collator.compare(a.title, b.title));

  // Filter choices come from the data, written the language's way.
  const ages = [...new Set(modules.map((m) => m.ages))].sort((a, b) => ageRange(a)[0] - ageRange(b)[0] || ageRange(a)[1] - ageRange(b)[1]);
  form.elements.namedItem('age').append(...ages.map((a) => {
    const [low, high] = ageRange(a);
    const text = high === Infinity ? t('filters.ageFrom', { n: low }) : t('filters.ageOption', { range: formatAges(a, lang), n: high });
    return h('option', { value: a }, text);
  }));
  const areas = [...new Set(modules.flatMap((m) => m.digcomp.map(digcompArea)))].sort();
  form.elements.namedItem('area').append(
    ...areas.map((a) => h('option', { value: a }, t('filters.areaOption', { n: Number(a), name: t(`digcomp.${a}`) }))),
  );
  for (const option of form.elements.namedItem('minutes').options) {
    if (option.value) option.textContent = t('filters.upTo', { duration: formatMinutes(Number(option.value), lang, 'long') });
  }
  for (const k of FILTERS) {
    const field = /** @type {HTMLInputElement | HTMLSelectElement} */ (form.elements.namedItem(k));
    const v = p.get(k);
    if (v && (field.tagName !== 'SELECT' || [...field.options].some((o) => o.value === v))) field.value = v;
  }

  const render = () => {
    const f = readFilters();
    const shown = modules.filter((m) => matches(m, f));
    results.replaceChildren(...shown.map((m) => card(m, site, all)));
    count.textContent = !modules.length
      ? t('results.none')
      : shown.length === modules.length
        ? t('results.all', { n: modules.length })
        : t('results.some', { n: shown.length, total: modules.length });
    const url = new URL(location.href);
    for (const k of FILTERS) {
      if (f[k]) url.searchParams.set(k, f[k]);
      else url.searchParams.delete(k);
    }
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

startSite()
  .then(async (site) => {
    try {
      start(await loadCatalog(site.t), site);
    } catch (err) {
      showMessage(site.t('error.retry', { message: err.message }));
      console.error(err);
    }
  })
  .catch((err) => console.error(err))
  .finally(markReady);
