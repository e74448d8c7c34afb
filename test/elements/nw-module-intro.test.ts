import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/nw-module.js';
import type { NwModule } from '../../src/elements/nw-module.js';
import { NoneTracker } from '../../src/tracking/none.js';
import { playerDoc } from './doc-fixture.js';

const root = (el: Element) => el.shadowRoot!;

async function player(overrides: Parameters<typeof playerDoc>[0] = {}, lang?: string) {
  const el = await fixture<NwModule>(html`<nw-module lang=${lang ?? ''} .tracker=${new NoneTracker()} .doc=${playerDoc(overrides)}></nw-module>`);
  await waitUntil(() => el.actor && root(el).querySelector('h3'), 'player did not start');
  await el.updateComplete;
  return el;
}

const vocabulary = [
  { term: 'Passphrase', definition: 'A password made of several random words.' },
  { term: 'Two-step login', definition: 'A second check after your password.' },
];

describe('<nw-module> objectives and glossary', () => {
  it('lists the objectives on the opening step only', async () => {
    const el = await player({ objectives: ['Build a long passphrase', 'Turn on two-step login'] });
    const section = root(el).querySelector('[part="objectives"]')!;
    expect(section.querySelector('h4')!.textContent).to.equal('In this module you will:');
    expect([...section.querySelectorAll('li')].map((li) => li.textContent)).to.deep.equal(['Build a long passphrase', 'Turn on two-step login']);
    await expect(el).to.be.accessible();
    el.actor!.send({ type: 'module.next', at: Date.now() });
    await el.updateComplete;
    expect(root(el).querySelector('[part="objectives"]')).to.equal(null);
  });

  it('offers the vocabulary as a glossary that opens with the keyboard, on every step', async () => {
    const el = await player({ vocabulary });
    const details = root(el).querySelector<HTMLDetailsElement>('details[part="glossary"]')!;
    const summary = details.querySelector('summary')!;
    expect(summary.textContent).to.equal('Words to know (2)');
    expect(details.open).to.equal(false);
    summary.focus();
    expect(root(el).activeElement).to.equal(summary);
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => details.open, 'Enter did not open the glossary');
    expect([...details.querySelectorAll('dt')].map((d) => d.textContent)).to.deep.equal(['Passphrase', 'Two-step login']);
    expect(details.querySelector('dd')!.textContent).to.equal('A password made of several random words.');
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Space' });
    await waitUntil(() => !details.open, 'Space did not close the glossary');
    el.actor!.send({ type: 'module.next', at: Date.now() });
    await el.updateComplete;
    expect(root(el).querySelector('details[part="glossary"]')).to.not.equal(null);
  });

  it('shows no glossary for a module without vocabulary', async () => {
    const el = await player({ vocabulary: [] });
    expect(root(el).querySelector('details[part="glossary"]')).to.equal(null);
  });

  it('speaks the player language and marks the lesson words with the module language', async () => {
    const el = await player({ vocabulary, objectives: ['Build a long passphrase'] }, 'cs');
    await waitUntil(() => root(el).querySelector('summary')?.textContent === 'Slovníček (2)', 'Czech strings did not arrive');
    expect(root(el).querySelector('[part="objectives"] h4')!.textContent).to.equal('V tomto modulu se naučíš:');
    expect(root(el).querySelector('[part="glossary"] dl')!.getAttribute('lang')).to.equal('en');
    expect(root(el).querySelector('[part="objectives"] ul')!.getAttribute('lang')).to.equal('en');
    await expect(el).to.be.accessible();
  });
});
