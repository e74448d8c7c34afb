import type { ClassroomTranslation } from '../../classroom.js';

/** The classroom strings in en (certificate and whiteboard; see classroom.ts). */
const strings: ClassroomTranslation = {
  certificateHeading: 'Your certificate',
  nameLabel: 'Your name',
  nameHint: 'Your name stays on this page: it is not saved or sent anywhere.',
  printCertificate: 'Print your certificate',
  certificateTitle: 'Certificate',
  completed: 'has completed the lesson',
  onDate: (date) => `on ${date}`,
  canNow: 'and can now:',
  presentKeys: 'Keys: ← → step by step · A, B, C… the class’s choice · Space reveals · N notes · F full screen',
  presentAsk: 'Vote with hands or cards, then click the class’s choice.',
  presentPart: (n, total) => `Part ${n} of ${total}`,
  classChose: (letter) => `The class chose ${letter}`,
  reveal: 'Reveal the answer',
  answerWas: (letters) => `The answer: ${letters}`,
  notes: 'Notes',
  fullScreen: 'Full screen',
  presentEnd: 'The end. Well done, everyone!',
};
export default strings;
