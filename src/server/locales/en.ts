/**
 * The English strings of the pages the server renders (launch, errors, deep-linking catalogue, class
 * results, registration). Every language in this folder has the same keys; `index.ts` picks one.
 * The CSV export keeps English column names and status words on purpose (a stable file for
 * spreadsheets and scripts; the README says so).
 */

/** Why a request was refused: a sentence for the error page; some take a detail (a claim, a status). */
export interface ServerErrors {
  loginMissing: string;
  platformUnknown: string;
  targetElsewhere: string;
  platformRefused: (detail: string) => string;
  launchMissing: string;
  launchUsedOrExpired: string;
  launchUsed: string;
  notThisBrowser: string;
  tokenExpired: string;
  tokenNotForTool: (claim: string) => string;
  tokenNotSigned: string;
  tokenUnsupported: string;
  platformKeys: (detail: string) => string;
  tokenReplayed: string;
  onlyLti13: string;
  messageUnsupported: string;
  noDeployment: string;
  noRoles: string;
  deploymentUnknown: string;
  teachersOnlyAdd: string;
  noReturnUrl: string;
  noResourceLink: string;
  unknownModule: string;
  noSuchModule: string;
  teacherAddingOnly: string;
  teachersOnlyResults: string;
  notFromCourse: string;
  sessionEnded: string;
  otherSite: string;
  noActivity: string;
  registerAlone: string;
  registerConfigUnread: (detail: string) => string;
  registerIssuer: string;
  registerMissing: (field: string) => string;
  registerRefused: (detail: string) => string;
  badRequest: string;
  serverError: string;
}

export interface ServerStrings {
  /** BCP 47 code of this language. */
  $code: string;
  $dir: 'ltr' | 'rtl';

  errorTitle: string;
  errorHeading: string;
  notFoundTitle: string;
  notFoundHeading: string;
  notFoundText: string;
  homeText: string;

  signingInTitle: string;
  signingIn: string;
  continue: string;
  needsJavaScript: (title: string) => string;

  chooseTitle: string;
  chooseHeading: string;
  search: string;
  age: string;
  topic: string;
  allTopics: string;
  language: string;
  allLanguages: string;
  filter: string;
  shownOf: (shown: number, total: number) => string;
  entryFacts: (language: string, ages: string, minutes: number) => string;
  add: (title: string) => string;
  /** DigComp 2.2 competence areas 1–5. */
  topics: [string, string, string, string, string];
  addingTitle: string;
  adding: (title: string) => string;

  resultsTitle: (module: string) => string;
  resultsHeading: (module: string, language: string) => string;
  downloadCsv: string;
  studentsCaption: string;
  student: string;
  status: string;
  score: string;
  attempts: string;
  minutes: string;
  lastActivity: string;
  noStudents: string;
  questionsCaption: string;
  question: string;
  studentsCount: string;
  firstTryRight: string;
  commonWrong: string;
  noAnswers: string;
  statuses: { 'not started': string; 'in progress': string; completed: string };

  registeredTitle: string;
  registeredHeading: string;
  registeredText: (clientId: string, issuer: string) => string;

  errors: ServerErrors;
}

export const en: ServerStrings = {
  $code: 'en',
  $dir: 'ltr',

  errorTitle: 'Netwise: this did not work',
  errorHeading: 'This did not work',
  notFoundTitle: 'Netwise: not found',
  notFoundHeading: 'Not found',
  notFoundText: 'There is nothing at this address.',
  homeText: 'This is a Netwise LTI 1.3 tool. Add it to your learning platform with this registration address:',

  signingInTitle: 'Netwise: signing in',
  signingIn: 'Signing in…',
  continue: 'Continue',
  needsJavaScript: (title) => `“${title}” needs JavaScript. Turn it on in your browser, then open the activity again.`,

  chooseTitle: 'Netwise: choose a module',
  chooseHeading: 'Choose a Netwise module',
  search: 'Search',
  age: 'Age',
  topic: 'Topic',
  allTopics: 'All topics',
  language: 'Language',
  allLanguages: 'All languages',
  filter: 'Filter',
  shownOf: (shown, total) => `${shown} of ${total} modules`,
  entryFacts: (language, ages, minutes) => `${language}, ages ${ages}, ${minutes} min`,
  add: (title) => `Add “${title}”`,
  topics: ['Information and data literacy', 'Communication and collaboration', 'Digital content creation', 'Safety', 'Problem solving'],
  addingTitle: 'Netwise: adding the module',
  adding: (title) => `Adding “${title}” to your course…`,

  resultsTitle: (module) => `Netwise: class results (${module})`,
  resultsHeading: (module, language) => `Class results: ${module} (${language})`,
  downloadCsv: 'Download CSV',
  studentsCaption: 'Students',
  student: 'Student',
  status: 'Status',
  score: 'Score (%)',
  attempts: 'Attempts',
  minutes: 'Minutes',
  lastActivity: 'Last activity (UTC)',
  noStudents: 'No student has started yet.',
  questionsCaption: 'Questions',
  question: 'Question',
  studentsCount: 'Students',
  firstTryRight: 'Right at first try',
  commonWrong: 'Most chosen wrong answer',
  noAnswers: 'No answers yet.',
  statuses: { 'not started': 'not started', 'in progress': 'in progress', completed: 'completed' },

  registeredTitle: 'Netwise: registered',
  registeredHeading: 'Netwise is registered',
  registeredText: (clientId, issuer) => `Client id ${clientId} for ${issuer}. You can close this window.`,

  errors: {
    loginMissing: 'The login request is missing iss, login_hint or target_link_uri.',
    platformUnknown: 'This learning platform is not registered with Netwise. Ask your administrator to add it.',
    targetElsewhere: 'The launch address is not on this server.',
    platformRefused: (detail) => `The learning platform refused the sign-in: ${detail}.`,
    launchMissing: 'The launch is missing its id_token or state.',
    launchUsedOrExpired: 'This launch was already used or has expired. Open the activity again from your course.',
    launchUsed: 'This launch was already used. Open the activity again from your course.',
    notThisBrowser: 'This sign-in did not start in this browser. Open the activity again from your course. If this keeps happening, ask your teacher to set the activity to open in a new window.',
    tokenExpired: 'The launch token has expired. Open the activity again from your course.',
    tokenNotForTool: (claim) => `The launch token is not for this tool (${claim}).`,
    tokenNotSigned: 'The launch token is not signed by the platform.',
    tokenUnsupported: 'The launch token is not a signed token this tool accepts.',
    platformKeys: (detail) => `The platform’s keys could not be read (${detail}).`,
    tokenReplayed: 'The launch token was already used or belongs to another login.',
    onlyLti13: 'Only LTI 1.3 launches are supported.',
    messageUnsupported: 'This kind of LTI message is not supported.',
    noDeployment: 'The launch names no deployment.',
    noRoles: 'The launch names no roles.',
    deploymentUnknown: 'This deployment of Netwise is not registered. Ask your administrator to add it.',
    teachersOnlyAdd: 'Only teachers can add activities.',
    noReturnUrl: 'The platform sent no deep-linking return address.',
    noResourceLink: 'The launch names no resource link.',
    unknownModule: 'This activity names a module Netwise does not have. Ask your teacher to choose it again.',
    noSuchModule: 'There is no such module.',
    teacherAddingOnly: 'Only a teacher adding an activity can choose a module.',
    teachersOnlyResults: 'Only the course’s teachers can see the class results.',
    notFromCourse: 'This page was not opened from your course. Open the activity again from your course.',
    sessionEnded: 'This session has ended. Open the activity again from your course.',
    otherSite: 'Requests from other sites are refused.',
    noActivity: 'This session has no activity.',
    registerAlone: 'Paste this address into your learning platform’s tool registration page; it cannot be opened on its own.',
    registerConfigUnread: (detail) => `The learning platform’s configuration could not be read: ${detail}.`,
    registerIssuer: 'The learning platform’s configuration names another issuer than its own address.',
    registerMissing: (field) => `The learning platform’s configuration has no ${field}.`,
    registerRefused: (detail) => `The learning platform did not accept the registration: ${detail}.`,
    badRequest: 'The request could not be handled. Open the activity again from your course.',
    serverError: 'Something went wrong on the server. Try again in a moment.',
  },
};
