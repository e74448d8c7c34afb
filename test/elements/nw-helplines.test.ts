import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { parseModule } from '../../src/content/parse.js';
import { loadSanitizer } from '../../src/content/sanitize.js';
import type { ModuleDoc } from '../../src/content/types.js';
import '../../src/elements/nw-helplines.js';
import type { NwHelplines } from '../../src/elements/nw-helplines.js';
import '../../src/elements/nw-module.js';
import type { NwModule } from '../../src/elements/nw-module.js';
import { NoneTracker } from '../../src/tracking/none.js';
import { playerDoc } from './doc-fixture.js';

const text = (el: Element) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
/** A standalone element, once its strings have arrived. */
async function helplines(template: ReturnType<typeof html>, selector = 'nw-helplines', parentNode?: HTMLElement) {
  const root = await fixture(template, { parentNode });
  const el = (root.matches(selector) ? root : root.querySelector(selector)!) as NwHelplines;
  await waitUntil(() => el.shadowRoot!.querySelector('.heading'), `nothing shown: ${el.shadowRoot!.innerHTML.slice(0, 300)}`);
  return el;
}
const names = (el: Element) => [...el.shadowRoot!.querySelectorAll('.name')].map((n) => n.textContent!.trim());

describe('<nw-helplines>', () => {
  it('shows the Czech services, 116 111 and 112, with links to call and chat', async () => {
    const el = await helplines(html`<nw-helplines country="CZ"></nw-helplines>`);
    expect(names(el)).to.deep.equal(['Linka bezpečí', 'Linka důvěry Dětského krizového centra', 'STOPonline.cz']);
    const call = el.shadowRoot!.querySelector<HTMLAnchorElement>('a[href^="tel:"]')!;
    expect(call.getAttribute('href')).to.equal('tel:116111');
    expect(call.textContent).to.equal('Call 116 111');
    expect(text(el)).to.contain('116 111 is a free number');
    expect(text(el)).to.contain('call 112');
    expect(text(el)).to.contain('Details checked on December 4, 2026');
    expect(el.shadowRoot!.querySelector('.name')!.getAttribute('lang')).to.equal('cs');
    await expect(el).to.be.accessible();
  });

  it('shows only hotlines with kind=hotline, and no 116 111 where it was not confirmed (Austria)', async () => {
    const el = await helplines(html`<nw-helplines country="at" data-kind="hotline"></nw-helplines>`);
    expect(names(el)).to.deep.equal(['Stopline']);
    expect(text(el)).to.contain('Report illegal content');
    expect(text(el)).to.not.contain('116 111 is a free number');
    expect(text(el)).to.contain('call 112');
    await expect(el).to.be.accessible();
  });

  it('speaks the page language (Czech)', async () => {
    // In a `lang="cs"` part of the page (the fixture removes it afterwards). The fixture is the element
    // itself: a plain `<div>` fixture waits for an animation frame, which never comes while another test
    // file's page is in front.
    const page = document.createElement('div');
    page.lang = 'cs';
    document.body.append(page);
    const h = await helplines(html`<nw-helplines country="SK"></nw-helplines>`, 'nw-helplines', page);
    await waitUntil(() => text(h).includes('Kdo ti pomůže'), 'Czech strings did not arrive');
    expect(text(h)).to.contain('Slovensko');
    expect(names(h)).to.include('Stopline.sk');
    await expect(h).to.be.accessible();
  });

  it('with no country, says what works across the EU and lets the student choose by keyboard', async () => {
    const el = await helplines(html`<nw-helplines></nw-helplines>`);
    expect(text(el)).to.contain('Anywhere in the EU, 112');
    expect(names(el)).to.deep.equal([]);
    const select = el.shadowRoot!.querySelector('select')!;
    expect(select.labels![0].textContent).to.equal('Country');
    expect(select.value).to.equal('');
    await expect(el).to.be.accessible();
    select.focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(select.value).to.not.equal('');
    expect(names(el).length, `services for ${select.value}`).to.be.above(0);
    expect(text(el)).to.not.contain('Anywhere in the EU, 112');
    await expect(el).to.be.accessible();
  });

  it('puts its heading at the level it is given (a teacher page under an h2)', async () => {
    const el = await helplines(html`<nw-helplines country="CZ" heading-level="3"></nw-helplines>`);
    expect(el.shadowRoot!.querySelector('.heading')!.localName).to.equal('h3');
    const inPlayer = await helplines(html`<nw-helplines country="CZ"></nw-helplines>`);
    expect(inPlayer.shadowRoot!.querySelector('.heading')!.localName).to.equal('h4');
  });

  it('tells the page which country the student picked, by keyboard', async () => {
    const el = await helplines(html`<nw-helplines country="CZ"></nw-helplines>`);
    const picked: string[] = [];
    el.addEventListener('nw-country-change', (e) => picked.push((e as CustomEvent<{ country: string }>).detail.country));
    const select = el.shadowRoot!.querySelector('select')!;
    select.focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(picked).to.deep.equal([select.value]);
    expect(el.shownCountry).to.equal(select.value);
    expect(select.value).to.not.equal('CZ');
  });

  it('says so for a country with nothing checked yet', async () => {
    const el = await helplines(html`<nw-helplines country="IT"></nw-helplines>`);
    expect(text(el)).to.contain('We have not checked the services in Italy yet');
    await expect(el).to.be.accessible();
  });
});

describe('<nw-helplines> on paper', () => {
  afterEach(() => emulateMedia({ media: 'screen' }));
  /** The text a printed page shows (what is laid out, not what is hidden). */
  const printed = (el: Element) => (el.shadowRoot!.querySelector('section') as HTMLElement).innerText.replace(/\s+/g, ' ');
  const shown = (el: Element | null) => !!el && el.checkVisibility();

  it('with no country, prints 112, 116 111 and "ask your teacher" instead of the menu', async () => {
    const el = await helplines(html`<nw-helplines></nw-helplines>`);
    expect(shown(el.shadowRoot!.querySelector('select')), 'the menu is on screen').to.equal(true);
    await emulateMedia({ media: 'print' });
    expect(shown(el.shadowRoot!.querySelector('select')), 'no menu on paper').to.equal(false);
    expect(printed(el)).to.not.contain('Choose your country');
    expect(printed(el)).to.contain('112');
    expect(printed(el)).to.contain('116 111');
    expect(printed(el)).to.contain('Ask your teacher for your country’s helplines.');
    await emulateMedia({ media: 'screen' });
    expect(printed(el)).to.contain('Choose your country to see who can help there.');
    expect(printed(el)).to.not.contain('Ask your teacher');
  });

  it('with a country, prints its services and their web addresses, and no menu', async () => {
    const el = await helplines(html`<nw-helplines country="CZ"></nw-helplines>`);
    await emulateMedia({ media: 'print' });
    expect(shown(el.shadowRoot!.querySelector('select'))).to.equal(false);
    expect(printed(el)).to.not.contain('Country');
    expect(printed(el)).to.contain('Linka bezpečí');
    expect(printed(el)).to.contain('Call 116 111');
    const link = el.shadowRoot!.querySelector<HTMLAnchorElement>('.links a[href^="http"]')!;
    expect(getComputedStyle(link, '::after').content).to.contain(link.getAttribute('href'));
  });
});

describe(':::helplines in <nw-module>', () => {
  const doc = (lang: string) => {
    const d = playerDoc({ lang });
    d.lessons[0].steps[0].html = '<p>Who can help?</p>\n<nw-helplines data-kind="helpline">\n</nw-helplines>';
    return d;
  };
  const shown = async (el: NwModule) => {
    await waitUntil(() => el.shadowRoot!.querySelector('nw-helplines')?.shadowRoot?.querySelector('.heading'), 'no helplines shown', { timeout: 5000 });
    return el.shadowRoot!.querySelector<NwHelplines>('nw-helplines')!;
  };

  before(() => loadSanitizer());

  it('loads the element and shows the module language\'s country (cs → CZ)', async () => {
    const el = await fixture<NwModule>(html`<nw-module .tracker=${new NoneTracker()} .doc=${doc('cs')}></nw-module>`);
    const h = await shown(el);
    expect(h.shownCountry).to.equal('CZ');
    expect(names(h)).to.deep.equal(['Linka bezpečí', 'Linka důvěry Dětského krizového centra']);
  });

  it('shows the player\'s `country` instead (PL), and helplines only', async () => {
    const el = await fixture<NwModule>(html`<nw-module country="PL" .tracker=${new NoneTracker()} .doc=${doc('en')}></nw-module>`);
    const h = await shown(el);
    expect(h.shownCountry).to.equal('PL');
    expect(names(h)).to.have.length(2);
    expect(text(h)).to.not.contain('Dyżurnet');
    await expect(el).to.be.accessible();
  });

  it('prints the list, not the menu, when the lesson is printed (English: 112, 116 111, ask your teacher; Czech: its services)', async () => {
    try {
      for (const [lang, expected] of [['en', 'Ask your teacher'], ['cs', 'Linka bezpečí']]) {
        const el = await fixture<NwModule>(html`<nw-module .tracker=${new NoneTracker()} .doc=${doc(lang)}></nw-module>`);
        const h = await shown(el);
        await emulateMedia({ media: 'print' });
        const printed = (h.shadowRoot!.querySelector('section') as HTMLElement).innerText;
        expect(h.shadowRoot!.querySelector('select')!.checkVisibility(), lang).to.equal(false);
        expect(printed, lang).to.contain(expected);
        expect(printed, lang).to.contain('112');
        await emulateMedia({ media: 'screen' });
      }
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });
});

/** The step of a real module (`modules/<slug>/<lang>.md`) that holds a `:::helplines` block of `kind`, as a one-step module. */
async function moduleStep(slug: string, lang: string, kind: 'helpline' | 'hotline'): Promise<ModuleDoc> {
  const source = await (await fetch(`/modules/${slug}/${lang}.md`)).text();
  const { doc } = parseModule(source, `modules/${slug}/${lang}.md`);
  const lesson = doc!.lessons.find((l) => l.steps.some((s) => s.html.includes(`<nw-helplines data-kind="${kind}"`)))!;
  const step = lesson.steps.find((s) => s.html.includes(`<nw-helplines data-kind="${kind}"`))!;
  return { ...doc!, pools: [], lessons: [{ ...lesson, steps: [{ ...step, question: undefined }] }] };
}

describe('the modules\' :::helplines blocks', () => {
  const inPlayer = async (el: NwModule) => {
    await waitUntil(() => el.shadowRoot!.querySelector('nw-helplines')?.shadowRoot?.querySelector('.heading'), 'no helplines shown', { timeout: 5000 });
    return el.shadowRoot!.querySelector<NwHelplines>('nw-helplines')!;
  };

  before(() => loadSanitizer());

  for (const slug of ['get-help', 'kindness', 'relationships']) {
    it(`${slug} in Czech shows the Czech helplines in Czech, with 116 111 and 112`, async () => {
      const el = await fixture<NwModule>(html`<nw-module .tracker=${new NoneTracker()} .doc=${await moduleStep(slug, 'cs', 'helpline')}></nw-module>`);
      const h = await inPlayer(el);
      await waitUntil(() => text(h).includes('Kdo ti pomůže'), 'Czech strings did not arrive', { timeout: 5000 });
      expect(h.shownCountry).to.equal('CZ');
      expect(names(h)).to.include('Linka bezpečí');
      expect(text(h)).to.contain('Zavolat na 116 111');
      expect(text(h)).to.contain('116 111 je bezplatné číslo');
      expect(text(h)).to.contain('V nouzi volej 112');
      await expect(el).to.be.accessible();
    });

    it(`${slug} in Czech shows the Czech hotline`, async () => {
      const el = await fixture<NwModule>(html`<nw-module .tracker=${new NoneTracker()} .doc=${await moduleStep(slug, 'cs', 'hotline')}></nw-module>`);
      const h = await inPlayer(el);
      expect(names(h)).to.deep.equal(['STOPonline.cz']);
    });

    it(`${slug} in English asks for the country, and the player keeps the one picked`, async () => {
      const el = await fixture<NwModule>(html`<nw-module .tracker=${new NoneTracker()} .doc=${await moduleStep(slug, 'en', 'helpline')}></nw-module>`);
      const h = await inPlayer(el);
      expect(h.shownCountry).to.equal('');
      expect(text(h)).to.contain('Anywhere in the EU, 112');
      const select = h.shadowRoot!.querySelector('select')!;
      select.focus();
      await sendKeys({ press: 'ArrowDown' });
      await h.updateComplete;
      expect(names(h).length, `helplines for ${select.value}`).to.be.above(0);
      expect(el.getAttribute('country'), 'the player remembers the country').to.equal(select.value);
      await expect(el).to.be.accessible();
    });
  }

  it('a Czech module shows another country when the player has `country` (SK)', async () => {
    const el = await fixture<NwModule>(html`<nw-module country="SK" .tracker=${new NoneTracker()} .doc=${await moduleStep('get-help', 'cs', 'helpline')}></nw-module>`);
    const h = await inPlayer(el);
    expect(h.shownCountry).to.equal('SK');
    expect(names(h)).to.deep.equal(['Linka detskej istoty', 'Viac ako ni(c)k']);
  });
});
