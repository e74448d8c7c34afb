/**
 * "Present to the class" on the teacher page opens the player page in whiteboard mode: the built embed
 * loads `<nw-present>` on demand, the lesson shows in large type, and nothing is saved on the device.
 * Run after `npm run build`.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { openPage } from './open-page.js';

describe('demo: Present to the class', () => {
  it('opens the lesson on the whiteboard from the teacher page, saving nothing', async () => {
    const teacher = await openPage('/demo/teacher.html?module=passwords&lang=en');
    await waitUntil(() => teacher.doc.documentElement.dataset.ready === 'true', 'the teacher page never finished', { timeout: 10_000 });
    const link = teacher.doc.getElementById('present-link') as HTMLAnchorElement;
    expect(link.textContent).to.equal('Present to the class');
    const url = new URL(link.href);
    expect(url.pathname).to.match(/\/demo\/play\.html$/);
    expect(url.searchParams.get('mode')).to.equal('present');
    teacher.frame.remove();
    // With a country chosen on the teacher page, the whiteboard shows that country's helplines.
    const chosen = await openPage('/demo/teacher.html?module=get-help&lang=en&country=CZ');
    await waitUntil(() => chosen.doc.documentElement.dataset.ready === 'true', 'the teacher page never finished', { timeout: 10_000 });
    expect(new URL((chosen.doc.getElementById('present-link') as HTMLAnchorElement).href).searchParams.get('country')).to.equal('CZ');
    chosen.frame.remove();

    // This lesson's progress (other test files share the origin's storage, so only its own key is compared).
    const progress = () => localStorage.getItem('netwise:passwords:en');
    const before = progress();
    const { frame, doc, violations } = await openPage(`${url.pathname}${url.search}`, 1280);
    const present = () => doc.querySelector('nw-module')?.shadowRoot?.querySelector('nw-present');
    await waitUntil(() => present()?.shadowRoot?.querySelector('h2'), 'the whiteboard never showed', { timeout: 10_000 });
    const root = present()!.shadowRoot!;
    expect(parseFloat(frame.contentWindow!.getComputedStyle(root.querySelector('h2')!).fontSize)).to.be.greaterThan(40);
    expect(doc.querySelector('nw-module')!.shadowRoot!.querySelector('progress'), 'not the student player').to.equal(null);
    expect(progress(), 'nothing saved').to.equal(before);
    expect(violations).to.deep.equal([]);
  });
});
