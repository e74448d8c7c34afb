import { expect } from '@open-wc/testing';
import { isValid } from '../../src/content/parse.js';
import { validateModuleDoc } from '../../src/content/validate.js';
import { BLOCKS, FULL_FRONT, MIN_FRONT, expectIssue, parse, src } from './source.js';

/** Lines 1–4 are MIN_FRONT: the body starts on line 5. */
const mod = (...body: string[]) => src(MIN_FRONT, ...body);
/** The issues that are not about the minimal front matter. */
const bodyIssues = (source: string) => parse(source).issues.filter((i) => i.line > 4);
const tf = (id: string) => [`:::truefalse id=${id} answer=true`, `${id}?`, ':::'];
const steps = (source: string) => parse(source).doc!.lessons.flatMap((l) => l.steps.map((s) => [s.id, s.question?.id ?? null]));

describe(':::pool', () => {
  it('holds the questions of the steps between `:::pool` and `:::pool-end`', () => {
    const source = mod(
      '# Phishing',
      'Some messages are fakes.',
      ':::pool id=phish draw=2',
      '## Message one',
      'Read it.',
      ...tf('m1'),
      '## Message two',
      ...tf('m2'),
      '## Message three',
      ...tf('m3'),
      ':::pool-end',
      '## Afterwards',
      ...tf('after'),
    );
    expect(bodyIssues(source)).to.deep.equal([]);
    const { doc } = parse(source);
    expect(doc!.pools).to.deep.equal([{ id: 'phish', draw: 2, questions: ['m1', 'm2', 'm3'] }]);
    expect(steps(source)).to.deep.equal([
      ['phishing.intro', null],
      ['phishing.message-one', 'm1'],
      ['phishing.message-two', 'm2'],
      ['phishing.message-three', 'm3'],
      ['phishing.afterwards', 'after'],
    ]);
    expect(doc!.lessons[0].steps[1].html).to.equal('<p>Read it.</p>');
    expect(validateModuleDoc(JSON.parse(JSON.stringify(doc)))).to.deep.equal([]);
  });

  it('gives each question its own step without headings, and leaves the text before the pool on its own', () => {
    const source = mod('# L', '## Spot the fake', 'Read each message.', ':::pool id=p draw=1', ...tf('a'), ...tf('b'), ':::pool-end');
    expect(bodyIssues(source)).to.deep.equal([]);
    expect(steps(source)).to.deep.equal([
      ['l.spot-the-fake', null],
      ['l.spot-the-fake-a', 'a'],
      ['l.spot-the-fake-b', 'b'],
    ]);
    expect(parse(source).doc!.pools).to.deep.equal([{ id: 'p', draw: 1, questions: ['a', 'b'] }]);
  });

  it('puts the first question in an empty step opened just before the pool', () => {
    const source = mod('# L', '## Checks', ':::pool id=p draw=1', ...tf('a'), ...tf('b'), ':::pool-end');
    expect(bodyIssues(source)).to.deep.equal([]);
    expect(steps(source)).to.deep.equal([
      ['l.checks', 'a'],
      ['l.checks-b', 'b'],
    ]);
  });

  it('does not take a question asked before the pool in the same step', () => {
    const source = mod('# L', '## Warm-up', ...tf('first'), ':::pool id=p draw=1', ...tf('a'), ...tf('b'), ':::pool-end');
    expect(bodyIssues(source)).to.deep.equal([]);
    expect(parse(source).doc!.pools).to.deep.equal([{ id: 'p', draw: 1, questions: ['a', 'b'] }]);
    expect(steps(source).map(([, q]) => q)).to.deep.equal(['first', 'a', 'b']);
  });

  it('reads every question kind inside a pool, headings and all', () => {
    const kinds = Object.entries(BLOCKS);
    const source = mod('# L', `:::pool id=all draw=3`, ...kinds.map(([kind, block]) => `## ${kind}\n${block}`), ':::pool-end');
    expect(bodyIssues(source)).to.deep.equal([]);
    const { doc } = parse(source);
    expect(doc!.pools![0].questions).to.deep.equal(['ch', 'tf', 'or', 'ma', 'bl', 'so', 'ho', 'sc', 'sn', 're', 'po']);
    expect(validateModuleDoc(JSON.parse(JSON.stringify(doc)))).to.deep.equal([]);
  });

  it('allows several pools, in one lesson or in different lessons; questions outside stay unpooled', () => {
    const source = mod(
      '# One',
      ':::pool id=p1 draw=1', ...tf('a'), ...tf('b'), ':::pool-end',
      '## Free', ...tf('free'),
      '## Second pool', 'Next set.',
      ':::pool id=p2 draw=1', ...tf('c'), ...tf('d'), ':::pool-end',
      '# Two',
      ':::pool id=p3 draw=2', ...tf('e'), ...tf('f'), ...tf('g'), ':::pool-end',
    );
    expect(bodyIssues(source)).to.deep.equal([]);
    expect(parse(source).doc!.pools).to.deep.equal([
      { id: 'p1', draw: 1, questions: ['a', 'b'] },
      { id: 'p2', draw: 1, questions: ['c', 'd'] },
      { id: 'p3', draw: 2, questions: ['e', 'f', 'g'] },
    ]);
  });

  it('leaves `pools` out of a module without pools', () => {
    expect(parse(mod('# L', ...tf('a'))).doc).not.to.have.property('pools');
  });

  it('treats `:::pool` lines in a code sample as text', () => {
    const source = mod('# L', '## How to', '```md', ':::pool id=x draw=1', ':::pool-end', '```', ...tf('a'));
    expect(bodyIssues(source)).to.deep.equal([]);
    expect(parse(source).doc).not.to.have.property('pools');
  });

  describe('problems, each with file:line and a hint', () => {
    const pool = (open: string, ...inside: string[]) => mod('# L', open, ...inside, ':::pool-end');
    it('no draw', () => expectIssue(pool(':::pool id=p', ...tf('a'), ...tf('b')), /The pool "p" has no `draw`/, 6));
    for (const draw of ['two', '1.5', '0', '-1']) {
      it(`draw=${draw}`, () => expectIssue(pool(`:::pool id=p draw=${draw}`, ...tf('a'), ...tf('b')), /`draw` of the pool "p" must be a whole number of at least 1/, 6));
    }
    it('drawing more questions than the pool holds', () => {
      const hit = expectIssue(pool(':::pool id=p draw=3', ...tf('a'), ...tf('b')), /The pool "p" draws 3 questions but holds only 2/, 6);
      expect(hit.hint).to.contain('at most 2');
    });
    it('drawing every question (a warning)', () => expectIssue(pool(':::pool id=p draw=2', ...tf('a'), ...tf('b')), /draws all of its 2 questions/, 6, 'warning'));
    it('an empty pool', () => expectIssue(pool(':::pool id=p draw=1', '## Only text', 'Text.'), /The pool "p" has no questions/, 6));
    it('a step with no question inside a pool (a warning: it is always shown)', () => {
      expectIssue(pool(':::pool id=p draw=1', '## Read', 'Text.', '## Q1', ...tf('a'), '## Q2', ...tf('b')), /The step "Read" in the pool "p" has no question/, 7, 'warning');
    });
    it('a pool never closed, at the end of the file', () => {
      const source = mod('# L', ':::pool id=p draw=1', ...tf('a'), ...tf('b'));
      expectIssue(source, /The pool "p" is never closed/, 6);
      expect(parse(source).doc!.pools).to.deep.equal([{ id: 'p', draw: 1, questions: ['a', 'b'] }]);
    });
    it('a pool never closed before the next lesson: it ends there', () => {
      const source = mod('# L', ':::pool id=p draw=1', ...tf('a'), ...tf('b'), '# M', ...tf('c'));
      const hit = expectIssue(source, /The pool "p" is never closed/, 6);
      expect(hit.hint).to.contain('line 13');
      expect(parse(source).doc!.pools![0].questions).to.deep.equal(['a', 'b']);
    });
    it('a pool inside a pool (a question in two pools)', () => {
      const source = mod('# L', ':::pool id=p draw=1', ...tf('a'), ':::pool id=q draw=1', ...tf('b'), ':::pool-end');
      expectIssue(source, /A pool inside the pool "p" \(line 6\): a question can be in one pool only/, 10);
      expect(parse(source).doc!.pools).to.deep.equal([{ id: 'p', draw: 1, questions: ['a', 'b'] }]);
    });
    it('`:::pool-end` with no pool open', () => expectIssue(mod('# L', ...tf('a'), ':::pool-end'), /`:::pool-end` with no pool open/, 9));
    it('a pool with no id', () => expectIssue(pool(':::pool draw=1', ...tf('a'), ...tf('b')), /The pool has no id/, 6));
    it('a pool id that is not an id', () => expectIssue(pool(':::pool id=9lives draw=1', ...tf('a'), ...tf('b')), /The pool id "9lives" may only hold/, 6));
    it('a pool id used for a question too', () => expectIssue(pool(':::pool id=a draw=1', ...tf('a'), ...tf('b')), /The question id "a" is already used on line 6/, 7));
    it('a pool outside any lesson', () => expectIssue(mod(':::pool id=p draw=1', ':::pool-end', '# L', ...tf('a')), /The pool is outside any lesson/, 5));
    it('text right after `:::pool-end`, before a new step heading', () => {
      expectIssue(mod('# L', ':::pool id=p draw=1', ...tf('a'), ...tf('b'), ':::pool-end', '', 'Well done.', '## Next', 'Text.'), /Text after `:::pool-end` is in no step/, 15);
    });
    it('a question right after `:::pool-end`, before a new step heading', () => {
      expectIssue(mod('# L', ':::pool id=p draw=1', ...tf('a'), ...tf('b'), ':::pool-end', ...tf('c')), /`:::truefalse` block after `:::pool-end` is in no step/, 14);
    });
    it('a stray `:::` inside a pool: the hint names `:::pool-end`', () => {
      const hit = expectIssue(mod('# L', ':::pool id=p draw=1', ...tf('a'), ...tf('b'), ':::'), /closing `:::` with no block open/, 13);
      expect(hit.hint).to.contain(':::pool-end');
    });
    it('a question left open at `:::pool-end`: reported, and the pool still ends there', () => {
      const source = mod('# L', ':::pool id=p draw=1', ...tf('a'), ':::truefalse id=b answer=true', 'b?', ':::pool-end', '## After', ...tf('c'));
      expectIssue(source, /`:::truefalse` block is never closed/, 10);
      const { doc } = parse(source);
      expect(doc!.pools).to.deep.equal([{ id: 'p', draw: 1, questions: ['a', 'b'] }]);
      expect(bodyIssues(source).filter((i) => i.severity === 'error')).to.have.length(1);
    });
    it('a module with pool errors is not valid', () => {
      expect(isValid(parse(pool(':::pool id=p draw=5', ...tf('a'))))).to.equal(false);
    });
  });
});

describe('the README example of a pool', () => {
  it('parses with no problem into the pool it describes', async () => {
    const readme = await (await fetch('/README.md')).text();
    const example = /### Question pools[\s\S]*?```md\n([\s\S]*?)```/.exec(readme)![1];
    const source = src(FULL_FRONT, '# Messages', example);
    const { doc, issues } = parse(source, { strict: true });
    expect(issues).to.deep.equal([]);
    expect(doc!.pools).to.deep.equal([{ id: 'phishing-checks', draw: 2, questions: ['parcel-fee', 'bank-password', 'prize'] }]);
    expect(doc!.lessons[0].steps.map((s) => s.title)).to.deep.equal(['Spot the fake', 'Message one', 'Message two', 'Message three', 'What to do next']);
  });
});
