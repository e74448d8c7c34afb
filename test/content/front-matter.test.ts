/**
 * The front matter reader: every construct the module format documents reads as YAML 1.2 reads it
 * (checked against the `yaml` library, a dev dependency kept for this test only), and what it refuses
 * comes back as one error with the line of the file and a hint.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { parse as yamlParse } from 'yaml';
import { readFrontMatterLines } from '../../src/content/front-matter.js';
import { ONE_QUESTION, expectIssue, src } from './source.js';

/** Reads `lines` as front matter starting on line 2 of the file (after `---`). */
const read = (...lines: string[]) => readFrontMatterLines(lines, 2);
/** Plain objects and arrays, for comparing with deep equality whatever their prototypes. */
const plain = (v: unknown): unknown => JSON.parse(JSON.stringify(v, (_, x) => (typeof x === 'number' && !Number.isFinite(x) ? String(x) : x)));

/** Each documented construct, with the value it must give. */
const READS: Array<[string, string[], unknown]> = [
  ['plain text, numbers, true/false and null', ['title: Lock it down', 'minutes: 35', 'passMark: 70.5', 'teacherLed: true', 'solutions: False', 'summary:', 'lang: ~'],
    { title: 'Lock it down', minutes: 35, passMark: 70.5, teacherLed: true, solutions: false, summary: null, lang: null }],
  ['text that only looks like a number stays text', ['ages: 10-14', 'older: 13+', 'version: 1.2.3', 'digcomp: 4.10'], { ages: '10-14', older: '13+', version: '1.2.3', digcomp: 4.1 }],
  ['the core schema\'s other numbers', ['a: 0x1F', 'b: 0o17', 'c: 1e3', 'd: -2', 'e: +4', 'f: .inf', 'g: .nan'], { a: 31, b: 15, c: 1000, d: -2, e: 4, f: 'Infinity', g: 'NaN' }],
  ['words YAML 1.1 read as booleans stay text', ['a: yes', 'b: no', 'c: on'], { a: 'yes', b: 'no', c: 'on' }],
  ['comments on their own lines and after values', ['# the module', 'id: x # stable', '', '  # indented comment', 'title: "A #1 title" # after quotes', 'tag: a#b'], { id: 'x', title: 'A #1 title', tag: 'a#b' }],
  ['a URL (a colon without a space)', ['url: https://example.org/a?b=c#frag'], { url: 'https://example.org/a?b=c#frag' }],
  ['double quotes with escapes', ['a: "say \\"hi\\"\\tnow\\n\\u00e9\\x41\\U0001F600 \\\\ end"'], { a: 'say "hi"\tnow\né\u0041😀 \\ end' }],
  ['single quotes with a doubled quote', ["a: 'it''s: fine'"], { a: "it's: fine" }],
  ['quoted text over several lines (a blank line is a line break)', ['a: "one', '  two', '', '  three"', "b: 'x", "  y'"], { a: 'one two\nthree', b: 'x y' }],
  ['an escaped line break joins lines', ['a: "multi\\', '  joined"'], { a: 'multijoined' }],
  ['plain text over several lines', ['summary: A long', '  summary that wraps', '', '  and a new paragraph', 'id: x'], { summary: 'A long summary that wraps\nand a new paragraph', id: 'x' }],
  ['a literal block and its chomping', ['a: |', '  line 1', '    kept indent', '', '  line 4', 'b: |-', '  no break', 'c: |+', '  all breaks', '', 'd: x'],
    { a: 'line 1\n  kept indent\n\nline 4\n', b: 'no break', c: 'all breaks\n\n', d: 'x' }],
  ['a folded block', ['a: >', '  folded', '  text', '', '  new para', '    indented', '  back', 'b: >-', '  one', '  line'], { a: 'folded text\nnew para\n  indented\nback\n', b: 'one line' }],
  ['flow lists and maps on one line', ['digcomp: [4.1, "4.2", \'x\', true, null, ]', 'empty: []', 'none: {}', 'band: { min: 0, max: 49, feedback: "Have *another* look." }', 'nested: {a: [1, {b: c}]}'],
    { digcomp: [4.1, '4.2', 'x', true, null], empty: [], none: {}, band: { min: 0, max: 49, feedback: 'Have *another* look.' }, nested: { a: [1, { b: 'c' }] } }],
  ['flow collections over several lines, with comments', ['related: [get-help, # one', '  footprint,', '  two words]', 'band: { min: 0,', '  feedback: a', '    b }'],
    { related: ['get-help', 'footprint', 'two words'], band: { min: 0, feedback: 'a b' } }],
  ['a URL in a flow map', ['s: {title: NCSC, url: https://www.ncsc.gov.uk/}'], { s: { title: 'NCSC', url: 'https://www.ncsc.gov.uk/' } }],
  ['block lists, indented or at the key\'s own indentation', ['objectives:', '  - One', '  -   Two', 'related:', '- a', '- b', 'id: x'], { objectives: ['One', 'Two'], related: ['a', 'b'], id: 'x' }],
  ['list items that wrap', ['objectives:', '  - A long objective', '    that wraps'], { objectives: ['A long objective that wraps'] }],
  ['lists of maps', ['sources:', '  - title: NCSC – Three random words', '    url: https://www.ncsc.gov.uk/', '  -', '    title: B', '    url: https://b.org', '  - { title: C, url: "https://c.org" }'],
    { sources: [{ title: 'NCSC – Three random words', url: 'https://www.ncsc.gov.uk/' }, { title: 'B', url: 'https://b.org' }, { title: 'C', url: 'https://c.org' }] }],
  ['lists in lists and empty items', ['a:', '  - - x', '    - y', '  -', '  - z'], { a: [['x', 'y'], null, 'z'] }],
  ['nested maps, with keys that have spaces or quotes', ['vocabulary:', '  Digital Services Act (DSA): An EU law.', '  "Wi-Fi: public": Open networks.', "  'Spam': Junk.", 'deep:', '  a:', '    b: 1'],
    { vocabulary: { 'Digital Services Act (DSA)': 'An EU law.', 'Wi-Fi: public': 'Open networks.', Spam: 'Junk.' }, deep: { a: { b: 1 } } }],
  ['front matter with nothing in it', ['', '# only a comment'], null],
  ['front matter that is a list', ['- id: x', '- title: X'], [{ id: 'x' }, { title: 'X' }]],
];

describe('front matter reader', () => {
  for (const [what, lines, value] of READS) {
    it(`reads ${what}, as YAML does`, () => {
      const { value: got, errors } = read(...lines);
      expect(errors).to.deep.equal([]);
      expect(plain(got)).to.deep.equal(value);
      expect(plain(got)).to.deep.equal(plain(yamlParse(lines.join('\n'))));
    });
  }

  it('keeps `__proto__` an ordinary key (no prototype is reached)', () => {
    const { value } = read('__proto__: {id: y}', 'constructor: 1');
    const map = value as Record<string, unknown>;
    expect(Object.keys(map)).to.deep.equal(['__proto__', 'constructor']);
    expect(({} as Record<string, unknown>).id).to.equal(undefined);
  });

  /** What is refused: the source lines, the line of the error in the file, and the message. */
  const REFUSES: Array<[string, string[], number, RegExp]> = [
    ['an anchor', ['id: x', 'a: &name [1]'], 3, /cannot be read: anchors/],
    ['an alias', ['a: [1]', 'b: *a'], 3, /cannot be read: aliases/],
    ['an alias inside brackets', ['b: [1, *a]'], 2, /cannot be read: aliases/],
    ['a tag', ['id: !!binary aGk='], 2, /cannot be read: tags/],
    ['a directive', ['%YAML 1.2', 'id: x'], 2, /cannot be read: directives/],
    ['a complex key', ['? complex', ': x'], 2, /cannot be read: complex keys/],
    ['a colon and a space in plain text', ['id: x', 'summary: Passwords: the basics'], 3, /not valid YAML: a value contains ": "/],
    ['a repeated key, naming the first', ['title: X', 'id: x', 'title: Y'], 4, /not valid YAML: the key "title" appears twice \(first on line 2\)/],
    ['a repeated key in a flow map', ['b: {min: 1, min: 2}'], 2, /not valid YAML: the key "min" appears twice/],
    ['a tab in indentation', ['objectives:', '\t- One'], 3, /not valid YAML: a tab indents this line/],
    ['an unclosed `[`, on its line', ['id: x', 'digcomp: [4.1, 4.2', 'title: X'], 3, /not valid YAML: a `\[` is never closed/],
    ['an unclosed `{`', ['b: {min: 1'], 2, /not valid YAML: a `\{` is never closed/],
    ['an unclosed quote, on its line', ['id: x', 'title: "Lock it', 'ages: 10'], 3, /not valid YAML: a double quote is never closed/],
    ['an unknown escape', ['a: "C:\\Users"'], 2, /not valid YAML: `\\U` needs 8 hex digits/],
    ['text after a quoted value', ['title: "Lock" it'], 2, /not valid YAML: unexpected text after the value: "it"/],
    ['a line indented too far', ['sources:', '  - title: A', '     url: https://a.org'], 4, /not valid YAML/],
    ['a list item among fields', ['id: x', 'title: X', '  - stray', 'ages: 1'], 4, /not valid YAML/],
    ['a field where a list item was expected', ['objectives:', '  - One', '  two: 2'], 4, /not valid YAML/],
    ['a block with an indentation number', ['a: |2', '  x'], 2, /not valid YAML: a `\|` or `>` block takes only `-` or `\+`/],
    ['a value starting with `@`', ['a: @x'], 2, /not valid YAML: a value cannot start with `@`/],
    ['a pair inside `[…]`', ['a: [x: 1]'], 2, /not valid YAML: a `key: value` pair inside/],
    ['lists nested too deeply', ['a:', ...Array.from({ length: 30 }, (_, i) => `${'  '.repeat(i + 1)}-`)], 18, /nest more than 15 levels/],
  ];
  for (const [what, lines, line, message] of REFUSES) {
    it(`refuses ${what}, with its line and a hint`, () => {
      const { value, errors } = readFrontMatterLines(lines, 2, what.includes('deeply') ? 15 : 20);
      expect(errors).to.have.length(1);
      expect(errors[0].message).to.match(message);
      expect(errors[0].line).to.equal(line);
      expect(errors[0].hint).to.be.a('string').and.not.equal('');
      expect(value).to.deep.equal({});
    });
  }

  it('reports every broken top-level field, each on its line, and reads on after each', () => {
    const { errors } = read('id: x', 'summary: Passwords: the basics', 'title: "Lock', 'ages: 10-14', 'digcomp: [4.1', 'minutes: 30', 'id: y', 'stray line', 'objectives:', '  - &a One');
    expect(errors.map((e) => [e.line, e.message.replace(/^Front matter (?:is not valid YAML|cannot be read): /, '')])).to.deep.equal([
      [3, 'a value contains ": " (a colon and a space).'],
      [4, 'a double quote is never closed.'],
      [6, 'a `[` is never closed.'],
      [8, 'the key "id" appears twice (first on line 2).'],
      [9, 'this line is not `key: value`.'],
      [11, 'anchors (`&name`) are not part of the module format.'],
    ]);
  });

  it('stops at 20 problems', () => {
    expect(read(...Array.from({ length: 50 }, (_, i) => `k${i}: a: b`)).errors).to.have.length(20);
  });

  it('reports the error in a module with the file\'s line, and id/title as missing', () => {
    expectIssue(src('---', 'id: x', 'title: X', 'related: &r [a]', '---', ONE_QUESTION), /Front matter cannot be read: anchors/, 4);
  });

  it('reads the longest front matter allowed (100,000 characters) quickly, however it is written', () => {
    const inputs = [
      Array.from({ length: 2800 }, (_, i) => `k${i}: [a, "b c", {d: e}]  # note`),
      ['a: "never closed', ...Array.from({ length: 5000 }, () => '  more text here')],
      ['a: [', ...Array.from({ length: 5000 }, () => '  x, "y", {z: w},')],
      ['a:', ...Array.from({ length: 5000 }, () => '  - item: x')],
    ];
    for (const lines of inputs) {
      const t = performance.now();
      read(...lines);
      expect(performance.now() - t).to.be.below(1000);
    }
  });

  describe('random front matter in the documented subset, written every way it allows, reads as YAML does', () => {
    const key = fc.stringMatching(/^[a-z][a-z0-9_]{0,8}$/);
    const word = fc.stringMatching(/^[A-Za-z0-9._+][A-Za-z0-9._+-]{0,7}$/);
    const plainText = fc.array(word, { minLength: 1, maxLength: 4 }).map((w) => w.join(' '));
    type Scalar = { plain: string } | { text: string };
    const scalar: fc.Arbitrary<Scalar> = fc.oneof(
      plainText.map((plain) => ({ plain })),
      fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean(), fc.constant(null)).map((v) => ({ plain: String(v) })),
      fc.string({ maxLength: 20 }).map((text) => ({ text })),
    );
    type Value = Scalar | { list: Value[] } | { map: Array<[string, Value]> };
    const { value } = fc.letrec<{ value: Value }>((tie) => ({
      value: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        scalar,
        fc.array(tie('value'), { maxLength: 4 }).map((list) => ({ list })),
        fc.uniqueArray(fc.tuple(key, tie('value')), { selector: ([k]) => k, maxLength: 4 }).map((map) => ({ map })),
      ),
    }));
    const style = fc.record({ flow: fc.boolean(), quote: fc.constantFrom('"', "'"), listIndent: fc.constantFrom(0, 2), comment: fc.boolean() });
    type Style = { flow: boolean; quote: string; listIndent: number; comment: boolean };

    const quoted = (text: string, q: string) => (q === '"' ? JSON.stringify(text) : `'${text.replace(/'/g, "''")}'`);
    const inline = (v: Scalar, st: Style) => ('plain' in v ? v.plain : quoted(v.text, st.quote));
    /** A value inside brackets (plain text with no brackets or commas in it). */
    const flow = (v: Value, st: Style): string =>
      'list' in v ? `[${v.list.map((x) => flow(x, st)).join(', ')}]` : 'map' in v ? `{ ${v.map.map(([k, x]) => `${k}: ${flow(x, st)}`).join(', ')} }` : inline(v, st);
    /** The lines of `key:` followed by its value, at `indent`. */
    const field = (k: string, v: Value, indent: number, st: Style): string[] => {
      const pad = ' '.repeat(indent);
      const note = st.comment ? ' # note' : '';
      if ('list' in v && v.list.length && !st.flow) return [`${pad}${k}:${note}`, ...v.list.flatMap((x) => item(x, indent + st.listIndent, st))];
      if ('map' in v && v.map.length && !st.flow) return [`${pad}${k}:`, ...v.map.flatMap(([k2, x]) => field(k2, x, indent + 2, st))];
      return [`${pad}${k}: ${flow(v, st)}${note}`];
    };
    const item = (v: Value, indent: number, st: Style): string[] => {
      const pad = ' '.repeat(indent);
      if ('map' in v && v.map.length && !st.flow) {
        const [first, ...rest] = v.map.flatMap(([k, x]) => field(k, x, indent + 2, st));
        return [`${pad}- ${first.trimStart()}`, ...rest];
      }
      if ('list' in v && v.list.length && !st.flow) return [`${pad}-`, ...v.list.flatMap((x) => item(x, indent + 2, st))];
      return [`${pad}- ${flow(v, st)}`];
    };

    it('(property)', () => {
      fc.assert(
        fc.property(fc.uniqueArray(fc.tuple(key, value), { selector: ([k]) => k, minLength: 1, maxLength: 6 }), style, (fields, st) => {
          const lines = fields.flatMap(([k, v]) => field(k, v, 0, st));
          const got = read(...lines);
          expect(got.errors, lines.join('\n')).to.deep.equal([]);
          expect(plain(got.value), lines.join('\n')).to.deep.equal(plain(yamlParse(lines.join('\n'))));
        }),
        { numRuns: 300 },
      );
    });
  });
});
