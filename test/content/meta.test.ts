import { expect } from '@open-wc/testing';
import { parseModule } from '../../src/content/parse.js';
import { FULL_FRONT, ONE_QUESTION, expectIssue, issuesLike, parse, src } from './source.js';

/** A module whose front matter is `fields` (one per line, from line 2). */
const withFront = (...fields: string[]) => src('---', ...fields, '---', ONE_QUESTION);

describe('front matter', () => {
  it('reads every field', () => {
    const { doc, issues } = parse(
      src(
        '---',
        'id: strong-passwords',
        'lang: fr',
        'title: Lock it down',
        'summary: Long passphrases.',
        'ages: 10-14',
        'minutes: 35',
        'digcomp: [4.1, "4.2"]',
        'objectives:',
        '  - Make a passphrase',
        '  - Turn on two-step login',
        'vocabulary:',
        '  - term: Passphrase',
        '    definition: Several words.',
        'passMark: 80',
        'attempts: 3',
        'mode: practice',
        'teacherLed: true',
        'related: [get-help, footprint]',
        'bands:',
        '  - { min: 0, max: 49, feedback: "Have *another* look." }',
        '  - { min: 50, max: 100, feedback: Well done! }',
        'sources:',
        '  - title: NCSC',
        '    url: https://www.ncsc.gov.uk/',
        '---',
        ONE_QUESTION,
      ),
      { strict: true },
    );
    expect(issues).to.deep.equal([]);
    expect(doc!.meta).to.deep.equal({
      id: 'strong-passwords',
      lang: 'fr',
      title: 'Lock it down',
      summary: 'Long passphrases.',
      ages: '10-14',
      minutes: 35,
      digcomp: ['4.1', '4.2'],
      objectives: ['Make a passphrase', 'Turn on two-step login'],
      vocabulary: [{ term: 'Passphrase', definition: 'Several words.' }],
      passMark: 80,
      mode: 'practice',
      attempts: 3,
      teacherLed: true,
      sources: [{ title: 'NCSC', url: 'https://www.ncsc.gov.uk/' }],
      bands: [
        { min: 0, max: 49, feedbackHtml: '<p>Have <em>another</em> look.</p>' },
        { min: 50, max: 100, feedbackHtml: '<p>Well done!</p>' },
      ],
      related: ['get-help', 'footprint'],
    });
  });

  it('fills in defaults: pass mark 70, 2 attempts, graded, not teacher-led, no bands or related', () => {
    const { meta } = parse(withFront('id: x', 'title: X')).doc!;
    expect([meta.passMark, meta.attempts, meta.mode, meta.teacherLed, meta.bands, meta.related, meta.vocabulary]).to.deep.equal([
      70, 2, 'graded', false, [], [], [],
    ]);
  });

  it('takes the language from the front matter, else the file name, else English', () => {
    const body = withFront('id: x', 'title: X');
    expect(parseModule(body, 'modules/x/de.md').doc!.meta.lang).to.equal('de');
    expect(parseModule(body, 'modules\\x\\pt-BR.md').doc!.meta.lang).to.equal('pt-BR');
    expect(parseModule(body, 'module.md').doc!.meta.lang).to.equal('en');
    expect(parseModule(withFront('id: x', 'title: X', 'lang: nl'), 'modules/x/de.md').doc!.meta.lang).to.equal('nl');
  });

  it('gives each question the front matter attempts unless the block sets its own', () => {
    const { doc } = parse(src('---', 'id: x', 'title: X', 'attempts: 4', '---', '# L', ':::truefalse id=a answer=true', 'A?', ':::', ':::truefalse id=b answer=true attempts=1', 'B?', ':::'));
    expect(doc!.lessons[0].steps.map((s) => s.question!.attempts)).to.deep.equal([4, 1]);
  });

  it('reads vocabulary written as a map of term to definition', () => {
    const { doc } = parse(withFront('id: x', 'title: X', 'vocabulary:', '  Phishing: A fake message.', '  Malware: Harmful software.'));
    expect(doc!.meta.vocabulary).to.deep.equal([
      { term: 'Phishing', definition: 'A fake message.' },
      { term: 'Malware', definition: 'Harmful software.' },
    ]);
  });

  it('accepts a single value where a list is expected', () => {
    const { doc } = parse(withFront('id: x', 'title: X', 'digcomp: 4.2', 'objectives: Spot a fake', 'related: get-help'));
    expect([doc!.meta.digcomp, doc!.meta.objectives, doc!.meta.related]).to.deep.equal([['4.2'], ['Spot a fake'], ['get-help']]);
  });

  describe('problems, each with file:line and a hint', () => {
    it('no front matter at all', () => {
      const hit = expectIssue('# Lesson\nText.', /has no front matter/, 1);
      expect(hit.hint).to.contain('---');
    });

    it('front matter that is never closed (nothing else can be read)', () => {
      const result = parse('---\nid: x\ntitle: X\n# Lesson\nText.');
      expect(result.doc).to.equal(null);
      expect(result.issues.map((i) => [i.line, i.message])).to.deep.equal([[1, 'The front matter starting on line 1 is never closed.']]);
    });

    it('front matter closed with `...`', () => {
      expect(parse(src('---', 'id: x', 'title: X', '...', ONE_QUESTION)).issues.filter((i) => i.severity === 'error')).to.deep.equal([]);
    });

    it('YAML that does not parse, on the line of the mistake', () => {
      expectIssue(src('---', 'id: x', 'title: X', 'summary: Passwords: the basics', 'ages: 10-14', '---', ONE_QUESTION), /not valid YAML/, 4);
    });

    it('YAML with a duplicate key', () => {
      expectIssue(src('---', 'id: x', 'title: X', 'title: Y', '---', ONE_QUESTION), /not valid YAML/, 4);
    });

    it('YAML aliases that would expand without end: each anchor refused on its line (not a crash)', () => {
      const bomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]', ...'bcdef'.split('').map((k, i) => `${k}: &${k} [${Array(10).fill(`*${'abcdef'[i]}`).join(', ')}]`)];
      const refused = issuesLike(parse(src('---', 'id: x', 'title: X', ...bomb, '---', ONE_QUESTION)), /Front matter cannot be read: anchors/);
      expect(refused.map((i) => i.line)).to.deep.equal([4, 5, 6, 7, 8, 9]);
      expect(refused.every((i) => i.severity === 'error' && i.hint?.includes('Write each value out'))).to.equal(true);
    });

    it('a missing id or title, as errors even when not strict', () => {
      expectIssue(withFront('title: X'), /has no `id`/, 1);
      expectIssue(withFront('id: x'), /has no `title`/, 1);
    });

    it('an id that is not kebab-case, on its line', () => {
      expectIssue(withFront('title: X', 'id: Strong_Passwords'), /"Strong_Passwords" is not kebab-case/, 3);
    });

    const missing: Array<[string, RegExp]> = [
      ['summary', /has no `summary`/],
      ['ages', /has no `ages`/],
      ['minutes', /`minutes` must be a positive number/],
      ['digcomp', /has no `digcomp`/],
      ['objectives', /has no `objectives`/],
      ['sources', /has no `sources`/],
    ];
    for (const [field, message] of missing) {
      it(`a missing \`${field}\`: a warning while drafting, an error when strict`, () => {
        const without = FULL_FRONT.split('\n').filter((l, i, all) => {
          // Drop the field's line and the indented lines under it.
          const owner = all.slice(0, i + 1).reverse().find((x) => !x.startsWith(' '));
          return !owner?.startsWith(`${field}:`);
        });
        const source = src(...without, ONE_QUESTION);
        expectIssue(source, message, 1, 'warning');
        expectIssue(source, message, 1, 'error', { strict: true });
      });
    }

    const bad: Array<[string, string, RegExp]> = [
      ['ages that are not a range', 'ages: ten', /`ages` should look like "10-14"/],
      ['minutes of zero', 'minutes: 0', /`minutes` must be a positive number/],
      ['minutes as words', 'minutes: half an hour', /`minutes` must be a positive number/],
      ['minutes as a map (not a crash)', 'minutes: {toString: 1}', /`minutes` must be a positive number/],
      ['a pass mark above 100', 'passMark: 120', /`passMark` must be a percentage/],
      ['an empty pass mark', 'passMark:', /`passMark` must be a percentage/],
      ['attempts of zero', 'attempts: 0', /`attempts` must be a whole number/],
      ['attempts as a fraction', 'attempts: 1.5', /`attempts` must be a whole number/],
      ['an unknown mode', 'mode: exam', /`mode` must be `graded` or `practice`, not "exam"/],
      ['a DigComp number that does not exist', 'digcomp: [4.2, 7.1]', /"7.1" is not a DigComp 2.2 competence/],
      ['a source without a URL', 'sources: [{ title: NCSC }]', /A source needs a `title` and an https `url`/],
      ['a source over http', 'sources: [{ title: NCSC, url: "http://ncsc.gov.uk" }]', /A source needs a `title` and an https `url`/],
      ['a vocabulary entry without a term', 'vocabulary: [{ definition: A check }]', /A vocabulary entry needs `term`/],
      ['a score band with min above max', 'bands: [{ min: 90, max: 10, feedback: Hm }]', /A score band needs/],
      ['a score band without feedback', 'bands: [{ min: 0, max: 100 }]', /A score band needs/],
    ];
    for (const [name, field, message] of bad) {
      it(`${name}, on the field's line`, () => {
        expectIssue(withFront('id: x', 'title: X', field), message, 4);
      });
    }

    it('a list of sources that refers to itself: refused as an anchor (not a crash)', () => {
      const hit = expectIssue(withFront('id: x', 'title: X', 'sources: &s [*s]'), /Front matter cannot be read: anchors/, 4);
      expect(hit.hint).to.contain('Write each value out');
    });

    it('front matter that is a list, not fields: id and title are missing', () => {
      const { issues } = parse(src('---', '- id: x', '- title: X', '---', ONE_QUESTION));
      expect(issues.filter((i) => i.severity === 'error').map((i) => i.message)).to.deep.equal([
        'The front matter has no `id`.',
        'The front matter has no `title`.',
      ]);
    });

    it('strict parsing has nothing to say about complete front matter', () => {
      expect(issuesLike(parse(src(FULL_FRONT, ONE_QUESTION), { strict: true }), /./)).to.deep.equal([]);
    });
  });
});
