/**
 * Interaction records: what a teacher reads in the LMS's report of each answer, in each standard's
 * vocabulary and format.
 */
import { expect } from '@open-wc/testing';
import { Scorm12API } from 'scorm-again';
import type {
  BlanksQuestion,
  ChoiceQuestion,
  HotspotQuestion,
  MatchQuestion,
  OrderQuestion,
  Question,
  ReflectQuestion,
  Response,
  ScenarioQuestion,
  SortQuestion,
  TrueFalseQuestion,
} from '../../src/content/types.js';
import type { AnswerRecord } from '../../src/machines/scoring.js';
import { grade } from '../../src/machines/scoring.js';
import { type Interaction, interactionOf, plainText } from '../../src/tracking/interaction.js';
import {
  scorm12Id,
  scorm12Result,
  scorm12Type,
  scorm12Value,
  scorm2004Id,
  scorm2004Pattern,
  scorm2004Value,
} from '../../src/tracking/scorm-format.js';
import { cmiClockTime, cmiTimespan, cmiTimestamp, isoDuration } from '../../src/tracking/scorm-time.js';
import { MoodleLike2004, moodleViolations } from './scorm-fixtures.js';

const single: ChoiceQuestion = {
  kind: 'choice', id: 'strongest', promptHtml: '<p>Which is the <strong>hardest</strong> to guess &amp; why?</p>', attempts: 2, weight: 2,
  multiple: false, shuffle: true,
  options: [
    { id: 'a', html: 'Summer2024!', correct: false },
    { id: 'b', html: '<em>kettle orbit tulip</em>', correct: true },
    { id: 'c', html: 'P@ssw0rd', correct: false },
  ],
};

const named: ChoiceQuestion = {
  kind: 'choice', id: 'helps two', promptHtml: '<p>Which help?</p>', attempts: 2, weight: 1, multiple: true, shuffle: false,
  options: [
    { id: 'manager', html: 'A password manager', correct: true },
    { id: 'two-step', html: 'Two-step login', correct: true },
    { id: 'pet name', html: "Your pet's name", correct: false },
  ],
};

const tf: TrueFalseQuestion = {
  kind: 'truefalse', id: 'change-monthly', promptHtml: '<p>Change every password every month.</p>', attempts: 1, weight: 1, answer: false,
};

const record = (over: Partial<AnswerRecord>): AnswerRecord => ({
  response: [], attempts: 1, score: 0, correct: false, done: true, revealed: false, latencyMs: 0, ...over,
});

const at = new Date(2026, 10, 22, 9, 5, 7);

describe('interactionOf', () => {
  it('describes a choice answer: type, response, correct pattern, result, weight, latency, text', () => {
    const i = interactionOf(single, record({ response: ['a'], score: 0, correct: false, latencyMs: 12_345 }), at);
    expect(i).to.include({ id: 'strongest', type: 'choice', result: 'incorrect', weighting: 2, latencyMs: 12_345, attempts: 1, score: 0 });
    expect(i.description).to.equal('Which is the hardest to guess & why?');
    expect(i.response).to.deep.equal({ kind: 'ids', ids: ['a'] });
    expect(i.correctResponses).to.deep.equal([{ kind: 'ids', ids: ['b'] }]);
    expect(i.choices!.map((c) => c.description)).to.deep.equal(['Summer2024!', 'kettle orbit tulip', 'P@ssw0rd']);
  });

  it('describes a true/false answer', () => {
    const i = interactionOf(tf, record({ response: false, score: 1, correct: true }), at);
    expect(i).to.include({ type: 'true-false', result: 'correct' });
    expect(i.response).to.deep.equal({ kind: 'boolean', value: false });
    expect(i.correctResponses).to.deep.equal([{ kind: 'boolean', value: false }]);
  });

  it('turns prompt HTML into plain text, entities decoded', () => {
    expect(plainText('<p>Tom &amp; Jerry&#39;s <a href="x">link</a>&nbsp;&#x263A;</p>')).to.equal("Tom & Jerry's link ☺");
  });
});

describe('SCORM 1.2 formats', () => {
  it('uses 1.2 vocabulary: wrong, t/f, single characters joined by commas', () => {
    const wrong = interactionOf(single, record({ response: ['a', 'c'] }), at);
    expect(scorm12Type(wrong.type)).to.equal('choice');
    expect(scorm12Result(wrong.result)).to.equal('wrong');
    expect(scorm12Value(wrong, wrong.response)).to.equal('a,c');
    expect(scorm12Value(wrong, wrong.correctResponses[0])).to.equal('b');
    const t = interactionOf(tf, record({ response: true }), at);
    expect(scorm12Type(t.type)).to.equal('true-false');
    expect(scorm12Value(t, t.response)).to.equal('t');
    expect(scorm12Value(t, t.correctResponses[0])).to.equal('f');
  });

  it('maps author-named options to one character each, by position', () => {
    const i = interactionOf(named, record({ response: ['two-step', 'pet name'] }), at);
    expect(scorm12Value(i, i.response)).to.equal('b,c');
    expect(scorm12Value(i, i.correctResponses[0])).to.equal('a,b');
  });

  it('makes ids Moodle accepts (no spaces, printable ASCII, ≤ 255)', () => {
    expect(scorm12Id('helps two')).to.equal('helps_two');
    expect(scorm12Id('ünïcode.id')).to.match(/^[A-Za-z0-9_-]+$/);
    expect(scorm12Id('x'.repeat(300))).to.have.length(255);
  });

  it('maps types 1.2 lacks onto ones it has', () => {
    expect(scorm12Type('long-fill-in')).to.equal('fill-in');
    expect(scorm12Type('other')).to.equal('performance');
  });

  it('keeps free text within CMIFeedback (255)', () => {
    const i = { ...interactionOf(tf, record({}), at), type: 'fill-in' as const };
    expect(scorm12Value(i, { kind: 'text', values: ['y'.repeat(400)] })).to.have.length(255);
  });
});

describe('SCORM 2004 formats', () => {
  it('uses [,] between ids, true/false, incorrect', () => {
    const i = interactionOf(named, record({ response: ['manager', 'pet name'], score: 0, correct: false }), at);
    expect(scorm2004Value(i, i.response)).to.equal('manager[,]pet_name');
    // Identifiers as Moodle takes them: `-` is written `.`.
    expect(scorm2004Pattern(i, i.correctResponses[0])).to.equal('manager[,]two.step');
    expect(i.result).to.equal('incorrect');
    expect(scorm2004Id(i.id)).to.equal('helps_two');
    const t = interactionOf(tf, record({ response: true }), at);
    expect(scorm2004Value(t, t.response)).to.equal('true');
  });

  it('formats matching pairs and numeric ranges', () => {
    const i = { ...interactionOf(tf, record({}), at), type: 'matching' as const };
    expect(scorm2004Value(i, { kind: 'pairs', pairs: [['a', 'x'], ['b', 'y']] })).to.equal('a[.]x[,]b[.]y');
    const n = { ...i, type: 'numeric' as const };
    expect(scorm2004Pattern(n, { kind: 'number', value: 3 })).to.equal('3[:]3');
  });
});

describe('SCORM times', () => {
  it('writes 1.2 timespans with two or more hour digits (Moodle rejects 0:05:00)', () => {
    const moodle = /^([0-9]{2,4}):([0-9]{2}):([0-9]{2})(\.[0-9]{1,2})?$/;
    for (const ms of [0, 999, 65_250, 3_600_000 * 12 + 61_000, 3_600_000 * 123]) expect(cmiTimespan(ms)).to.match(moodle);
    expect(cmiTimespan(65_250)).to.equal('00:01:05.25');
    expect(cmiTimespan(3_600_000 * 20_000)).to.equal('9999:59:59.99');
  });

  it('writes 2004 ISO durations with at most two decimals', () => {
    expect(isoDuration(0)).to.equal('PT0S');
    expect(isoDuration(65_250)).to.equal('PT1M5.25S');
    expect(isoDuration(3_600_000 + 30_004)).to.equal('PT1H30S');
    expect(isoDuration(3_600_000)).to.equal('PT1H');
  });

  it('writes clock times and timestamps', () => {
    expect(cmiClockTime(at)).to.equal('09:05:07');
    expect(cmiTimestamp(at)).to.equal('2026-11-22T09:05:07');
  });
});

// ---------------------------------------------------------------------------------------------------
// The richer kinds: one row per kind and answer, with what each SCORM version must show.

const base = { attempts: 2, weight: 1 };

const order: OrderQuestion = {
  ...base, kind: 'order', id: 'report-steps', promptHtml: '<p>Put the steps in order.</p>',
  items: [
    { id: 'no-reply', html: 'Do not reply' },
    { id: 'screenshot', html: 'Take a screenshot' },
    { id: 'block', html: 'Block and report' },
  ],
};

const match: MatchQuestion = {
  ...base, kind: 'match', id: 'words', promptHtml: '<p>Match each word.</p>',
  pairs: [
    { id: 'a', html: 'Phishing', target: '1' },
    { id: 'b', html: 'Malware', target: '2' },
  ],
  targets: [
    { id: '1', html: 'A message that pretends' },
    { id: '2', html: 'Software made to harm' },
    { id: '3', html: 'A decoy' },
  ],
};

const blanks: BlanksQuestion = {
  ...base, kind: 'blanks', id: 'three-words', promptHtml: '<p>Fill the gaps.</p>', caseSensitive: false,
  textHtml: '<p>Use <span data-gap="0"></span> random words and <span data-gap="1"></span> login.</p>',
  gaps: [{ answers: ['three', '3'] }, { answers: ['two-step', '2-step', 'two-factor'] }],
};

const blanksCase: BlanksQuestion = {
  ...blanks, id: 'acronym', caseSensitive: true, textHtml: '<p>The <span data-gap="0"></span> helps.</p>', gaps: [{ answers: ['NCSC'] }],
};

const sort: SortQuestion = {
  ...base, kind: 'sort', id: 'phishing-or-not', promptHtml: '<p>Sort the messages.</p>',
  groups: [{ id: 'phishing', html: 'Phishing' }, { id: 'genuine', html: 'Genuine' }],
  cards: [
    { id: 'c1', html: 'Account locked! Click here.', group: 'phishing' },
    { id: 'c2', html: 'Your book is due Friday.', group: 'genuine' },
    { id: 'c3', html: 'You won a phone!', group: 'phishing' },
  ],
};

const hotspot: HotspotQuestion = {
  ...base, kind: 'hotspot', id: 'shop-tricks', promptHtml: '<p>Find the tricks.</p>', image: { src: 'shop.png', alt: 'A shop' },
  regions: [
    { id: 'countdown', label: 'Countdown timer', target: true, area: { shape: 'rect', x: 1, y: 1, width: 10, height: 10 } },
    { id: 'gems', label: 'Price in gems', target: true, area: { shape: 'rect', x: 20, y: 1, width: 10, height: 10 } },
    { id: 'help', label: 'Help button', target: false, area: { shape: 'rect', x: 40, y: 1, width: 10, height: 10 } },
  ],
};

const scenario: ScenarioQuestion = {
  ...base, kind: 'scenario', id: 'free-skins', promptHtml: '<p>A stranger writes.</p>', scored: true,
  nodes: [
    {
      id: 'start', html: '<p>Want free skins?</p>', ending: false, choices: [
        { id: 'start.a', html: 'Send your login', next: 'hacked' },
        { id: 'start.b', html: 'Ask how', next: 'asked' },
        { id: 'start.c', html: 'Block them', next: 'safe' },
      ],
    },
    {
      id: 'asked', html: '<p>Easy: I log in.</p>', ending: false, choices: [
        { id: 'asked.a', html: 'OK', next: 'hacked' },
        { id: 'asked.b', html: 'No, block', next: 'safe' },
      ],
    },
    { id: 'hacked', html: '<p>Gone.</p>', ending: true, choices: [], score: 0 },
    { id: 'safe', html: '<p>Well done.</p>', ending: true, choices: [], score: 1 },
  ],
};

const story: ScenarioQuestion = {
  ...scenario, id: 'story', scored: false, weight: 0, nodes: scenario.nodes.map((n) => ({ ...n, score: undefined })),
};

const poll: ReflectQuestion = {
  ...base, kind: 'reflect', id: 'how-often', promptHtml: '<p>How often do you play?</p>', weight: 0, maxLength: 500,
  options: [{ id: 'a', html: 'Every day' }, { id: 'b', html: 'Rarely' }],
};

const journal: ReflectQuestion = { ...poll, id: 'feelings', promptHtml: '<p>How would you feel?</p>', options: [] };

/** The record the module machine keeps, graded the way the machine grades it. */
function answered(q: Question, response: Response): AnswerRecord {
  const g = grade(q, response);
  return { response, attempts: 1, score: g.score, correct: g.correct, done: true, revealed: false, latencyMs: 1500 };
}

interface Row {
  name: string;
  question: Question;
  response: Response;
  type: Interaction['type'];
  result: Interaction['result'];
  scorm12: { type: string; response: string; patterns: string[]; result: string };
  scorm2004: { response: string; patterns: string[] };
}

const rows: Row[] = [
  {
    name: 'order, one pair swapped', question: order, response: ['screenshot', 'no-reply', 'block'], type: 'sequencing', result: 'incorrect',
    scorm12: { type: 'sequencing', response: 'b,a,c', patterns: ['a,b,c'], result: 'wrong' },
    scorm2004: { response: 'screenshot[,]no.reply[,]block', patterns: ['no.reply[,]screenshot[,]block'] },
  },
  {
    name: 'order, right', question: order, response: ['no-reply', 'screenshot', 'block'], type: 'sequencing', result: 'correct',
    scorm12: { type: 'sequencing', response: 'a,b,c', patterns: ['a,b,c'], result: 'correct' },
    scorm2004: { response: 'no.reply[,]screenshot[,]block', patterns: ['no.reply[,]screenshot[,]block'] },
  },
  {
    name: 'match, one on a decoy', question: match, response: { b: '3', a: '1' }, type: 'matching', result: 'incorrect',
    scorm12: { type: 'matching', response: 'a.1,b.3', patterns: ['a.1,b.2'], result: 'wrong' },
    scorm2004: { response: 'a[.]1[,]b[.]3', patterns: ['a[.]1[,]b[.]2'] },
  },
  {
    name: 'blanks, alternatives accepted', question: blanks, response: ['3', ' Two-Factor '], type: 'fill-in', result: 'correct',
    scorm12: {
      type: 'fill-in', response: '3,Two-Factor', result: 'correct',
      patterns: ['three,two-step', 'three,2-step', 'three,two-factor', '3,two-step', '3,2-step'],
    },
    scorm2004: {
      response: '3[,]Two-Factor',
      patterns: ['three[,]two-step', 'three[,]2-step', 'three[,]two-factor', '3[,]two-step', '3[,]2-step'],
    },
  },
  {
    name: 'blanks, case matters', question: blanksCase, response: ['ncsc'], type: 'fill-in', result: 'incorrect',
    scorm12: { type: 'fill-in', response: 'ncsc', patterns: ['NCSC'], result: 'wrong' },
    scorm2004: { response: 'ncsc', patterns: ['{case_matters=true}NCSC'] },
  },
  {
    name: 'sort, one card misplaced', question: sort, response: { c1: 'phishing', c2: 'phishing', c3: 'phishing' }, type: 'matching', result: 'incorrect',
    scorm12: { type: 'matching', response: 'a.a,b.a,c.a', patterns: ['a.a,b.b,c.a'], result: 'wrong' },
    scorm2004: { response: 'c1[.]phishing[,]c2[.]phishing[,]c3[.]phishing', patterns: ['c1[.]phishing[,]c2[.]genuine[,]c3[.]phishing'] },
  },
  {
    name: 'hotspot, a decoy marked', question: hotspot, response: ['help', 'countdown'], type: 'choice', result: 'incorrect',
    scorm12: { type: 'choice', response: 'c,a', patterns: ['a,b'], result: 'wrong' },
    scorm2004: { response: 'help[,]countdown', patterns: ['countdown[,]gems'] },
  },
  {
    name: 'scenario (scored), the long way to the best ending', question: scenario, response: ['start.b', 'asked.b'], type: 'performance', result: 'correct',
    scorm12: { type: 'performance', response: 'start.b,asked.b', patterns: ['start.c'], result: 'correct' },
    scorm2004: { response: 'start[.]start.b[,]asked[.]asked.b', patterns: ['start[.]start.c'] },
  },
  {
    name: 'scenario (scored), a bad ending', question: scenario, response: ['start.a'], type: 'performance', result: 'incorrect',
    scorm12: { type: 'performance', response: 'start.a', patterns: ['start.c'], result: 'wrong' },
    scorm2004: { response: 'start[.]start.a', patterns: ['start[.]start.c'] },
  },
  {
    name: 'scenario (unscored)', question: story, response: ['start.b', 'asked.a'], type: 'performance', result: 'neutral',
    scorm12: { type: 'performance', response: 'start.b,asked.a', patterns: [], result: 'neutral' },
    scorm2004: { response: 'start[.]start.b[,]asked[.]asked.a', patterns: [] },
  },
  {
    name: 'reflect poll', question: poll, response: { choice: 'b' }, type: 'choice', result: 'neutral',
    scorm12: { type: 'choice', response: 'b', patterns: [], result: 'neutral' },
    scorm2004: { response: 'b', patterns: [] },
  },
  {
    name: 'reflect text over two lines', question: journal, response: { text: 'Upset, and then\nI would tell someone.' }, type: 'long-fill-in', result: 'neutral',
    scorm12: { type: 'fill-in', response: 'Upset, and then I would tell someone.', patterns: [], result: 'neutral' },
    scorm2004: { response: 'Upset, and then I would tell someone.', patterns: [] },
  },
];

/** Writes `i` to a fresh SCORM 2004 LMS as strict as Moodle; returns the elements it refused, with their error codes. */
function refusedBy2004(i: Interaction): string[] {
  const api = new MoodleLike2004();
  api.Initialize('');
  const refused: string[] = [];
  const set = (el: string, v: string) => {
    if (api.SetValue(el, v) !== 'true') refused.push(`${el}=${JSON.stringify(v)} (${api.GetLastError()})`);
  };
  set('cmi.interactions.0.id', scorm2004Id(i.id));
  set('cmi.interactions.0.type', i.type);
  set('cmi.interactions.0.learner_response', scorm2004Value(i, i.response));
  i.correctResponses.forEach((p, m) => set(`cmi.interactions.0.correct_responses.${m}.pattern`, scorm2004Pattern(i, p)));
  set('cmi.interactions.0.result', i.result);
  return refused;
}

/** Writes `i` to a fresh scorm-again SCORM 1.2 LMS and holds the values to Moodle's rules; returns the faults. */
function refusedBy12(i: Interaction): string[] {
  const api = new Scorm12API({ logLevel: 5, autocommit: false });
  api.LMSInitialize('');
  const sets = [
    { element: 'cmi.interactions.0.id', value: scorm12Id(i.id) },
    { element: 'cmi.interactions.0.type', value: scorm12Type(i.type) },
    { element: 'cmi.interactions.0.student_response', value: scorm12Value(i, i.response) },
    ...i.correctResponses.map((p, m) => ({ element: `cmi.interactions.0.correct_responses.${m}.pattern`, value: scorm12Value(i, p) })),
    { element: 'cmi.interactions.0.result', value: scorm12Result(i.result) },
  ];
  const refused = sets.filter(({ element, value }) => api.LMSSetValue(element, value) !== 'true').map((s) => `${s.element}=${JSON.stringify(s.value)}`);
  return [...refused, ...moodleViolations(sets)];
}

describe('interactions of every question kind', () => {
  for (const row of rows) {
    describe(row.name, () => {
      const i = interactionOf(row.question, answered(row.question, row.response), at);

      it('has the standard-neutral type and result', () => {
        expect(i).to.include({ id: row.question.id, type: row.type, result: row.result, latencyMs: 1500, weighting: row.question.weight });
      });

      it('reads in SCORM 1.2 as Moodle shows it, every value accepted', () => {
        expect(scorm12Type(i.type)).to.equal(row.scorm12.type);
        expect(scorm12Value(i, i.response)).to.equal(row.scorm12.response);
        expect(i.correctResponses.map((p) => scorm12Value(i, p))).to.deep.equal(row.scorm12.patterns);
        expect(scorm12Result(i.result)).to.equal(row.scorm12.result);
        expect(refusedBy12(i)).to.deep.equal([]);
      });

      it('reads in SCORM 2004 with [,] and [.] delimiters, every value accepted', () => {
        expect(scorm2004Value(i, i.response)).to.equal(row.scorm2004.response);
        expect(i.correctResponses.map((p) => scorm2004Pattern(i, p))).to.deep.equal(row.scorm2004.patterns);
        expect(refusedBy2004(i)).to.deep.equal([]);
      });
    });
  }
});

describe('what the richer kinds tell a report', () => {
  const record = (q: Question, r: Response) => interactionOf(q, answered(q, r), at);

  it('names the options, pairs, cards, regions and steps with their words', () => {
    expect(record(order, ['block']).choices!.map((c) => c.description)).to.deep.equal(['Do not reply', 'Take a screenshot', 'Block and report']);
    const m = record(match, {});
    expect(m.targets!.map((t) => t.description)).to.deep.equal(['A message that pretends', 'Software made to harm', 'A decoy']);
    expect(record(sort, {}).targets!.map((t) => t.id)).to.deep.equal(['phishing', 'genuine']);
    expect(record(hotspot, []).choices!.map((c) => c.description)).to.deep.equal(['Countdown timer', 'Price in gems', 'Help button']);
    // Only nodes with choices are steps; an ending is where the path stops, not a step.
    expect(record(scenario, []).steps).to.deep.equal([{ id: 'start', description: 'Want free skins?' }, { id: 'asked', description: 'Easy: I log in.' }]);
    expect(record(poll, { choice: 'a' }).choices!.map((c) => c.description)).to.deep.equal(['Every day', 'Rarely']);
  });

  it('describes a blanks question with its text, gaps shown as ___', () => {
    expect(record(blanks, ['', '']).description).to.equal('Fill the gaps. Use ___ random words and ___ login.');
  });

  it('keeps one value per gap, empty ones included, so each value stays under its gap', () => {
    const i = record(blanks, ['', 'two-step']);
    expect(i.response).to.deep.equal({ kind: 'text', values: ['', 'two-step'] });
    expect(scorm2004Value(i, i.response)).to.equal('[,]two-step');
    expect(refusedBy2004(i)).to.deep.equal([]);
  });

  it('carries case_matters only for case-sensitive blanks', () => {
    expect(record(blanksCase, ['NCSC']).caseMatters).to.equal(true);
    expect(record(blanks, ['3', '2-step']).caseMatters).to.equal(false);
  });

  it('gives at most five fill-in patterns, the authored solution first', () => {
    const many: BlanksQuestion = { ...blanks, gaps: [{ answers: ['a', 'b', 'c'] }, { answers: ['d', 'e', 'f'] }, { answers: ['g', 'h'] }] };
    const patterns = record(many, ['a', 'd', 'g']).correctResponses;
    expect(patterns).to.have.length(5);
    expect(patterns[0]).to.deep.equal({ kind: 'text', values: ['a', 'd', 'g'] });
    expect(new Set(patterns.map((p) => JSON.stringify(p))).size).to.equal(5);
  });

  it('lists only the pairs and cards placed, in authored order', () => {
    expect(record(sort, { c3: 'genuine', c1: 'phishing' }).response).to.deep.equal({ kind: 'pairs', pairs: [['c1', 'phishing'], ['c3', 'genuine']] });
    expect(record(match, { __proto__: '1', a: '2' } as never).response).to.deep.equal({ kind: 'pairs', pairs: [['a', '2']] });
  });

  it('gives a scenario no pattern and a neutral result when it is not scored, whichever ending', () => {
    for (const path of [['start.a'], ['start.c'], ['start.b', 'asked.b']]) {
      const i = record(story, path);
      expect([i.result, i.correctResponses.length]).to.deep.equal(['neutral', 0]);
    }
  });

  it('keeps free text within each standard: 255 (1.2), 4000 (2004 long-fill-in), 250 per gap (2004 fill-in)', () => {
    const long = record({ ...journal, maxLength: 5000 }, { text: 'word '.repeat(1000) });
    expect(scorm12Value(long, long.response)).to.have.length(255);
    expect(scorm2004Value(long, long.response)).to.have.length(4000);
    expect(refusedBy2004(long)).to.deep.equal([]);
    expect(refusedBy12(long)).to.deep.equal([]);
    const gap = record(blanks, ['x'.repeat(300), 'y']);
    expect(scorm2004Value(gap, gap.response).split('[,]').map((v) => v.length)).to.deep.equal([250, 1]);
  });

  it('never lets typed text pose as a 2004 delimiter', () => {
    const braces = record(journal, { text: '{lang=xx} not a tag' });
    expect(scorm2004Value(braces, braces.response)).to.not.match(/^\{/);
    expect(refusedBy2004(braces)).to.deep.equal([]);
    const comma = record(blanks, ['a[,]b', 'c']);
    expect(scorm2004Value(comma, comma.response)).to.equal('a,b[,]c');
  });

  it('keeps 1.2 choice ids to one character each, even for many regions', () => {
    const many: HotspotQuestion = {
      ...hotspot,
      regions: Array.from({ length: 12 }, (_, n) => ({ id: `region-${n}`, label: `R${n}`, target: n < 2, area: { shape: 'element' as const, name: `r${n}` } })),
    };
    const i = record(many, ['region-11', 'region-0']);
    expect(scorm12Value(i, i.response)).to.equal('l,a');
    expect(refusedBy12(i)).to.deep.equal([]);
  });
});
