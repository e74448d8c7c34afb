/**
 * The content model: what a compiled module is. Plain, JSON-safe data: every layer after this one
 * (machines, tracking, elements) reads it and none of them changes it.
 *
 * Text fields ending in `Html` hold HTML that `marked` produced at compile time. It is never trusted:
 * elements pass it through `sanitize()` (DOMPurify) before it reaches the DOM.
 */

/** The compiled-format version. Bump it when a change would break saved JSON. */
export const FORMAT_VERSION = 1;

/** A reference backing the module's facts. */
export interface Source {
  title: string;
  url: string;
}

/** A word the module teaches, with its meaning. */
export interface VocabularyEntry {
  term: string;
  definition: string;
}

/** How a module counts: `graded` reports a score and pass/fail; `practice` is an ungraded self-check. */
export type AssessmentMode = 'graded' | 'practice';

/** A score band for end-of-module feedback, e.g. `{ min: 80, max: 100, feedbackHtml: '…' }`. */
export interface ScoreBand {
  min: number;
  max: number;
  feedbackHtml: string;
}

/** Front matter: everything about the module that is not a lesson. */
export interface ModuleMeta {
  /** Stable id (kebab-case); the key for saved progress and LMS records. */
  id: string;
  /** BCP 47 language tag of the content, e.g. `en`. */
  lang: string;
  title: string;
  summary: string;
  /** Age band, e.g. `10-14`. */
  ages: string;
  /** Estimated minutes to complete. */
  minutes: number;
  /** DigComp 2.2 competence numbers, e.g. `4.2`. */
  digcomp: string[];
  objectives: string[];
  vocabulary: VocabularyEntry[];
  /** Percent (0–100) needed to pass. */
  passMark: number;
  mode: AssessmentMode;
  /** Default attempts per question (a question's own `attempts` wins). */
  attempts: number;
  /**
   * Whether students may see the right answers (Show the answer, after the last try, in the summary).
   * `false` keeps them hidden, e.g. for a test the next class takes too. Absent in older modules: `true`.
   */
  solutions?: boolean;
  /** The module should be led by a teacher (sensitive topics). */
  teacherLed: boolean;
  sources: Source[];
  /** End-of-module feedback by score band. */
  bands: ScoreBand[];
  /** Ids of related modules (e.g. where to get help). */
  related: string[];
}

/** Printable companion texts, sanitised HTML from the module's guide blocks. */
export interface ModuleGuides {
  teacherHtml?: string;
  familyHtml?: string;
}

/** Fields every interactive block shares. */
export interface QuestionBase {
  /** Stable id, unique in the module: the key for saved answers and LMS interaction records. */
  id: string;
  /** The question text. */
  promptHtml: string;
  /** How many tries the student has (1 = no retry). */
  attempts: number;
  /** Relative weight in the module score; 0 makes the question unscored. */
  weight: number;
  /** Optional hint shown on request (the first `hint:` line). */
  hintHtml?: string;
  /**
   * Every hint, in order, when the author wrote more than one `hint:` line: the player shows the next
   * one on each request. `hintHtml` is the first of them.
   */
  hintsHtml?: string[];
  /** Shown after answering, right or wrong: the reason. */
  explanationHtml?: string;
  /**
   * `false`: the right answer is never shown to the student (no Show the answer, nothing after the last
   * try, nothing in the summary). Absent: it may be shown. From the module's `solutions` or the block's
   * own `solution=` attribute.
   */
  solution?: false;
  /**
   * The learning objective this question assesses: a 1-based index into the module's `objectives`
   * (the block's `objective=N` attribute).
   */
  objective?: number;
  /** Line in the source file where the block starts (1-based), for messages. */
  line?: number;
}

/** One option of a choice question. */
export interface ChoiceOption {
  /** Stable id within the question (`a`, `b`, … unless the author names it). */
  id: string;
  html: string;
  correct: boolean;
  /** Shown when the student picks this option: why it is right or wrong. */
  feedbackHtml?: string;
}

/** Pick one (or, with `multiple`, several) options. */
export interface ChoiceQuestion extends QuestionBase {
  kind: 'choice';
  /** More than one option is correct: the student picks every right one. */
  multiple: boolean;
  /** Show the options in a random order (stable for a student across reloads). */
  shuffle: boolean;
  options: ChoiceOption[];
}

/** Decide whether a statement is true. */
export interface TrueFalseQuestion extends QuestionBase {
  kind: 'truefalse';
  answer: boolean;
  /** Feedback when the student answers `true` / `false`. */
  feedbackTrueHtml?: string;
  feedbackFalseHtml?: string;
}

/** One item of an `order` question. */
export interface OrderItem {
  /** Stable id within the question (`a`, `b`, … unless the author names it). */
  id: string;
  html: string;
}

/** Put items in sequence. The author writes `items` in the right order; the player shuffles them. */
export interface OrderQuestion extends QuestionBase {
  kind: 'order';
  /** In the correct order. */
  items: OrderItem[];
}

/** A left-hand item of a `match` question and the id of the target it belongs with. */
export interface MatchPair {
  /** Stable id within the question (`a`, `b`, … unless the author names it). */
  id: string;
  html: string;
  /** Id of the right target in `targets`. */
  target: string;
}

/** A right-hand item of a `match` question (several pairs may share one; some may be decoys). */
export interface MatchTarget {
  /** `1`, `2`, … in the order first written. */
  id: string;
  html: string;
}

/** Pair each item on the left with one on the right. */
export interface MatchQuestion extends QuestionBase {
  kind: 'match';
  pairs: MatchPair[];
  /** Every target, the decoys (`extra:` lines) included, in authored order. */
  targets: MatchTarget[];
}

/** One gap of a `blanks` question. */
export interface BlankGap {
  /** Accepted answers as written; the first is shown as the solution. */
  answers: string[];
}

/**
 * Fill the gaps in a text. `textHtml` holds one empty `<span data-gap="N"></span>` per gap
 * (N = 0, 1, … the index in `gaps`), where the element puts its text field.
 */
export interface BlanksQuestion extends QuestionBase {
  kind: 'blanks';
  textHtml: string;
  gaps: BlankGap[];
  /** Upper and lower case must match (default: they need not). */
  caseSensitive: boolean;
}

/** A group (bucket) of a `sort` question. */
export interface SortGroup {
  /** From the group's title (slugified) or its `{#id}`. */
  id: string;
  html: string;
}

/** A card of a `sort` question, with the group it belongs in. */
export interface SortCard {
  /** `c1`, `c2`, … unless the author names it. */
  id: string;
  html: string;
  group: string;
  /** Shown after answering: why the card belongs in its group. */
  feedbackHtml?: string;
}

/** Put cards into groups (e.g. phishing / genuine). */
export interface SortQuestion extends QuestionBase {
  kind: 'sort';
  groups: SortGroup[];
  /** In authored order; the player shuffles them. */
  cards: SortCard[];
}

/** Where a hotspot region is: a rectangle in percent of the picture, or an element of the mocked screen. */
export type HotspotArea =
  | { shape: 'rect'; x: number; y: number; width: number; height: number }
  | { shape: 'element'; name: string };

/** One region of a `hotspot` question. */
export interface HotspotRegion {
  id: string;
  /** A short name, for keyboard and screen-reader users (e.g. "Countdown timer"). */
  label: string;
  /** A region to find (`true`) or a decoy (`false`). */
  target: boolean;
  area: HotspotArea;
  /** Shown when the student picks this region. */
  feedbackHtml?: string;
}

/**
 * Find the regions on a picture or a mocked screen. Exactly one of `image` and `stageHtml` is set.
 * `stageHtml` is the author's HTML, unsanitised: elements sanitise it (DOMPurify keeps `data-hotspot`).
 */
export interface HotspotQuestion extends QuestionBase {
  kind: 'hotspot';
  image?: { src: string; alt: string };
  stageHtml?: string;
  regions: HotspotRegion[];
}

/** A choice at a scenario node. */
export interface ScenarioChoice {
  /** `<node>.a`, `<node>.b`, …: unique in the question, and what the response path lists. */
  id: string;
  html: string;
  /** The node it leads to. */
  next: string;
  feedbackHtml?: string;
}

/** A node of a scenario: a situation with choices, or an ending. */
export interface ScenarioNode {
  id: string;
  html: string;
  /** Empty for an ending. */
  choices: ScenarioChoice[];
  ending: boolean;
  /** Endings only: the credit, 0–1, when the scenario is scored. */
  score?: number;
}

/** A branching story. The first node is the start; the response is the path of choice ids. */
export interface ScenarioQuestion extends QuestionBase {
  kind: 'scenario';
  nodes: ScenarioNode[];
  /** Some ending carries a `score`: the path is scored by the ending reached. Otherwise weight is 0. */
  scored: boolean;
}

/** A free-text or poll answer, never scored (weight is always 0) but kept with the progress. */
export interface ReflectQuestion extends QuestionBase {
  kind: 'reflect';
  /** Poll options; empty for a free-text answer. */
  options: OrderItem[];
  /** Longest text accepted (characters). */
  maxLength: number;
}

/** Every kind of interactive block. Each has its own reader, scorer and element. */
export type Question =
  | ChoiceQuestion
  | TrueFalseQuestion
  | OrderQuestion
  | MatchQuestion
  | BlanksQuestion
  | SortQuestion
  | HotspotQuestion
  | ScenarioQuestion
  | ReflectQuestion;
export type QuestionKind = Question['kind'];

/** A student's response, by question kind. */
export interface ResponseByKind {
  /** The picked option ids. */
  choice: string[];
  truefalse: boolean;
  /** Item ids in the student's order. */
  order: string[];
  /** Target id by pair id. */
  match: Record<string, string>;
  /** The text typed in each gap, by gap index. */
  blanks: string[];
  /** Group id by card id. */
  sort: Record<string, string>;
  /** The ids of the regions the student marked. */
  hotspot: string[];
  /** The choice ids taken, from the start node on. */
  scenario: string[];
  reflect: { text: string } | { choice: string };
}
export type ResponseFor<Q extends Question> = ResponseByKind[Q['kind']];
export type Response = ResponseByKind[QuestionKind];

/**
 * A question pool (`:::pool id=… draw=N` around question blocks): each attempt at the module plays
 * `draw` of the pool's questions, picked by the module's seed (so a reload shows the same ones).
 * Each pooled question has its own step; the steps of the questions not drawn are skipped.
 */
export interface QuestionPool {
  id: string;
  draw: number;
  /** The pool's question ids, in authored order. */
  questions: string[];
}

/** A step: a screen of reading, optionally ending in one interactive block. */
export interface Step {
  /** Stable id, unique in the module. */
  id: string;
  title: string;
  /** Reading text (may be empty when the step is only a question). */
  html: string;
  question?: Question;
}

/** A lesson: a titled run of steps. */
export interface Lesson {
  id: string;
  title: string;
  steps: Step[];
}

/** A compiled module: what `nw-module` plays and what `netwise build` writes as JSON. */
export interface ModuleDoc {
  format: typeof FORMAT_VERSION;
  meta: ModuleMeta;
  lessons: Lesson[];
  guides: ModuleGuides;
  /** Question pools, when the module has any (absent in older compiled modules). */
  pools?: QuestionPool[];
}

/** A problem found in a module source, with where and how to fix it. */
export interface ContentIssue {
  severity: 'error' | 'warning';
  /** File the problem is in (as given to the parser). */
  file: string;
  /** 1-based line number. */
  line: number;
  message: string;
  hint?: string;
}
