/** A compiled module written in the page, inside the player: played with no request, checked like a fetched one. */
import { expect, fixtureSync, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/elements/nw-module.js';
import type { NwModule } from '../../src/elements/nw-module.js';
import type { NwErrorEvent } from '../../src/events/index.js';
import { jsonScript, playerDoc } from './doc-fixture.js';

/** A player holding `json` in its `<script type="application/json">`, made as a page's parser would. */
function inlinePlayer(json: string, src?: string): NwModule {
  const host = fixtureSync(html`<div></div>`);
  const el = document.createElement('nw-module') as NwModule;
  el.setAttribute('tracking', 'none');
  if (src) el.setAttribute('src', src);
  el.append(jsonScript(json));
  host.append(el);
  return el;
}

describe('<nw-module> with a module written in the page', () => {
  it('plays it without any request, before a `src`', async () => {
    const before = performance.getEntriesByType('resource').length;
    const el = inlinePlayer(JSON.stringify(playerDoc()).replace(/</g, '\\u003c'), '/never/fetched.json');
    await waitUntil(() => el.shadowRoot!.querySelector('.prose strong'), 'the first step never showed', { timeout: 4000 });
    expect(el.shadowRoot!.querySelector('h3')!.textContent).to.equal('Welcome');
    const urls = performance.getEntriesByType('resource').slice(before).map((r) => r.name);
    expect(urls.filter((u) => u.endsWith('.json'))).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('refuses a module that is not valid JSON, or not a valid module, as it refuses a fetched one', async () => {
    const original = console.error;
    console.error = () => {};
    try {
      for (const [json, kind] of [['{"format": 1,', 'format'], [JSON.stringify({ ...playerDoc(), lessons: 'none' }), 'content']] as const) {
        const el = inlinePlayer(json);
        const { error } = (await oneEvent(el, 'nw-error')) as unknown as NwErrorEvent;
        expect((error as Error & { kind?: string }).kind).to.equal(kind);
        await el.updateComplete;
        expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('could not be opened');
      }
    } finally {
      console.error = original;
    }
  });
});
