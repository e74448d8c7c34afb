import { expect } from '@open-wc/testing';
import { type ParseOptions, type ParseResult, parseModule } from '../../src/content/parse.js';
import type { ContentIssue } from '../../src/content/types.js';

/** Front matter with every catalogue field, so a strict parse of it has nothing to say. */
export const FULL_FRONT = `---
id: test-module
title: Test module
summary: A module for tests.
ages: 10-14
minutes: 20
digcomp: [4.2, 2.6]
objectives:
  - Spot a test
vocabulary:
  - term: Test
    definition: A check.
sources:
  - title: An authority
    url: https://example.org/advice
---`;

/** Front matter with only what a module needs to play. */
export const MIN_FRONT = '---\nid: test\ntitle: Test\n---';

/** A graded module body with one question, so "no questions" is not reported. */
export const ONE_QUESTION = '# Lesson\n:::truefalse id=tf answer=true\nTrue?\n:::';

/** Joins lines into a source (so tests can count lines: line N is `lines[N - 1]`). */
export const src = (...lines: string[]) => lines.join('\n');

/** Parses `source` as `test.md`. */
export const parse = (source: string, options?: ParseOptions): ParseResult => parseModule(source, 'test.md', options);

/** The issues of `result` whose message matches `message`. */
export const issuesLike = (result: ParseResult, message: RegExp) => result.issues.filter((i) => message.test(i.message));

/**
 * `source` gives exactly one issue like `message`, at `line` of test.md, with a hint, of the
 * given severity. Returns it.
 */
export function expectIssue(
  source: string,
  message: RegExp,
  line: number,
  severity: ContentIssue['severity'] = 'error',
  options?: ParseOptions,
): ContentIssue {
  const result = parse(source, options);
  const hits = issuesLike(result, message);
  expect(hits, `no single issue like ${message} in ${JSON.stringify(result.issues, null, 1)}`).to.have.length(1);
  const [hit] = hits;
  expect(hit.file).to.equal('test.md');
  expect(hit.line, hit.message).to.equal(line);
  expect(hit.severity, hit.message).to.equal(severity);
  expect(hit.hint, `a hint for "${hit.message}"`).to.be.a('string').and.not.equal('');
  return hit;
}

/** One block of every question kind, each valid, by kind. */
export const BLOCKS: Record<string, string> = {
  choice: ':::choice id=ch multiple\nPick the safe ones.\n- [x] Long passphrase\n  > Length wins.\n- [ ] Pet name\n- [x] Password manager\n:::',
  truefalse: ':::truefalse id=tf answer=false\nChange passwords monthly.\ntrue: Experts dropped that.\n:::',
  order: ':::order id=or\nPut in order.\n1. Do not reply\n2. Screenshot\n3. Block\n:::',
  match: ':::match id=ma\nMatch them.\n- Phishing = A fake message\n- Malware = Harmful software\nextra: A strong password\n:::',
  blanks: ':::blanks id=bl\nFill the gaps.\n\nUse [three|3] random words and [two-step login].\n:::',
  sort: ':::sort id=so\nSort them.\n## Phishing\n- Click within 24 hours!\n## Genuine\n- Your book is due Friday.\n:::',
  hotspot: ':::hotspot id=ho\nFind the trick.\n![A shop with a timer](shop.png)\n- [x] 60,5,30,10 Timer\n  > It rushes you.\n- [ ] 5,80,20,10 Help\n:::',
  screen: ':::hotspot id=sc\nFind the trick.\n<div><p data-hotspot="timer">00:59</p><p data-hotspot="help">Help</p></div>\n- [x] #timer Timer\n- [ ] #help Help\n:::',
  scenario: ':::scenario id=sn\nA stranger writes.\n## start\n"Send your login?"\n- Send it -> bad\n- Block them -> good\n## bad end score=0\nHacked.\n## good end score=100\nSafe.\n:::',
  reflect: ':::reflect id=re\nHow do you feel?\n:::',
  poll: ':::reflect id=po\nHow often do you play?\n- Daily\n- Weekly\n:::',
};

/** A module with every block above, each in its own step. */
export const EVERY_KIND = src(FULL_FRONT, '# Everything', ...Object.entries(BLOCKS).map(([kind, block]) => `## ${kind}\n${block}`));
