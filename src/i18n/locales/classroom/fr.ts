import type { ClassroomTranslation } from '../../classroom.js';

/** The classroom strings in fr (certificate and whiteboard; see classroom.ts). */
const strings: ClassroomTranslation = {
  certificateHeading: 'Ton certificat',
  nameLabel: 'Ton nom',
  nameHint: 'Ton nom reste sur cette page : il n’est ni enregistré ni envoyé.',
  printCertificate: 'Imprimer ton certificat',
  certificateTitle: 'Certificat',
  completed: 'a terminé la leçon',
  onDate: (date) => `le ${date}`,
  canNow: 'et sait maintenant :',
  presentKeys: 'Touches : ← → étape par étape · A, B, C… le choix de la classe · Espace révèle la réponse · N notes · F plein écran',
  presentAsk: 'Votez à main levée ou avec des cartes, puis cliquez sur le choix de la classe.',
  presentPart: (n, total) => `Partie ${n} sur ${total}`,
  classChose: (letter) => `La classe a choisi ${letter}`,
  reveal: 'Révéler la réponse',
  answerWas: (letters) => `La réponse : ${letters}`,
  notes: 'Notes',
  fullScreen: 'Plein écran',
  presentEnd: 'Fin. Bravo à tous !',
};
export default strings;
