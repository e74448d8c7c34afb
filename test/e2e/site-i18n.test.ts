/**
 * The demo site's language helpers (demo/i18n.js): which language a visitor gets, plural forms by
 * `Intl.PluralRules`, English for a string a locale lacks, and page elements kept inside a translated sentence.
 */
import { expect } from '@open-wc/testing';
// @ts-expect-error: the demo is plain JavaScript with no type declarations
import { STORAGE_KEY, chooseLanguage, fillNodes, translator } from '../../demo/i18n.js';

type Translate = (key: string, vars?: Record<string, unknown>) => string;
const locale = async (lang: string) => (await import(`../../demo/locales/${lang}.js`)).default as Record<string, unknown>;

describe('demo/i18n.js', () => {
  const realLanguages = Object.getOwnPropertyDescriptor(Navigator.prototype, 'languages')!;
  const browserLanguages = (langs: string[]) => Object.defineProperty(navigator, 'languages', { configurable: true, get: () => langs });
  afterEach(() => {
    localStorage.removeItem(STORAGE_KEY);
    delete (navigator as unknown as Record<string, unknown>).languages;
    expect(Object.getOwnPropertyDescriptor(Navigator.prototype, 'languages')).to.deep.equal(realLanguages);
  });

  it('picks ?lang= first, then the remembered choice, then the browser’s languages, then English', () => {
    browserLanguages(['de-AT', 'en']);
    expect(chooseLanguage('')).to.equal('de');
    localStorage.setItem(STORAGE_KEY, 'cs');
    expect(chooseLanguage('')).to.equal('cs');
    expect(chooseLanguage('?lang=pt-BR'), 'a regional tag gets its language').to.equal('pt');
    expect(chooseLanguage('?lang=hu'), 'a language the site does not speak is passed over').to.equal('cs');
    localStorage.removeItem(STORAGE_KEY);
    browserLanguages(['hu', 'fi']);
    expect(chooseLanguage('')).to.equal('en');
  });

  it('chooses plural forms by Intl.PluralRules and formats numbers for the language', async () => {
    const cs = await locale('cs');
    const t: Translate = translator('cs', cs);
    expect([1, 2, 4, 5, 21, 100].map((n) => t('teacher.questionCount', { n }))).to.deep.equal(
      ['1 otázka', '2 otázky', '4 otázky', '5 otázek', '21 otázek', '100 otázek']);
    const ar = await locale('ar');
    const ta: Translate = translator('ar', ar);
    expect(ta('teacher.questionCount', { n: 1 })).to.equal('سؤال واحد');
    expect(ta('teacher.questionCount', { n: 2 })).to.equal('سؤالان');
    expect(ta('teacher.questionCount', { n: 3 })).to.equal(`${new Intl.NumberFormat('ar').format(3)} أسئلة`);
    expect(ta('teacher.questionCount', { n: 11 })).to.equal(`${new Intl.NumberFormat('ar').format(11)} سؤالًا`);
  });

  it('falls back to the English string for a key a locale lacks', () => {
    const t: Translate = translator('cs', { 'a.b': 'Ahoj' }, { 'a.b': 'Hello', 'c.d': 'Only English {n}' });
    expect(t('a.b')).to.equal('Ahoj');
    expect(t('c.d', { n: 3 })).to.equal('Only English 3');
  });

  it('keeps a page’s elements in a translated sentence where its grammar puts them', () => {
    const first = document.createElement('code');
    const second = document.createElement('em');
    expect(fillNodes('{1} vor {0}.', [first, second])).to.deep.equal([second, ' vor ', first, '.']);
  });
});
