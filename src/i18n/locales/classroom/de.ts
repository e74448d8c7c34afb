import type { ClassroomTranslation } from '../../classroom.js';

/** The classroom strings in de (certificate and whiteboard; see classroom.ts). */
const strings: ClassroomTranslation = {
  certificateHeading: 'Deine Urkunde',
  nameLabel: 'Dein Name',
  nameHint: 'Dein Name bleibt auf dieser Seite: Er wird weder gespeichert noch verschickt.',
  printCertificate: 'Urkunde drucken',
  certificateTitle: 'Urkunde',
  completed: 'hat die Lektion abgeschlossen',
  onDate: (date) => `am ${date}`,
  canNow: 'und kann jetzt:',
  presentKeys: 'Tasten: ← → Schritt für Schritt · A, B, C… Wahl der Klasse · Leertaste zeigt die Lösung · N Notizen · F Vollbild',
  presentAsk: 'Stimmt mit Händen oder Karten ab, dann klicken Sie auf die Wahl der Klasse.',
  presentPart: (n, total) => `Teil ${n} von ${total}`,
  classChose: (letter) => `Die Klasse hat ${letter} gewählt`,
  reveal: 'Lösung zeigen',
  answerWas: (letters) => `Die Lösung: ${letters}`,
  notes: 'Notizen',
  fullScreen: 'Vollbild',
  presentEnd: 'Ende. Gut gemacht, alle zusammen!',
};
export default strings;
