/** While a module plays with the default tracking, nothing leaves the page's origin and no cookie is set. */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/elements/nw-module.js';
import type { NwModule } from '../../src/elements/nw-module.js';

describe('privacy by default', () => {
  it('sends no request to another origin and sets no cookie while a module plays', async () => {
    localStorage.clear();
    performance.clearResourceTimings();
    const el = await fixture<NwModule>(html`<nw-module src="/test/e2e/fixtures/player-test.en.json"></nw-module>`);
    await waitUntil(() => el.shadowRoot!.querySelector('h3'));
    const root = el.shadowRoot!;
    [...root.querySelectorAll<HTMLButtonElement>('nav button')].find((b) => b.textContent!.trim() === 'Next')!.click();
    await waitUntil(() => root.querySelector('nw-choice')?.shadowRoot?.querySelector('input'));
    const choice = root.querySelector('nw-choice')!;
    (choice.shadowRoot!.querySelectorAll('input')[1] as HTMLInputElement).click();
    await (choice as unknown as { updateComplete: Promise<void> }).updateComplete;
    [...choice.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent!.trim() === 'Check')!.click();
    await el.updateComplete;
    const urls = performance.getEntriesByType('resource').map((e) => e.name);
    expect(urls.some((u) => u.endsWith('/test/e2e/fixtures/player-test.en.json'))).to.equal(true);
    expect(urls.filter((u) => new URL(u).origin !== location.origin)).to.deep.equal([]);
    expect(document.cookie).to.equal('');
    // Progress went to this origin's local storage under the module's one key (other test files share the
    // origin and may write their own keys meanwhile, so only this module's are compared).
    expect(Object.keys(localStorage).filter((k) => k.includes('player-test'))).to.deep.equal(['netwise:player-test:en']);
    expect(JSON.parse(localStorage.getItem('netwise:player-test:en')!).answers).to.not.be.empty;
    expect(root.querySelector('[part="status"]')!.textContent).to.contain('saved on this device');
  });
});
