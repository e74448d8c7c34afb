/**
 * The teacher page lists the helplines and hotlines that a lesson's `:::helplines` blocks show students:
 * the country of the lesson's language (Czech → Czech Republic), the page's `?country=`, or the one the
 * teacher picks. Run after `npm run build` (the page reads dist/modules/ and dist/elements/).
 */
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/nw-helplines.js';
import { openPage } from './open-page.js';

async function openTeacherPage(query: string) {
  const page = await openPage(`/demo/teacher.html?${query}`);
  await waitUntil(() => page.doc.documentElement.dataset.ready === 'true', 'the teacher page never finished', { timeout: 10_000 });
  const section = page.doc.getElementById('helplines-section')!;
  return { ...page, section };
}

/** The `<nw-helplines>` on the page once it shows something, its text, and its services' names. */
async function helplinesOf(doc: Document) {
  const el = doc.querySelector('#helplines nw-helplines')!;
  await waitUntil(() => el?.shadowRoot?.querySelector('.heading'), 'no helplines list', { timeout: 5000 });
  const text = () => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
  const names = () => [...el.shadowRoot!.querySelectorAll('.name')].map((n) => n.textContent!.trim());
  return { el, text, names };
}

describe('demo/teacher.html: the helplines list', () => {
  it('shows a Czech lesson\'s Czech services, in the page\'s language, with 116 111 and 112', async () => {
    const { frame, doc, section, violations } = await openTeacherPage('module=get-help&lang=cs');
    expect(section.hidden).to.equal(false);
    const { el, text, names } = await helplinesOf(doc);
    await waitUntil(() => text().includes('Kdo ti pomůže'), 'the list is not in Czech');
    expect(names()).to.deep.equal(['Linka bezpečí', 'Linka důvěry Dětského krizového centra', 'STOPonline.cz']);
    expect(text()).to.contain('116 111 je bezplatné číslo');
    expect(text()).to.contain('V nouzi volej 112');
    // Under the section's h2, its own heading is an h3.
    expect(el.shadowRoot!.querySelector('.heading')!.localName).to.equal('h3');
    expect(violations).to.deep.equal([]);
    frame.remove();
  });

  it('shows the country in the address, and a country picked by keyboard goes into the address', async () => {
    const { frame, doc, win } = await openTeacherPage('module=kindness&lang=en&country=PL');
    const { el, names } = await helplinesOf(doc);
    expect(names()).to.include('Dyżurnet.pl');
    const select = el.shadowRoot!.querySelector('select')!;
    select.focus();
    await sendKeys({ press: 'ArrowUp' });
    await waitUntil(() => new URL(win.location.href).searchParams.get('country') !== 'PL', 'the address kept PL');
    expect(new URL(win.location.href).searchParams.get('country')).to.equal(select.value);
    expect(names().length).to.be.above(0);
    expect(names()).to.not.include('Dyżurnet.pl');
    frame.remove();
  });

  it('an English lesson asks the teacher to choose; a lesson without :::helplines has no such section', async () => {
    const { frame, doc } = await openTeacherPage('module=relationships&lang=en');
    const { text } = await helplinesOf(doc);
    expect(text()).to.contain('Choose your country');
    // axe runs in this document: a copy of the section (its list included) checks names and structure.
    const copy = document.importNode(doc.getElementById('helplines-section')!, true);
    document.body.append(copy);
    await waitUntil(() => copy.querySelector('nw-helplines')?.shadowRoot?.querySelector('select'), 'the copy did not render');
    await expect(copy).to.be.accessible();
    copy.remove();
    frame.remove();

    const other = await openTeacherPage('module=passwords&lang=en');
    expect(other.section.hidden).to.equal(true);
    expect(other.doc.querySelector('nw-helplines')).to.equal(null);
    other.frame.remove();
  });
});
