import { expect } from '@open-wc/testing';
import type { BlanksQuestion } from '../../../src/content/types.js';
import { FIRST, expectError, read, readClean } from './helpers.js';

describe(':::blanks', () => {
  it('reads the prompt, the text with gap markers and the accepted answers', () => {
    const q = readClean<BlanksQuestion>(`
:::blanks id=words
Fill the gaps.

A strong password is [three|3] random words, see [the NCSC](https://www.ncsc.gov.uk) and \\[this].
Turn on [ two-step login | 2FA ].
:::`);
    expect(q.promptHtml).to.equal('<p>Fill the gaps.</p>');
    expect(q.gaps).to.deep.equal([{ answers: ['three', '3'] }, { answers: ['two-step login', '2FA'] }]);
    expect(q.textHtml).to.contain('is <span data-gap="0"></span> random words');
    expect(q.textHtml).to.contain('<span data-gap="1"></span>');
    expect(q.textHtml).to.contain('<a href="https://www.ncsc.gov.uk">the NCSC</a>');
    expect(q.textHtml).to.contain('[this]');
    expect(q.caseSensitive).to.equal(false);
  });

  it('takes `case` to make case matter', () => {
    const { question } = read(':::blanks id=x case\nQ?\nThe [NCSC] says.\n:::');
    expect((question as BlanksQuestion).caseSensitive).to.equal(true);
  });

  const bad: Array<[string, string, RegExp, number]> = [
    ['no gaps', ':::blanks id=x\nQ?\nNo gaps here.\n:::', /has no gaps/, FIRST],
    ['an empty gap', ':::blanks id=x\nQ?\nA [] gap.\n:::', /gap "\[\]" in blanks "x" has an empty answer/, FIRST + 2],
    ['an empty alternative', ':::blanks id=x\nQ?\nA [one||two] gap.\n:::', /has an empty answer/, FIRST + 2],
    ['no question text', ':::blanks id=x\nA [gap].\n:::', /has no question text/, FIRST],
  ];
  for (const [name, block, message, line] of bad) {
    it(`reports ${name} with file:line and a hint`, () => expectError(block, message, line));
  }
});
