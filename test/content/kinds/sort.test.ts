import { expect } from '@open-wc/testing';
import type { SortQuestion } from '../../../src/content/types.js';
import { FIRST, expectError, readClean } from './helpers.js';

describe(':::sort', () => {
  it('reads groups, cards with feedback, and an empty decoy group', () => {
    const q = readClean<SortQuestion>(`
:::sort id=phish
Which are phishing?
## Phishing
- Your account is locked! Click now.
  > A rush and a link.
- You *won* a phone {#won}
## Genuine message {#genuine}
- Your book is due on Friday.
## Not sure!
:::`);
    expect(q.groups).to.deep.equal([
      { id: 'phishing', html: 'Phishing' },
      { id: 'genuine', html: 'Genuine message' },
      { id: 'not-sure', html: 'Not sure!' },
    ]);
    expect(q.cards).to.deep.equal([
      { id: 'c1', html: 'Your account is locked! Click now.', group: 'phishing', feedbackHtml: '<p>A rush and a link.</p>' },
      { id: 'won', html: 'You <em>won</em> a phone', group: 'phishing' },
      { id: 'c3', html: 'Your book is due on Friday.', group: 'genuine' },
    ]);
  });

  const bad: Array<[string, string, RegExp, number]> = [
    ['one group', ':::sort id=x\nQ?\n## A\n- one\n- two\n:::', /needs at least two groups; it has 1/, FIRST],
    ['one card', ':::sort id=x\nQ?\n## A\n- one\n## B\n:::', /needs at least two cards; it has 1/, FIRST],
    ['no groups', ':::sort id=x\nQ?\n- one\n- two\n:::', /needs at least two groups; it has 0/, FIRST],
    ['two groups with one id', ':::sort id=x\nQ?\n## Same\n- one\n## same\n- two\n:::', /two groups in "x" have the id "same"/i, FIRST + 4],
    ['a duplicate card id', ':::sort id=x\nQ?\n## A\n- one {#k}\n## B\n- two {#k}\n:::', /share the id "k"/, FIRST + 5],
    ['a stray line', ':::sort id=x\nQ?\n## A\n- one\nstray\n## B\n- two\n:::', /Unexpected line in sort "x"/, FIRST + 4],
    ['an untitled group', ':::sort id=x\nQ?\n## A\n- one\n## {#b}\n- two\n## C\n:::', /has no title/, FIRST + 4],
  ];
  for (const [name, block, message, line] of bad) {
    it(`reports ${name} with file:line and a hint`, () => expectError(block, message, line));
  }
});
