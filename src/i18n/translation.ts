/**
 * Every string the player shows that is not lesson content: one `Translation` per language, in
 * `locales/<code>.ts` (or registered by a page with `registerTranslation()`).
 *
 * ## For translators
 * - **Who reads it**: students aged 10 to 16, often on a phone, sometimes with a screen reader. Write
 *   as a friendly teacher would talk to them: short sentences, everyday words, the informal "you" where
 *   the language has one (du, tu, ty, ти…). Translate the meaning, not the English words.
 * - **Where it shows**: each entry says where. "Announced" means a screen reader reads it out and it is
 *   never seen: make it a full, clear sentence. A "button" should be a short verb phrase.
 * - **Functions**: an entry written as a function gets numbers or texts to put in the sentence. Put the
 *   values where your grammar wants them. Format numbers with `Intl.NumberFormat` for your language (the
 *   `numbers()` helper in `plural.ts`), and choose the words for a count with `Intl.PluralRules` (the
 *   `plural()` helper): never `n === 1`, because many languages have more than two forms (Czech: 1 pokus,
 *   2 pokusy, 5 pokusů; Arabic has six). Only the count of the sentence decides the form.
 * - **Texts passed in** (`item`, `card`, `group`, `label`…) are the author's words from the lesson, already
 *   plain text. Do not change their case or add quotes unless your language needs them.
 * - **Punctuation** belongs to your language (French puts a space before `:`; Spanish opens `¿`).
 * - **Check**: `npx web-test-runner test/i18n/locales.test.ts` checks that nothing is missing and that each
 *   count reads right from 0 to 30 and from 100 up; then open the demo with `lang="<code>"` on the player.
 */
export interface Translation {
  /** The language's BCP 47 tag, e.g. `cs` or `pt-BR`: the player uses this for `lang` on its text. */
  $code: string;
  /** The language's name in itself ("Čeština", "العربية"): shown in language menus. */
  $name: string;
  /** The writing direction: `rtl` lays out the whole player right to left (Arabic, Hebrew, Persian…). */
  $dir: 'ltr' | 'rtl';

  /** Shown while a lesson downloads (only if it takes more than half a second). */
  loading: string;
  /** Headline when the lesson cannot be opened (broken file, no network). */
  loadFailed: string;
  /** Under `loadFailed`: what the student should do. */
  loadFailedDetail: string;

  /** Button: go to the next step. */
  next: string;
  /** Button: go back to the previous step. */
  back: string;
  /** Button on the last step: finish and see the results. */
  finish: string;
  /** Under the progress bar: "Step 3 of 12". */
  stepOf: (step: number, total: number) => string;
  /** Accessible name of the progress bar and of the Back / Next row (not shown). */
  progress: string;
  /** Above the module title: "Lesson 2 of 4" (the lesson's title follows it). */
  lessonOf: (lesson: number, total: number) => string;
  /** Under a greyed-out Next button: the student must answer first. */
  answerToContinue: string;

  /** Button: check the answer. */
  check: string;
  /** Button after a wrong answer. */
  tryAgain: string;
  /** Button after a wrong answer: give up and see the right answer. */
  showAnswer: string;
  /** Button: show the (first) hint. */
  showHint: string;
  /** Button once the only hint shows. */
  hideHint: string;
  /** Label before a hint's text ("Hint: …"); a colon is added after it. */
  hint: string;
  /** Feedback headline: all right. */
  correct: string;
  /** Feedback headline: wrong. Kind and encouraging, never "Wrong!". */
  incorrect: string;
  /** Feedback headline: some parts right (partial credit). */
  partlyCorrect: string;
  /** Feedback headline once the right answer shows. */
  answerShown: string;
  /** After a wrong answer: how many more tries ("1 try left", "2 tries left"); `n` is 1 or more. */
  attemptsLeft: (n: number) => string;
  /** After the last wrong try. */
  outOfAttempts: string;
  /** Under a question with one right answer. */
  chooseOne: string;
  /** Under a question with several right answers (the student must pick all of them). */
  chooseAll: string;
  /** The two answers of a true-or-false question. */
  trueLabel: string;
  falseLabel: string;
  /** Instruction under a true-or-false statement ("True or false?"). */
  statement: string;
  /** In the review at the end, before the right answer: "The answer is" (a colon-less label). */
  theAnswerIs: string;
  /** In the review, before the student's answer. */
  youAnswered: string;
  /** In the review, for a question left unanswered. */
  notAnswered: string;

  /** Order questions: how to answer, by pointer, buttons or keyboard. */
  orderInstructions: string;
  /** Name of an item's pick-up button (also its drag handle), read before the item's text. */
  moveItem: string;
  /** Button: move an item one place earlier in the list. */
  moveUp: string;
  /** Button: move an item one place later in the list. */
  moveDown: string;
  /** Announced after each move: "Do not reply, position 2 of 4." (`item` is the item's text). */
  positionOf: (item: string, position: number, total: number) => string;
  /** Announced when an item is picked up with the keyboard; says how to move, drop and cancel. */
  pickedUp: (item: string, position: number, total: number) => string;
  /** Announced when the item is dropped at its new place. */
  dropped: (item: string, position: number, total: number) => string;
  /** Announced when the move is cancelled (Escape) and the item goes back. */
  moveCancelled: (item: string, position: number, total: number) => string;
  /** Heading of the correct sequence, shown with the answer. */
  rightOrder: string;
  /** Sort questions: how to answer. */
  sortInstructions: string;
  /** Before a card's group choices: "Put in:" then the group names as buttons. */
  putIn: string;
  /** Title of the area holding the cards not yet sorted. */
  cardsToSort: string;
  /** Announced when a card is put in a group. */
  cardIn: (card: string, group: string) => string;
  /** Under a misplaced card, with the answer: "Belongs in: Genuine". */
  belongsIn: (group: string) => string;
  /** Match questions: how to answer. */
  matchInstructions: string;
  /** The empty first entry of each item's list of partners ("Choose…"). */
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
  /** Beside a gap once the answer shows: "Answer: three (or 3)"; `answers` has one or more texts. */
  gapAnswer: (answers: string[]) => string;
  /** Reflect questions: how to answer a free-text one (never marked). */
  reflectInstructions: string;
  /** Reflect questions with options (a poll, never marked). */
  pollInstructions: string;
  /** Under the text field: "120 of 500 characters" (`count` typed so far, `max` allowed). */
  charactersOf: (count: number, max: number) => string;
  /** Announced near the limit: "20 characters left". */
  charactersLeft: (left: number) => string;
  /** The submit button of a reflection. */
  saveAnswer: string;
  /** After a reflection is saved (there is no right or wrong). */
  savedThanks: string;
  /** Hotspot questions: how to answer (the student clicks places on a picture or a mocked screen). */
  hotspotInstructions: string;
  /** Title of the list of regions to pick from. */
  hotspotList: string;
  /** Announced when a region is marked or unmarked by a click (`label` is the region's name). */
  regionMarked: (label: string) => string;
  regionUnmarked: (label: string) => string;
  /** Announced when a click on the picture or screen hits no region. */
  nothingThere: string;
  /** Beside a region the student did not mark, once the answer shows. */
  regionToFind: string;
  /** Scenario questions (a story where the student chooses what to do): how to answer. */
  scenarioInstructions: string;
  /** Name of the list of the story's past steps. */
  storySoFar: string;
  /** Before the choice taken at a past step: "You chose:". */
  youChose: string;
  /** Name of the group of choices at the current step. */
  whatDoYouDo: string;
  /** Button: take back the last choice in the story. */
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
  /** Name of the list of hints shown (a colon is added after it). */
  hints: string;

  /** Heading of the results page at the end. */
  summaryTitle: string;
  /** The score, in big letters: "You scored 80%" (`percent` is 0 to 100). */
  score: (percent: number) => string;
  /** Under the score: "8 of 10 questions right". */
  rightCount: (right: number, total: number) => string;
  /** The student reached the pass mark (a percentage, 0 to 100). */
  passed: (passMark: number) => string;
  /** The student did not reach it yet: encouraging, they can start again. */
  failed: (passMark: number) => string;
  /** Instead of pass/fail, for a practice module that is not graded. */
  practiceDone: string;
  /** Heading of the list of every question with its answers. */
  review: string;
  /** Title of one question in that list: "Question 3". */
  reviewQuestion: (n: number) => string;
  /** Button: play the module again from the start. */
  startAgain: string;
  /** Link from a question in the review back to its step. */
  goToStep: string;

  /** At the bottom, where the student's work is kept: in this browser. */
  savedLocally: string;
  /** Nowhere (the page asked for no saving). */
  savedNowhere: string;
  /** In a named system (`system` is e.g. "Moodle" or "SCORM 2004"). */
  savedTo: (system: string) => string;
  /** In the school's learning platform, when it has no name to show. */
  savedToPlatform: string;
  /** The browser refuses to save (private mode, storage full). */
  storageUnavailable: string;
  /** What was saved earlier is damaged: the lesson starts again. */
  savedProgressUnreadable: string;
  /** The learning platform stopped answering: work is kept in the browser meanwhile. */
  fallbackToLocal: string;
  /** The button that ends an LMS session and goes back to the course (cmi5 `returnURL`). */
  returnToCourse: string;
  /** Heading over the module's objectives on its first step ("In this module you will…"). */
  objectivesHeading: string;
  /** The button opening the module's glossary (its words and their meanings); `count` words. */
  glossary: (count: number) => string;

  /** Heading of the list of helplines and hotlines (a `:::helplines` block in a lesson). */
  helplinesHeading: string;
  /** Label of the country menu above that list. */
  helplinesCountry: string;
  /** The menu's first entry, when no country is chosen yet. */
  helplinesChooseCountry: string;
  /** Shown while no country is chosen: what works across Europe. */
  helplinesEurope: string;
  /** Printed instead, on paper (no menu there): what works across Europe, and to ask the teacher for the country's helplines. */
  helplinesPaper: string;
  /** Shown when no services were checked for the country chosen (its name passed in). */
  helplinesNone: (country: string) => string;
  /** The emergency number, shown with every country's list. */
  emergency112: string;
  /** Shown where 116 111 reaches a helpline for children. */
  child116111: string;
  /** Label over a helpline: a service to talk to. */
  helplineKind: string;
  /** Label over a hotline: a service to report illegal pictures or content to. */
  hotlineKind: string;
  /** Link that calls a service (its number passed in). */
  helplineCall: (phone: string) => string;
  /** Link to a service's chat (its name passed in). */
  helplineChat: (name: string) => string;
  /** Link to a service's website (its name passed in). */
  helplineWebsite: (name: string) => string;
  /** Facts about a service, shown as short tags. */
  helplineFree: string;
  helplineAnonymous: string;
  helplineAllDay: string;
  /** What a service helps with. */
  helplineTopics: { anything: string; online: string; parents: string; 'abuse-images': string; illegal: string };
  /** Before the list of languages a service answers in. */
  helplineLanguages: string;
  /** When the details were last checked (a formatted date passed in). */
  helplineChecked: (date: string) => string;
}
