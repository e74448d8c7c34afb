/**
 * Property-based tests: random text, random mixtures of Markdown, front matter and `:::` fences, and
 * random JSON. The parser and the JSON check must never throw: every problem comes back as a
 * structured issue (file, a line of the file, a message, a hint).
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { type ParseResult, isValid, parseModule } from '../../src/content/parse.js';
import { assertModuleDoc, validateModuleDoc } from '../../src/content/validate.js';
import { BLOCKS, EVERY_KIND, FULL_FRONT } from './source.js';

const FRONT_LINES = [
  '---', '...', 'id: x', 'id: Bad Id', 'title: T', 'summary: S', 'ages: 10-14', 'ages: ten', 'minutes: 30', 'minutes: {toString: 1}',
  'minutes: [1]', 'passMark: 200', 'passMark:', 'attempts: 0', 'attempts: {valueOf: 1}', 'mode: exam', 'digcomp: [4.2, 9.9]',
  'sources: &a [*a]', 'sources: [{title: T, url: "https://x.org"}]', 'vocabulary: {a: b}', 'vocabulary: [1]', 'bands: [{min: 1}]',
  'bands: [{min: {toString: 1}, max: 2, feedback: f}]', 'related: [get-help]', 'lang: fr', 'teacherLed: true', 'a: &a [1, 1, 1]',
  'b: [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a, *a, *a]', 'c: [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b, *b, *b]', 'key: value: other',
  '  - item', '? complex', 'id: !!binary aGk=', '%YAML 1.2', 'x: *nowhere', '"unclosed', 'objectives:', '  - Do it', '__proto__: {id: y}',
];
const BODY_LINES = [
  '# Lesson', '# Lesson {#l}', '## Step', '## Step {#s}', '## start', '## end end score=100', '## b end score=x', '#', '##', '### Sub',
  'Text.', '', '   ', '```', '~~~', '```md', ':::', '::: ', ':::choice id=c', ':::choice', ':::choice id=c multiple shuffle attempts=0 weight=x',
  ':::truefalse id=t answer=true', ':::truefalse id=t', ':::order id=o', ':::match id=m', ':::blanks id=b case', ':::sort id=s',
  ':::hotspot id=h', ':::scenario id=sc weight=2', ':::reflect id=r maxlength=5', ':::teacher-guide', ':::family-tips',
  ':::pool id=p draw=2', ':::pool draw=x', ':::pool id=p', ':::pool-end', ':::constructor', ':::toString', ':::valueOf', ':::nope',
  '- [x] yes', '- [ ] no', '- [X] 10,10,20,20 Box', '- [x] #a A', '- [ ] 90,90,20,20 Off', '  > feedback', '1. first', '2. second',
  '- left = right', 'extra: decoy', '- item {#k}', '- go -> start', '- go → end', 'hint: h', 'explain: e', 'true: t', 'false: f',
  'Use [three|3] words.', 'A [] gap', '\\[not a gap]', '![alt](a.png)', '![](b.png)', '<div data-hotspot="a">A</div>',
  "<p data-hotspot='b'>B", '<script>alert(1)</script>', '> quote', '    indented code', '\uFEFF', '\t:::choice id=tab',
];
const PREFIXES = ['# ', '## ', ':::', ':::choice id=', ':::pool id=p draw=', '- [x] ', '- ', '  > ', 'id: ', 'title: ', 'hint: ', '## x end score=', '- [x] #', '![', '<p data-hotspot="'];

/** Any text on one line: printable ASCII, any Unicode, or raw UTF-16 (lone surrogates). */
const anyText = fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }));
const line = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...BODY_LINES) },
  { weight: 2, arbitrary: fc.constantFrom(...FRONT_LINES) },
  { weight: 2, arbitrary: fc.tuple(fc.constantFrom(...PREFIXES), anyText).map(([p, t]) => p + t) },
  { weight: 1, arbitrary: fc.constantFrom(...Object.values(BLOCKS)) },
  { weight: 1, arbitrary: anyText },
);
const newline = fc.constantFrom('\n', '\r\n', '\r');
const file = fc.constantFrom('en.md', 'modules/x/de.md', 'module.md');

/** A mixture of lines, often after a front matter block. */
const mixture = fc
  .tuple(fc.boolean(), fc.array(fc.oneof(fc.constantFrom(...FRONT_LINES), anyText), { maxLength: 12 }), fc.array(line, { maxLength: 50 }), newline)
  .map(([front, fm, body, nl]) => (front ? ['---', ...fm, '---', ...body] : body).join(nl));

/** A valid module with lines dropped, repeated or swapped for random ones. */
const damaged = fc
  .array(fc.tuple(fc.nat(), fc.constantFrom('drop', 'repeat', 'replace'), line), { minLength: 1, maxLength: 6 })
  .map((edits) => {
    const lines = EVERY_KIND.split('\n');
    for (const [at, what, text] of edits) {
      const i = at % lines.length;
      if (what === 'drop') lines.splice(i, 1);
      else if (what === 'repeat') lines.splice(i, 0, lines[i]);
      else lines[i] = text;
    }
    return lines.join('\n');
  });

/** Everything that must hold for any parse result. */
function checkResult(source: string, fileName: string, result: ParseResult) {
  const lineCount = source.replace(/^\uFEFF/, '').split(/\r\n?|\n/).length;
  for (const issue of result.issues) {
    const where = JSON.stringify(issue);
    expect(issue.file, where).to.equal(fileName);
    expect(Number.isInteger(issue.line) && issue.line >= 1 && issue.line <= lineCount, `${where}: line within 1..${lineCount}`).to.equal(true);
    expect(issue.message, where).to.be.a('string').and.not.equal('');
    expect(issue.hint, where).to.be.a('string').and.not.equal('');
    expect(['error', 'warning'], where).to.include(issue.severity);
  }
  if (result.doc === null) expect(result.issues.some((i) => i.severity === 'error')).to.equal(true);
  // What the parser accepts, the player's JSON check accepts too.
  if (isValid(result)) expect(validateModuleDoc(JSON.parse(JSON.stringify(result.doc)))).to.deep.equal([]);
}

const parsesCleanly = (source: string, fileName: string) => {
  checkResult(source, fileName, parseModule(source, fileName));
  checkResult(source, fileName, parseModule(source, fileName, { strict: true }));
};

/** JSON text with keys a module uses and keys every object has (`toString`, `__proto__`, …). */
const KEYS = ['id', 'kind', 'title', 'html', 'options', 'correct', 'steps', 'question', 'nodes', 'choices', 'next', 'toString', 'valueOf', '__proto__', 'constructor', 'length'];
const { json } = fc.letrec<{ json: string }>((tie) => ({
  json: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom('null', 'true', 'false', '0', '1', '-1', '2.5', '1e400', '""', '"a"', '"ch"', '"choice"', '"scenario"'),
    fc.string().map((s) => JSON.stringify(s)),
    fc.array(tie('json'), { maxLength: 4 }).map((items) => `[${items.join(',')}]`),
    fc
      .array(fc.tuple(fc.oneof(fc.constantFrom(...KEYS), fc.string()), tie('json')), { maxLength: 5 })
      .map((entries) => `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${v}`).join(',')}}`),
  ),
}));

/** Fields that name things: messages quote them, so they are the likeliest to trip a message up. */
const NAMING = new Set(['id', 'kind', 'format', 'target', 'next', 'group']);

/** A compiled module with one value (half the time a naming one) replaced by random JSON. */
const damagedDoc = fc.tuple(fc.nat(), fc.boolean(), json).map(([at, naming, replacement]) => {
  const doc = JSON.parse(JSON.stringify(parseModule(EVERY_KIND, 'en.md').doc)) as Record<string, unknown>;
  const slots: Array<[Record<string, unknown>, string]> = [];
  const walk = (v: unknown) => {
    if (v && typeof v === 'object') for (const [k, child] of Object.entries(v)) { slots.push([v as Record<string, unknown>, k]); walk(child); }
  };
  walk(doc);
  const pick = naming ? slots.filter(([, k]) => NAMING.has(k)) : slots;
  const [parent, key] = pick[at % pick.length];
  parent[key] = JSON.parse(replacement);
  return doc;
});

/** The JSON check's contract: a list of messages, and `assertModuleDoc` throws exactly when it is not empty. */
function checkValidation(data: unknown) {
  const problems = validateModuleDoc(data);
  expect(problems).to.be.an('array');
  for (const p of problems) expect(p).to.be.a('string').and.not.equal('');
  if (problems.length) expect(() => assertModuleDoc(data)).to.throw(Error, 'Not a playable module');
  else expect(assertModuleDoc(data)).to.equal(data);
}

describe('properties: the parser never crashes', () => {
  it('on random text', () => {
    fc.assert(fc.property(fc.array(anyText, { maxLength: 20 }), newline, file, (lines, nl, f) => parsesCleanly(lines.join(nl), f)), { numRuns: 200 });
  });

  it('on random mixtures of Markdown, front matter and ::: fences', () => {
    fc.assert(fc.property(mixture, file, parsesCleanly), { numRuns: 400 });
  });

  it('on mixtures after complete front matter (so the body is read in full)', () => {
    fc.assert(fc.property(fc.array(line, { maxLength: 60 }), (body) => parsesCleanly([FULL_FRONT, ...body].join('\n'), 'en.md')), { numRuns: 300 });
  });

  it('on a valid module with lines dropped, repeated or replaced', () => {
    fc.assert(fc.property(damaged, (source) => parsesCleanly(source, 'en.md')), { numRuns: 300 });
  });
});

/** Lines that build pools: openers, ends, headings, text and small questions with unique ids. */
const poolPiece = fc.oneof(
  fc.constantFrom(':::pool id=p draw=1', ':::pool id=q draw=2', ':::pool draw=1', ':::pool id=r draw=x', ':::pool-end', ':::', '# Lesson', '## Step', 'Text.', ''),
  fc.nat({ max: 20 }).map((n) => `:::truefalse id=q${n} answer=true\nQ${n}?\n:::`),
  fc.nat({ max: 20 }).map((n) => `:::truefalse id=q${n} answer=true\nQ${n}?`),
);

/** A run of a module: a pool (possibly broken), free questions, or a new lesson. */
const segment = fc.oneof(
  fc.record({
    type: fc.constant('pool' as const),
    size: fc.integer({ min: 0, max: 4 }),
    draw: fc.integer({ min: 0, max: 5 }),
    headings: fc.boolean(),
    intro: fc.boolean(),
    end: fc.integer({ min: 0, max: 5 }).map((n) => n > 0),
  }),
  fc.record({ type: fc.constant('free' as const), count: fc.integer({ min: 0, max: 2 }) }),
  fc.constant({ type: 'lesson' as const }),
);

describe('properties: pools', () => {
  it('a pool is valid exactly when it is closed and draws 1 to all of its questions; then it holds exactly them', () => {
    fc.assert(
      fc.property(fc.array(segment, { maxLength: 8 }), (segments) => {
        const lines = [FULL_FRONT, '# Start', 'Welcome.'];
        const expected: Array<{ id: string; draw: number; questions: string[] }> = [];
        let valid = true;
        let n = 0;
        let afterPool = false;
        const question = () => {
          const id = `q${n++}`;
          lines.push(`:::truefalse id=${id} answer=true`, `${id}?`, ':::');
          return id;
        };
        segments.forEach((seg, i) => {
          if (seg.type === 'lesson') lines.push(`# Lesson ${i}`, 'Intro.');
          if (seg.type === 'free') {
            lines.push(`## Free ${i}`, 'Text.');
            for (let k = 0; k < seg.count; k++) question();
          }
          if (seg.type === 'pool') {
            if (seg.intro || afterPool) lines.push(`## Pool ${i}`, 'About this set.');
            lines.push(`:::pool id=p${i} draw=${seg.draw}`);
            const questions: string[] = [];
            for (let k = 0; k < seg.size; k++) {
              if (seg.headings) lines.push(`## Question ${n}`);
              questions.push(question());
            }
            if (seg.end) lines.push(':::pool-end');
            if (!seg.end || seg.size === 0 || seg.draw < 1 || seg.draw > seg.size) valid = false;
            expected.push({ id: `p${i}`, draw: seg.draw, questions });
          }
          afterPool = seg.type === 'pool';
        });
        const source = lines.join('\n');
        const result = parseModule(source, 'en.md');
        checkResult(source, 'en.md', result);
        expect(isValid(result), JSON.stringify(result.issues)).to.equal(valid);
        if (valid) expect(result.doc!.pools ?? []).to.deep.equal(expected);
      }),
      { numRuns: 300 },
    );
  });


  it('a module that parses has pools the JSON check accepts, each within one lesson', () => {
    fc.assert(
      fc.property(fc.array(poolPiece, { maxLength: 30 }), (pieces) => {
        const source = [FULL_FRONT, '# Start', ...pieces].join('\n');
        const result = parseModule(source, 'en.md');
        checkResult(source, 'en.md', result);
        if (!isValid(result)) return;
        for (const pool of result.doc.pools ?? []) {
          expect(pool.draw).to.be.within(1, pool.questions.length);
          const lessons = result.doc.lessons.filter((l) => l.steps.some((s) => s.question && pool.questions.includes(s.question.id)));
          expect(lessons, JSON.stringify(pool)).to.have.length(1);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('properties: the JSON check never crashes', () => {
  it('on random JSON', () => {
    fc.assert(fc.property(json, (text) => checkValidation(JSON.parse(text))), { numRuns: 300 });
  });

  it('on a compiled module with any value replaced by random JSON', () => {
    fc.assert(fc.property(damagedDoc, checkValidation), { numRuns: 400 });
  });
});

describe('counter-examples the properties found', () => {
  it('a module that is only front matter: the "no questions" warning is on a line of the file', () => {
    const result = parseModule('---\nid: x\ntitle: X\n---', 'en.md');
    expect(result.issues.map((i) => i.line).every((l) => l >= 1 && l <= 4)).to.equal(true);
  });

  it('a question id such as {"toString": 1} is quoted in messages, not converted (which throws)', () => {
    const doc = JSON.parse(JSON.stringify(parseModule(EVERY_KIND, 'en.md').doc));
    doc.lessons[0].steps[0].question.id = { toString: 1 };
    expect(validateModuleDoc(doc)).to.include('lesson 1, step 1: a question has no id.');
  });

  it('`:::valueOf` is an unknown kind, not taken for a guide (Object.prototype.valueOf)', () => {
    const result = parseModule('---\nid: x\ntitle: X\n---\n# L\n:::valueOf\n:::', 'en.md');
    expect(result.issues.filter((i) => /valueOf/.test(i.message)).map((i) => [i.line, i.message])).to.deep.equal([[6, 'Unknown block kind "valueOf".']]);
  });
});
