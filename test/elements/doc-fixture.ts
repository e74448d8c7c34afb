import type { ModuleDoc } from '../../src/content/types.js';

/** A small playable module: a reading step, a single choice, a true/false, a multiple choice. */
export function playerDoc(overrides: Partial<ModuleDoc['meta']> = {}): ModuleDoc {
  return {
    format: 1,
    meta: {
      id: 'player-test', lang: 'en', title: 'Test module', summary: 'For tests', ages: '10-14', minutes: 5,
      digcomp: ['4.2'], objectives: ['Test'], vocabulary: [], passMark: 70, mode: 'graded', attempts: 2,
      teacherLed: false, sources: [], bands: [], related: [], ...overrides,
    },
    guides: {},
    lessons: [
      {
        id: 'one', title: 'Lesson one',
        steps: [
          { id: 'one.intro', title: 'Welcome', html: '<p>Read <strong>this</strong> first.</p>' },
          {
            id: 'one.q1', title: 'Pick one', html: '',
            question: {
              kind: 'choice', id: 'q1', promptHtml: '<p>Which is longest?</p>', attempts: 2, weight: 1,
              multiple: false, shuffle: false, explanationHtml: '<p>Length wins.</p>', hintHtml: 'Count the letters.',
              options: [
                { id: 'a', html: 'cat', correct: false, feedbackHtml: '<p>Three letters only.</p>' },
                { id: 'b', html: 'kettle orbit tulip', correct: true, feedbackHtml: '<p>Three words, long.</p>' },
                { id: 'c', html: 'dog', correct: false },
              ],
            },
          },
        ],
      },
      {
        id: 'two', title: 'Lesson two',
        steps: [
          {
            id: 'two.q2', title: 'True or false', html: '<p>Think.</p>',
            question: {
              kind: 'truefalse', id: 'q2', promptHtml: '<p>Change passwords every month.</p>', attempts: 1, weight: 1,
              answer: false, feedbackTrueHtml: '<p>Experts dropped that.</p>', feedbackFalseHtml: '<p>Right.</p>',
            },
          },
          {
            id: 'two.q3', title: 'Several', html: '',
            question: {
              kind: 'choice', id: 'q3', promptHtml: '<p>Which help?</p>', attempts: 2, weight: 2, multiple: true, shuffle: false,
              options: [
                { id: 'a', html: 'A password manager', correct: true },
                { id: 'b', html: 'Two-step login', correct: true },
                { id: 'c', html: 'Your pet\'s name', correct: false },
              ],
            },
          },
        ],
      },
    ],
  };
}

/** A `<script type="application/json">` holding `json`: a module written into a player, as a page does. */
export function jsonScript(json: string): HTMLScriptElement {
  const script = document.createElement('script');
  script.type = 'application/json';
  script.textContent = json;
  return script;
}
