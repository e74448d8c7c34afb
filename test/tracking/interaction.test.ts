/**
 * Interaction records: what a teacher reads in the LMS's report of each answer, in each standard's
 * vocabulary and format.
 */
import { expect } from '@open-wc/testing';
import type { ChoiceQuestion, TrueFalseQuestion } from '../../src/content/types.js';
import type { AnswerRecord } from '../../src/machines/scoring.js';
import {
  interactionOf,
  plainText,
  scorm12Id,
  scorm12Result,
  scorm12Type,
  scorm12Value,
  scorm2004Id,
  scorm2004Pattern,
  scorm2004Value,
} from '../../src/tracking/interaction.js';
import { cmiClockTime, cmiTimespan, cmiTimestamp, isoDuration } from '../../src/tracking/scorm-time.js';

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
    expect(scorm2004Pattern(i, i.correctResponses[0])).to.equal('manager[,]two-step');
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
