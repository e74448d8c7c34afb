/**
 * Every step of every module, as the player shows it, passes axe: reading steps, each question after it
 * is answered (its feedback showing), and the summary. Together with each element's keyboard tests, this
 * is what lets a screen-reader user finish every module.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { ModuleDoc } from '../../src/content/types.js';
import '../../src/elements/nw-module.js';
import type { NwModule } from '../../src/elements/nw-module.js';
import { questionElements } from '../../src/elements/question-elements.js';
import { NoneTracker } from '../../src/tracking/none.js';
import { bestResponse } from './wrong-response.js';

interface CatalogEntry {
  id: string;
  file: string;
}

const catalog: CatalogEntry[] = await (await fetch('/dist/modules/catalog.json')).json();

describe('every module is accessible, step by step', () => {
  for (const entry of catalog) {
    it(`module "${entry.id}"`, async function () {
      this.timeout(120_000);
      const doc: ModuleDoc = await (await fetch(`/dist/modules/${entry.file}`)).json();
      const el = await fixture<NwModule>(html`<nw-module .tracker=${new NoneTracker()} .doc=${doc}></nw-module>`);
      await waitUntil(() => el.actor, 'the player did not start', { timeout: 10_000 });
      const actor = el.actor!;
      let steps = 0;
      for (let guard = 0; guard < 200 && !actor.getSnapshot().matches('finished'); guard++) {
        const { steps: all, index } = actor.getSnapshot().context;
        const q = all[index].step.question;
        if (q) {
          const child = actor.getSnapshot().children[q.id]!;
          child.send({ type: 'question.respond', response: bestResponse(q) });
          child.send({ type: 'question.submit' });
          const tag = questionElements[q.kind].tag;
          await waitUntil(() => el.shadowRoot!.querySelector(tag)?.shadowRoot?.querySelector('[part="feedback"]'), `${q.id}: no ${tag}`);
          await (el.shadowRoot!.querySelector(tag) as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
        }
        await el.updateComplete;
        await expect(el, `step ${all[index].step.id}`).to.be.accessible();
        steps += 1;
        actor.send({ type: 'module.next' });
      }
      await waitUntil(() => el.shadowRoot!.querySelector('nw-summary')?.shadowRoot?.querySelector('h2'), 'no summary');
      await expect(el, 'the summary').to.be.accessible();
      expect(steps).to.equal(actor.getSnapshot().context.steps.length);
    });
  }
});
