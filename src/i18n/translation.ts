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

  /** Order questions: how to answer, by pointer, buttons or keyboard. */
  orderInstructions: string;
  /** Name of an item's pick-up button (also its drag handle), read before the item's text. */
  moveItem: string;
  moveUp: string;
  moveDown: string;
  /** Announced after each move: "Do not reply, position 2 of 4". */
  positionOf: (item: string, position: number, total: number) => string;
  pickedUp: (item: string, position: number, total: number) => string;
  dropped: (item: string, position: number, total: number) => string;
  moveCancelled: (item: string, position: number, total: number) => string;
  /** Heading of the correct sequence, shown with the answer. */
  rightOrder: string;
  /** Sort questions. */
  sortInstructions: string;
  /** Before a card's group choices: "Put in: Phishing / Genuine". */
  putIn: string;
  /** Title of the area holding the cards not yet sorted. */
  cardsToSort: string;
  /** Announced when a card is dropped on a group. */
  cardIn: (card: string, group: string) => string;
  /** Under a misplaced card, with the answer: "Belongs in: Genuine". */
  belongsIn: (group: string) => string;
  /** Match questions. */
  matchInstructions: string;
  /** The empty first entry of each item's list of partners. */
  choosePartner: string;
  /** Name of the list of partners that can be dragged onto the items. */
  partners: string;
  /** Announced when a partner is dropped on an item. */
  matchedWith: (item: string, partner: string) => string;
  /** Under a wrongly matched item, with the answer. */
  rightPartner: (partner: string) => string;

  /** Blanks questions: how to answer. */
  blanksInstructions: string;
  /** Accessible name of a gap's text field: "Gap 1 of 3". */
  gapOf: (gap: number, total: number) => string;
  /** Beside a gap once the answer shows: "Answer: three (or 3)". */
  gapAnswer: (answers: string[]) => string;
  /** Reflect questions: how to answer a free-text one, and a poll. */
  reflectInstructions: string;
  pollInstructions: string;
  /** Under the text field: "120 of 500 characters". */
  charactersOf: (count: number, max: number) => string;
  /** Announced near the limit: "20 characters left". */
  charactersLeft: (left: number) => string;
  /** The submit button of a reflection. */
  saveAnswer: string;
  /** After a reflection is saved (there is no right or wrong). */
  savedThanks: string;
  /** Hotspot questions: how to answer. */
  hotspotInstructions: string;
  /** Title of the list of regions to pick from. */
  hotspotList: string;
  /** Announced when a region is marked or unmarked by a click. */
  regionMarked: (label: string) => string;
  regionUnmarked: (label: string) => string;
  /** Announced when a click on the picture or screen hits no region. */
  nothingThere: string;
  /** Beside a region the student did not mark, once the answer shows. */
  regionToFind: string;
  /** Scenario questions: how to answer. */
  scenarioInstructions: string;
  /** Name of the list of the story's past steps. */
  storySoFar: string;
  /** Before the choice taken at a past step: "You chose:". */
  youChose: string;
  /** Name of the group of choices at the current step. */
  whatDoYouDo: string;
  undoChoice: string;
  /** Shown when the path reached an ending that is not revealed yet. */
  storyReachedEnd: string;
  /** The submit button of a scenario: reveals the ending. */
  seeHowItEnds: string;
  /** The verdict of a scenario that is not scored (no right or wrong). */
  storyEnded: string;
  /** Before the list of choices of the best path, with the answer. */
  bestPath: string;
  /** Several hints: the button once one is shown, and once all are. */
  showAnotherHint: string;
  hideHints: string;
  /** Name of the list of hints shown. */
  hints: string;

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
  /** The button that ends an LMS session and goes back to the course (cmi5 `returnURL`). */
  returnToCourse: string;
}
