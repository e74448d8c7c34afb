import type { ClassroomTranslation } from '../../classroom.js';

/** The classroom strings in sk (certificate and whiteboard; see classroom.ts). */
const strings: ClassroomTranslation = {
  certificateHeading: 'Tvoj certifikát',
  nameLabel: 'Tvoje meno',
  nameHint: 'Tvoje meno zostane len na tejto stránke: nikam sa neukladá ani neposiela.',
  printCertificate: 'Vytlačiť certifikát',
  certificateTitle: 'Certifikát',
  completed: 'dokončil(a) lekciu',
  onDate: (date) => `dňa ${date}`,
  canNow: 'a teraz vie:',
  presentKeys: 'Klávesy: ← → krok po kroku · A, B, C… voľba triedy · medzerník odhalí odpoveď · N poznámky · F celá obrazovka',
  presentAsk: 'Hlasujte rukami alebo kartičkami, potom kliknite na voľbu triedy.',
  presentPart: (n, total) => `Časť ${n} z ${total}`,
  classChose: (letter) => `Trieda zvolila ${letter}`,
  reveal: 'Odhaliť odpoveď',
  answerWas: (letters) => `Odpoveď: ${letters}`,
  notes: 'Poznámky',
  fullScreen: 'Celá obrazovka',
  presentEnd: 'Koniec. Všetci ste boli skvelí!',
};
export default strings;
