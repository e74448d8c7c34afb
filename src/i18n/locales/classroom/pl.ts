import type { ClassroomTranslation } from '../../classroom.js';

/** The classroom strings in pl (certificate and whiteboard; see classroom.ts). */
const strings: ClassroomTranslation = {
  certificateHeading: 'Twój certyfikat',
  nameLabel: 'Twoje imię',
  nameHint: 'Twoje imię zostaje tylko na tej stronie: nie jest nigdzie zapisywane ani wysyłane.',
  printCertificate: 'Wydrukuj certyfikat',
  certificateTitle: 'Certyfikat',
  completed: 'ukończył(a) lekcję',
  onDate: (date) => `dnia ${date}`,
  canNow: 'i teraz potrafi:',
  presentKeys: 'Klawisze: ← → krok po kroku · A, B, C… wybór klasy · spacja odsłania odpowiedź · N notatki · F pełny ekran',
  presentAsk: 'Głosujcie rękami lub kartkami, potem kliknij wybór klasy.',
  presentPart: (n, total) => `Część ${n} z ${total}`,
  classChose: (letter) => `Klasa wybrała ${letter}`,
  reveal: 'Pokaż odpowiedź',
  answerWas: (letters) => `Odpowiedź: ${letters}`,
  notes: 'Notatki',
  fullScreen: 'Pełny ekran',
  presentEnd: 'Koniec. Wszyscy spisaliście się świetnie!',
};
export default strings;
