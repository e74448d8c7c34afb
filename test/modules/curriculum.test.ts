/**
 * Every compiled module in dist/modules (built from modules/ by `npm test`) is winnable and losable:
 * played with the right answers it scores 100% and passes; with wrong answers it fails. And its right
 * answers cannot be guessed from their length or position.
 */
import { expect } from '@open-wc/testing';
import { createActor } from 'xstate';
import type { ChoiceQuestion, ModuleDoc, Question, Response } from '../../src/content/types.js';
import { validateModuleDoc } from '../../src/content/validate.js';
import { moduleMachine } from '../../src/machines/module-machine.js';
import { questionsOf, type ModuleResult } from '../../src/machines/scoring.js';
import { bestResponse, wrongResponse } from './wrong-response.js';

interface CatalogEntry {
  id: string;
  file: string;
}

const catalog: CatalogEntry[] = await (await fetch('/dist/modules/catalog.json')).json();
const docs: ModuleDoc[] = await Promise.all(catalog.map(async (e) => (await fetch(`/dist/modules/${e.file}`)).json()));

/** Plays a module start to finish, answering each question with `answer(question)`. */
function play(doc: ModuleDoc, answer: (q: Question) => Response): ModuleResult {
  const actor = createActor(moduleMachine, { input: { doc } });
  let result: ModuleResult | undefined;
  actor.on('completed', (e) => (result = e.result));
  actor.start();
  for (let guard = 0; guard < 1000 && !actor.getSnapshot().matches('finished'); guard++) {
    const { steps, index } = actor.getSnapshot().context;
    const q = steps[index].step.question;
    if (q && !actor.getSnapshot().context.answers[q.id]) {
      const child = actor.getSnapshot().children[q.id]!;
      child.send({ type: 'question.respond', response: answer(q) });
      child.send({ type: 'question.submit' });
      // Use up every try, so a wrong run really ends wrong.
      while (child.getSnapshot().can({ type: 'question.retry' })) {
        child.send({ type: 'question.retry' });
        child.send({ type: 'question.respond', response: answer(q) });
        child.send({ type: 'question.submit' });
      }
    }
    actor.send({ type: 'module.next' });
  }
  actor.stop();
  return result!;
}

describe('the curriculum', () => {
  it('has modules to check', () => {
    expect(catalog.length).to.be.greaterThan(0);
  });

  for (const [i, entry] of catalog.entries()) {
    describe(`module "${entry.id}"`, () => {
      const doc = () => docs[i];

      it('is a playable module', () => {
        expect(validateModuleDoc(doc())).to.deep.equal([]);
      });

      it('assesses every objective with at least one question', () => {
        const questions = questionsOf(doc());
        const untested = doc().meta.objectives.filter((_, n) => !questions.some((q) => q.objective === n + 1));
        expect(untested, 'objectives no question is tagged to').to.deep.equal([]);
        expect(questions.filter((q) => q.objective === undefined).map((q) => q.id), 'questions tagged to no objective').to.deep.equal(
          questions.filter((q) => q.objective === undefined && q.kind === 'reflect').map((q) => q.id),
        );
      });

      it('scores 100% and passes with the right answers', () => {
        // A reflection has no right answer: any reply completes it (and it scores nothing).
        const result = play(doc(), bestResponse);
        expect(result.percent).to.equal(100);
        expect(result.passed).to.equal(true);
        expect(result.answered).to.equal(result.questions);
      });

      it('fails with wrong answers', () => {
        const result = play(doc(), wrongResponse);
        if (doc().meta.mode === 'graded') expect(result.passed).to.equal(false);
        expect(result.percent).to.be.below(doc().meta.passMark);
      });

      it('does not give right answers away by length or position', () => {
        const singles = questionsOf(doc()).filter((q): q is ChoiceQuestion => q.kind === 'choice' && !q.multiple && q.options.length > 2);
        if (singles.length < 3) return;
        const text = (html: string) => html.replace(/<[^>]+>/g, '');
        const longest = singles.filter((q) => {
          const right = q.options.find((o) => o.correct)!;
          return q.options.every((o) => o === right || text(o.html).length < text(right.html).length);
        });
        expect(longest.length / singles.length, 'share of questions whose right answer is the longest').to.be.at.most(0.5);
        const positions = singles.map((q) => q.options.findIndex((o) => o.correct));
        const mostCommon = Math.max(...positions.map((p) => positions.filter((x) => x === p).length));
        expect(mostCommon / singles.length, 'share of right answers in the same position').to.be.at.most(0.6);
      });
    });
  }
});
