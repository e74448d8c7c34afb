/**
 * The demo site in its twelve languages: every locale has every string (with the right plural forms),
 * every page speaks the chosen language with `<html lang dir>` set, no English string is left on a
 * non-English page, the switch is on every page and remembered, a lesson missing in a language falls
 * back to English and says so, and axe finds nothing with Arabic's right-to-left layout.
 * Run after `npm run build` (the pages read dist/modules/catalog.json and the player).
 */
import { expect, waitUntil } from '@open-wc/testing';
import { openPage } from './open-page.js';

type Message = string | Record<string, string>;
type Locale = Record<string, Message>;

const LANGS = ['en', 'cs', 'sk', 'pl', 'de', 'fr', 'es', 'it', 'nl', 'pt', 'uk', 'ar'];
const PAGES = ['index.html', 'play.html?module=passwords', 'teacher.html?module=passwords', 'kinds.html', 'worksheet.html?module=passwords&part=both', 'write.html'];
const STORAGE_KEY = 'netwise-site-lang';

const locales = new Map<string, Locale>();
async function locale(lang: string): Promise<Locale> {
  if (!locales.has(lang)) locales.set(lang, (await import(`/demo/locales/${lang}.js`)).default as Locale);
  return locales.get(lang)!;
}

async function open(page: string, lang?: string, width = 1000) {
  const url = `/demo/${page}${lang ? `${page.includes('?') ? '&' : '?'}lang=${lang}` : ''}`;
  const opened = await openPage(url, width);
  await waitUntil(() => opened.doc.documentElement.dataset.ready === 'true', `${url} never finished`, { timeout: 10_000 });
  // The player page: wait for the player to show its lesson, so its host page is complete.
  return opened;
}

/**
 * Strings a language may write exactly as English does: those with no words of their own (`{title} –
 * Netwise`, `DigComp 2.2`), and these, checked by a speaker of the language. Any other string equal to
 * the English one is an untranslated string.
 */
const SAME_AS_ENGLISH: Record<string, string[]> = {
  de: ['digcomp.2.5', 'paper.name'],
  es: ['write.error'],
  fr: ['card.questions', 'teacher.questionCount', 'teacher.sources', 'paper.question'],
  it: ['kinds.scenarioName', 'packages.in'],
  nl: ['digcomp.2.5', 'kinds.scenarioName'],
};
const NAMES = /\b(Netwise|DigComp|SCORM|cmi5|HTML|Moodle|Markdown)\b/g;
const hasWords = (m: Message) => forms(m).some((f) => /\p{L}/u.test(f.replace(/\{\w+\}/g, '').replace(NAMES, '')));
const mayMatchEnglish = (lang: string, key: string, en: Locale) => !hasWords(en[key]) || (SAME_AS_ENGLISH[lang] ?? []).includes(key);

/** `{name}` and `{0}` marks of a string (every plural form together). */
const marks = (m: Message) => new Set([...(typeof m === 'string' ? [m] : Object.values(m)).join(' ').matchAll(/\{\w+\}/g)].map((x) => x[0]));
const forms = (m: Message) => (typeof m === 'string' ? [m] : Object.values(m));

/**
 * What a page shows in its own language: every text node and every accessible name or hint in an
 * attribute, of elements whose closest `lang` is the page's (lesson content in another language and the
 * language names in the switch carry their own). Code is not words, and lesson content (marked
 * `data-content="lesson"`) is the lesson's, not the site's: `netwise check` looks after it.
 */
function shownTexts(doc: Document): { text: string; where: string }[] {
  const lang = doc.documentElement.lang;
  const out: { text: string; where: string }[] = [];
  const inPageLanguage = (el: Element) =>
    el.closest('[lang]')?.getAttribute('lang') === lang && !el.closest('code, pre, script, style, [translate="no"], [data-content="lesson"]');
  const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent!.replace(/\s+/g, ' ').trim();
    const el = node.parentElement!;
    if (text && inPageLanguage(el) && !el.closest('[hidden]')) out.push({ text, where: `<${el.localName}${el.id ? `#${el.id}` : ''}>` });
  }
  for (const el of doc.querySelectorAll('[aria-label], [title], [alt], [placeholder], [aria-description]')) {
    if (!inPageLanguage(el)) continue;
    for (const attr of ['aria-label', 'title', 'alt', 'placeholder', 'aria-description']) {
      const text = el.getAttribute(attr)?.trim();
      if (text) out.push({ text, where: `${attr} of <${el.localName}>` });
    }
  }
  out.push({ text: doc.title, where: '<title>' });
  return out;
}

/**
 * A string's template as a pattern: `{title}` stands for a lesson's title (lesson content, not the
 * site's words), any other mark for something without letters (a number, a size).
 */
const escapeRe = (s: string) => s.replace(/[.*+?^$()|[\]\\{}]/g, '\\$&');
const pattern = (template: string, titles: string[]) =>
  new RegExp(`^${template.split(/(\{\w+\})/).map((part) => {
    if (part === '{title}') return `(?:${titles.map(escapeRe).join('|')})`;
    return /^\{\w+\}$/.test(part) ? '[^\\p{L}]*' : escapeRe(part);
  }).join('')}$`, 'u');

/** A DigComp number before a competence's name is not a word: `4.2 Protecting…` is checked as `Protecting…`. */
const words = (text: string) => text.replace(/^\d\.\d\s+(?=\p{L})/u, "");

describe('demo site: twelve languages', () => {
  afterEach(() => localStorage.removeItem(STORAGE_KEY));

  it('every locale has exactly the English keys, the same {marks}, and every plural form its language needs', async () => {
    const en = await locale('en');
    for (const lang of LANGS) {
      const strings = await locale(lang);
      expect(Object.keys(strings).sort(), `${lang}: keys`).to.deep.equal(Object.keys(en).sort());
      const needed = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
      for (const [key, message] of Object.entries(strings)) {
        for (const form of forms(message)) expect(form.trim(), `${lang} ${key} is written`).to.not.equal('');
        if (lang !== 'en' && !mayMatchEnglish(lang, key, en)) {
          const copied = forms(message).filter((f) => forms(en[key]).includes(f));
          expect(copied, `${lang} ${key} is translated, not copied from English`).to.deep.equal([]);
        }
        if (typeof en[key] === 'object') {
          expect(typeof message, `${lang} ${key} has plural forms`).to.equal('object');
          for (const category of needed) expect(message, `${lang} ${key} has the "${category}" form`).to.have.property(category);
          // A form may say the number in words ("jedna lekce"), so {n} may be left out of a form.
          const others = [...marks(en[key])].filter((m) => m !== '{n}');
          for (const mark of others) expect([...marks(message)], `${lang} ${key} keeps ${mark}`).to.include(mark);
        } else {
          expect([...marks(message as string)].sort(), `${lang} ${key}: same marks as English`).to.deep.equal([...marks(en[key])].sort());
        }
      }
    }
  });

  it('each page in each language: <html lang dir> set, every string translated, no English left', async function () {
    this.timeout(180_000);
    const en = await locale('en');
    const catalog = (await (await fetch('/dist/modules/catalog.json')).json()) as { title: string }[];
    const titles = [...new Set(catalog.map((e) => e.title))];
    for (const page of PAGES) {
      const english = await open(page, 'en');
      const englishTexts = new Set(shownTexts(english.doc).map((s) => words(s.text)));
      english.frame.remove();
      for (const lang of LANGS.filter((l) => l !== 'en')) {
        const strings = await locale(lang);
        const { frame, doc, violations } = await open(page, lang);
        expect(doc.documentElement.lang, `${page} ${lang}`).to.equal(lang);
        expect(doc.documentElement.dir, `${page} ${lang}`).to.equal(lang === 'ar' ? 'rtl' : 'ltr');
        expect(doc.getElementById('lang-switch')!.hidden, `${page} ${lang}: the switch shows`).to.equal(false);
        expect((doc.getElementById('lang') as HTMLSelectElement).value).to.equal(lang);
        expect(doc.querySelector('label[for="lang"]')!.textContent, `${page} ${lang}: the switch's label`).to.equal(strings['lang.label']);
        // Strings a language may write exactly as English does ("DigComp 2.2", "{title} – Netwise") may stay.
        const same = Object.keys(en).filter((k) => mayMatchEnglish(lang, k, en)).flatMap((k) => forms(en[k]).map((f) => pattern(f, titles)));
        const intl = new Set(LANGS.map((l) => new Intl.DisplayNames([lang], { type: 'language' }).of(l)!).flatMap((n) => [n, n.charAt(0).toLocaleUpperCase(lang) + n.slice(1)]));
        for (let m = 1; m <= 120; m += 1) {
          for (const unitDisplay of ['short', 'long'] as const) intl.add(new Intl.NumberFormat(lang, { style: 'unit', unit: 'minute', unitDisplay }).format(m).replace(/\s+/g, ' '));
        }
        const left = shownTexts(doc).map((s) => ({ ...s, text: words(s.text) })).filter(({ text }) =>
          /\p{L}/u.test(text) && englishTexts.has(text) && !intl.has(text) && !same.some((p) => p.test(text)) && text !== 'Netwise');
        expect(left.map((s) => `${s.where} "${s.text}"`), `${page} in ${lang}: English left`).to.deep.equal([]);
        const keys = shownTexts(doc).filter(({ text }) => /^[a-z]+\.[\w.]+$/.test(text) && text in en);
        expect(keys.map((s) => s.text), `${page} in ${lang}: a key shown instead of its string`).to.deep.equal([]);
        expect(violations).to.deep.equal([]);
        frame.remove();
      }
    }
  });

  it('the switch changes the language, remembers it for the next visit, and ?lang= wins', async () => {
    const first = await open('index.html');
    expect(first.doc.documentElement.lang).to.equal('en');
    const select = first.doc.getElementById('lang') as HTMLSelectElement;
    expect([...select.options].map((o) => o.value)).to.deep.equal(LANGS);
    expect([...select.options].map((o) => o.lang)).to.deep.equal(LANGS);
    // Picking a language changes nothing by itself (WCAG 3.2.2); the button does.
    select.value = 'pl';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(first.frame.contentDocument!.documentElement.lang).to.equal('en');
    expect(localStorage.getItem(STORAGE_KEY)).to.equal(null);
    const navigated = new Promise((resolve) => first.frame.addEventListener('load', resolve, { once: true }));
    first.doc.querySelector<HTMLButtonElement>('#lang-switch button[type="submit"]')!.click();
    await navigated;
    const doc = first.frame.contentDocument!;
    await waitUntil(() => doc.documentElement.dataset.ready === 'true', 'the Polish page never finished');
    expect(doc.documentElement.lang).to.equal('pl');
    expect(doc.querySelector('h1')!.textContent).to.equal((await locale('pl'))['index.heading']);
    expect(localStorage.getItem(STORAGE_KEY)).to.equal('pl');
    first.frame.remove();

    // Next visit, no ?lang=: Polish again, and the links carry it to the other pages.
    const again = await open('teacher.html?module=passwords');
    expect(again.doc.documentElement.lang).to.equal('pl');
    expect(new URL(again.doc.getElementById('back-link')!.getAttribute('href')!).searchParams.get('lang')).to.equal('pl');
    again.frame.remove();
    const shared = await open('index.html', 'uk');
    expect(shared.doc.documentElement.lang).to.equal('uk');
    shared.frame.remove();
  });

  it('a lesson not yet in the chosen language is shown in English, marked as English, and the page says so', async () => {
    const catalog = (await (await fetch('/dist/modules/catalog.json')).json()) as { id: string; lang: string; title: string }[];
    const ids = [...new Set(catalog.map((e) => e.id))];
    const has = (id: string, lang: string) => catalog.some((e) => e.id === id && e.lang === lang);
    // A language some lesson is not in yet (Polish, say), and a lesson that is translated.
    const lang = LANGS.find((l) => l !== 'en' && ids.some((id) => !has(id, l)))!;
    const missing = ids.find((id) => !has(id, lang))!;
    const strings = await locale(lang);
    const name = (l: string) => new Intl.DisplayNames([lang], { type: 'language' }).of(l)!;
    const { frame, doc } = await open('index.html', lang);
    const card = doc.querySelector(`[data-module="${missing}"]`)!;
    expect(card.getAttribute('data-lang')).to.equal('en');
    expect(card.querySelector('h3')!.lang).to.equal('en');
    expect(card.querySelector('h3')!.dir).to.equal('ltr');
    expect(card.querySelector('.fallback')!.textContent).to.equal(
      (strings.fallback as string).replace('{wanted}', name(lang)).replace('{shown}', name('en')));
    frame.remove();

    const play = await open(`play.html?module=${missing}`, lang);
    expect(play.doc.getElementById('fallback')!.hidden).to.equal(false);
    const player = play.doc.querySelector('nw-module')!;
    expect(player.getAttribute('lang'), 'the player gets the chosen language').to.equal(lang);
    expect(player.getAttribute('src')).to.match(new RegExp(`${missing}\\.en\\.json$`));
    play.frame.remove();

    // A translated lesson: its own title in its language, no note, and its languages listed.
    const translated = catalog.find((e) => e.lang !== 'en')!;
    expect(translated, 'a translated lesson is built').to.not.equal(undefined);
    const other = await open('index.html', translated.lang);
    const tcard = other.doc.querySelector(`[data-module="${translated.id}"]`)!;
    expect(tcard.querySelector('h3')!.textContent).to.equal(translated.title);
    expect(tcard.querySelector('h3')!.lang).to.equal(translated.lang);
    expect(tcard.querySelector('.fallback')).to.equal(null);
    const own = new Intl.DisplayNames([translated.lang], { type: 'language' }).of(translated.lang)!;
    expect(tcard.querySelector('.languages')!.textContent).to.contain(own);
    other.frame.remove();
  });

  it('the player page hands ?country= to the player (a Czech lesson with Polish helplines), and only a two-letter code', async () => {
    const play = await open('play.html?module=get-help&country=pl', 'cs');
    const player = play.doc.querySelector('nw-module')!;
    expect(player.getAttribute('src')).to.match(/get-help\.cs\.json$/);
    expect(player.getAttribute('country'), 'the country of the address, upper case').to.equal('PL');
    play.frame.remove();
    for (const odd of ['POL', 'p1', '%3Cb%3E', '']) {
      const other = await open(`play.html?module=get-help&country=${odd}`, 'cs');
      expect(other.doc.querySelector('nw-module')!.hasAttribute('country'), `country=${odd}`).to.equal(false);
      other.frame.remove();
    }
  });

  it('reflows at 320 CSS pixels in the languages with the longest words, and right to left (WCAG 1.4.10)', async function () {
    this.timeout(60_000);
    for (const lang of ['de', 'nl', 'uk', 'ar']) {
      for (const page of PAGES) {
        const { frame, doc } = await open(page, lang, 320);
        expect(doc.documentElement.scrollWidth, `${page} in ${lang}`).to.be.at.most(320);
        frame.remove();
      }
    }
  });

  it('axe finds nothing on any page in Arabic (right to left) or Czech, lang and dir included', async function () {
    this.timeout(60_000);
    for (const lang of ['ar', 'cs']) {
      for (const page of PAGES) {
        const { frame, doc, win } = await open(page, lang);
        const script = doc.createElement('script');
        const loaded = new Promise((resolve, reject) => {
          script.addEventListener('load', resolve);
          script.addEventListener('error', reject);
        });
        script.src = '/node_modules/axe-core/axe.min.js';
        doc.head.append(script);
        await loaded;
        const axe = (win as unknown as { axe: { run: (ctx: Document) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
        const { violations } = await axe.run(doc);
        expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), `${page} in ${lang}`).to.deep.equal([]);
        frame.remove();
      }
    }
  });
});
