import { expect } from '@open-wc/testing';
import { ModuleLoadError, loadModule } from '../../src/content/load.js';
import { isValid } from '../../src/content/parse.js';
import type { ModuleDoc } from '../../src/content/types.js';
import { assertModuleDoc, validateModuleDoc } from '../../src/content/validate.js';
import { playerDoc } from '../elements/doc-fixture.js';
import { EVERY_KIND, parse } from './source.js';

/** The module with one question of every kind, as JSON would bring it (a fresh copy each time). */
function everyKind(): ModuleDoc {
  const result = parse(EVERY_KIND, { strict: true });
  expect(result.issues, JSON.stringify(result.issues)).to.deep.equal([]);
  if (!isValid(result)) throw new Error('EVERY_KIND does not parse');
  return JSON.parse(JSON.stringify(result.doc)) as ModuleDoc;
}
/** Test data is damaged on purpose: it is typed loosely. */
type Loose = any;
const questionOf = (doc: ModuleDoc, id: string): Loose => doc.lessons.flatMap((l) => l.steps).find((s) => s.question?.id === id)!.question;

/** `change` applied to a fresh copy of the every-kind module makes `validateModuleDoc` say `problem`. */
function expectProblem(change: (doc: Loose) => void, problem: RegExp) {
  const doc: Loose = everyKind();
  change(doc);
  const problems = validateModuleDoc(doc);
  expect(problems.some((p) => problem.test(p)), `${problem} in ${JSON.stringify(problems)}`).to.equal(true);
  expect(() => assertModuleDoc(doc)).to.throw(problem);
}

describe('validateModuleDoc', () => {
  it('accepts what the parser compiles, for every question kind', () => {
    const doc = everyKind();
    expect(validateModuleDoc(doc)).to.deep.equal([]);
    expect(assertModuleDoc(doc)).to.equal(doc);
    expect(validateModuleDoc(playerDoc())).to.deep.equal([]);
  });

  it('refuses what is not a module object', () => {
    for (const data of [null, 42, 'module', [], undefined]) {
      expect(validateModuleDoc(data)).to.deep.equal(['The file is not a module: expected a JSON object.']);
    }
  });

  const shape: Array<[string, (d: Loose) => void, RegExp]> = [
    ['another format version', (d) => { d.format = 2; }, /Unsupported module format 2/],
    ['no meta', (d) => { delete d.meta; }, /no `meta` with an id and a title/],
    ['a meta without a title', (d) => { d.meta.title = 7; }, /no `meta` with an id and a title/],
    ['no pass mark', (d) => { d.meta.passMark = '70'; }, /no pass mark/],
    ['no lessons', (d) => { d.lessons = []; }, /has no lessons/],
    ['a lesson with no steps', (d) => { d.lessons[0].steps = []; }, /lesson 1: needs a title and at least one step/],
    ['a step with no id', (d) => { delete d.lessons[0].steps[1].id; }, /lesson 1, step 2: needs an id and text/],
    ['two steps with one id', (d) => { d.lessons[0].steps[1].id = d.lessons[0].steps[0].id; }, /step 2: the id ".*" is used twice/],
    ['two questions with one id', (d) => { d.lessons[0].steps[1].question!.id = 'ch'; }, /step 2: the question id "ch" is used twice/],
    ['a question that is not an object', (d) => { d.lessons[0].steps[0].question = 'choice' as never; }, /step 1: the question is not an object/],
    ['a question with no id', (d) => { d.lessons[0].steps[0].question!.id = ''; }, /a question has no id/],
    ['a question with no prompt', (d) => { delete questionOf(d, 'ch').promptHtml; }, /question "ch" has no prompt/],
    ['zero attempts', (d) => { questionOf(d, 'ch').attempts = 0; }, /question "ch" has no valid attempts/],
    ['a negative weight', (d) => { questionOf(d, 'ch').weight = -1; }, /question "ch" has no valid weight/],
    ['an unknown kind', (d) => { questionOf(d, 'ch').kind = 'essay'; }, /unknown question kind "essay"/],
  ];
  const kinds: Array<[string, string, (q: Loose) => void, RegExp]> = [
    ['choice', 'one option', (q) => q.options.splice(1), /choice "ch" needs two or more options/],
    ['choice', 'a malformed option', (q) => { q.options[0].correct = 'yes'; }, /choice "ch" has a malformed option/],
    ['choice', 'no correct option', (q) => q.options.forEach((o: { correct: boolean }) => { o.correct = false; }), /choice "ch" has no correct option/],
    ['truefalse', 'no answer', (q) => { q.answer = 'false'; }, /true\/false "tf" has no answer/],
    ['order', 'one item', (q) => q.items.splice(1), /order "or" needs two or more items/],
    ['order', 'two items with one id', (q) => { q.items[1].id = q.items[0].id; }, /order "or" needs two or more items with distinct ids/],
    ['match', 'a pair with no partner', (q) => { q.pairs[0].target = 'nowhere'; }, /match "ma" has a pair with no partner/],
    ['match', 'no targets', (q) => { q.targets = {}; }, /match "ma" needs two or more pairs/],
    ['blanks', 'no text', (q) => { delete q.textHtml; }, /blanks "bl" has no text/],
    ['blanks', 'a gap with no answer', (q) => { q.gaps[0].answers = []; }, /blanks "bl" needs gaps, each with an accepted answer/],
    ['sort', 'one group', (q) => q.groups.splice(1), /sort "so" needs two or more groups and cards/],
    ['sort', 'a card in no group', (q) => { q.cards[0].group = 'other'; }, /sort "so" has a card in no group/],
    ['hotspot', 'both a picture and a screen', (q) => { q.stageHtml = '<p></p>'; }, /hotspot "ho" needs a picture or a screen \(one of them\)/],
    ['hotspot', 'neither picture nor screen', (q) => { delete q.image; }, /hotspot "ho" needs a picture or a screen/],
    ['hotspot', 'a region without an area', (q) => { q.regions[0].area = { shape: 'circle' }; }, /hotspot "ho" has a malformed region/],
    ['hotspot', 'no region to find', (q) => q.regions.forEach((r: { target: boolean }) => { r.target = false; }), /hotspot "ho" has no region to find/],
    ['scenario', 'no nodes', (q) => { q.nodes = []; }, /scenario "sn" has no nodes/],
    ['scenario', 'a choice leading nowhere', (q) => { q.nodes[0].choices[0].next = 'void'; }, /scenario "sn" has a malformed node or a choice leading nowhere/],
    ['scenario', 'a score above 1', (q) => { q.nodes[2].score = 100; }, /scenario "sn" has a malformed node/],
    ['scenario', 'an ending with choices', (q) => { q.nodes[1].choices = q.nodes[0].choices; }, /scenario "sn" has a malformed node/],
    ['scenario', 'no ending', (q) => q.nodes.forEach((n: { ending: boolean; choices: unknown[] }) => { n.ending = false; n.choices = [{ id: 'x', html: 'x', next: 'start' }]; }), /scenario "sn" has no ending/],
    ['reflect', 'a weight', (q) => { q.weight = 1; }, /reflect "re" must have weight 0/],
    ['poll', 'a single option', (q) => q.options.splice(1), /reflect "po" has malformed options/],
  ];
  const ids: Record<string, string> = { choice: 'ch', truefalse: 'tf', order: 'or', match: 'ma', blanks: 'bl', sort: 'so', hotspot: 'ho', scenario: 'sn', reflect: 're', poll: 'po' };
  for (const [kind, name, change, problem] of kinds) shape.push([`${kind}: ${name}`, (d) => change(questionOf(d, ids[kind])), problem]);
  for (const [name, change, problem] of shape) {
    it(`reports ${name}`, () => expectProblem(change, problem));
  }

  it('names a question by any id it was given, even an object (not a crash)', () => {
    const problems = validateModuleDoc(JSON.parse('{"format":1,"meta":{"id":"x","title":"X","passMark":70},"lessons":[{"title":"L","steps":[{"id":"s","html":"","question":{"id":{"toString":1},"kind":{"valueOf":2}}}]}]}'));
    expect(problems).to.include('lesson 1, step 1: question "{"toString":1}" has no prompt.');
    expect(problems).to.include('lesson 1, step 1: unknown question kind "{\\"valueOf\\":2}".');
  });

  describe('pools', () => {
    const pooled = (pools: unknown) => {
      const doc: Loose = everyKind();
      doc.pools = pools;
      return validateModuleDoc(doc);
    };
    it('accepts pools that draw from the module\'s questions', () => {
      expect(pooled([{ id: 'p', draw: 2, questions: ['ch', 'tf', 'or'] }, { id: 'q', draw: 1, questions: ['ma'] }])).to.deep.equal([]);
    });
    it('reports pools that are not a list, malformed, or draw too many or too few', () => {
      expect(pooled({})).to.deep.equal(['`pools` is not a list.']);
      expect(pooled([{ id: 'p', draw: 1, questions: 'ch' }])).to.deep.equal(['A question pool is malformed.']);
      expect(pooled([{ id: 'p', draw: 3, questions: ['ch', 'tf'] }])).to.deep.equal(['Pool "p" must draw from 1 to 2 questions.']);
      expect(pooled([{ id: 'p', draw: 0, questions: ['ch'] }])).to.deep.equal(['Pool "p" must draw from 1 to 1 questions.']);
      expect(pooled([{ id: 'p', draw: 1.5, questions: ['ch', 'tf'] }])).to.deep.equal(['Pool "p" must draw from 1 to 2 questions.']);
    });
    it('reports a pooled question the module does not have, and a question in two pools', () => {
      expect(pooled([{ id: 'p', draw: 1, questions: ['ghost'] }])).to.deep.equal(['Pool "p" lists the question "ghost", which the module does not have.']);
      expect(pooled([{ id: 'p', draw: 1, questions: ['ch'] }, { id: 'q', draw: 1, questions: ['ch'] }])).to.deep.equal(['The question "ch" is in two pools.']);
    });
  });
});

describe('loadModule', () => {
  const blobUrl = (text: string) => URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const failure = async (url: string) => {
    try {
      await loadModule(url);
    } catch (err) {
      return err as ModuleLoadError;
    }
    throw new Error(`${url} loaded`);
  };

  it('loads a compiled module (JSON) and checks it', async () => {
    const doc = everyKind();
    expect(await loadModule(blobUrl(JSON.stringify(doc)))).to.deep.equal(doc);
  });

  it('loads a Markdown source, parsing it in the browser', async () => {
    const doc = await loadModule('/modules/passwords/en.md');
    expect(doc.meta.id).to.equal('passwords');
    expect(doc.lessons.length).to.be.greaterThan(2);
  });

  it('reads a request already made instead of asking again, and says what is wrong with what it holds', async () => {
    const url = '/modules/passwords/en.md';
    // A response whose body is another module than the URL's: it is the one read.
    const given = new Response('---\nid: given\ntitle: Given\n---\n# One\nText.\n', { status: 200 });
    expect((await loadModule(url, { response: Promise.resolve(given) })).meta.id).to.equal('given');
    const broken = new Response('---\nid: Not An Id\n---\n', { status: 200 });
    try {
      await loadModule(url, { response: Promise.resolve(broken) });
      expect.fail('a broken source loaded');
    } catch (err) {
      expect((err as ModuleLoadError).kind).to.equal('content');
    }
  });

  it('says why a module cannot be loaded: not found, not JSON, not a module', async () => {
    const missing = await failure('/test/content/no-such-module.json');
    expect([missing.name, missing.kind]).to.deep.equal(['ModuleLoadError', 'network']);
    expect(missing.reason).to.contain('404');

    const notJson = await failure(blobUrl('{ not json'));
    expect(notJson.kind).to.equal('format');
    expect(notJson.message).to.contain('could not load the module').and.contain('not valid JSON');

    const notModule = await failure(blobUrl('{"format":1,"lessons":[]}'));
    expect(notModule.kind).to.equal('content');
    expect(notModule.reason).to.contain('The module has no lessons.');
  });

  it('refuses a Markdown source with errors, naming file:line', async () => {
    const err = await failure('/test/content/fixtures/broken.md');
    expect(err.kind).to.equal('content');
    expect(err.reason).to.equal('broken.md:6 Choice "c" has no correct option.');
  });

  it('reports a request that fails outright as a network problem', async () => {
    const url = blobUrl('{}');
    URL.revokeObjectURL(url);
    const err = await failure(url);
    expect(err.kind).to.equal('network');
    expect(err.reason).to.contain('the request failed');
  });
});
