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
  /** Optional hint shown on request. */
  hintHtml?: string;
  /** Shown after answering, right or wrong: the reason. */
  explanationHtml?: string;
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

/**
 * Every kind of interactive block. New kinds (order, match, blanks, sort, hotspot, scenario, reflect)
 * join this union; each has its own parser, scorer and element.
 */
export type Question = ChoiceQuestion | TrueFalseQuestion;
export type QuestionKind = Question['kind'];

/** A student's response, by question kind. */
export interface ResponseByKind {
  choice: string[];
  truefalse: boolean;
}
export type ResponseFor<Q extends Question> = ResponseByKind[Q['kind']];
export type Response = ResponseByKind[QuestionKind];

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
