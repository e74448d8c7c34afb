import type { ClassroomTranslation } from '../../classroom.js';

/** The classroom strings in cs (certificate and whiteboard; see classroom.ts). */
const strings: ClassroomTranslation = {
  certificateHeading: 'Tvůj certifikát',
  nameLabel: 'Tvoje jméno',
  nameHint: 'Tvoje jméno zůstane jen na této stránce: nikam se neukládá ani neposílá.',
  printCertificate: 'Vytisknout certifikát',
  certificateTitle: 'Certifikát',
  completed: 'dokončil(a) lekci',
  onDate: (date) => `dne ${date}`,
  canNow: 'a teď umí:',
  presentKeys: 'Klávesy: ← → krok po kroku · A, B, C… volba třídy · mezerník odhalí odpověď · N poznámky · F celá obrazovka',
  presentAsk: 'Hlasujte rukama nebo kartičkami, pak klikněte na volbu třídy.',
  presentPart: (n, total) => `Část ${n} z ${total}`,
  classChose: (letter) => `Třída zvolila ${letter}`,
  reveal: 'Odhalit odpověď',
  answerWas: (letters) => `Odpověď: ${letters}`,
  notes: 'Poznámky',
  fullScreen: 'Celá obrazovka',
  presentEnd: 'Konec. Všichni jste byli skvělí!',
};
export default strings;
