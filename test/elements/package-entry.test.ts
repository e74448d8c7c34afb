/**
 * The npm package's entry (`src/index.ts`, `import 'netwise'`): importing it starts the page's players
 * as the embed does. The first player's first step shows before `<nw-module>` is defined (the player is
 * a chunk of its own, loaded after that step is on screen), then the player loads and takes it over.
 * Nothing else in this file defines `<nw-module>`.
 */
import { expect, fixtureSync, html, waitUntil } from '@open-wc/testing';
import type { ModuleDoc } from '../../src/content/types.js';
import { PRERENDERED } from '../../src/elements/prerender-mark.js';
import { jsonScript } from './doc-fixture.js';

const FIXTURE = '/test/e2e/fixtures/player-test.en.json';

it("import 'netwise' shows the first step at once, then defines <nw-module>, which takes the step over", async () => {
  const doc = (await (await fetch(FIXTURE)).json()) as ModuleDoc;
  const host = fixtureSync(html`<div></div>`);
  const el = document.createElement('nw-module');
  el.setAttribute('tracking', 'none');
  el.append(jsonScript(JSON.stringify(doc).replace(/</g, '\\u003c')));
  host.append(el);
  expect(customElements.get('nw-module')).to.equal(undefined);

  const api = await import('../../src/index.js');
  expect(api.registerTranslation, 'the entry still exports its API').to.be.a('function');
  // The early step attached the player's box at once and fills it once a frame has drawn that box.
  const root = el.shadowRoot;
  expect(root, 'the early step started before the player loaded').to.not.equal(null);
  let earlyBeforePlayer = false;
  const seen = new MutationObserver(() => {
    if (root!.querySelector(`[${PRERENDERED}]`) && !customElements.get('nw-module')) earlyBeforePlayer = true;
  });
  seen.observe(root!, { childList: true });

  await customElements.whenDefined('nw-module');
  await waitUntil(() => !root!.querySelector(`[${PRERENDERED}]`) && root!.querySelector('h2'), 'the player shows its own first step', { timeout: 5000 });
  seen.disconnect();
  expect(earlyBeforePlayer, 'the first step showed before <nw-module> was defined').to.equal(true);
  expect(root!.querySelector('h2')?.textContent?.trim()).to.equal(doc.meta.title);
  await expect(el).to.be.accessible();
});
