/**
 * A question element on its own (no <nw-module>), set up as the README's "A question on its own" shows,
 * with the README's own Markdown examples: the real machine, nothing swapped out. Check must work and
 * the record must come out of the actor.
 */
import { expect, fixtureSync, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createActor } from 'xstate';
import '../../src/elements/nw-choice.js';
import '../../src/elements/nw-order.js';
import '../../src/elements/nw-hotspot.js';
import type { QuestionElement } from '../../src/elements/question-element.js';
import type { Question } from '../../src/content/types.js';
import { loadSanitizer } from '../../src/content/sanitize.js';
import { parseModule } from '../../src/content/parse.js';
import { questionMachine } from '../../src/machines/machines.js';
import type { QuestionAnsweredEvent } from '../../src/machines/question-machine.js';

let readme = '';

/** The README's fenced `md` example that opens with `:::<kind> id=<id>`, parsed as a module would be. */
function example(kind: string, id: string): Question {
  const block = [...readme.matchAll(/```md\n([\s\S]*?)```/g)].map((m) => m[1]).find((b) => new RegExp(`^:::${kind} id=${id}[ \n]`).test(b));
  expect(block, `README example :::${kind} id=${id}`).to.be.a('string');
  const { doc } = parseModule(['---', 'id: readme', 'title: README', '---', '# Lesson', '## Step', block!].join('\n'), 'readme.md');
  const question = doc?.lessons[0].steps.find((s) => s.question)?.question;
  expect(question?.id).to.equal(id);
  return question!;
}

/** As the README: create the actor, listen to what it emits, start it and give it to the element. */
async function standalone<E extends QuestionElement>(tag: 'nw-choice' | 'nw-order' | 'nw-hotspot', question: Question) {
  const answered: QuestionAnsweredEvent[] = [];
  const actor = createActor(questionMachine, { input: { question } });
  actor.on('question.answered', (e) => void answered.push(e));
  // fixtureSync: a plain <div> fixture would wait for an animation frame, which a page in the
  // background (another test file has the focus) may never get.
  const box = fixtureSync<HTMLDivElement>(html`<div></div>`);
  const el = document.createElement(tag) as unknown as E;
  el.actor = actor.start();
  box.append(el);
  await el.updateComplete;
  return { el, actor, answered };
}

const root = (el: Element) => el.shadowRoot!;
const button = (el: Element, text: string) => [...root(el).querySelectorAll('button')].find((b) => b.textContent!.trim() === text);
const feedback = (el: Element) => root(el).querySelector('[part="feedback"]')!.textContent!.replace(/\s+/g, ' ');

describe('question elements on their own (the README example)', () => {
  before(async () => {
    readme = await (await fetch('/README.md')).text();
    await loadSanitizer();
  });

  it('<nw-choice>: pick with the keyboard, Check, see the feedback; the record comes out of the actor', async () => {
    const { el, actor, answered } = await standalone('nw-choice', example('choice', 'strongest'));
    const kettle = [...root(el).querySelectorAll<HTMLLabelElement>('[part="option"]')].find((l) => l.textContent!.includes('kettle orbit tulip'))!;
    kettle.querySelector('input')!.focus();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    button(el, 'Check')!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(actor.getSnapshot().status, 'the actor is not in error').to.equal('active');
    expect(feedback(el)).to.contain('Correct!');
    expect(feedback(el)).to.contain('Three random words make a long password');
    expect(answered).to.have.length(1);
    expect(answered[0]).to.include({ questionId: 'strongest' });
    expect(answered[0].record).to.include({ correct: true, attempts: 1 });
    await expect(el).to.be.accessible();
  });

  it('<nw-order>: Check the shuffled order, then Show the answer', async () => {
    const question = example('order', 'report-steps');
    const { el, actor, answered } = await standalone('nw-order', question);
    button(el, 'Check')!.click();
    await el.updateComplete;
    expect(actor.getSnapshot().status).to.equal('active');
    expect(actor.getSnapshot().value, 'the machine never starts in the right order').to.equal('incorrect');
    expect(feedback(el)).to.match(/Not quite\.|Partly right\./);
    expect(answered[0].record).to.include({ correct: false, attempts: 1 });
    button(el, 'Show the answer')!.click();
    await el.updateComplete;
    expect(actor.getSnapshot().value).to.equal('revealed');
    expect(feedback(el)).to.contain('A screenshot first');
    expect(answered).to.have.length(2);
    expect(answered[1].record).to.include({ revealed: true, done: true });
    await expect(el).to.be.accessible();
  });

  it('<nw-hotspot>: mark the places on the mocked screen with the toggle buttons, then Check', async () => {
    const { el, actor, answered } = await standalone('nw-hotspot', example('hotspot', 'shop'));
    const region = (label: string) => [...root(el).querySelectorAll<HTMLButtonElement>('[part="region"]')].find((b) => b.textContent!.includes(label))!;
    region('Countdown timer').click();
    await el.updateComplete;
    region('Price only in gems').click();
    await el.updateComplete;
    button(el, 'Check')!.click();
    await el.updateComplete;
    expect(actor.getSnapshot().status).to.equal('active');
    expect(feedback(el)).to.contain('Correct!');
    expect(answered).to.have.length(1);
    expect(answered[0].record).to.include({ correct: true, score: 1 });
    await expect(el).to.be.accessible();
  });
});
