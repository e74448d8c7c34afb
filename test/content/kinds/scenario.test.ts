import { expect } from '@open-wc/testing';
import type { ScenarioQuestion } from '../../../src/content/types.js';
import { FIRST, expectError, read, readClean } from './helpers.js';

export const FREE_SKINS = `
:::scenario id=skins weight=2
Someone sends you a message.

## start
"Want *free* skins? Send your login."
- Send your login -> hacked
  > Never share your login.
- Ask how it works → asked
- Block them -> safe

## asked
"Easy: I log in and add them."
- OK -> hacked
- No, block -> safe
- Ask again -> asked

## hacked end score=0
Your account is gone.

## safe end score=100
Well done.

## half end score=50
Unreachable but fine.
:::`;

describe(':::scenario', () => {
  it('reads nodes, choices with ids and feedback, endings and scores', () => {
    const { question, issues } = read(FREE_SKINS);
    expect(issues.map((i) => [i.severity, i.message])).to.deep.equal([['warning', 'No choice leads to node "half" of scenario "skins".']]);
    const q = question as ScenarioQuestion;
    expect(q.scored).to.equal(true);
    expect(q.weight).to.equal(2);
    expect(q.promptHtml).to.equal('<p>Someone sends you a message.</p>');
    expect(q.nodes.map((n) => n.id)).to.deep.equal(['start', 'asked', 'hacked', 'safe', 'half']);
    expect(q.nodes[0].html).to.equal('<p>&quot;Want <em>free</em> skins? Send your login.&quot;</p>');
    expect(q.nodes[0].choices).to.deep.equal([
      { id: 'start.a', html: 'Send your login', next: 'hacked', feedbackHtml: '<p>Never share your login.</p>' },
      { id: 'start.b', html: 'Ask how it works', next: 'asked' },
      { id: 'start.c', html: 'Block them', next: 'safe' },
    ]);
    expect(q.nodes.slice(2).map((n) => [n.ending, n.score, n.choices.length])).to.deep.equal([
      [true, 0, 0],
      [true, 1, 0],
      [true, 0.5, 0],
    ]);
  });

  it('is unscored with weight 0 when no ending has a score', () => {
    const q = readClean<ScenarioQuestion>(':::scenario id=x\nQ?\n## start\nText.\n- Go -> end\n## end end\nThe end.\n:::');
    expect(q.scored).to.equal(false);
    expect(q.weight).to.equal(0);
  });

  const head = ':::scenario id=x\nQ?\n';
  const bad: Array<[string, string, RegExp, number, ('error' | 'warning')?]> = [
    ['no nodes', `${head}:::`, /has no nodes/, FIRST],
    ['no ending', `${head}## a\nA.\n- go -> b\n## b\nB.\n- back -> a\n:::`, /has no ending/, FIRST],
    ['a choice leading nowhere', `${head}## a\nA.\n- go -> nowhere\n- ok -> b\n## b end\nB.\n:::`, /leads to "nowhere", which scenario "x" does not have/, FIRST + 4],
    ['a choice without a target', `${head}## a\nA.\n- go\n- ok -> b\n## b end\nB.\n:::`, /"go" in scenario "x" does not say where it leads/, FIRST + 4],
    ['a node with no choices', `${head}## a\nA.\n- ok -> b\n- on -> c\n## b end\nB.\n## c\nC.\n:::`, /"c" of scenario "x" has no choices and is not an ending/, FIRST + 8],
    ['an ending with choices', `${head}## a\nA.\n- ok -> b\n## b end\nB.\n- again -> a\n:::`, /Ending "b" of scenario "x" has choices/, FIRST + 5],
    ['a node with no text', `${head}## a\n- ok -> b\n## b end\nB.\n:::`, /Node "a" of scenario "x" has no text/, FIRST + 2],
    ['two nodes with one name', `${head}## a\nA.\n- ok -> b\n## b end\nB.\n## b end\nB2.\n:::`, /two nodes named "b"/, FIRST + 7],
    ['a score out of range', `${head}## a\nA.\n- ok -> b\n## b end score=150\nB.\n:::`, /score of ending "b" must be a number from 0 to 100/, FIRST + 5],
    ['a score on a non-ending', `${head}## a score=5\nA.\n- ok -> b\n## b end score=100\nB.\n:::`, /has a score but is not an ending/, FIRST + 2],
    ['an unknown word on a node', `${head}## a final\nA.\n- ok -> b\n## b end\nB.\n:::`, /Unknown word "final"/, FIRST + 2],
    ['a node name that is not an id', `${head}## 1st\nA.\n- ok -> b\n## b end\nB.\n:::`, /node name "1st"/, FIRST + 2],
    ['a loop with no way out', `${head}## a\nA.\n- ok -> b\n- loop -> c\n## b end\nB.\n## c\nC.\n- again -> c\n:::`, /From node "c" of scenario "x" no path reaches an ending/, FIRST + 8],
    ['text after the choices', `${head}## a\nA.\n- ok -> b\nMore.\n## b end\nB.\n:::`, /Text after the choices of node "a"/, FIRST + 5],
    ['a weight without scores', ':::scenario id=x weight=2\nQ?\n## a\nA.\n- ok -> b\n## b end\nB.\n:::', /has a weight but no ending has a score/, FIRST],
    ['an unreachable node (warning)', `${head}## a\nA.\n- ok -> b\n## b end\nB.\n## c end\nC.\n:::`, /No choice leads to node "c"/, FIRST + 7, 'warning'],
  ];
  for (const [name, block, message, line, severity] of bad) {
    it(`reports ${name} with file:line and a hint`, () => expectError(block, message, line, severity));
  }
});
