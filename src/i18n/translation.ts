/**
 * Every string the player shows that is not lesson content. A language is one file exporting a
 * `Translation`; plurals and numbers are functions using `Intl`, so each language words them its own way.
 */
export interface Translation {
  /** BCP 47 tag, e.g. `en`. */
  $code: string;
  /** The language's own name. */
  $name: string;
  $dir: 'ltr' | 'rtl';

  loading: string;
  loadFailed: string;
  loadFailedDetail: string;

  next: string;
  back: string;
  finish: string;
  /** e.g. "Step 3 of 12". */
  stepOf: (step: number, total: number) => string;
  /** Accessible name of the progress bar. */
  progress: string;
  /** e.g. "Lesson 2 of 4". */
  lessonOf: (lesson: number, total: number) => string;
  answerToContinue: string;

  check: string;
  tryAgain: string;
  showAnswer: string;
  showHint: string;
  hideHint: string;
  hint: string;
  correct: string;
  incorrect: string;
  partlyCorrect: string;
  answerShown: string;
  /** e.g. "1 try left". */
  attemptsLeft: (n: number) => string;
  outOfAttempts: string;
  chooseOne: string;
  chooseAll: string;
  trueLabel: string;
  falseLabel: string;
  statement: string;
  theAnswerIs: string;
  youAnswered: string;
  notAnswered: string;

  summaryTitle: string;
  /** e.g. "You scored 80%". */
  score: (percent: number) => string;
  /** e.g. "8 of 10 questions right". */
  rightCount: (right: number, total: number) => string;
  passed: (passMark: number) => string;
  failed: (passMark: number) => string;
  practiceDone: string;
  review: string;
  reviewQuestion: (n: number) => string;
  startAgain: string;
  goToStep: string;

  savedLocally: string;
  savedNowhere: string;
  savedTo: (system: string) => string;
  storageUnavailable: string;
  savedProgressUnreadable: string;
  fallbackToLocal: string;
}
