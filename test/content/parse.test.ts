import { expect } from '@open-wc/testing';
import { checkPublishable } from '../../src/cli/publishable.js';
import { isValid, parseModule, slugify } from '../../src/content/parse.js';
import type { ChoiceQuestion, TrueFalseQuestion } from '../../src/content/types.js';
import { FULL_FRONT, MIN_FRONT, ONE_QUESTION, expectIssue, parse, src } from './source.js';

/** Lines 1–4 are MIN_FRONT: the body starts on line 5. */
const mod = (...body: string[]) => src(MIN_FRONT, ...body);
/** The issues of a `mod()` source that are not about its minimal front matter. */
const bodyIssues = (source: string) => parse(source).issues.filter((i) => i.line > 4);
const outline = (source: string) => parse(source).doc!.lessons.map((l) => [l.id, l.title, l.steps.map((s) => s.id)]);

describe('parseModule', () => {
  describe('lessons and steps', () => {
    it('makes a lesson of each `#` heading and a step of each `##` heading, ids from the titles', () => {
      const { doc, issues } = parse(
        mod('# Why length wins', '## Guessing games', 'Attackers try *common* words first.', '## Three random words!', 'Pick words.', '# Two-step login', 'A second check.'),
      );
      expect(issues.filter((i) => i.severity === 'error')).to.deep.equal([]);
      expect(doc!.lessons.map((l) => [l.id, l.title, l.steps.map((s) => [s.id, s.title])])).to.deep.equal([
        ['why-length-wins', 'Why length wins', [['why-length-wins.guessing-games', 'Guessing games'], ['why-length-wins.three-random-words', 'Three random words!']]],
        ['two-step-login', 'Two-step login', [['two-step-login.intro', 'Two-step login']]],
      ]);
      expect(doc!.lessons[0].steps[0].html).to.equal('<p>Attackers try <em>common</em> words first.</p>');
    });

    it('keeps text right under a lesson heading as the lesson\'s opening step', () => {
      expect(outline(mod('# Start', 'Welcome.', '## Next', 'More.'))).to.deep.equal([['start', 'Start', ['start.intro', 'start.next']]]);
      expect(parse(mod('# Start', 'Welcome.', '## Next', 'More.')).doc!.lessons[0].steps[0].html).to.equal('<p>Welcome.</p>');
    });

    it('takes `{#id}` at the end of a heading as its id', () => {
      expect(outline(mod('# Why length wins {#length}', '## Guessing games {#guess}', 'Text.', '## Plain', 'Text.'))).to.deep.equal([
        ['length', 'Why length wins', ['guess', 'length.plain']],
      ]);
    });

    it('makes ids from accented and punctuated titles', () => {
      expect(slugify('Été à l\'école — ça va?')).to.equal('ete-a-l-ecole-ca-va');
      expect(slugify('!!!')).to.equal('untitled');
      expect(slugify('x'.repeat(80))).to.have.length(60);
    });

    it('puts the reading text of a step before its question', () => {
      const step = parse(mod('# L', '## S', 'Read this.', '', ':::truefalse id=t answer=false', 'Really?', ':::')).doc!.lessons[0].steps[0];
      expect(step.html).to.equal('<p>Read this.</p>');
      expect(step.question!.kind).to.equal('truefalse');
      expect((step.question as TrueFalseQuestion).answer).to.equal(false);
      expect(step.question!.line).to.equal(9);
    });

    it('gives a second (third, …) question in one step a step of its own, with the text written between them', () => {
      const source = mod('# L', '## Check', 'Before.', ':::truefalse id=one answer=true', 'One?', ':::', 'Between.', ':::truefalse id=two answer=true', 'Two?', ':::', ':::truefalse id=three answer=true', 'Three?', ':::');
      const { doc } = parse(source);
      expect(bodyIssues(source)).to.deep.equal([]);
      expect(doc!.lessons[0].steps.map((s) => [s.id, s.title, s.html, s.question?.id])).to.deep.equal([
        ['l.check', 'Check', '<p>Before.</p>', 'one'],
        ['l.check-two', 'Check', '<p>Between.</p>', 'two'],
        ['l.check-three', 'Check', '', 'three'],
      ]);
    });

    it('treats `:::` and headings inside a fenced code sample as text', () => {
      const source = mod('# L', '## S', '```md', ':::choice id=example', '# Not a lesson', ':::', '```', ONE_QUESTION.split('\n').slice(1).join('\n'));
      const { doc } = parse(source);
      expect(bodyIssues(source)).to.deep.equal([]);
      expect(doc!.lessons).to.have.length(1);
      expect(doc!.lessons[0].steps[0].html).to.contain(':::choice id=example').and.contain('# Not a lesson');
    });

    it('counts lines the same with Windows line endings and a byte-order mark', () => {
      const source = `\uFEFF${mod('# L', '## S', ':::choice id=c', 'Q?', '- [ ] a', '- [ ] b', ':::')}`.replace(/\n/g, '\r\n');
      expectIssue(source, /has no correct option/, 7);
    });

    it('is valid with warnings, not with errors', () => {
      const warned = parse(src(FULL_FRONT, 'Stray text.', ONE_QUESTION));
      expect(warned.issues.map((i) => i.severity)).to.deep.equal(['warning']);
      expect(isValid(warned)).to.equal(true);
      expect(isValid(parse(mod('# L', ':::nope', ':::')))).to.equal(false);
    });
  });

  describe('guides', () => {
    it('reads the teacher guide and the family tips, wherever they are', () => {
      const source = mod(':::teacher-guide', '## Preparation', 'Print the *cards*.', ':::', ONE_QUESTION, ':::family-tips', 'Talk about it at dinner.', ':::');
      const { doc } = parse(source);
      expect(bodyIssues(source)).to.deep.equal([]);
      expect(doc!.guides).to.deep.equal({
        teacherHtml: '<h2>Preparation</h2>\n<p>Print the <em>cards</em>.</p>',
        familyHtml: '<p>Talk about it at dinner.</p>',
      });
      // A guide is not a step.
      expect(doc!.lessons[0].steps.map((s) => s.id)).to.deep.equal(['lesson.intro']);
    });

    it('has no guides when none are written', () => {
      expect(parse(mod(ONE_QUESTION)).doc!.guides).to.deep.equal({});
    });

    it('reports a second guide of the same kind', () => {
      expectIssue(mod(ONE_QUESTION, ':::family-tips', 'One.', ':::', ':::family-tips', 'Two.', ':::'), /A second `:::family-tips` block/, 12);
    });
  });

  describe('problems, each with file:line and a hint', () => {
    it('a block with no id', () => expectIssue(mod('# L', ':::truefalse answer=true', 'Q?', ':::'), /The `truefalse` block has no id/, 6));
    it('a choice with no correct option', () => expectIssue(mod('# L', ':::choice id=c', 'Q?', '- [ ] a', '- [ ] b', ':::'), /Choice "c" has no correct option/, 6));
    it('a true/false with no answer', () => expectIssue(mod('# L', ':::truefalse id=t', 'Q?', ':::'), /needs `answer=true` or `answer=false`/, 6));
    it('an unknown block kind', () => {
      const hit = expectIssue(mod('# L', ':::quiz id=q', 'Q?', ':::'), /Unknown block kind "quiz"/, 6);
      expect(hit.hint).to.contain('choice').and.contain('teacher-guide');
    });
    it('a block kind named like a property of every object (not a crash)', () => {
      for (const kind of ['constructor', 'toString', 'valueOf', 'hasOwnProperty']) {
        expectIssue(mod('# L', `:::${kind}`, 'Q?', ':::'), new RegExp(`Unknown block kind "${kind}"`), 6);
      }
    });
    it('a block outside any lesson', () => expectIssue(mod(':::truefalse id=t answer=true', 'Q?', ':::', ONE_QUESTION), /`:::truefalse` block is outside any lesson/, 5));
    it('a block that is never closed', () => expectIssue(mod('# L', 'Text.', ':::truefalse id=t answer=true', 'Q?'), /`:::truefalse` block is never closed/, 7));
    it('a block left open when the next block starts: the next one is still read', () => {
      const source = mod('# L', ':::truefalse id=t answer=true', 'Q?', ':::choice id=c', 'Pick.', '- [x] a', '- [ ] b', ':::');
      const hit = expectIssue(source, /`:::truefalse` block is never closed/, 6);
      expect(hit.hint).to.contain('line 8');
      expect(parse(source).doc!.lessons[0].steps.map((s) => s.question?.id)).to.deep.equal(['t', 'c']);
    });
    it('a closing `:::` with no block open', () => expectIssue(mod(ONE_QUESTION, ':::'), /closing `:::` with no block open/, 9));
    it('a step before any lesson', () => expectIssue(mod('## Early', ONE_QUESTION), /The step "Early" comes before any lesson/, 5));
    it('text before any lesson (a warning)', () => expectIssue(mod('', 'Hello.', ONE_QUESTION), /Text outside any lesson is ignored/, 6, 'warning'));
    it('an empty step', () => expectIssue(mod('# L', '## Empty', '## Full', 'Text.', ONE_QUESTION.split('\n').slice(1).join('\n')), /The step "Empty" is empty/, 6));
    it('a lesson with nothing in it', () => expectIssue(mod('# Empty', ONE_QUESTION), /The step "Empty" is empty/, 5));
    it('no lessons at all, on the last line', () => expectIssue(mod('', 'Just text.', ''), /The module has no lessons/, 7));
    it('a graded module with no questions (a warning)', () => expectIssue(mod('# L', 'Text.'), /graded module has no questions/, 5, 'warning'));
    it('the "no questions" warning stays on a line of the file when the front matter ends it', () => {
      expectIssue(MIN_FRONT, /graded module has no questions/, 4, 'warning');
    });
    it('no warning about questions in a practice module', () => {
      expect(parse(src('---', 'id: x', 'title: X', 'mode: practice', '---', '# L', 'Text.')).issues.filter((i) => /questions/.test(i.message))).to.deep.equal([]);
    });

    const duplicates: Array<[string, string[], RegExp, number]> = [
      ['two lessons', ['# Same', 'A.', '# Same', 'B.'], /The lesson id "same" is already used on line 5/, 7],
      ['two steps', ['# L', '## Same', 'A.', '## Same', 'B.'], /The step id "l.same" is already used on line 6/, 8],
      ['two questions', ['# L', '## A', ':::truefalse id=q answer=true', 'A?', ':::', '## B', ':::truefalse id=q answer=true', 'B?', ':::'], /The question id "q" is already used on line 7/, 11],
      ['a step and a lesson by `{#id}`', ['# L {#x}', '## S {#x}', 'A.'], /The step id "x" is already used on line 5/, 6],
      ['a question and a step', ['# L', '## S {#q}', ':::truefalse id=q answer=true', 'A?', ':::'], /The question id "q" is already used on line 6/, 7],
    ];
    for (const [name, body, message, line] of duplicates) {
      it(`duplicate ids: ${name}`, () => expectIssue(mod(...body), message, line));
    }

    it('keeps reading after a problem: every problem is reported, in one pass', () => {
      const issues = bodyIssues(mod('# L', ':::choice', 'Q?', '- [ ] a', '- [ ] b', ':::', ':::truefalse id=t', 'Q?', ':::', ':::quiz', ':::'));
      expect(issues.map((i) => [i.line, i.message])).to.deep.equal([
        [6, 'The `choice` block has no id.'],
        [6, 'Choice "" has no correct option.'],
        [11, 'True/false "t" needs `answer=true` or `answer=false`.'],
        [14, 'Unknown block kind "quiz".'],
      ]);
    });
  });

  describe('strict parsing and publishing', () => {
    it('drafts play with missing catalogue fields; strict parsing (check, build) refuses them', () => {
      const draft = mod(ONE_QUESTION);
      expect(isValid(parse(draft))).to.equal(true);
      expect(isValid(parse(draft, { strict: true }))).to.equal(false);
      expect(isValid(parse(src(FULL_FRONT, ONE_QUESTION), { strict: true }))).to.equal(true);
    });

    it('a curriculum module also needs 3–5 lessons, 8–15 questions, both guides and vocabulary', () => {
      const question = (n: number) => [`:::truefalse id=q${n} answer=true objective=1`, `Q${n}?`, ':::'];
      const lesson = (n: number) => [`# Lesson ${n}`, ...question(n * 3), ...question(n * 3 + 1), ...question(n * 3 + 2)];
      const guides = [':::teacher-guide', 'Timing.', ':::', ':::family-tips', 'Talk.', ':::'];
      const good = src(FULL_FRONT, ...lesson(1), ...lesson(2), ...lesson(3), ...guides);
      expect(checkPublishable(parseModule(good, 'en.md', { strict: true }).doc!, 'en.md', good)).to.deep.equal([]);

      const thin = src(FULL_FRONT.replace(/vocabulary:\n.*\n.*\n/, ''), ...lesson(1));
      const thinDoc = parseModule(thin.replace(/ objective=1/g, ''), 'en.md', { strict: true }).doc!;
      const problems = checkPublishable(thinDoc, 'en.md', thin);
      expect(problems.map((p) => p.message)).to.deep.equal([
        'A curriculum module has 3–5 lessons; this one has 1.',
        'A curriculum module has 8–15 questions; this one has 3.',
        'The module has no teacher guide.',
        'The module has no family tips.',
        'The front matter has no `vocabulary`.',
        `Objective 1 ("${thinDoc.meta.objectives[0]}") has no question tagged to it.`,
      ]);
      const lines = thin.split('\n').length;
      expect(problems.every((p) => p.severity === 'error' && p.file === 'en.md' && p.hint && p.line >= 1 && p.line <= lines)).to.equal(true);
    });

    it('counts a pool as the questions it draws, not all it holds', () => {
      const question = (n: number) => [`## Step ${n}`, `:::truefalse id=q${n} answer=true objective=1`, `Q${n}?`, ':::'];
      const guides = [':::teacher-guide', 'Timing.', ':::', ':::family-tips', 'Talk.', ':::'];
      // 3 lessons: 6 plain questions and a pool of 10 that draws 2, so an attempt plays 8.
      const pooled = ['# Lesson 3', ':::pool id=extra draw=2', ...Array.from({ length: 10 }, (_, i) => question(10 + i)).flat(), ':::pool-end'];
      const body = src(FULL_FRONT, '# Lesson 1', ...question(1), ...question(2), ...question(3), '# Lesson 2', ...question(4), ...question(5), ...question(6), ...pooled, ...guides);
      expect(checkPublishable(parseModule(body, 'en.md', { strict: true }).doc!, 'en.md', body)).to.deep.equal([]);
    });
  });

  it('reads a complete choice question with its options, feedback and hint', () => {
    const q = parse(mod('# L', ':::choice id=c shuffle attempts=3', 'Which is *strongest*?', '- [ ] Summer2024!', '  > Seasons are guessed first.', '- [x] kettle orbit tulip {#words}', 'hint: Length.', ':::'))
      .doc!.lessons[0].steps[0].question as ChoiceQuestion;
    expect(q).to.deep.include({ id: 'c', kind: 'choice', shuffle: true, multiple: false, attempts: 3, weight: 1, hintHtml: 'Length.', line: 6 });
    expect(q.options).to.deep.equal([
      { id: 'a', html: 'Summer2024!', correct: false, feedbackHtml: '<p>Seasons are guessed first.</p>' },
      { id: 'words', html: 'kettle orbit tulip', correct: true },
    ]);
  });
});
