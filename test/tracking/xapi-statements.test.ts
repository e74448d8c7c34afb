/**
 * The `answered` statements for every interaction type the standards share, built from Interaction
 * records, sent to the fake LRS (which runs xapi-validation on each) and read for their formats.
 */
import { expect } from '@open-wc/testing';
import type { Interaction, InteractionType, InteractionValue } from '../../src/tracking/interaction.js';
import { answerResult, interactionDefinition, langMap, questionActivityId, scoreOf, uuid, VERBS } from '../../src/tracking/xapi-statements.js';
import { scormDoc } from './scorm-fixtures.js';
import { fakeLms } from './xapi-fake-lms.js';

const meta = scormDoc().meta;
const choices = [
  { id: 'a', description: 'A password manager' },
  { id: 'b', description: 'Two-step login' },
  { id: 'c', description: "Your pet's name" },
];
const targets = [
  { id: 'x', description: 'Keeps passwords' },
  { id: 'y', description: 'A second check' },
];

function interaction(type: InteractionType, response: InteractionValue, correct: InteractionValue[], extra: Partial<Interaction> = {}): Interaction {
  return {
    id: `q-${type}`, type, description: `A ${type} question with "quotes" & <signs>`, response, correctResponses: correct,
    result: 'incorrect', score: 0.5, weighting: 1, latencyMs: 4321, attempts: 1, at: new Date(), ...extra,
  };
}

const CASES: Interaction[] = [
  interaction('true-false', { kind: 'boolean', value: true }, [{ kind: 'boolean', value: false }]),
  interaction('choice', { kind: 'ids', ids: ['a', 'c'] }, [{ kind: 'ids', ids: ['a', 'b'] }], { choices }),
  interaction('sequencing', { kind: 'ids', ids: ['b', 'a', 'c'] }, [{ kind: 'ids', ids: ['a', 'b', 'c'] }], { choices }),
  interaction('likert', { kind: 'ids', ids: ['b'] }, [], { choices, result: 'neutral' }),
  interaction('matching', { kind: 'pairs', pairs: [['a', 'y'], ['b', 'x']] }, [{ kind: 'pairs', pairs: [['a', 'x'], ['b', 'y']] }], { choices: choices.slice(0, 2), targets }),
  interaction('fill-in', { kind: 'text', values: ['kettle', 'orbit'] }, [{ kind: 'text', values: ['kettle', 'tulip'] }]),
  interaction('long-fill-in', { kind: 'text', values: ['I would tell a trusted adult, then block them.'] }, [], { result: 'neutral' }),
  interaction('numeric', { kind: 'number', value: 12 }, [{ kind: 'number', value: 15 }]),
  interaction('performance', { kind: 'pairs', pairs: [['start', 'screenshot'], ['then', 'report']] }, [{ kind: 'pairs', pairs: [['start', 'screenshot'], ['then', 'block']] }], {
    steps: [{ id: 'start', description: 'A stranger asks for photos' }, { id: 'then', description: 'They threaten you' }],
  }),
  interaction('other', { kind: 'text', values: ['{"x":1}'] }, [], { result: 'correct', score: 1 }),
];

const statementOf = (i: Interaction) => ({
  id: uuid(),
  actor: { objectType: 'Agent', account: { homePage: location.origin, name: 'test-device' } },
  verb: VERBS.answered,
  object: { objectType: 'Activity', id: questionActivityId('https://school.example/netwise/modules/m', i.id), definition: interactionDefinition(i, meta) },
  result: answerResult(i),
  timestamp: new Date().toISOString(),
});

describe('xAPI answered statements for each interaction type', () => {
  it('every type passes xapi-validation at the LRS', async () => {
    const lms = await fakeLms();
    const statements = CASES.map(statementOf);
    const res = await fetch(`${lms.endpoint}statements`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Experience-API-Version': '1.0.3' },
      body: JSON.stringify(statements),
    });
    const log = await lms.log();
    expect(log.rejected.map((r) => r.warnings)).to.deep.equal([]);
    expect(res.status).to.equal(200);
    expect(log.statements).to.have.length(CASES.length);
  });

  it('uses the xAPI response formats and component lists', () => {
    const byType = Object.fromEntries(CASES.map((i) => [i.type, { def: interactionDefinition(i, meta), result: answerResult(i) }]));
    expect(byType['true-false'].result.response).to.equal('true');
    expect(byType['true-false'].def.correctResponsesPattern).to.deep.equal(['false']);
    expect(byType.choice.result.response).to.equal('a[,]c');
    expect((byType.choice.def.choices as any[]).map((c) => c.id)).to.deep.equal(['a', 'b', 'c']);
    expect(byType.sequencing.def.correctResponsesPattern).to.deep.equal(['a[,]b[,]c']);
    expect(byType.matching.result.response).to.equal('a[.]y[,]b[.]x');
    expect((byType.matching.def.source as any[]).map((c) => c.id)).to.deep.equal(['a', 'b']);
    expect((byType.matching.def.target as any[]).map((c) => c.id)).to.deep.equal(['x', 'y']);
    expect((byType.likert.def.scale as any[]).map((c) => c.id)).to.deep.equal(['a', 'b', 'c']);
    expect(byType.likert.def, 'no right answer: no pattern at all').to.not.have.property('correctResponsesPattern');
    expect(byType.likert.result, 'neither right nor wrong').to.not.have.property('success');
    expect(byType['fill-in'].result.response).to.equal('kettle[,]orbit');
    expect(byType.numeric.result.response).to.equal('12');
    expect(byType.numeric.def.correctResponsesPattern).to.deep.equal(['15[:]15']);
    expect(byType.performance.result.response).to.equal('start[.]screenshot[,]then[.]report');
    expect((byType.performance.def.steps as any[]).map((c) => c.id)).to.deep.equal(['start', 'then']);
    expect(byType.choice.result).to.deep.include({ success: false, duration: 'PT4.32S', score: { scaled: 0.5 } });
    expect(byType.choice.def.description).to.deep.equal({ en: 'A choice question with "quotes" & <signs>' });
  });

  it('scores: scaled 0–1 with an integer raw percent; a bad language tag becomes und', () => {
    expect(scoreOf(74.6)).to.deep.equal({ scaled: 0.75, raw: 75, min: 0, max: 100 });
    expect(scoreOf(140)).to.deep.equal({ scaled: 1, raw: 100, min: 0, max: 100 });
    expect(scoreOf(Number.NaN)).to.deep.equal({ scaled: 0, raw: 0, min: 0, max: 100 });
    expect(langMap('x', 'en-GB')).to.deep.equal({ 'en-GB': 'x' });
    expect(langMap('x', 'not a tag')).to.deep.equal({ und: 'x' });
    expect(questionActivityId('https://a.example/m/', 'q 1')).to.equal('https://a.example/m/questions/q%201');
  });
});
