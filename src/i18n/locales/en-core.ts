import type { Translation } from '../translation.js';

// Intl directly rather than the helpers of plural.ts, which then stay out of the first download.
let numberFormat: Intl.NumberFormat | undefined;
/**
 * A number in English. The first `Intl.NumberFormat` of a page costs a slow laptop tens of milliseconds
 * (the browser loads its number data), in the way of the first step, so it is made only when needed: an
 * English whole number from 0 to 999 (not −0) is written with its digits alone, as `Intl.NumberFormat('en')` writes
 * it (`test/i18n/en-core.test.ts` compares the two).
 */
export const num = (n: number): string => (Number.isInteger(n) && (n > 0 || Object.is(n, 0)) && n < 1000 ? String(n) : (numberFormat ??= new Intl.NumberFormat('en')).format(n));
let pluralRules: Intl.PluralRules | undefined;
const one = (n: number) => (pluralRules ??= new Intl.PluralRules('en')).select(n) === 'one';

/**
 * The English strings shown before any language has downloaded: the player's loading and error messages,
 * what a question's buttons and feedback and a choice question say (a `<nw-choice>` can stand alone), and
 * the words around a first step (the embed's early step shows it before anything else has downloaded).
 */
export type CoreKey = '$code' | '$name' | '$dir' | 'loading' | 'loadFailed' | 'loadFailedDetail' | 'check' | 'tryAgain' | 'showAnswer' | 'showHint' | 'hideHint' | 'hint' | 'correct' | 'incorrect' | 'partlyCorrect' | 'answerShown' | 'attemptsLeft' | 'outOfAttempts' | 'chooseOne' | 'chooseAll' | 'theAnswerIs' | 'showAnotherHint' | 'hideHints' | 'hints'
  // The step around a question, so an English first step needs nothing more (see `early-step.ts`).
  | 'next' | 'back' | 'finish' | 'stepOf' | 'progress' | 'lessonOf' | 'answerToContinue' | 'savedLocally' | 'savedNowhere' | 'savedToPlatform' | 'objectivesHeading' | 'glossary';

/**
 * The first part of English, in the player's first download. The rest (`en.ts`) is fetched like any
 * other language before the first step shows, and comes with the other question kinds and the summary;
 * `en.ts` completes this very object.
 */
export const enCore: Pick<Translation, CoreKey> = {
  $code: 'en',
  $name: 'English',
  $dir: 'ltr',
  loading: 'Loading the lesson…',
  loadFailed: 'This lesson could not be opened.',
  loadFailedDetail: 'Please tell your teacher. The details are in the browser console.',
  check: 'Check',
  tryAgain: 'Try again',
  showAnswer: 'Show the answer',
  showHint: 'Show a hint',
  hideHint: 'Hide the hint',
  hint: 'Hint',
  correct: 'Correct!',
  incorrect: 'Not quite.',
  partlyCorrect: 'Partly right.',
  answerShown: 'Here is the answer.',
  attemptsLeft: (n) => `${num(n)} ${one(n) ? 'try' : 'tries'} left`,
  outOfAttempts: 'No tries left.',
  chooseOne: 'Choose one answer.',
  chooseAll: 'Choose every right answer.',
  theAnswerIs: 'The answer is',
  showAnotherHint: 'Show another hint',
  hideHints: 'Hide the hints',
  hints: 'Hints',
  next: 'Next',
  back: 'Back',
  finish: 'Finish',
  stepOf: (step, total) => `Step ${num(step)} of ${num(total)}`,
  progress: 'Progress',
  lessonOf: (lesson, total) => `Lesson ${num(lesson)} of ${num(total)}`,
  answerToContinue: 'Answer the question to go on.',
  savedLocally: 'Your progress is saved on this device.',
  savedNowhere: 'Your progress is not saved.',
  savedToPlatform: 'Your progress is saved to your learning platform.',
  objectivesHeading: 'In this module you will:',
  glossary: (count) => `Words to know (${num(count)})`,
};
