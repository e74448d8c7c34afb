import { expect } from '@open-wc/testing';
import type { OrderQuestion } from '../../../src/content/types.js';
import { FIRST, expectError, readClean } from './helpers.js';

describe(':::order', () => {
  it('reads items in the right order, numbered or bulleted, with ids', () => {
    const q = readClean<OrderQuestion>(`
:::order id=steps attempts=3 weight=2
Put them in order.
1. Do not reply
2. Take a *screenshot*
- Block the sender {#block}
hint: Evidence first.
explain: Screenshots vanish once you block.
:::`);
    expect(q.kind).to.equal('order');
    expect(q.id).to.equal('steps');
    expect(q.attempts).to.equal(3);
    expect(q.weight).to.equal(2);
    expect(q.promptHtml).to.contain('Put them in order.');
    expect(q.items).to.deep.equal([
      { id: 'a', html: 'Do not reply' },
      { id: 'b', html: 'Take a <em>screenshot</em>' },
      { id: 'block', html: 'Block the sender' },
    ]);
    expect(q.hintHtml).to.equal('Evidence first.');
    expect(q.explanationHtml).to.contain('Screenshots vanish');
  });

  const bad: Array<[string, string, RegExp, number]> = [
    ['one item', ':::order id=x\nQ?\n1. only\n:::', /needs at least two items; it has 1/, FIRST],
    ['no items', ':::order id=x\nQ?\n:::', /needs at least two items; it has 0/, FIRST],
    ['a duplicate item', ':::order id=x\nQ?\n1. same\n2. same\n:::', /lists "same" twice/, FIRST],
    ['a duplicate id', ':::order id=x\nQ?\n1. a {#k}\n2. b {#k}\n:::', /share the id "k"/, FIRST + 3],
    ['a stray line', ':::order id=x\nQ?\n1. a\n2. b\nstray words\n:::', /Unexpected line in order "x"/, FIRST + 4],
    ['no id', ':::order\nQ?\n1. a\n2. b\n:::', /has no id/, FIRST],
    ['no question text', ':::order id=x\n1. a\n2. b\n:::', /has no question text/, FIRST],
  ];
  for (const [name, block, message, line] of bad) {
    it(`reports ${name} with file:line and a hint`, () => expectError(block, message, line));
  }
});
