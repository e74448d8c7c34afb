import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { createActor } from 'xstate';
import '../../src/elements/nw-summary.js';
import type { NwSummary } from '../../src/elements/nw-summary.js';
import type { NwCertificate } from '../../src/elements/nw-certificate.js';
import { loadSanitizer } from '../../src/content/sanitize.js';
import { moduleMachine } from '../../src/machines/machines.js';
import type { AnswerRecord } from '../../src/machines/scoring.js';
import { playerDoc } from './doc-fixture.js';

const record = (response: AnswerRecord['response'], correct: boolean): AnswerRecord => ({
  response, attempts: 1, score: correct ? 1 : 0, correct, done: true, revealed: false, latencyMs: 100,
});
const allRight = () => ({ q1: record(['b'], true), q2: record(false, true), q3: record(['a', 'b'], true) });

function finished(answers: Record<string, AnswerRecord>) {
  return createActor(moduleMachine, {
    input: { doc: playerDoc({}), saved: { v: 1, module: 'player-test', step: 'two.q3', answers, finished: true } },
  }).start();
}

async function certificateOf(summary: NwSummary): Promise<NwCertificate> {
  await waitUntil(() => summary.shadowRoot!.querySelector('nw-certificate')?.shadowRoot?.querySelector('button'), 'no certificate form');
  return summary.shadowRoot!.querySelector('nw-certificate')!;
}

describe('<nw-certificate>: a certificate when a student finishes', () => {
  before(() => loadSanitizer());
  afterEach(async () => {
    await emulateMedia({ media: 'screen' });
    window.dispatchEvent(new Event('afterprint'));
  });

  it('is offered once the module is passed, never before', async () => {
    const failed = await fixture<NwSummary>(html`<nw-summary .actor=${finished({ q1: record(['a'], false) })}></nw-summary>`);
    await new Promise((r) => setTimeout(r, 100));
    expect(failed.shadowRoot!.querySelector('nw-certificate')).to.equal(null);
    const passed = await fixture<NwSummary>(html`<nw-summary .actor=${finished(allRight())}></nw-summary>`);
    const cert = await certificateOf(passed);
    expect(cert.shadowRoot!.querySelector('label')!.textContent).to.equal('Your name');
    expect(cert.shadowRoot!.getElementById('hint')!.textContent).to.contain('not saved or sent');
    await expect(passed).to.be.accessible();
  });

  it('prints the typed name, the title, the date and the objectives, alone on the page, and keeps the name nowhere', async () => {
    const doc = playerDoc({});
    const passed = await fixture<NwSummary>(html`<nw-summary .actor=${finished(allRight())}></nw-summary>`);
    const cert = await certificateOf(passed);
    let printed = 0;
    cert.print = () => (printed += 1);
    const input = cert.shadowRoot!.querySelector('input')!;
    input.focus();
    input.value = 'Zoë <b>Novák</b>';
    input.dispatchEvent(new Event('input'));
    await cert.updateComplete;
    cert.shadowRoot!.querySelector('button')!.click();
    expect(printed).to.equal(1);

    const page = document.querySelector<HTMLElement>('.nw-certificate-print')!;
    expect(page, 'the certificate page is in the document while printing').to.exist;
    expect(page.querySelector('.name')!.textContent, 'the name is text, never markup').to.equal('Zoë <b>Novák</b>');
    expect(page.querySelector('b')).to.equal(null);
    expect(page.querySelector('.title')!.textContent).to.equal(doc.meta.title);
    expect(page.querySelector('.title')!.getAttribute('lang')).to.equal(doc.meta.lang);
    const today = new Intl.DateTimeFormat('en', { dateStyle: 'long' }).format(new Date());
    expect(page.querySelector('.date')!.textContent).to.equal(`on ${today}`);
    expect([...page.querySelectorAll('li')].map((li) => li.textContent)).to.deep.equal(doc.meta.objectives);

    // On screen nothing changes; in print the certificate is the only thing on the page.
    expect(getComputedStyle(page).display).to.equal('none');
    await emulateMedia({ media: 'print' });
    expect(getComputedStyle(page).display).to.equal('flex');
    expect(getComputedStyle(passed.parentElement!).display, 'the rest of the page is not printed').to.equal('none');
    expect(page.getBoundingClientRect().width).to.be.greaterThan(0);

    // The name is in no storage, and the page goes once printing is over.
    const stored = [localStorage, sessionStorage].flatMap((s) => Object.keys(s).map((k) => s.getItem(k) ?? ''));
    expect(stored.filter((v) => v.includes('Novák'))).to.deep.equal([]);
    window.dispatchEvent(new Event('afterprint'));
    expect(document.querySelector('.nw-certificate-print')).to.equal(null);
    await emulateMedia({ media: 'screen' });
    expect(getComputedStyle(passed.parentElement!).display).to.not.equal('none');
  });

  it('speaks the language of the page around it, date included', async () => {
    const summary = await fixture<NwSummary>(html`<nw-summary lang="fr" .actor=${finished(allRight())}></nw-summary>`);
    const cert = await certificateOf(summary);
    cert.print = () => {};
    expect(cert.shadowRoot!.querySelector('label')!.textContent).to.equal('Ton nom');
    cert.shadowRoot!.querySelector('button')!.click();
    const page = document.querySelector('.nw-certificate-print')!;
    expect(page.getAttribute('lang')).to.equal('fr');
    expect(page.querySelector('h1')!.textContent).to.equal('Certificat');
    expect(page.querySelector('.date')!.textContent).to.equal(`le ${new Intl.DateTimeFormat('fr', { dateStyle: 'long' }).format(new Date())}`);
  });
});
