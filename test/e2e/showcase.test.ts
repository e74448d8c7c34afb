/** The demo's "Every kind of activity" page: its module uses every kind, and the player has an element for each. */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { parseModule } from '../../src/content/parse.js';
import type { QuestionKind } from '../../src/content/types.js';
import { correctResponse, questionsOf } from '../../src/machines/scoring.js';
import { questionElements } from '../../src/elements/question-elements.js';
import '../../src/elements/nw-module.js';
import type { NwModule } from '../../src/elements/nw-module.js';

const ALL_KINDS: QuestionKind[] = ['choice', 'truefalse', 'order', 'match', 'blanks', 'sort', 'hotspot', 'scenario', 'reflect'];

describe('demo/kinds.html', () => {
  it('has a clean showcase module with one activity of every kind', async () => {
    const source = await (await fetch('/demo/showcase/en.md')).text();
    const { doc, issues } = parseModule(source, 'en.md', { strict: true });
    expect(issues).to.deep.equal([]);
    expect(questionsOf(doc!).map((q) => q.kind).sort()).to.deep.equal([...ALL_KINDS].sort());
  });

  it('shows each activity in the player as the student goes through', async () => {
    const el = await fixture<NwModule>(html`<nw-module tracking="none" src="/demo/showcase/en.md"></nw-module>`);
    await waitUntil(() => el.actor, 'the player did not start', { timeout: 10_000 });
    const actor = el.actor!;
    const shown: string[] = [];
    for (let guard = 0; guard < 30 && !actor.getSnapshot().matches('finished'); guard++) {
      const { steps, index } = actor.getSnapshot().context;
      const q = steps[index].step.question;
      await el.updateComplete;
      if (q) {
        const tag = questionElements[q.kind].tag;
        await waitUntil(() => el.shadowRoot!.querySelector(tag)?.shadowRoot?.querySelector('[part="prompt"]'), `no ${tag} shown`);
        shown.push(tag);
        // Answer through the question's machine, as its element would, to move on.
        const child = actor.getSnapshot().children[q.id]!;
        child.send({ type: 'question.respond', response: q.kind === 'reflect' ? { text: 'A thought' } : correctResponse(q) });
        child.send({ type: 'question.submit' });
      }
      actor.send({ type: 'module.next' });
    }
    expect(shown).to.have.length(ALL_KINDS.length);
  });
});
