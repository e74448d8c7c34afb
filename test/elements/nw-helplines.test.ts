import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { loadSanitizer } from '../../src/content/sanitize.js';
import '../../src/elements/nw-helplines.js';
import type { NwHelplines } from '../../src/elements/nw-helplines.js';
import '../../src/elements/nw-module.js';
import type { NwModule } from '../../src/elements/nw-module.js';
import { NoneTracker } from '../../src/tracking/none.js';
import { playerDoc } from './doc-fixture.js';

const text = (el: Element) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
/** A standalone element, once its strings have arrived. */
async function helplines(template: ReturnType<typeof html>, selector = 'nw-helplines') {
  const root = await fixture(template);
  const el = (root.matches(selector) ? root : root.querySelector(selector)!) as NwHelplines;
  await waitUntil(() => el.shadowRoot!.querySelector('h4'), `nothing shown: ${el.shadowRoot!.innerHTML.slice(0, 300)}`);
  return el;
}
const names = (el: Element) => [...el.shadowRoot!.querySelectorAll('.name')].map((n) => n.textContent!.trim());

describe('<nw-helplines>', () => {
  it('shows the Czech services, 116 111 and 112, with links to call and chat', async () => {
    const el = await helplines(html`<nw-helplines country="CZ"></nw-helplines>`);
    expect(names(el)).to.deep.equal(['Linka bezpečí', 'STOPonline.cz']);
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
    const h = await helplines(html`<div lang="cs"><nw-helplines country="SK"></nw-helplines></div>`);
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

  it('says so for a country with nothing checked yet', async () => {
    const el = await helplines(html`<nw-helplines country="IT"></nw-helplines>`);
    expect(text(el)).to.contain('We have not checked the services in Italy yet');
    await expect(el).to.be.accessible();
  });
});

describe(':::helplines in <nw-module>', () => {
  const doc = (lang: string) => {
    const d = playerDoc({ lang });
    d.lessons[0].steps[0].html = '<p>Who can help?</p>\n<nw-helplines data-kind="helpline">\n</nw-helplines>';
    return d;
  };
  const shown = async (el: NwModule) => {
    await waitUntil(() => el.shadowRoot!.querySelector('nw-helplines')?.shadowRoot?.querySelector('h4'), 'no helplines shown');
    return el.shadowRoot!.querySelector<NwHelplines>('nw-helplines')!;
  };

  before(() => loadSanitizer());

  it('loads the element and shows the module language\'s country (cs → CZ)', async () => {
    const el = await fixture<NwModule>(html`<nw-module .tracker=${new NoneTracker()} .doc=${doc('cs')}></nw-module>`);
    const h = await shown(el);
    expect(h.shownCountry).to.equal('CZ');
    expect(names(h)).to.deep.equal(['Linka bezpečí']);
  });

  it('shows the player\'s `country` instead (PL), and helplines only', async () => {
    const el = await fixture<NwModule>(html`<nw-module country="PL" .tracker=${new NoneTracker()} .doc=${doc('en')}></nw-module>`);
    const h = await shown(el);
    expect(h.shownCountry).to.equal('PL');
    expect(names(h)).to.have.length(2);
    expect(text(h)).to.not.contain('Dyżurnet');
    await expect(el).to.be.accessible();
  });
});
