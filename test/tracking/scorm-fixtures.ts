/**
 * Shared by the SCORM tracker tests: a small module, a way to play it through the module machine, a
 * call-recording wrapper around an LMS API, an in-memory Storage, and Moodle's SCORM 1.2 formats.
 */
import { Scorm2004API } from 'scorm-again';
import { createActor } from 'xstate';
import type { ModuleDoc, Question, Response } from '../../src/content/types.js';
import { moduleMachine } from '../../src/machines/machines.js';
import type { SavedProgress } from '../../src/machines/progress.js';
import { connectTracker } from '../../src/tracking/connect.js';
import type { Tracker } from '../../src/tracking/tracker.js';

/** Intro, a single choice (2 tries), a true/false (1 try), a multiple choice worth 2 points. */
export function scormDoc(over: Partial<ModuleDoc['meta']> = {}): ModuleDoc {
  return {
    format: 1,
    meta: {
      id: 'scorm-test', lang: 'en', title: 'SCORM test', summary: 'For tests', ages: '10-14', minutes: 5, digcomp: ['4.2'],
      objectives: ['Test'], vocabulary: [], passMark: 70, mode: 'graded', attempts: 2, teacherLed: false, sources: [], bands: [],
      related: [], ...over,
    },
    guides: {},
    lessons: [
      {
        id: 'one', title: 'One',
        steps: [
          { id: 'one.intro', title: 'Welcome', html: '<p>Hello</p>' },
          {
            id: 'one.q1', title: 'Pick one', html: '',
            question: {
              kind: 'choice', id: 'q1', promptHtml: '<p>Which is <em>longest</em>?</p>', attempts: 2, weight: 1, multiple: false, shuffle: false,
              options: [
                { id: 'a', html: 'cat', correct: false },
                { id: 'b', html: 'kettle orbit tulip', correct: true },
                { id: 'c', html: 'dog', correct: false },
              ],
            },
          },
        ],
      },
      {
        id: 'two', title: 'Two',
        steps: [
          {
            id: 'two.q2', title: 'True or false', html: '',
            question: { kind: 'truefalse', id: 'q2', promptHtml: '<p>Change passwords every month.</p>', attempts: 1, weight: 1, answer: false },
          },
          {
            id: 'two.q3', title: 'Several', html: '',
            question: {
              kind: 'choice', id: 'q3', promptHtml: '<p>Which help?</p>', attempts: 2, weight: 2, multiple: true, shuffle: false,
              options: [
                { id: 'a', html: 'A password manager', correct: true },
                { id: 'b', html: 'Two-step login', correct: true },
                { id: 'c', html: "Your pet's name", correct: false },
              ],
            },
          },
        ],
      },
    ],
  };
}

/**
 * A module actor wired to `tracker`, resumed from what the tracker returns, with helpers to play it.
 * With `clock`, the steps and submissions carry its times, as the player's do (the question clock).
 */
export async function play(doc: ModuleDoc, tracker: Tracker, clock?: () => number) {
  const saved = await tracker.start(doc.meta);
  const actor = createActor(moduleMachine, { input: { doc, saved, startedAt: clock?.() } });
  const disconnect = connectTracker(actor, tracker);
  actor.start();
  const question = (id: string) => actor.getSnapshot().children[id as never] as unknown as { send(e: unknown): void };
  return {
    actor,
    saved,
    disconnect,
    answer(id: string, response: Response) {
      question(id).send({ type: 'question.respond', response });
      question(id).send({ type: 'question.submit', at: clock?.() });
    },
    retry(id: string) {
      question(id).send({ type: 'question.retry' });
    },
    next() {
      actor.send({ type: 'module.next', at: clock?.() });
    },
    back() {
      actor.send({ type: 'module.back', at: clock?.() });
    },
    /** The page goes away (what the player sends on `pagehide`). */
    pause() {
      actor.send({ type: 'module.pause', at: clock?.() ?? 0 });
    },
    get step() {
      const c = actor.getSnapshot().context;
      return c.steps[c.index].step.id;
    },
  };
}

/** Plays `scormDoc` to the end: q1 wrong then right, q2 wrong (t), q3 right (a,b) → 3 of 4 points, 75%. */
export async function playThrough(doc: ModuleDoc, tracker: Tracker) {
  const p = await play(doc, tracker);
  p.next();
  p.answer('q1', ['a']);
  p.retry('q1');
  p.answer('q1', ['b']);
  p.next();
  p.answer('q2', true);
  p.next();
  p.answer('q3', ['a', 'b']);
  p.next();
  await Promise.resolve();
  return p;
}

export interface Call {
  method: string;
  args: unknown[];
  result: unknown;
}

/**
 * Wraps an LMS API object: every call is recorded with its result, and `override` can replace a method
 * (to make it fail or throw) at any time.
 */
export function recording<T extends object>(api: T) {
  const calls: Call[] = [];
  const overrides: Record<string, ((...args: unknown[]) => unknown) | undefined> = {};
  const wrapper: Record<string, unknown> = {};
  let proto: object | null = api;
  const names = new Set<string>();
  while (proto && proto !== Object.prototype) {
    for (const name of Object.getOwnPropertyNames(proto)) if (/^(LMS[A-Z]|Initialize|Terminate|GetValue|SetValue|Commit|Get[A-Z])/.test(name)) names.add(name);
    proto = Object.getPrototypeOf(proto);
  }
  for (const name of names) {
    wrapper[name] = (...args: unknown[]) => {
      const fn = overrides[name] ?? ((...a: unknown[]) => (api as Record<string, (...x: unknown[]) => unknown>)[name](...a));
      let result: unknown;
      try {
        result = fn(...args);
      } catch (err) {
        calls.push({ method: name, args, result: err });
        throw err;
      }
      calls.push({ method: name, args, result });
      return result;
    };
  }
  return {
    api: wrapper as unknown as T,
    calls,
    overrides,
    sets: () => calls.filter((c) => c.method === 'LMSSetValue' || c.method === 'SetValue').map((c) => ({ element: c.args[0] as string, value: c.args[1] as string, result: c.result })),
    count: (method: string) => calls.filter((c) => c.method === method).length,
  };
}

/** An in-memory `Storage`; `full` makes every write throw, as a full or blocked storage does. */
export class MemoryStorage implements Storage {
  #map = new Map<string, string>();
  full = false;
  get length() {
    return this.#map.size;
  }
  clear() {
    this.#map.clear();
  }
  getItem(key: string) {
    return this.#map.get(key) ?? null;
  }
  key(i: number) {
    return [...this.#map.keys()][i] ?? null;
  }
  removeItem(key: string) {
    this.#map.delete(key);
  }
  setItem(key: string, value: string) {
    if (this.full) throw new DOMException('full', 'QuotaExceededError');
    this.#map.set(key, value);
  }
  /** Every stored progress record (JSON values). */
  records(): SavedProgress[] {
    return [...this.#map.values()].map((v) => JSON.parse(v) as SavedProgress);
  }
}

/** A many-question module, to overflow SCORM 1.2's `suspend_data`. */
export function bigDoc(questions: number, idLength = 40): ModuleDoc {
  const doc = scormDoc({ id: 'big' });
  doc.lessons = [
    {
      id: 'big', title: 'Big',
      steps: Array.from({ length: questions }, (_, i) => {
        const id = `q${i}-${'x'.repeat(idLength)}`.slice(0, idLength);
        const question: Question = {
          kind: 'choice', id, promptHtml: `<p>Question ${i}</p>`, attempts: 1, weight: 1, multiple: true, shuffle: false,
          options: Array.from({ length: 6 }, (__, o) => ({ id: `option-${o}-${'y'.repeat(20)}`, html: `Option ${o}`, correct: o < 3 })),
        };
        return { id: `step-${i}`, title: `Step ${i}`, html: '', question };
      }),
    },
  ];
  return doc;
}

/** A saved progress with every question of `doc` answered, as the module machine would store it. */
export function answeredAll(doc: ModuleDoc): SavedProgress {
  const qs = doc.lessons.flatMap((l) => l.steps.flatMap((s) => (s.question ? [s.question] : [])));
  const answers = Object.fromEntries(
    qs.map((q, i) => [
      q.id,
      {
        response: q.kind === 'choice' ? q.options.slice(0, 3).map((o) => o.id) : true,
        attempts: 1, score: i % 3 === 0 ? 1 / 3 : 1, correct: i % 3 !== 0, done: true, revealed: false, latencyMs: 1234 + i,
      },
    ]),
  );
  const last = doc.lessons.at(-1)!.steps.at(-1)!.id;
  return { v: 1, module: doc.meta.id, step: last, answers, finished: false };
}

/**
 * Moodle's SCORM 1.2 rules (mod/scorm/datamodels/scorm_12.js) and the spec's, for every value a SCO
 * sets: scorm-again accepts more than Moodle does, so the tests hold values to these as well.
 */
const TIMESPAN = /^([0-9]{2,4}):([0-9]{2}):([0-9]{2})(\.[0-9]{1,2})?$/;
const DECIMAL = /^-?([0-9]{0,3})(\.[0-9]*)?$/;
const inRange = (lo: number, hi: number) => (v: string) => DECIMAL.test(v) && Number(v) >= lo && Number(v) <= hi;
export const MOODLE_12: Array<[RegExp, (value: string) => boolean]> = [
  [/^cmi\.core\.lesson_status$/, (v) => /^(passed|completed|failed|incomplete|browsed)$/.test(v)],
  [/^cmi\.core\.lesson_location$/, (v) => v.length <= 255],
  [/^cmi\.core\.exit$/, (v) => /^(time-out|suspend|logout|)$/.test(v)],
  [/^cmi\.core\.session_time$/, (v) => TIMESPAN.test(v)],
  [/^cmi\.core\.score\.(raw|min|max)$/, inRange(0, 100)],
  [/^cmi\.suspend_data$/, (v) => new TextEncoder().encode(v).length <= 4096],
  [/^cmi\.interactions\.\d+\.id$/, (v) => /^[\u0021-\u007E]{1,255}$/.test(v)],
  [/^cmi\.interactions\.\d+\.type$/, (v) => /^(true-false|choice|fill-in|matching|performance|sequencing|likert|numeric)$/.test(v)],
  [/^cmi\.interactions\.\d+\.(student_response|correct_responses\.\d+\.pattern)$/, (v) => v.length <= 255],
  [/^cmi\.interactions\.\d+\.result$/, (v) => /^(correct|wrong|unanticipated|neutral|-?[0-9]{0,3}(\.[0-9]*)?)$/.test(v)],
  [/^cmi\.interactions\.\d+\.weighting$/, inRange(-100, 100)],
  [/^cmi\.interactions\.\d+\.latency$/, (v) => TIMESPAN.test(v)],
  [/^cmi\.interactions\.\d+\.time$/, (v) => /^([0-1][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](\.[0-9]{1,2})?$/.test(v)],
];

/** Values that break Moodle's (or the spec's) SCORM 1.2 rules, or elements a SCO may not set. */
export function moodleViolations(sets: Array<{ element: string; value: string }>): string[] {
  const bad: string[] = [];
  for (const { element, value } of sets) {
    const rule = MOODLE_12.find(([re]) => re.test(element));
    if (!rule) bad.push(`${element} is not an element this SCO should set`);
    else if (!rule[1](value)) bad.push(`${element} = ${JSON.stringify(value)}`);
  }
  return bad;
}

const READ_ONLY_12 = new Set([
  'cmi.core.student_id', 'cmi.core.student_name', 'cmi.core.credit', 'cmi.core.entry', 'cmi.core.total_time', 'cmi.core.lesson_mode',
  'cmi.launch_data', 'cmi.student_data.mastery_score', 'cmi.interactions._count',
]);
const WRITE_ONLY_12 = /^cmi\.core\.(exit|session_time)$|^cmi\.interactions\.\d+\.(?!_count)/;

/**
 * A SCORM 1.2 API that behaves like Moodle's (mod/scorm/datamodels/scorm_12.js), as far as a SCO can
 * tell: the same formats and ranges (405), read-only (403) and write-only (404) elements, array indexes no
 * further than `_count` (201), 301 before LMSInitialize, and at LMSFinish Moodle's own rules: a status
 * still `not attempted` becomes `completed`, and with a mastery score and a raw score the status is
 * recomputed from them. `activityComplete` follows what Moodle 4.3 was seen doing: completion is worked
 * out when a commit brings a new score, from the status stored *before* that commit (so a status and a
 * score in one commit never complete the activity), or when a commit brings a new status alone.
 */
export class MoodleLike12 {
  data: Record<string, string>;
  /** What reached the "server" (on commit and finish). */
  stored: Record<string, string> = {};
  finished = false;
  activityComplete = false;
  #initialized = false;
  #error = '0';

  constructor(preload: Record<string, string> = {}) {
    this.data = {
      'cmi.core.student_id': 'moodle-7', 'cmi.core.student_name': 'Doe, Jane', 'cmi.core.lesson_status': 'not attempted',
      'cmi.core.lesson_mode': 'normal', 'cmi.core.credit': 'credit', 'cmi.core.entry': 'ab-initio', 'cmi.core.total_time': '00:00:00',
      'cmi.core.lesson_location': '', 'cmi.suspend_data': '', 'cmi.core.score.raw': '', 'cmi.student_data.mastery_score': '',
      'cmi.interactions._count': '0', ...preload,
    };
  }

  #fail(code: string, result: string) {
    this.#error = code;
    return result;
  }

  LMSInitialize(arg: string) {
    if (arg !== '') return this.#fail('201', 'false');
    if (this.#initialized) return this.#fail('101', 'false');
    this.#initialized = true;
    return this.#fail('0', 'true');
  }

  LMSGetValue(element: string) {
    if (!this.#initialized) return this.#fail('301', '');
    if (WRITE_ONLY_12.test(element)) return this.#fail('404', '');
    if (!(element in this.data)) return this.#fail('401', '');
    return this.#fail('0', this.data[element]);
  }

  LMSSetValue(element: string, value: string) {
    if (!this.#initialized) return this.#fail('301', 'false');
    if (READ_ONLY_12.has(element)) return this.#fail('403', 'false');
    const rule = MOODLE_12.find(([re]) => re.test(element));
    if (!rule) return this.#fail('201', 'false');
    if (!rule[1](String(value))) return this.#fail('405', 'false');
    // Arrays grow one index at a time: cmi.interactions.N with N ≤ _count, and the same inside them.
    const parts = element.split('.');
    for (let i = 1; i < parts.length - 1; i++) {
      if (!/^\d+$/.test(parts[i + 1])) continue;
      const countKey = `${parts.slice(0, i + 1).join('.')}._count`;
      const count = Number(this.data[countKey] ?? '0');
      const index = Number(parts[i + 1]);
      if (index > count) return this.#fail('201', 'false');
      if (index === count) this.data[countKey] = String(count + 1);
      i++;
    }
    this.data[element] = String(value);
    return this.#fail('0', 'true');
  }

  LMSCommit(arg: string) {
    if (arg !== '') return this.#fail('201', 'false');
    if (!this.#initialized) return this.#fail('301', 'false');
    this.#judgeCompletion();
    this.stored = { ...this.data };
    return this.#fail('0', 'true');
  }

  #judgeCompletion() {
    const done = (status: string | undefined) => status === 'passed' || status === 'completed';
    const newScore = (this.data['cmi.core.score.raw'] ?? '') !== (this.stored['cmi.core.score.raw'] ?? '');
    const newStatus = this.data['cmi.core.lesson_status'] !== this.stored['cmi.core.lesson_status'];
    if (newScore) this.activityComplete ||= done(this.stored['cmi.core.lesson_status']);
    else if (newStatus) this.activityComplete ||= done(this.data['cmi.core.lesson_status']);
  }

  LMSFinish(arg: string) {
    if (arg !== '') return this.#fail('201', 'false');
    if (!this.#initialized) return this.#fail('301', 'false');
    const d = this.data;
    if (d['cmi.core.lesson_status'] === 'not attempted') d['cmi.core.lesson_status'] = 'completed';
    if (d['cmi.core.lesson_mode'] === 'normal' && d['cmi.core.credit'] === 'credit' && d['cmi.student_data.mastery_score'] !== '' && d['cmi.core.score.raw'] !== '') {
      d['cmi.core.lesson_status'] = Number(d['cmi.core.score.raw']) >= Number(d['cmi.student_data.mastery_score']) ? 'passed' : 'failed';
    }
    this.#judgeCompletion();
    this.stored = { ...d };
    this.#initialized = false;
    this.finished = true;
    return this.#fail('0', 'true');
  }

  LMSGetLastError() {
    return this.#error;
  }

  LMSGetErrorString(code: string) {
    return ({ '0': 'No error', '101': 'General exception', '201': 'Invalid argument error', '301': 'Not initialized', '401': 'Not implemented error', '403': 'Element is read only', '404': 'Element is write only', '405': 'Incorrect data type' } as Record<string, string>)[code] ?? '';
  }

  LMSGetDiagnostic(code: string) {
    return code;
  }
}

/** Moodle's SCORM 2004 identifier check (`CMIShortIdentifier` in mod/scorm/datamodels/scorm_13.js): no `-`. */
const SHORT_ID_2004 = /^[\w.]{1,250}$/;
const DECIMAL_2004 = /^-?([0-9]{1,5})(\.[0-9]{1,18})?$/;

/**
 * True when Moodle would refuse `value` as a learner_response or correct_responses pattern of an
 * interaction of `type` (its identifier rules; the free-text types are left to scorm-again).
 */
export function moodle2004Refuses(type: string, value: string): boolean {
  const items = value.split('[,]');
  const pair = (p: string) => p.split('[.]');
  switch (type) {
    case 'true-false':
      return !/^(true|false)$/.test(value);
    case 'choice':
    case 'sequencing':
    case 'likert':
      return value !== '' && items.some((v) => !SHORT_ID_2004.test(v));
    case 'matching':
      return items.some((p) => pair(p).length !== 2 || !pair(p).every((v) => SHORT_ID_2004.test(v)));
    case 'performance':
      return items.some((p) => {
        const [step, answer = '', ...rest] = pair(p);
        return rest.length > 0 || !(step === '' || SHORT_ID_2004.test(step)) || !(answer === '' || SHORT_ID_2004.test(answer) || DECIMAL_2004.test(answer));
      });
    default:
      return false;
  }
}

/**
 * A SCORM 2004 LMS as strict as Moodle 4.x: scorm-again's runtime (the standard's formats and order),
 * plus Moodle's identifier rule on responses and patterns, refused with 406 like Moodle does.
 */
export class MoodleLike2004 {
  readonly lms = new Scorm2004API({ logLevel: 5, autocommit: false });
  readonly #types = new Map<string, string>();
  #refused: string | null = null;

  constructor(preload?: Record<string, unknown>) {
    this.lms.loadFromJSON({ cmi: { learner_id: 'moodle-7', learner_name: 'Doe, Jane' } } as never);
    if (preload) this.lms.loadFromJSON(preload as never);
  }

  #pass<T>(value: T): T {
    this.#refused = null;
    return value;
  }

  Initialize(arg: string) {
    return this.#pass(this.lms.Initialize(arg));
  }

  Terminate(arg: string) {
    return this.#pass(this.lms.Terminate(arg));
  }

  GetValue(element: string) {
    return this.#pass(this.lms.GetValue(element));
  }

  SetValue(element: string, value: string) {
    this.#refused = null;
    const m = /^cmi\.interactions\.(\d+)\.(type|learner_response|correct_responses\.\d+\.pattern)$/.exec(element);
    if (m && m[2] !== 'type' && moodle2004Refuses(this.#types.get(m[1]) ?? '', String(value))) {
      this.#refused = '406';
      return 'false';
    }
    const result = this.lms.SetValue(element, value);
    if (m && m[2] === 'type' && result === 'true') this.#types.set(m[1], String(value));
    return result;
  }

  Commit(arg: string) {
    return this.#pass(this.lms.Commit(arg));
  }

  GetLastError() {
    return this.#refused ?? this.lms.GetLastError();
  }

  GetErrorString(code: string) {
    return code === '406' ? 'Data Model Element Type Mismatch' : this.lms.GetErrorString(code);
  }

  GetDiagnostic(code: string) {
    return code === '406' ? 'identifier not allowed' : this.lms.GetDiagnostic(code);
  }
}
