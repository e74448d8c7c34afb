import type { ClassroomTranslation } from '../../classroom.js';

/** The classroom strings in it (certificate and whiteboard; see classroom.ts). */
const strings: ClassroomTranslation = {
  certificateHeading: 'Il tuo attestato',
  nameLabel: 'Il tuo nome',
  nameHint: 'Il tuo nome resta su questa pagina: non viene salvato né inviato.',
  printCertificate: 'Stampa il tuo attestato',
  certificateTitle: 'Attestato',
  completed: 'ha completato la lezione',
  onDate: (date) => `il ${date}`,
  canNow: 'e ora sa:',
  presentKeys: 'Tasti: ← → passo per passo · A, B, C… la scelta della classe · Spazio mostra la risposta · N note · F schermo intero',
  presentAsk: 'Votate per alzata di mano o con i cartellini, poi clicca sulla scelta della classe.',
  presentPart: (n, total) => `Parte ${n} di ${total}`,
  classChose: (letter) => `La classe ha scelto ${letter}`,
  reveal: 'Mostra la risposta',
  answerWas: (letters) => `La risposta: ${letters}`,
  notes: 'Note',
  fullScreen: 'Schermo intero',
  presentEnd: 'Fine. Bravi tutti!',
};
export default strings;
