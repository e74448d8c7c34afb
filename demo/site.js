/**
 * Shared helpers for the demo pages: the module catalogue, URL parameters, DigComp names, languages.
 * Plain ES modules with no build step, so the pages work on any static server under a strict CSP.
 */

/** Where the built files are, relative to the demo pages (works at the site root or under a path). */
export const distUrl = new URL('../dist/', import.meta.url);
export const catalogUrl = new URL('modules/catalog.json', distUrl);
export const embedUrl = new URL('embed/netwise.min.js', distUrl);

/** `4.2 Protecting personal data and privacy` in the page's language, or the bare number if unknown. */
export function digcompLabel(t, code) {
  const name = t(`digcomp.${code}`);
  return name === `digcomp.${code}` ? String(code) : `${code} ${name}`;
}
export const digcompArea = (code) => String(code).split('.')[0];

/** The name of a language in the page's language (`cs` on an English page → `Czech`). */
export function languageName(lang, inLang = 'en') {
  try {
    return new Intl.DisplayNames([inLang], { type: 'language' }).of(lang) ?? lang;
  } catch {
    return lang;
  }
}

/** An age band as the language writes it: `10-14` → `10–14`, `8+` → `8+` (the numbers through `Intl`). */
export function formatAges(ages, lang) {
  const m = /^(\d+)\s*(?:[-–]\s*(\d+)|(\+))?$/.exec(String(ages).trim());
  if (!m) return String(ages);
  const numbers = new Intl.NumberFormat(lang);
  if (m[2]) return numbers.formatRange(Number(m[1]), Number(m[2]));
  return `${numbers.format(Number(m[1]))}${m[3] ? '+' : ''}`;
}

/** A number of minutes as the language writes it (`15 min`, `15 minutes`). */
export function formatMinutes(minutes, lang, unitDisplay = 'short') {
  return new Intl.NumberFormat(lang, { style: 'unit', unit: 'minute', unitDisplay }).format(minutes);
}

/** Loads the catalogue written by `netwise build` (one entry per module and language). */
export async function loadCatalog(t) {
  const response = await fetch(catalogUrl, { credentials: 'same-origin' });
  if (!response.ok) throw new Error(t('error.catalogue', { status: `${response.status} ${response.statusText}`.trim() }));
  const entries = await response.json();
  if (!Array.isArray(entries)) throw new Error(t('error.notList'));
  return entries;
}

/** Every language in the catalogue (or of one module), English first, then by tag. */
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

/** The address's `country` (`?country=cz`) as the player takes it (`CZ`), or `undefined` when it is not two letters. */
export function countryParam(p = params()) {
  const country = p.get('country');
  return country && /^[a-z]{2}$/i.test(country) ? country.toUpperCase() : undefined;
}

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

/**
 * Runs a page once the site's language is ready (`start(site)`): an error it throws is shown in the page
 * in that language, and the page is marked ready either way.
 */
export function runPage(startSite, start) {
  return startSite()
    .then((site) => start(site).catch((err) => {
      showMessage(site.t('error.retry', { message: err.message }));
      console.error(err);
    }))
    .catch((err) => console.error(err))
    .finally(markReady);
}
