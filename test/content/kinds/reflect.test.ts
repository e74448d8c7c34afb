import { expect } from '@open-wc/testing';
import type { ReflectQuestion } from '../../../src/content/types.js';
import { FIRST, expectError, readClean } from './helpers.js';

describe(':::reflect', () => {
  it('reads a free-text reflection: weight 0, one attempt, default length', () => {
    const q = readClean<ReflectQuestion>(':::reflect id=feel attempts=3\nHow would you *feel*?\n:::');
    expect(q).to.include({ kind: 'reflect', id: 'feel', weight: 0, attempts: 1, maxLength: 500 });
    expect(q.options).to.deep.equal([]);
    expect(q.promptHtml).to.equal('<p>How would you <em>feel</em>?</p>');
  });

  it('reads a poll and maxlength', () => {
    const q = readClean<ReflectQuestion>(':::reflect id=often maxlength=200\nHow often?\n- Every day\n- Rarely {#rare}\n:::');
    expect(q.options).to.deep.equal([{ id: 'a', html: 'Every day' }, { id: 'rare', html: 'Rarely' }]);
    expect(q.maxLength).to.equal(200);
  });

  const bad: Array<[string, string, RegExp, number]> = [
    ['a weight', ':::reflect id=x weight=1\nQ?\n:::', /a reflection is never scored/, FIRST],
    ['a poll with one option', ':::reflect id=x\nQ?\n- only\n:::', /has one option/, FIRST],
    ['a duplicate option id', ':::reflect id=x\nQ?\n- a {#k}\n- b {#k}\n:::', /share the id "k"/, FIRST + 3],
    ['a bad maxlength', ':::reflect id=x maxlength=lots\nQ?\n:::', /`maxlength` must be a whole number/, FIRST],
    ['a stray line', ':::reflect id=x\nQ?\n- a\n- b\nstray\n:::', /Unexpected line in reflect "x"/, FIRST + 4],
  ];
  for (const [name, block, message, line] of bad) {
    it(`reports ${name} with file:line and a hint`, () => expectError(block, message, line));
  }
});
