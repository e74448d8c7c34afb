import type { ClassroomTranslation } from '../../classroom.js';

/** The classroom strings in nl (certificate and whiteboard; see classroom.ts). */
const strings: ClassroomTranslation = {
  certificateHeading: 'Jouw certificaat',
  nameLabel: 'Je naam',
  nameHint: 'Je naam blijft op deze pagina: hij wordt nergens bewaard of naartoe gestuurd.',
  printCertificate: 'Je certificaat printen',
  certificateTitle: 'Certificaat',
  completed: 'heeft de les afgerond',
  onDate: (date) => `op ${date}`,
  canNow: 'en kan nu:',
  presentKeys: 'Toetsen: ← → stap voor stap · A, B, C… de keuze van de klas · spatie toont het antwoord · N notities · F volledig scherm',
  presentAsk: 'Stem met handen of kaartjes en klik dan op de keuze van de klas.',
  presentPart: (n, total) => `Deel ${n} van ${total}`,
  classChose: (letter) => `De klas koos ${letter}`,
  reveal: 'Antwoord tonen',
  answerWas: (letters) => `Het antwoord: ${letters}`,
  notes: 'Notities',
  fullScreen: 'Volledig scherm',
  presentEnd: 'Einde. Goed gedaan, allemaal!',
};
export default strings;
