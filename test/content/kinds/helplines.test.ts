import { expect } from '@open-wc/testing';
import { parseModule } from '../../../src/content/parse.js';
import { FIRST, expectError, read } from './helpers.js';

const stepHtml = (block: string) => {
  const { issues } = read(block);
  const source = ['---', 'id: test', 'title: Test', '---', '# Lesson', '## Step', ...block.split('\n')].join('\n');
  const { doc } = parseModule(source, 'test.md');
  return { html: doc!.lessons[0].steps.map((s) => s.html).join('\n'), issues };
};

describe(':::helplines', () => {
  it('becomes a <nw-helplines> element where it stands in the step, showing all services by default', () => {
    const { html, issues } = stepHtml('Who can help?\n\n:::helplines\n:::\n\nTell an adult too.');
    expect(issues).to.deep.equal([]);
    expect(html).to.match(/<p>Who can help\?<\/p>\s*<nw-helplines data-kind="all">\s*<\/nw-helplines>\s*<p>Tell an adult too\.<\/p>/);
  });

  it('takes kind=helpline or kind=hotline', () => {
    expect(stepHtml(':::helplines kind=hotline\n:::').html).to.contain('<nw-helplines data-kind="hotline">');
    expect(stepHtml(':::helplines kind=helpline\n:::').html).to.contain('<nw-helplines data-kind="helpline">');
  });

  it('rejects another kind, and warns about text inside it or other attributes', () => {
    expectError(':::helplines kind=police\n:::', /`kind` of `:::helplines` must be all, helpline, hotline, not "police"/, FIRST);
    expectError(':::helplines\nCall someone.\n:::', /holds no text/, FIRST + 1, 'warning');
    expectError(':::helplines country=CZ\n:::', /no attribute `country`/, FIRST, 'warning');
  });

  it('must be in a step', () => {
    const { issues } = parseModule(['---', 'id: t', 'title: T', '---', ':::helplines', ':::'].join('\n'), 'test.md');
    expect(issues.some((i) => i.severity === 'error' && /`:::helplines` block is in no step/.test(i.message) && i.line === 5)).to.equal(true);
  });

  it('counts as closed when the next block opens (an unclosed block is reported)', () => {
    const { issues } = read(':::helplines\n:::reflect id=r\nHow do you feel?\n:::');
    expect(issues.some((i) => /`:::helplines` block is never closed/.test(i.message))).to.equal(true);
  });
});
