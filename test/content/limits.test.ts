/**
 * Hostile sources: deep nesting, huge inputs and text built to make the Markdown renderer slow are
 * refused (or read) in time that grows in step with their length, with a `file:line` error instead of
 * an exception. Timings are compared with a normal module parsed in the same run, never with a clock.
 */
import { expect } from '@open-wc/testing';
import { MAX_NESTING, MAX_SOURCE_LENGTH, parseModule } from '../../src/content/parse.js';

const FRONT = '---\nid: big\ntitle: Big\n---\n';
const MB = 1_000_000;
/** `unit` repeated to `size` characters. */
const fill = (unit: string, size = MB) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
/**
 * How many times slower per character than a normal module a hostile source may be. A quadratic
 * case is over a thousand times slower at this size; the heaviest linear ones (dense emphasis marks
 * in every paragraph, which the renderer reads slowly) are up to about ten times.
 */
const BUDGET = 25;

const ADVERSARIAL: Record<string, string> = {
  'nested quotes (one line)': `${FRONT}# L\n\n${fill('>')}`,
  'nested list markers, then a paragraph': `${FRONT}# L\n\n${fill('- ', MB - 20)}\n\nparagraph\n`,
  'nested ordered lists': `${FRONT}# L\n\n${fill('1. ')}`,
  'lists nested by indentation': `${FRONT}# L\n\n${fill(`x\n${' '.repeat(120)}- a\n`)}`,
  'one paragraph of emphasis marks': `${FRONT}# L\n\n${fill('_a')}`,
  'paragraphs just under the mark limit (_)': `${FRONT}# L\n\n${fill(`${'_a'.repeat(30)}\n\n`)}`,
  'paragraphs just under the mark limit (**)': `${FRONT}# L\n\n${fill(`${'**a'.repeat(20)}\n\n`)}`,
  'paragraphs just under the mark limit (~ and <)': `${FRONT}# L\n\n${fill(`${'~a<b'.repeat(15)}\n\n`)}`,
  'list items of emphasis marks': `${FRONT}# L\n\n${fill(`- ${'_a'.repeat(30)}\n`)}`,
  'brackets and backticks': `${FRONT}# L\n\n${fill('[`')}`,
  'a heading with a long blank run': `${FRONT}# a${' '.repeat(MB)}b\n`,
  'a heading id after a long blank run': `${FRONT}# L\n## a${' '.repeat(MB)}{#x}b\ntext\n`,
  'a choice option with a long blank run': `${FRONT}# L\n## S\n:::choice id=q\nQ?\n- [x] a${' '.repeat(MB)}b\n- [ ] c\n:::\n`,
  'a match pair with a long blank run': `${FRONT}# L\n## S\n:::match id=q\nQ\n- a${' '.repeat(MB)}= b\n- c = d\n:::\n`,
  'a sort group with a long blank run': `${FRONT}# L\n## S\n:::sort id=q\nQ\n## G${' '.repeat(MB)}x\n- a\n## H\n- b\n:::\n`,
  'a scenario choice with a long blank run': `${FRONT}# L\n## S\n:::scenario id=q\nQ\n## start\n- a${' '.repeat(MB)}-> end\n## end end\nDone.\n:::\n`,
  'block attributes': `${FRONT}# L\n## S\n:::choice ${fill('id=a ')}\nQ?\n- [x] a\n- [ ] b\n:::\n`,
  'many question blocks': `${FRONT}# L\n${fill('## S\n:::truefalse id=q answer=true\nT?\n:::\n')}`,
  'nested HTML': `${FRONT}# L\n\n${fill('<div>')}`,
  'code fences': `${FRONT}# L\n\n${fill('```\n')}`,
  'a long front matter value': `---\nid: x\ntitle: ${fill('a ')}\n---\n# L\ntext\n`,
  'deep YAML nesting': `---\nid: x\ntitle: ${fill('[\n\n', 40_000)}\n---\n# L\ntext\n`,
  'deep YAML maps': `---\nid: x\ntitle: ${fill('{a: ', 40_000)}\n---\n# L\ntext\n`,
  'a huge front matter': `---\nid: x\ntitle: ${fill('- ')}\n---\n# L\ntext\n`,
};

describe('parse limits', () => {
  let perChar = 0;

  before(async () => {
    const normal = await (await fetch('/modules/passwords/en.md')).text();
    for (let i = 0; i < 3; i++) parseModule(normal, 'passwords/en.md'); // warm up
    const runs: number[] = [];
    for (let i = 0; i < 5; i++) {
      const t = performance.now();
      parseModule(normal, 'passwords/en.md');
      runs.push(performance.now() - t);
    }
    perChar = runs.sort((a, b) => a - b)[2] / normal.length;
  });

  it('refuses 10,000 nested block quotes (10 kB) with a file:line error, without throwing', () => {
    const { doc, issues } = parseModule(`${FRONT}# Lesson\n\n${'>'.repeat(10_000)} x\n`, 'deep/en.md');
    expect(doc).to.equal(null);
    expect(issues[0]).to.include({ severity: 'error', file: 'deep/en.md', line: 7 });
    expect(issues[0].message).to.contain(`more than ${MAX_NESTING} levels`);
  });

  it('refuses 10,000 nested list markers followed by a paragraph (20 kB), and deep ordered lists', () => {
    for (const marker of ['- ', '1. ', '* ', '1) ']) {
      const { doc, issues } = parseModule(`${FRONT}# Lesson\n\n${marker.repeat(10_000)}\n\nA paragraph.\n`, 'deep/en.md');
      expect(doc, marker).to.equal(null);
      expect(issues.length, marker).to.be.above(0);
      expect(issues.every((i) => i.line === 7 && i.severity === 'error'), marker).to.equal(true);
    }
  });

  it('keeps ordinary nesting and code samples: a list five deep and deep indentation inside a fence', () => {
    const list = [0, 1, 2, 3, 4].map((d) => `${'  '.repeat(d)}- level ${d + 1}`).join('\n');
    const fence = `\`\`\`\n${' '.repeat(200)}deep code\n\`\`\``;
    const { doc, issues } = parseModule(`${FRONT}# L\n\n${list}\n\n> > > quoted\n\n${fence}\n`, 'ok/en.md');
    expect(issues.filter((i) => i.severity === 'error')).to.deep.equal([]);
    expect(doc!.lessons[0].steps[0].html).to.contain('level 5');
  });

  it('refuses a source longer than the limit before reading it', () => {
    const { doc, issues } = parseModule(`${FRONT}# L\n\n${fill('word ', MAX_SOURCE_LENGTH + 10)}`, 'huge/en.md');
    expect(doc).to.equal(null);
    expect(issues).to.have.length(1);
    expect(issues[0]).to.include({ line: 1, severity: 'error' });
    expect(issues[0].message).to.contain('too long');
  });

  it('refuses one paragraph holding thousands of emphasis marks, naming its first line', () => {
    const { doc, issues } = parseModule(`${FRONT}# L\n\nFine.\n\n${'**a'.repeat(5000)}\n`, 'marks/en.md');
    expect(doc).to.equal(null);
    expect(issues[0].line).to.equal(9);
    expect(issues[0].message).to.contain('formatting marks');
  });

  for (const [name, source] of Object.entries(ADVERSARIAL)) {
    it(`reads 1 MB of ${name} in linear time, without throwing`, () => {
      const t = performance.now();
      const result = parseModule(source, 'hostile/en.md');
      const took = performance.now() - t;
      const budget = BUDGET * perChar * source.length;
      expect(took, `${Math.round(took)} ms against a budget of ${Math.round(budget)} ms`).to.be.below(budget);
      for (const issue of result.issues) {
        expect(issue.file).to.equal('hostile/en.md');
        expect(issue.line).to.be.a('number').and.to.be.at.least(1);
      }
    });
  }
});
