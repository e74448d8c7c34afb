/** Lazy start: a player far below the fold asks for nothing until the student scrolls near it. */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/elements/nw-module.js';
import type { NwModule } from '../../src/elements/nw-module.js';
import { playerDoc } from './doc-fixture.js';

/** Answers `url` with the test module and counts the requests for it. */
function serveModule(url: string) {
  const original = window.fetch;
  const calls: string[] = [];
  window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    if (String(input) !== url) return original(input, init);
    calls.push(url);
    return new Response(JSON.stringify(playerDoc()), { headers: { 'content-type': 'application/json' } });
  };
  return { calls, restore: () => (window.fetch = original) };
}

/** The room a player takes on the page: its own height and the margin it keeps after it while it waits. */
const room = (el: Element) => el.getBoundingClientRect().height + parseFloat(getComputedStyle(el).marginBlockEnd);

const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

describe('<nw-module> lazy start', () => {
  afterEach(() => window.scrollTo(0, 0));

  it('makes no module request while far below the fold, and plays once scrolled near', async () => {
    const served = serveModule('/lazy/far.json');
    try {
      const page = await fixture(html`<div>
        <div style="height: ${innerHeight * 4}px">Above the player</div>
        <nw-module tracking="none" src="/lazy/far.json"></nw-module>
      </div>`);
      const el = page.querySelector('nw-module') as NwModule;
      await el.updateComplete;
      await frame();
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(served.calls, 'no request while far away').to.deep.equal([]);
      // The player keeps room on the page while it waits.
      expect(room(el)).to.be.greaterThan(100);
      el.scrollIntoView();
      await waitUntil(() => el.shadowRoot!.querySelector('h3'), 'the first step never showed after scrolling', { timeout: 4000 });
      expect(served.calls).to.deep.equal(['/lazy/far.json']);
      expect(el.shadowRoot!.querySelector('h3')!.textContent).to.equal('Welcome');
    } finally {
      served.restore();
    }
  });

  it('keeps room while players follow it, so a page of many players starts only those near the viewport', async () => {
    const served = serveModule('/lazy/many.json');
    try {
      const page = await fixture(html`<div>${Array.from({ length: 12 }, () => html`<nw-module tracking="none" src="/lazy/many.json"></nw-module>`)}</div>`);
      const players = [...page.querySelectorAll('nw-module')] as NwModule[];
      await Promise.all(players.map((p) => p.updateComplete));
      await frame();
      await waitUntil(() => players[0].shadowRoot!.querySelector('h3'), 'the first player never showed its step', { timeout: 4000 });
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(served.calls.length, 'the players far below wait').to.be.greaterThan(0).and.lessThan(12);
      expect(room(players[11]), 'the last one keeps room while it waits').to.be.greaterThan(100);
    } finally {
      served.restore();
    }
  });

  it('starts at once when in view, or anywhere with loading="eager"', async () => {
    const served = serveModule('/lazy/near.json');
    try {
      const page = await fixture(html`<div>
        <nw-module tracking="none" src="/lazy/near.json"></nw-module>
        <div style="height: ${innerHeight * 4}px"></div>
        <nw-module tracking="none" loading="eager" src="/lazy/near.json"></nw-module>
      </div>`);
      const [first, eager] = page.querySelectorAll('nw-module');
      await waitUntil(() => first.shadowRoot!.querySelector('h3') && eager.shadowRoot!.querySelector('h3'), 'both should have started', { timeout: 4000 });
      expect(served.calls).to.have.length(2);
      // Once shown, the player takes its own height, not the placeholder's.
      expect(first.matches(':state(waiting)')).to.equal(false);
      await expect(first).to.be.accessible();
    } finally {
      served.restore();
    }
  });
});
