import { expect } from '@open-wc/testing';
import { parseModule } from '../../../src/content/parse.js';
import type { ContentIssue, Question } from '../../../src/content/types.js';

const FRONT = ['---', 'id: test', 'title: Test', '---', '# Lesson', '## Step'];
/** Lines before the block in the test file: the block's opening line is line FIRST. */
export const FIRST = FRONT.length + 1;

/** Parses one block (the lines given) inside a minimal module. */
export function read(block: string): { question: Question | undefined; issues: ContentIssue[]; errors: ContentIssue[] } {
  const source = [...FRONT, ...block.replace(/^\n/, '').split('\n')].join('\n');
  const { doc, issues } = parseModule(source, 'test.md');
  const question = doc?.lessons.flatMap((l) => l.steps).find((s) => s.question)?.question;
  // Front-matter warnings (a minimal module) are not the block's.
  const own = issues.filter((i) => i.line >= FIRST);
  return { question, issues: own, errors: own.filter((i) => i.severity === 'error') };
}

/** The block reads with no problem at all; returns its question. */
export function readClean<Q extends Question>(block: string): Q {
  const { question, issues } = read(block);
  expect(issues, JSON.stringify(issues, null, 1)).to.deep.equal([]);
  return question as Q;
}

/** The block gives exactly one error, at `line`, whose message matches `message` and which has a hint. */
export function expectError(block: string, message: RegExp, line: number, severity: ContentIssue['severity'] = 'error'): void {
  const { issues } = read(block);
  const hits = issues.filter((i) => message.test(i.message));
  expect(hits, `no issue like ${message} in ${JSON.stringify(issues, null, 1)}`).to.have.length(1);
  expect(hits[0].severity).to.equal(severity);
  expect(hits[0].line).to.equal(line);
  expect(hits[0].file).to.equal('test.md');
  expect(hits[0].hint, 'a hint').to.be.a('string').and.not.equal('');
}
