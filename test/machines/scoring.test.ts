import { expect } from '@open-wc/testing';
import { grade } from '../../src/machines/scoring.js';
import type { ChoiceQuestion } from '../../src/content/types.js';

const q: ChoiceQuestion = {
  kind: 'choice', id: 'q', promptHtml: 'p', attempts: 1, weight: 1, multiple: false, shuffle: false,
  options: [ { id: 'a', html: 'a', correct: false }, { id: 'b', html: 'b', correct: true } ],
};

describe('grade (smoke)', () => {
  it('scores a right pick', () => {
    expect(grade(q, ['b'])).to.deep.equal({ score: 1, correct: true });
  });
});
