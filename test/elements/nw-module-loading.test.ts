/** What the player shows while its module is still downloading. */
import { expect, fixtureSync, html, waitUntil } from '@open-wc/testing';
import '../../src/elements/nw-module.js';
import type { NwModule } from '../../src/elements/nw-module.js';
import { NoneTracker } from '../../src/tracking/none.js';
import { playerDoc } from './doc-fixture.js';

/** Makes `fetch` of `url` wait until `release()` is called, then answer with `body`. */
function holdFetch(url: string, body: string) {
  const original = window.fetch;
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    if (String(input) !== url) return original(input, init);
    await gate;
    return new Response(body, { headers: { 'content-type': 'application/json' } });
  };
  return { release, restore: () => (window.fetch = original) };
}

describe('<nw-module> while loading', () => {
  it('says it is loading when the module is slow to come, then shows the first step', async () => {
    const held = holdFetch('/slow/module.json', JSON.stringify(playerDoc()));
    try {
      const host = fixtureSync(html`<div></div>`);
      const el = document.createElement('nw-module') as NwModule;
      el.tracker = new NoneTracker();
      el.src = '/slow/module.json';
      host.append(el);
      const status = () => el.shadowRoot!.querySelector('[role="status"]');
      await waitUntil(() => status()?.textContent?.includes('Loading the lesson'), 'no loading notice', { timeout: 4000 });
      await expect(el).to.be.accessible();
      held.release();
      await waitUntil(() => el.shadowRoot!.querySelector('h3'), 'the first step never showed', { timeout: 4000 });
      expect(el.shadowRoot!.querySelector('h3')!.textContent).to.equal('Welcome');
      expect(el.shadowRoot!.textContent).not.to.contain('Loading the lesson');
    } finally {
      held.restore();
    }
  });
});
