import { expect } from '@open-wc/testing';
import type { MatchQuestion } from '../../../src/content/types.js';
import { FIRST, expectError, readClean } from './helpers.js';

describe(':::match', () => {
  it('reads pairs, shared targets and decoys', () => {
    const q = readClean<MatchQuestion>(`
:::match id=words
Match each word with its meaning.
- Phishing = A message that *pretends*
- Malware {#mal} = Software made to harm
- Spyware = Software made to harm
- a = b = c
extra: A password of three words
:::`);
    expect(q.pairs).to.deep.equal([
      { id: 'a', html: 'Phishing', target: '1' },
      { id: 'mal', html: 'Malware', target: '2' },
      { id: 'c', html: 'Spyware', target: '2' },
      { id: 'd', html: 'a', target: '3' },
    ]);
    expect(q.targets).to.deep.equal([
      { id: '1', html: 'A message that <em>pretends</em>' },
      { id: '2', html: 'Software made to harm' },
      { id: '3', html: 'b = c' },
      { id: '4', html: 'A password of three words' },
    ]);
  });

  const bad: Array<[string, string, RegExp, number]> = [
    ['a pair with no partner', ':::match id=x\nQ?\n- a = 1\n- b\n- c = 3\n:::', /"b" in match "x" has no partner/, FIRST + 3],
    ['a pair with an empty right side', ':::match id=x\nQ?\n- a = 1\n- b = \n- c = 3\n:::', /has no partner/, FIRST + 3],
    ['a pair with "=" but no spaces', ':::match id=x\nQ?\n- a = 1\n- b=2\n- c = 3\n:::', /"b=2" in match "x" has no partner/, FIRST + 3],
    ['one pair', ':::match id=x\nQ?\n- a = 1\n:::', /needs at least two pairs; it has 1/, FIRST],
    ['the same left side twice', ':::match id=x\nQ?\n- a = 1\n- a = 2\n:::', /"a" on the left twice/, FIRST + 3],
    ['a duplicate id', ':::match id=x\nQ?\n- a {#k} = 1\n- b {#k} = 2\n:::', /share the id "k"/, FIRST + 3],
    ['an empty extra', ':::match id=x\nQ?\n- a = 1\n- b = 2\nextra:\n:::', /`extra:` line in match "x" is empty/, FIRST + 4],
    ['an extra that is a right answer', ':::match id=x\nQ?\n- a = 1\n- b = 2\nextra: 2\n:::', /already a right answer/, FIRST + 4],
    ['a stray line', ':::match id=x\nQ?\n- a = 1\n- b = 2\nstray\n:::', /Unexpected line in match "x"/, FIRST + 4],
  ];
  for (const [name, block, message, line] of bad) {
    it(`reports ${name} with file:line and a hint`, () => expectError(block, message, line));
  }
});
