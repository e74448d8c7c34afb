import { expect } from '@open-wc/testing';
import type { Question, Response } from '../../src/content/types.js';
import { describeResponse } from '../../src/elements/describe-response.js';
import { translationFor } from '../../src/i18n/index.js';
import { blanks, hotspot, match, multiple, order, reflectPoll, reflectText, scenario, single, sort, truefalse } from '../machines/kinds.js';

const t = translationFor('en');

describe('describeResponse (the summary review in words)', () => {
  const cases: Array<[string, Question, Response | undefined, string]> = [
    ['nothing answered', single, undefined, 'Not answered'],
    ['one option', single, ['b'], 'kettle'],
    ['several options, in the authored order', multiple, ['b', 'a'], 'manager; two-step'],
    ['true or false', truefalse, false, 'False'],
    ['an order', order, ['b', 'a', 'd', 'c'], 'Screenshot → Stop → Tell an adult → Block'],
    ['pairs', match, { p1: 't1', p2: 't3', p3: 't1' }, 'BY → Credit; NC → Decoy; Attribution → Credit'],
    ['cards by group', sort, { c1: 'phish', c2: 'phish', c3: 'real', c4: 'real' }, 'Phishing: Urgent!, Newsletter; Genuine: Prize, Receipt'],
    ['typed gaps, an empty one shown as …', blanks, ['phishing ', ''], 'phishing · …'],
    ['marked regions by their names', hotspot, ['r3', 'r1'], 'Timer; Logo'],
    ['a story path with its ending', scenario, ['start.b', 'mid.a'], 'Reply → Stop → Fine'],
    ['a poll', reflectPoll, { choice: 'o2' }, 'No'],
    ['a reflection', reflectText, { text: 'I feel fine' }, 'I feel fine'],
  ];
  for (const [name, question, response, words] of cases) {
    it(`describes ${name}`, () => expect(describeResponse(question, response, t)).to.equal(words));
  }

  it('escapes what the student typed, so it always shows as text', () => {
    expect(describeResponse(reflectText, { text: '<img src=x onerror=alert(1)>' }, t)).to.equal('&lt;img src=x onerror=alert(1)&gt;');
    expect(describeResponse(blanks, ['<b>x</b>', 'y'], t)).to.equal('&lt;b&gt;x&lt;/b&gt; · y');
  });

  it('says "not answered" for a malformed response instead of showing raw data', () => {
    expect(describeResponse(order, { not: 'a list' } as never, t)).to.equal('Not answered');
    expect(describeResponse(match, ['t1'] as never, t)).to.equal('Not answered');
  });
});
