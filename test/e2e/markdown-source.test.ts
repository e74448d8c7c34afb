/** `src` may point at a Markdown source: the parser is loaded then, and problems are shown, not hidden. */
import { expect, fixture, fixtureSync, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/elements/nw-module.js';
import type { NwModule } from '../../src/elements/nw-module.js';
import type { NwErrorEvent } from '../../src/events/nw-error.js';

describe('<nw-module src="….md">', () => {
  it('parses and plays a Markdown module', async () => {
    const el = await fixture<NwModule>(html`<nw-module tracking="none" src="/test/e2e/fixtures/mini/en.md"></nw-module>`);
    // The parser is fetched on demand: give a loaded CI machine time for that first download.
    await waitUntil(() => el.shadowRoot!.querySelector('h3'), 'never showed a step', { timeout: 10_000 });
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('Mini module');
    await waitUntil(() => el.shadowRoot!.querySelector('.prose strong'));
    expect(el.shadowRoot!.querySelector('.prose strong')!.textContent).to.equal('random');
  });

  it('shows the student a message and gives the developer every error with its line', async () => {
    const original = console.error;
    console.error = () => {};
    try {
      const el = document.createElement('nw-module');
      const failed = oneEvent(el, 'nw-error') as unknown as Promise<NwErrorEvent>;
      el.tracking = 'none';
      el.src = '/test/e2e/fixtures/broken/en.md';
      fixtureSync(html`<div></div>`).append(el);
      const { error } = await failed;
      await el.updateComplete;
      expect(error.message).to.contain('en.md:7 Choice "nothing-right" has no correct option');
      // A draft without catalogue fields (summary, sources, …) still plays; only real errors stop it.
      expect(error.message).not.to.contain('summary');
      expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('could not be opened');
    } finally {
      console.error = original;
    }
  });
});
