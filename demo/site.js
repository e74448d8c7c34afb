/**
 * Shared helpers for the demo pages: the module catalogue, URL parameters, DigComp names, languages.
 * Plain ES modules with no build step, so the pages work on any static server under a strict CSP.
 */

/** Where the built files are, relative to the demo pages (works at the site root or under a path). */
export const distUrl = new URL('../dist/', import.meta.url);
export const catalogUrl = new URL('modules/catalog.json', distUrl);
export const embedUrl = new URL('embed/netwise.min.js', distUrl);

/** DigComp 2.2 areas and competences. */
export const DIGCOMP_AREAS = {
  1: 'Information and data literacy',
  2: 'Communication and collaboration',
  3: 'Digital content creation',
  4: 'Safety',
  5: 'Problem solving',
};
export const DIGCOMP = {
  '1.1': 'Browsing, searching and filtering data, information and digital content',
  '1.2': 'Evaluating data, information and digital content',
  '1.3': 'Managing data, information and digital content',
  '2.1': 'Interacting through digital technologies',
  '2.2': 'Sharing through digital technologies',
  '2.3': 'Engaging in citizenship through digital technologies',
  '2.4': 'Collaborating through digital technologies',
  '2.5': 'Netiquette',
  '2.6': 'Managing digital identity',
  '3.1': 'Developing digital content',
  '3.2': 'Integrating and re-elaborating digital content',
  '3.3': 'Copyright and licences',
  '3.4': 'Programming',
  '4.1': 'Protecting devices',
  '4.2': 'Protecting personal data and privacy',
  '4.3': 'Protecting health and well-being',
  '4.4': 'Protecting the environment',
  '5.1': 'Solving technical problems',
  '5.2': 'Identifying needs and technological responses',
  '5.3': 'Creatively using digital technologies',
  '5.4': 'Identifying digital competence gaps',
};

/** `4.2 Protecting personal data and privacy`, or the bare number if unknown. */
export const digcompLabel = (code) => (DIGCOMP[code] ? `${code} ${DIGCOMP[code]}` : String(code));
export const digcompArea = (code) => String(code).split('.')[0];

/** The name of a language in that language (`en` → `English`). */
export function languageName(lang) {
  try {
    const name = new Intl.DisplayNames([lang], { type: 'language' }).of(lang);
    return name ? name.charAt(0).toLocaleUpperCase(lang) + name.slice(1) : lang;
  } catch {
    return lang;
  }
}

/** Loads the catalogue written by `netwise build` (one entry per module and language). */
export async function loadCatalog() {
  const response = await fetch(catalogUrl, { credentials: 'same-origin' });
  if (!response.ok) throw new Error(`The catalogue could not be loaded (${response.status} ${response.statusText}).`);
  const entries = await response.json();
  if (!Array.isArray(entries)) throw new Error('The catalogue is not a list of modules.');
  return entries;
}

/** Every language in the catalogue, English first, then by tag. */
export function catalogLanguages(entries) {
  return [...new Set(entries.map((e) => e.lang))].sort((a, b) => (a === 'en' ? -1 : b === 'en' ? 1 : a.localeCompare(b)));
}

/** The entry for a module in a language, falling back to English, then to any language. */
export function pickEntry(entries, id, lang) {
  const all = entries.filter((e) => e.id === id);
  return all.find((e) => e.lang === lang) ?? all.find((e) => e.lang === 'en') ?? all[0];
}

/** URL of a module's compiled JSON. */
export const moduleUrl = (entry) => new URL(`modules/${encodeURIComponent(entry.file)}`, distUrl);

/**
 * URL of a ready-made zip listed under an entry's `packages` (`netwise build --packages`, e.g.
 * `../packages/passwords.en.scorm12.zip`): the paths are relative to the catalogue.
 */
export const packageUrl = (pkg) => new URL(pkg.file, catalogUrl);

/** A file size as people read it: `208 kB`, `1.4 MB` (decimal units, as file managers show them). */
export function formatSize(bytes, lang = 'en') {
  const [unit, value] = bytes >= 1e6 ? ['megabyte', bytes / 1e6] : ['kilobyte', Math.max(1, bytes / 1e3)];
  return new Intl.NumberFormat(lang, { style: 'unit', unit, maximumFractionDigits: unit === 'megabyte' ? 1 : 0 }).format(value);
}

/** Links between the demo pages. */
export function pageUrl(page, params) {
  const url = new URL(page, import.meta.url);
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') url.searchParams.set(k, v);
  return url;
}

export const params = () => new URLSearchParams(location.search);

/** Creates an element with attributes and children (strings become text: never HTML). */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'text') el.textContent = v;
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  el.append(...children.flat().filter((c) => c !== undefined && c !== null && c !== false));
  return el;
}

/**
 * Fills the language switch (`<select id="lang">`) with the given languages and navigates on change.
 * Built from the catalogue, so new languages appear as soon as they are compiled.
 */
export function setupLanguageSwitch(langs, current, urlFor) {
  const select = document.getElementById('lang');
  const wrap = document.getElementById('lang-switch');
  if (!select || !wrap) return;
  select.replaceChildren(...langs.map((l) => h('option', { value: l, lang: l, selected: l === current }, languageName(l))));
  wrap.hidden = false;
  select.addEventListener('change', () => location.assign(urlFor(select.value)));
}

/** Shows an error in the page's `#message` region. */
export function showMessage(text) {
  const box = document.getElementById('message');
  if (!box) return;
  box.hidden = false;
  box.textContent = text;
}

/** Marks the page as rendered (tests and scripts wait for it). */
export function markReady() {
  document.documentElement.dataset.ready = 'true';
}
