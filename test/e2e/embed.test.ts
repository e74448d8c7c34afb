/**
 * The teacher's two lines: the built single-file bundle in a plain page under a strict
 * Content-Security-Policy, with no iframe of ours. Plays the first question.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { openPage } from './open-page.js';

describe('embed bundle in a plain page', () => {
  it('plays a question under a strict CSP, with no violation', async () => {
    const { frame, doc, win, violations } = await openPage('/test/e2e/embed-page.html');
    const player = doc.querySelector('nw-module')!;
    await waitUntil(() => player.shadowRoot?.querySelector('h3'), 'the player never showed a step', { timeout: 4000 });
    expect(win.customElements.get('nw-module')).to.exist;
    const root = player.shadowRoot!;
    expect(root.querySelector('h3')!.textContent).to.equal('Welcome');
    // The reading text is formatted (DOMPurify loaded as a chunk, under the CSP).
    await waitUntil(() => root.querySelector('.prose strong'), 'formatting never appeared');
    const next = [...root.querySelectorAll<HTMLButtonElement>('nav button')].find((b) => b.textContent!.trim() === 'Next')!;
    // The player's styles applied under the CSP (2.75rem touch target).
    expect(win.getComputedStyle(next).minHeight).to.equal('44px');
    next.click();
    await waitUntil(() => root.querySelector('nw-choice')?.shadowRoot?.querySelector('input'));
    const choice = root.querySelector('nw-choice')!.shadowRoot!;
    (choice.querySelectorAll('input')[1] as HTMLInputElement).click();
    await new Promise((r) => setTimeout(r, 0));
    [...choice.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent!.trim() === 'Check')!.click();
    await waitUntil(() => choice.querySelector('[part="feedback"]')!.textContent!.includes('Correct!'));
    // Production build: Lit's dev-mode code is not in the bundle.
    const source = await (await fetch('/dist/embed/netwise.min.js')).text();
    expect(source).not.to.contain('Lit is in dev mode');
    expect(violations).to.deep.equal([]);
    frame.remove();
  });
});
