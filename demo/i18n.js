/**
 * The demo site's own languages: which one a visitor gets, its strings (`locales/<code>.js`), and how a
 * page's fixed text is translated. The player's words are not here: the player has its own locales and
 * only gets the chosen language through its `lang` attribute.
 *
 * A page marks its fixed text with `data-i18n="key"` (the element's text) and
 * `data-i18n-attr="aria-label=key,title=key"` (attributes). When a string holds `{0}`, `{1}`…, those are
 * the element's own child elements in order (a `<code>` or an `<em>` inside a sentence), so a translation
 * may put them wherever its grammar needs them. Strings become text, never HTML.
 */

/** Every language the site speaks, English first. */
export const SITE_LANGS = ['en', 'cs', 'sk', 'pl', 'de', 'fr', 'es', 'it', 'nl', 'pt', 'uk', 'ar'];
const RTL = new Set(['ar']);
/** Where the choice is remembered (this site's own origin only). */
export const STORAGE_KEY = 'netwise-site-lang';

/** The site language for a BCP 47 tag (`pt-BR` → `pt`), or undefined. */
export function siteLanguage(tag) {
  const lower = String(tag ?? '').toLowerCase();
  return SITE_LANGS.find((l) => l === lower) ?? SITE_LANGS.find((l) => l === lower.split('-')[0]);
}

function stored() {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null; // storage blocked: the choice lasts as long as the URL carries it
  }
}

/** Remembers the visitor's choice for their next visit. */
export function rememberLanguage(lang) {
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    /* storage blocked: nothing to remember it in */
  }
}

/** `?lang=` first, then the remembered choice, then the browser's languages, then English. */
export function chooseLanguage(search = location.search) {
  const candidates = [new URLSearchParams(search).get('lang'), stored(), ...(navigator.languages ?? [])];
  for (const tag of candidates) {
    const lang = siteLanguage(tag);
    if (lang) return lang;
  }
  return 'en';
}

export const directionOf = (lang) => (RTL.has(lang) ? 'rtl' : 'ltr');

/** Loads a site locale (an ES module next to this file). */
export async function loadMessages(lang) {
  return (await import(`./locales/${lang}.js`)).default;
}

/**
 * A translate function for one language. A string's `{name}` takes `vars.name` (numbers formatted for the
 * language); a string written as `{ one, few, many, other… }` is picked by `Intl.PluralRules` for `vars.n`.
 */
export function translator(lang, messages, fallback = {}) {
  const rules = new Intl.PluralRules(lang);
  const numbers = new Intl.NumberFormat(lang);
  return (key, vars = {}) => {
    let message = messages[key] ?? fallback[key];
    if (message === undefined) return key;
    if (typeof message === 'object') message = message[rules.select(Number(vars.n ?? 0))] ?? message.other;
    return message.replace(/\{(\w+)\}/g, (whole, name) => {
      if (!(name in vars)) return whole;
      const value = vars[name];
      return typeof value === 'number' ? numbers.format(value) : String(value);
    });
  };
}

/** Fills a string's `{0}`, `{1}`… with nodes: a list of text and those nodes, in the string's order. */
export function fillNodes(message, nodes) {
  return message.split(/(\{\d+\})/).filter(Boolean).map((part) => {
    const m = /^\{(\d+)\}$/.exec(part);
    return m && nodes[Number(m[1])] ? nodes[Number(m[1])] : part;
  });
}

/** Translates every `[data-i18n]` and `[data-i18n-attr]` under `root`. */
export function translatePage(t, root = document) {
  for (const el of root.querySelectorAll('[data-i18n]')) {
    const message = t(el.dataset.i18n);
    const children = [...el.children];
    if (children.length) el.replaceChildren(...fillNodes(message, children));
    else el.textContent = message;
  }
  for (const el of root.querySelectorAll('[data-i18n-attr]')) {
    for (const pair of el.dataset.i18nAttr.split(',')) {
      const [attr, key] = pair.split('=').map((s) => s.trim());
      if (attr && key) el.setAttribute(attr, t(key));
    }
  }
}

/** The name of a language in that language (`cs` → `Čeština`), for the switch. */
export function nativeName(lang) {
  try {
    const name = new Intl.DisplayNames([lang], { type: 'language' }).of(lang);
    return name ? name.charAt(0).toLocaleUpperCase(lang) + name.slice(1) : lang;
  } catch {
    return lang;
  }
}

/**
 * Starts a page in the visitor's language: loads its strings, sets `<html lang dir>`, translates the fixed
 * text and shows the language switch (`<form id="lang-switch">` with `<select id="lang">` and a button).
 * Sending the form remembers the language and reloads the page in it (`urlFor(lang)`, default: this URL
 * with `?lang=`); picking an option alone changes nothing.
 */
export async function startSite({ urlFor } = {}) {
  const lang = chooseLanguage();
  const [messages, english] = await Promise.all([loadMessages(lang), lang === 'en' ? null : loadMessages('en')]);
  const t = translator(lang, messages, english ?? {});
  document.documentElement.lang = lang;
  document.documentElement.dir = directionOf(lang);
  translatePage(t);

  const select = document.getElementById('lang');
  const wrap = document.getElementById('lang-switch');
  if (select && wrap) {
    select.replaceChildren(...SITE_LANGS.map((l) => {
      const option = document.createElement('option');
      option.value = l;
      option.lang = l;
      option.dir = directionOf(l);
      option.textContent = nativeName(l);
      option.selected = l === lang;
      return option;
    }));
    wrap.hidden = false;
    wrap.addEventListener('submit', (event) => {
      event.preventDefault();
      rememberLanguage(select.value);
      const url = urlFor ? urlFor(select.value) : new URL(location.href);
      if (!urlFor) url.searchParams.set('lang', select.value);
      location.assign(url);
    });
  }
  return { lang, t };
}
