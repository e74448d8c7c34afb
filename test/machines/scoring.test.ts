/**
 * Scoring as tables of cases: what each kind of response earns, when it may be submitted, what "the
 * answer" is, and how a module's answers add up (weights, revealed answers, practice mode, bands).
 * Longer than most files on purpose: it is one table of cases per kind, read side by side.
 */
import { expect } from '@open-wc/testing';
import type { ModuleDoc, Question, Response, ScoreBand } from '../../src/content/types.js';
import {
  type AnswerRecord,
  bandFor,
  correctResponse,
  grade,
  hasCorrectResponse,
  isAnswerable,
  isGapRight,
  moduleResult,
  followScenario,
  normalizeAnswer,
  partsRight,
  questionsOf,
  walkScenario,
} from '../../src/machines/scoring.js';
import {
  allKinds, blanks, hotspot, match, multiple, order, reflectPoll, reflectText, scenario, single, sort, story, truefalse,
} from './kinds.js';

type GradeCase = [Question, unknown, number, boolean];

const gradeCases: GradeCase[] = [
  // choice, one right answer
  [single, ['b'], 1, true],
  [single, ['a'], 0, false],
  [single, ['a', 'b'], 0, false],
  [single, [], 0, false],
  [single, 'b', 0, false],
  // choice, several right answers: a share per right pick, minus one per wrong pick, never below 0
  [multiple, ['a', 'b'], 1, true],
  [multiple, ['b', 'a'], 1, true],
  [multiple, ['a'], 0.5, false],
  [multiple, ['a', 'c'], 0, false],
  [multiple, ['a', 'b', 'c'], 0.5, false],
  [multiple, ['c', 'd'], 0, false],
  [multiple, null, 0, false],
  // true/false
  [truefalse, false, 1, true],
  [truefalse, true, 0, false],
  [truefalse, 'false', 0, false],
  [truefalse, 0, 0, false],
  // order: a share per neighbouring pair in the right order
  [order, ['a', 'b', 'c', 'd'], 1, true],
  [order, ['b', 'c', 'd', 'a'], 2 / 3, false],
  [order, ['a', 'b', 'd', 'c'], 1 / 3, false],
  [order, ['d', 'c', 'b', 'a'], 0, false],
  [order, ['a', 'b'], 1 / 3, false],
  [order, 'abcd', 0, false],
  // match: a share per pair
  [match, { p1: 't1', p2: 't2', p3: 't1' }, 1, true],
  [match, { p1: 't1', p2: 't1', p3: 't1' }, 2 / 3, false],
  [match, { p1: 't3', p2: 't3', p3: 't3' }, 0, false],
  [match, {}, 0, false],
  [match, ['t1', 't2', 't1'], 0, false],
  // blanks: a share per gap, any accepted answer, case and spacing ignored
  [blanks, ['phishing', ' 2fa '], 1, true],
  [blanks, ['A  Phishing scam', 'Two-Factor'], 1, true],
  [blanks, ['PHISHING', ''], 0.5, false],
  [blanks, ['nope', 'nope'], 0, false],
  [blanks, [3, '2FA'], 0.5, false],
  [blanks, 'phishing', 0, false],
  [{ ...blanks, caseSensitive: true }, ['phishing', '2FA'], 0.5, false],
  [{ ...blanks, caseSensitive: true }, ['Phishing', '2FA'], 1, true],
  // sort: a share per card
  [sort, { c1: 'phish', c2: 'real', c3: 'phish', c4: 'real' }, 1, true],
  [sort, { c1: 'phish', c2: 'phish', c3: 'phish', c4: 'real' }, 0.75, false],
  [sort, { c1: 'real', c2: 'phish', c3: 'real', c4: 'phish' }, 0, false],
  [sort, null, 0, false],
  // hotspot: a share per target found, minus one per decoy
  [hotspot, ['r1', 'r2'], 1, true],
  [hotspot, ['r2', 'r1'], 1, true],
  [hotspot, ['r1'], 0.5, false],
  [hotspot, ['r1', 'r3'], 0, false],
  [hotspot, ['r1', 'r2', 'r3'], 0.5, false],
  [hotspot, [], 0, false],
  // scenario: the ending's score; right when no ending scores higher
  [scenario, ['start.a'], 1, true],
  [scenario, ['start.b', 'mid.a'], 0.5, false],
  [scenario, ['start.b', 'mid.b'], 0, false],
  [scenario, ['start.b'], 0, false],
  [scenario, ['start.a', 'mid.a'], 0, false],
  [scenario, ['nowhere'], 0, false],
  [story, ['start.b', 'mid.b'], 1, true],
  [story, ['start.b'], 0, false],
  // reflect: done when answered, never wrong
  [reflectText, { text: 'I will ask first' }, 1, true],
  [reflectText, { text: '   ' }, 0, false],
  [reflectText, { text: 'x'.repeat(21) }, 0, false],
  [reflectPoll, { choice: 'o2' }, 1, true],
  [reflectPoll, { choice: 'o9' }, 0, false],
  [reflectPoll, { text: 'yes' }, 0, false],
];

describe('grade', () => {
  for (const [q, response, score, correct] of gradeCases) {
    it(`${q.id}: ${JSON.stringify(response)} scores ${score.toFixed(2)}${correct ? ', right' : ''}`, () => {
      const g = grade(q, response as Response);
      expect(g.score).to.be.closeTo(score, 1e-9);
      expect(g.correct).to.equal(correct);
    });
  }

  it('never throws, whatever the response', () => {
    const junk: unknown[] = [undefined, null, 0, 'x', [], {}, [null], { __proto__: { c1: 'phish' } }, [[]], true];
    for (const q of allKinds) for (const r of junk) expect(() => grade(q, r as Response), `${q.id} ${String(r)}`).not.to.throw();
  });

  it('ignores keys inherited through __proto__', () => {
    const r = JSON.parse('{"__proto__": {"c1": "phish"}}');
    expect(grade(sort, r).score).to.equal(0);
  });
});

type AnswerableCase = [Question, unknown, boolean];

const answerableCases: AnswerableCase[] = [
  [single, ['a'], true],
  [single, [], false],
  [single, ['z'], false],
  [single, null, false],
  [single, undefined, false],
  [multiple, ['a', 'c'], true],
  [truefalse, true, true],
  [truefalse, false, true],
  [truefalse, 'true', false],
  [order, ['d', 'c', 'b', 'a'], true],
  [order, ['a', 'b', 'c'], false],
  [order, ['a', 'a', 'b', 'c'], false],
  [order, ['a', 'b', 'c', 'z'], false],
  [match, { p1: 't3', p2: 't3', p3: 't3' }, true],
  [match, { p1: 't1', p2: 't2' }, false],
  [match, { p1: 't1', p2: 't2', p3: 'zz' }, false],
  [match, { p1: 't1', p2: 't2', p3: 't1', extra: 't1' }, false],
  [blanks, ['phishing', ''], true],
  [blanks, ['  ', ''], false],
  [blanks, ['phishing'], false],
  [sort, { c1: 'real', c2: 'real', c3: 'real', c4: 'real' }, true],
  [sort, { c1: 'real', c2: 'real', c3: 'real' }, false],
  [sort, { c1: 'real', c2: 'real', c3: 'real', c4: 'maybe' }, false],
  [hotspot, ['r3'], true],
  [hotspot, [], false],
  [hotspot, ['r9'], false],
  [scenario, ['start.b', 'mid.b'], true],
  [scenario, ['start.b'], false],
  [scenario, [], false],
  [reflectText, { text: 'ok' }, true],
  [reflectText, { text: '' }, false],
  [reflectText, { text: 'x'.repeat(21) }, false],
  [reflectText, { choice: 'o1' }, false],
  [reflectPoll, { choice: 'o1' }, true],
  [reflectPoll, { choice: '' }, false],
  [reflectPoll, { text: 'o1' }, false],
];

describe('isAnswerable', () => {
  for (const [q, response, ok] of answerableCases) {
    it(`${q.id}: ${JSON.stringify(response)} ${ok ? 'can' : 'cannot'} be submitted`, () => {
      expect(isAnswerable(q, response as Response)).to.equal(ok);
    });
  }
});

describe('correctResponse and hasCorrectResponse', () => {
  const table: Array<[Question, unknown, boolean]> = [
    [single, ['b'], true],
    [multiple, ['a', 'b'], true],
    [truefalse, false, true],
    [order, ['a', 'b', 'c', 'd'], true],
    [match, { p1: 't1', p2: 't2', p3: 't1' }, true],
    [blanks, ['Phishing', '2FA'], true],
    [sort, { c1: 'phish', c2: 'real', c3: 'phish', c4: 'real' }, true],
    [hotspot, ['r1', 'r2'], true],
    [scenario, ['start.a'], true],
    [story, ['start.a'], false],
    [reflectText, { text: '' }, false],
    [reflectPoll, { choice: '' }, false],
  ];
  for (const [q, expected, has] of table) {
    it(`${q.id}: ${JSON.stringify(expected)}${has ? '' : ' (no right answer)'}`, () => {
      expect(correctResponse(q)).to.deep.equal(expected);
      expect(hasCorrectResponse(q)).to.equal(has);
    });
  }

  it('the correct response of every question that has one grades full marks', () => {
    for (const q of allKinds.filter(hasCorrectResponse)) {
      expect(grade(q, correctResponse(q)), q.id).to.deep.equal({ score: 1, correct: true });
    }
  });

  it('a scored scenario whose best ending is deeper gives the shortest path there', () => {
    const deep = { ...scenario, nodes: scenario.nodes.map((n) => (n.id === 'good' ? { ...n, score: 0.2 } : n)) };
    expect(correctResponse(deep)).to.deep.equal(['start.b', 'mid.a']);
  });
});

describe('normalizeAnswer and isGapRight', () => {
  const table: Array<[string, boolean, string]> = [
    ['  Two   Words ', false, 'two words'],
    ['Two Words', true, 'Two Words'],
    ['don\u2019t', false, "don't"],
    ['\u201Cquoted\u201D', false, '"quoted"'],
    ['e\u2013mail', false, 'e-mail'],
    ['\uFF21\uFF22', false, 'ab'],
    ['tab\tand\nnewline', false, 'tab and newline'],
    ['', false, ''],
  ];
  for (const [text, caseSensitive, expected] of table) {
    it(`${JSON.stringify(text)}${caseSensitive ? ' (case matters)' : ''} → ${JSON.stringify(expected)}`, () => {
      expect(normalizeAnswer(text, caseSensitive)).to.equal(expected);
    });
  }

  it('a gap accepts any of its answers, never an empty one, and nothing for a gap it lacks', () => {
    expect(isGapRight(blanks, 1, 'two\u2010factor')).to.equal(true);
    expect(isGapRight(blanks, 0, '')).to.equal(false);
    expect(isGapRight(blanks, 5, 'Phishing')).to.equal(false);
    expect(isGapRight(blanks, 0, 42)).to.equal(false);
  });
});

describe('partsRight (marks part by part)', () => {
  const cases: Array<[string, Question, Response | null, Record<string, boolean>]> = [
    ['picked options', multiple, ['b', 'c'], { b: true, c: false }],
    ['items in their right place', order, ['a', 'c', 'b', 'd'], { a: true, c: false, b: false, d: true }],
    ['pairs, unanswered ones absent', match, { p1: 't1', p2: 't1' }, { p1: true, p2: false }],
    ['cards', sort, { c1: 'phish', c2: 'phish', c3: 'real', c4: 'real' }, { c1: true, c2: false, c3: false, c4: true }],
    ['gaps by index, forgiving case and spaces', blanks, [' phishing ', 'SMS'], { 0: true, 1: false }],
    ['picked regions', hotspot, ['r3', 'r1'], { r1: true, r3: false }],
    ['nothing for true/false', truefalse, true, {}],
    ['nothing for a story', scenario, ['start.a'], {}],
    ['nothing without a response', order, null, {}],
    ['an id like __proto__ as an ordinary key', sort, JSON.parse('{"__proto__": "phish", "c1": "phish"}'), { c1: true }],
  ];
  for (const [name, question, response, parts] of cases) {
    it(`marks ${name}`, () => expect(partsRight(question, response)).to.deep.equal(parts));
  }
});

describe('followScenario (the story so far)', () => {
  it('lists the steps taken and the node reached, and stops at a choice the node does not offer', () => {
    const steps = (path: unknown[]) => {
      const r = followScenario(scenario, path);
      return [r.steps.map((s) => `${s.node.id}:${s.choice.id}`), r.at?.id, r.complete];
    };
    expect(steps([])).to.deep.equal([[], 'start', true]);
    expect(steps(['start.b', 'mid.a'])).to.deep.equal([['start:start.b', 'mid:mid.a'], 'ok', true]);
    expect(steps(['start.b', 'start.a'])).to.deep.equal([['start:start.b'], 'mid', false]);
    expect(steps(['start.a', 'mid.a'])).to.deep.equal([['start:start.a'], 'good', false]);
  });
});

describe('walkScenario', () => {
  const table: Array<[unknown[], string | null]> = [
    [[], 'start'],
    [['start.a'], 'good'],
    [['start.b'], 'mid'],
    [['start.b', 'mid.a'], 'ok'],
    [['mid.a'], null],
    [['start.a', 'start.a'], null],
    [[7], null],
  ];
  for (const [path, node] of table) {
    it(`${JSON.stringify(path)} reaches ${node ?? 'nowhere'}`, () => {
      expect(walkScenario(scenario, path)?.id ?? null).to.equal(node);
    });
  }

  it('a scenario without nodes reaches nowhere', () => {
    expect(walkScenario({ ...scenario, nodes: [] }, [])).to.equal(null);
  });
});

function docOf(questions: Question[], meta: Partial<ModuleDoc['meta']> = {}): ModuleDoc {
  return {
    format: 1,
    meta: {
      id: 'm', lang: 'en', title: 'T', summary: '', ages: '10-14', minutes: 5, digcomp: [], objectives: [], vocabulary: [],
      passMark: 70, mode: 'graded', attempts: 2, teacherLed: false, sources: [], bands: [], related: [], ...meta,
    },
    guides: {},
    lessons: [{ id: 'l', title: 'L', steps: questions.map((question, i) => ({ id: `s${i}`, title: `S${i}`, html: '', question })) }],
  };
}

const answer = (score: number, extra: Partial<AnswerRecord> = {}): AnswerRecord => ({
  response: [], attempts: 1, score, correct: score === 1, done: true, revealed: false, latencyMs: 0, ...extra,
});

describe('moduleResult', () => {
  const w1 = { ...single, id: 'w1', weight: 1 };
  const w3 = { ...truefalse, id: 'w3', weight: 3 };
  const w0 = { ...reflectText, id: 'w0', weight: 0 };
  const doc = docOf([w1, w3, w0]);

  const table: Array<[string, Record<string, AnswerRecord>, Partial<ReturnType<typeof moduleResult>>]> = [
    ['nothing answered', {}, { points: 0, maxPoints: 4, percent: 0, passed: false, answered: 0, questions: 3 }],
    ['all right', { w1: answer(1), w3: answer(1), w0: answer(1) }, { points: 4, maxPoints: 4, percent: 100, passed: true, answered: 3 }],
    ['only the heavy one right', { w1: answer(0), w3: answer(1) }, { points: 3, percent: 75, passed: true, answered: 2 }],
    ['only the light one right', { w1: answer(1), w3: answer(0) }, { points: 1, percent: 25, passed: false }],
    ['partial credit is weighted', { w1: answer(0.5), w3: answer(0.5) }, { points: 2, percent: 50 }],
    ['a revealed answer earns nothing', { w1: answer(1), w3: answer(1, { revealed: true }) }, { points: 1, percent: 25, answered: 2 }],
    ['an unscored question changes nothing', { w0: answer(1) }, { points: 0, percent: 0, answered: 1 }],
    ['69.5% rounds to the pass mark and passes', { w1: answer(0.8), w3: answer(0.66) }, { percent: 70, passed: true }],
    ['67% is below the mark and fails', { w1: answer(0.7), w3: answer(0.66) }, { percent: 67, passed: false }],
  ];
  for (const [name, answers, expected] of table) {
    it(name, () => {
      const r = moduleResult(doc, answers);
      for (const [k, v] of Object.entries(expected)) {
        if (typeof v === 'number') expect(r[k as keyof typeof r], k).to.be.closeTo(v, 1e-9);
        else expect(r[k as keyof typeof r], k).to.equal(v);
      }
      expect(r.graded).to.equal(true);
    });
  }

  it('practice mode computes the percent but gives no verdict', () => {
    const r = moduleResult(docOf([w1, w3], { mode: 'practice' }), { w1: answer(1), w3: answer(1) });
    expect(r).to.include({ percent: 100, graded: false, passed: false });
  });

  it('a module where nothing is scored is 100%', () => {
    expect(moduleResult(docOf([w0]), {})).to.include({ maxPoints: 0, percent: 100, passed: true });
  });

  it('counts only the questions it is given', () => {
    const r = moduleResult(doc, { w1: answer(1), w3: answer(0) }, [w1]);
    expect(r).to.include({ points: 1, maxPoints: 1, percent: 100, answered: 1, questions: 1 });
  });

  it('questionsOf lists every question in reading order', () => {
    expect(questionsOf(doc).map((q) => q.id)).to.deep.equal(['w1', 'w3', 'w0']);
  });
});

describe('bandFor', () => {
  const bands: ScoreBand[] = [
    { min: 0, max: 49, feedbackHtml: 'low' },
    { min: 50, max: 79, feedbackHtml: 'mid' },
    { min: 80, max: 100, feedbackHtml: 'high' },
    { min: 90, max: 100, feedbackHtml: 'never: the first match wins' },
  ];
  const table: Array<[number, string | undefined]> = [[0, 'low'], [49, 'low'], [50, 'mid'], [79, 'mid'], [80, 'high'], [95, 'high'], [100, 'high']];
  for (const [percent, feedback] of table) {
    it(`${percent}% → ${feedback}`, () => expect(bandFor({ percent }, bands)?.feedbackHtml).to.equal(feedback));
  }

  it('gives nothing when no band holds the percent, or there are no bands', () => {
    expect(bandFor({ percent: 60 }, [{ min: 0, max: 49, feedbackHtml: 'low' }])).to.equal(undefined);
    expect(bandFor({ percent: 60 }, [])).to.equal(undefined);
  });
});
