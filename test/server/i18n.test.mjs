// The server's pages in the reader's language: chosen from the launch's launch_presentation locale (kept
// with the session for later pages), else Accept-Language; <html lang dir> set; and no English left on
// a page when another of the twelve languages is asked for. Over real HTTP, one PGlite for the file.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { SERVER_LOCALES, acceptedLanguages, localeFor, pickStrings } from '../../dist/server/locales/index.js';
import { api, DL, INSTRUCTOR, LTI, withToolAndPlatform } from './support.mjs';

const { en } = SERVER_LOCALES;
const LANGS = ['en', 'cs', 'sk', 'pl', 'de', 'fr', 'es', 'it', 'nl', 'pt', 'uk', 'ar'];

let tool;
let lms;
withToolAndPlatform((t, l) => ([tool, lms] = [t, l]));

const presentation = (locale) => ({ [`${LTI}launch_presentation`]: { locale, document_target: 'iframe' } });
const form = (path, fields, headers = {}) => fetch(`${tool.url}${path}`, { method: 'POST',
  headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...headers }, body: new URLSearchParams(fields) });
const htmlAttrs = (html) => html.match(/<html ([^>]*)>/)?.[1];

/**
 * The words a locale file puts on pages: every plain string, and the literal pieces of every function's
 * output around its arguments (a sentinel stands in for them), at least five characters long.
 */
function phrases(strings) {
  const out = new Set();
  const SENTINEL = '\u0001';
  const walk = (v) => {
    if (typeof v === 'string') out.add(v);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (typeof v === 'function') {
      for (const piece of String(v(SENTINEL, SENTINEL, SENTINEL)).split(SENTINEL)) out.add(piece.replace(/^[\s,.:;()“”„«»‘’]+|[\s,.:;()“”„«»‘’]+$/gu, ''));
    } else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) if (!k.startsWith('$')) walk(x);
  };
  walk(strings);
  return [...out].filter((p) => p.length >= 5 && /\p{L}{3}/u.test(p));
}

/** Module titles and summaries from the catalogue: lesson content, in its own language, not page wording. */
const catalogue = JSON.parse(readFileSync('dist/modules/catalog.json', 'utf8'));
const content = catalogue.flatMap((e) => [e.title, e.summary]).sort((a, b) => b.length - a.length);

/** A page's text as a reader sees it: entities decoded, scripts' data and lesson content left out. */
function pageText(html) {
  let text = html.replace(/&#(\d+);/g, (_, n) => String.fromCharCode(Number(n))).replace(/<[^>]+>/g, ' ');
  for (const c of content) text = text.split(c).join(' ');
  return text;
}

/** English phrases (as whole words) on a page rendered for `lang`, except words its own file uses too (fr "modules"). */
function englishLeft(html, lang) {
  const own = phrases(SERVER_LOCALES[lang]).join('\n');
  const text = pageText(html);
  const word = (p) => new RegExp(`(?<!\\p{L})${p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?!\\p{L})`, 'u');
  return phrases(en).filter((p) => !word(p).test(own) && word(p).test(text));
}

describe('choosing the language', () => {
  test('a tag as LMSs write it (pt_BR, de-AT, CS) finds its language; an unknown one falls back to English', () => {
    assert.equal(localeFor('pt_BR')?.$code, 'pt');
    assert.equal(localeFor('de-AT')?.$code, 'de');
    assert.equal(localeFor('CS')?.$code, 'cs');
    assert.equal(localeFor('tlh'), undefined);
    assert.equal(pickStrings(['tlh', undefined, 'sk']).$code, 'sk');
    assert.equal(pickStrings([]).$code, 'en');
  });

  test('Accept-Language is read by weight, q=0 left out', () => {
    assert.deepEqual(acceptedLanguages('en;q=0.3, uk , pl;q=0.8, fr;q=0'), ['uk', 'pl', 'en']);
    assert.deepEqual(acceptedLanguages(undefined), []);
  });

  test('every language has every string, and words differently from English all but a few shared words', () => {
    const shape = (o) => Object.entries(o).filter(([k]) => !k.startsWith('$')).map(([k, v]) =>
      [k, typeof v, v && typeof v === 'object' && !Array.isArray(v) ? shape(v) : Array.isArray(v) ? v.length : null]);
    // Words several languages write as English does (a technical term, or the same Latin word).
    const shared = new Set(['Netwise', 'Score (%)', 'Minutes', 'Questions', 'Question', 'Filter', 'Continue', 'Status', 'Netwise: registered', 'Search', 'modules']);
    for (const lang of LANGS) {
      const s = SERVER_LOCALES[lang];
      assert.equal(s.$code, lang);
      assert.equal(s.$dir, lang === 'ar' ? 'rtl' : 'ltr');
      assert.deepEqual(shape(s), shape(en), lang);
      if (lang === 'en') continue;
      const same = phrases(s).filter((p) => phrases(en).includes(p) && !shared.has(p));
      assert.deepEqual(same, [], `${lang} leaves these in English`);
    }
  });
});

describe('pages in the launch’s language', () => {
  test('a student launch with locale cs: <html lang="cs">, Czech wording, the player takes its language from it', async () => {
    const r = await lms.launch({ claims: lms.claims({ user: 'cs-student', extra: presentation('cs-CZ') }) });
    assert.equal(r.status, 200);
    assert.equal(htmlAttrs(r.html), 'lang="cs" dir="ltr"');
    assert.match(r.html, /potřebuje JavaScript/);
    assert.match(r.html, /tracking="lti"/);
  });

  test('without a locale, the student page follows the module’s language (the player’s own default)', async () => {
    const r = await lms.launch({ claims: lms.claims({ user: 'no-locale', lang: 'cs', module: 'ads' }) });
    assert.equal(r.status, 200);
    assert.equal(htmlAttrs(r.html), 'lang="cs" dir="ltr"');
  });

  test('a teacher with locale cs gets the class results in Czech; the CSV keeps its documented English columns', async () => {
    const link = 'link-i18n';
    const ann = await lms.launch({ claims: lms.claims({ user: 'ann', name: 'Ann A.', link }) });
    await api(tool, ann.session, '/api/progress', { method: 'PUT', body: { progress: { v: 1, module: 'passwords', step: 's2', answers: {}, finished: false, seed: 's' } } });
    const t = await lms.launch({ claims: lms.claims({ user: 'tom', roles: [INSTRUCTOR], link, extra: presentation('cs') }) });
    assert.equal(t.status, 200);
    assert.equal(htmlAttrs(t.html), 'lang="cs" dir="ltr"');
    assert.match(t.html, /<h1>Výsledky třídy: passwords \(angličtina\)<\/h1>/);
    assert.match(t.html, /Ann A\.<\/td><td>rozpracováno<\/td>/);
    assert.match(t.html, /Stáhnout CSV/);
    // The form posts keep the session's language (the browser's Accept-Language says English here).
    const again = await form('/lti/results', { session: t.session }, { 'Accept-Language': 'en' });
    assert.match(await again.text(), /Výsledky třídy/);
    const csv = await (await form('/lti/results.csv', { session: t.session })).text();
    assert.match(csv, /^student,name,status,score,attempts,minutes,last activity\r\n/);
    assert.match(csv, /ann,Ann A\.,in progress,/);
  });

  test('an error page in Arabic is right to left', async () => {
    const byToken = await lms.launch({ claims: lms.claims({ extra: { ...presentation('ar'), [`${LTI}deployment_id`]: 'dep-unknown' } }) });
    assert.equal(byToken.status, 403);
    assert.equal(htmlAttrs(byToken.html), 'lang="ar" dir="rtl"');
    assert.match(byToken.html, new RegExp(SERVER_LOCALES.ar.errors.deploymentUnknown));
    const byBrowser = await fetch(`${tool.url}/lti/login`, { headers: { 'Accept-Language': 'ar-EG,ar;q=0.9,en;q=0.5' } });
    assert.equal(byBrowser.status, 400);
    const html = await byBrowser.text();
    assert.equal(htmlAttrs(html), 'lang="ar" dir="rtl"');
    assert.match(html, new RegExp(SERVER_LOCALES.ar.errorHeading));
  });
});

describe('no English left on a page in another language', () => {
  /** Every kind of page the server renders, asked for in `lang` (by the launch's locale or Accept-Language). */
  async function pagesIn(lang) {
    const extra = presentation(lang);
    const accept = { 'Accept-Language': lang };
    const pages = {};
    pages.player = (await lms.launch({ claims: lms.claims({ user: `p-${lang}`, link: 'link-i18n', extra }) })).html;
    const teacher = await lms.launch({ claims: lms.claims({ user: `t-${lang}`, roles: [INSTRUCTOR], link: 'link-i18n', extra }) });
    pages.results = teacher.html;
    const dl = await lms.launch({ claims: lms.claims({ user: `d-${lang}`, roles: [INSTRUCTOR], type: 'LtiDeepLinkingRequest',
      extra: { ...extra, [`${DL}deep_linking_settings`]: { deep_link_return_url: `${lms.url}/return` } } }) });
    pages.catalogue = dl.html;
    pages.filtered = await (await form('/lti/deep-link', { session: dl.session, q: 'zzz-nothing', age: '12', topic: '4', lang: '' })).text();
    pages.adding = await (await form('/lti/deep-link/choose', { session: dl.session, module: 'passwords', lang: 'en' })).text();
    pages.noModule = await (await form('/lti/deep-link/choose', { session: dl.session, module: 'nope', lang: 'en' })).text();
    pages.studentOnTeacherPage = await (await form('/lti/results', { session: (await lms.launch({ claims: lms.claims({ user: `s-${lang}`, extra }) })).session })).text();
    pages.expired = (await lms.launch({ claims: lms.claims({ extra }), signOptions: { exp: Math.floor(Date.now() / 1000) - 60 } })).html;
    pages.signingIn = (await lms.launch({ claims: lms.claims({ extra }), cookie: false, storageTarget: '_parent' })).html;
    pages.loginPut = await (await fetch(`${tool.url}/lti/login?${new URLSearchParams({ iss: lms.issuer, login_hint: 'x', target_link_uri: `${tool.url}/lti/launch`, lti_storage_target: '_parent' })}`, { headers: accept })).text();
    pages.loginError = await (await fetch(`${tool.url}/lti/login`, { headers: accept })).text();
    pages.noSession = await (await form('/lti/results', {}, accept)).text();
    pages.register = await (await fetch(`${tool.url}/lti/register`, { headers: accept })).text();
    pages.notFound = await (await fetch(`${tool.url}/nowhere`, { headers: accept })).text();
    pages.home = await (await fetch(`${tool.url}/`, { headers: accept })).text();
    return pages;
  }

  test('the check finds English on the English pages (so it can fail)', async () => {
    const pages = await pagesIn('en');
    for (const [name, html] of Object.entries(pages)) {
      if (name === 'player') continue; // only a <noscript> sentence
      assert.ok(englishLeft(html, 'cs').length > 0, `${name} has English wording the check sees`);
    }
  });

  for (const lang of LANGS.filter((l) => l !== 'en')) {
    test(`${lang}: every page is in ${lang}, with <html lang dir>`, async () => {
      const pages = await pagesIn(lang);
      for (const [name, html] of Object.entries(pages)) {
        assert.equal(htmlAttrs(html), `lang="${lang}" dir="${lang === 'ar' ? 'rtl' : 'ltr'}"`, name);
        assert.deepEqual(englishLeft(html, lang), [], `${name} in ${lang}`);
      }
    });
  }
});
