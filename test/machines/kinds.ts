/** One small question of every kind, for the machine and scoring tests. */
import type {
  BlanksQuestion,
  ChoiceQuestion,
  HotspotQuestion,
  MatchQuestion,
  OrderQuestion,
  Question,
  ReflectQuestion,
  ScenarioQuestion,
  SortQuestion,
  TrueFalseQuestion,
} from '../../src/content/types.js';

const base = { promptHtml: '<p>?</p>', attempts: 2, weight: 1 };

export const single: ChoiceQuestion = {
  ...base, kind: 'choice', id: 'single', multiple: false, shuffle: false,
  options: [
    { id: 'a', html: 'cat', correct: false },
    { id: 'b', html: 'kettle', correct: true },
    { id: 'c', html: 'dog', correct: false },
  ],
};

export const multiple: ChoiceQuestion = {
  ...base, kind: 'choice', id: 'multiple', multiple: true, shuffle: false,
  options: [
    { id: 'a', html: 'manager', correct: true },
    { id: 'b', html: 'two-step', correct: true },
    { id: 'c', html: 'pet name', correct: false },
    { id: 'd', html: 'birthday', correct: false },
  ],
};

export const truefalse: TrueFalseQuestion = { ...base, kind: 'truefalse', id: 'tf', answer: false };

export const order: OrderQuestion = {
  ...base, kind: 'order', id: 'order',
  items: [
    { id: 'a', html: 'Stop' },
    { id: 'b', html: 'Screenshot' },
    { id: 'c', html: 'Block' },
    { id: 'd', html: 'Tell an adult' },
  ],
};

export const match: MatchQuestion = {
  ...base, kind: 'match', id: 'match',
  pairs: [
    { id: 'p1', html: 'BY', target: 't1' },
    { id: 'p2', html: 'NC', target: 't2' },
    { id: 'p3', html: 'Attribution', target: 't1' },
  ],
  targets: [
    { id: 't1', html: 'Credit' },
    { id: 't2', html: 'Not for money' },
    { id: 't3', html: 'Decoy' },
  ],
};

export const blanks: BlanksQuestion = {
  ...base, kind: 'blanks', id: 'blanks', caseSensitive: false,
  textHtml: '<p><span data-gap="0"></span> and <span data-gap="1"></span></p>',
  gaps: [{ answers: ['Phishing', 'a phishing scam'] }, { answers: ['2FA', 'two-factor'] }],
};

export const sort: SortQuestion = {
  ...base, kind: 'sort', id: 'sort',
  groups: [{ id: 'phish', html: 'Phishing' }, { id: 'real', html: 'Genuine' }],
  cards: [
    { id: 'c1', html: 'Urgent!', group: 'phish' },
    { id: 'c2', html: 'Newsletter', group: 'real' },
    { id: 'c3', html: 'Prize', group: 'phish' },
    { id: 'c4', html: 'Receipt', group: 'real' },
  ],
};

export const hotspot: HotspotQuestion = {
  ...base, kind: 'hotspot', id: 'hotspot', stageHtml: '<div data-hotspot="timer"></div>',
  regions: [
    { id: 'r1', label: 'Timer', target: true, area: { shape: 'element', name: 'timer' } },
    { id: 'r2', label: 'Sender', target: true, area: { shape: 'rect', x: 0, y: 0, width: 10, height: 10 } },
    { id: 'r3', label: 'Logo', target: false, area: { shape: 'rect', x: 50, y: 50, width: 10, height: 10 } },
  ],
};

/** start ─a─▶ good (1) ; start ─b─▶ mid ─a─▶ ok (0.5) ; mid ─b─▶ bad (no score) */
export const scenario: ScenarioQuestion = {
  ...base, kind: 'scenario', id: 'scenario', scored: true,
  nodes: [
    { id: 'start', html: 'A message', ending: false, choices: [
      { id: 'start.a', html: 'Ignore', next: 'good' },
      { id: 'start.b', html: 'Reply', next: 'mid' },
    ] },
    { id: 'mid', html: 'They ask more', ending: false, choices: [
      { id: 'mid.a', html: 'Stop', next: 'ok' },
      { id: 'mid.b', html: 'Send it', next: 'bad' },
    ] },
    { id: 'good', html: 'Safe', ending: true, choices: [], score: 1 },
    { id: 'ok', html: 'Fine', ending: true, choices: [], score: 0.5 },
    { id: 'bad', html: 'Trouble', ending: true, choices: [] },
  ],
};

export const story: ScenarioQuestion = {
  ...scenario, id: 'story', scored: false, weight: 0,
  nodes: scenario.nodes.map((n) => ({ ...n, score: undefined })),
};

export const reflectText: ReflectQuestion = { ...base, kind: 'reflect', id: 'reflect', weight: 0, options: [], maxLength: 20 };

export const reflectPoll: ReflectQuestion = {
  ...base, kind: 'reflect', id: 'poll', weight: 0, maxLength: 200,
  options: [{ id: 'o1', html: 'Yes' }, { id: 'o2', html: 'No' }],
};

export const allKinds: Question[] = [single, multiple, truefalse, order, match, blanks, sort, hotspot, scenario, story, reflectText, reflectPoll];
