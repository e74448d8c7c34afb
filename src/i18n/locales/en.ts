import type { Translation } from '../translation.js';

const percent = (n: number) => new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 0 }).format(n / 100);
const plural = new Intl.PluralRules('en');

export const en: Translation = {
  $code: 'en',
  $name: 'English',
  $dir: 'ltr',

  loading: 'Loading the lesson…',
  loadFailed: 'This lesson could not be opened.',
  loadFailedDetail: 'Please tell your teacher. The details are in the browser console.',

  next: 'Next',
  back: 'Back',
  finish: 'Finish',
  stepOf: (step, total) => `Step ${step} of ${total}`,
  progress: 'Progress',
  lessonOf: (lesson, total) => `Lesson ${lesson} of ${total}`,
  answerToContinue: 'Answer the question to go on.',

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
  attemptsLeft: (n) => `${n} ${plural.select(n) === 'one' ? 'try' : 'tries'} left`,
  outOfAttempts: 'No tries left.',
  chooseOne: 'Choose one answer.',
  chooseAll: 'Choose every right answer.',
  trueLabel: 'True',
  falseLabel: 'False',
  statement: 'True or false?',
  theAnswerIs: 'The answer is',
  youAnswered: 'You answered',
  notAnswered: 'Not answered',

  summaryTitle: 'Your results',
  score: (p) => `You scored ${percent(p)}`,
  rightCount: (right, total) => `${right} of ${total} ${plural.select(total) === 'one' ? 'question' : 'questions'} right`,
  passed: (mark) => `Passed — the pass mark is ${percent(mark)}.`,
  failed: (mark) => `Not passed yet — the pass mark is ${percent(mark)}.`,
  practiceDone: 'Practice finished.',
  review: 'Review',
  reviewQuestion: (n) => `Question ${n}`,
  startAgain: 'Start again',
  goToStep: 'Go to this question',

  savedLocally: 'Your progress is saved on this device.',
  savedNowhere: 'Your progress is not saved.',
  savedTo: (system) => `Your progress is saved to ${system}.`,
  storageUnavailable: 'This browser is not saving your progress: it will be lost if you close the page.',
  savedProgressUnreadable: 'Your earlier progress could not be read, so the lesson starts from the beginning.',
  fallbackToLocal: 'The learning platform is not answering, so your progress is saved on this device for now.',
};
