import type { Translation } from '../translation.js';

// Intl directly rather than the helpers of plural.ts, which then stay out of the first download.
const num = new Intl.NumberFormat('en');
const rules = new Intl.PluralRules('en');

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
  attemptsLeft: (n) => `${num.format(n)} ${rules.select(n) === 'one' ? 'try' : 'tries'} left`,
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
  stepOf: (step, total) => `Step ${num.format(step)} of ${num.format(total)}`,
  progress: 'Progress',
  lessonOf: (lesson, total) => `Lesson ${num.format(lesson)} of ${num.format(total)}`,
  answerToContinue: 'Answer the question to go on.',
  savedLocally: 'Your progress is saved on this device.',
  savedNowhere: 'Your progress is not saved.',
  savedToPlatform: 'Your progress is saved to your learning platform.',
  objectivesHeading: 'In this module you will:',
  glossary: (count) => `Words to know (${num.format(count)})`,
};
