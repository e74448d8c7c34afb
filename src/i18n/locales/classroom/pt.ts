import type { ClassroomTranslation } from '../../classroom.js';

/** The classroom strings in pt (certificate and whiteboard; see classroom.ts). */
const strings: ClassroomTranslation = {
  certificateHeading: 'O teu certificado',
  nameLabel: 'O teu nome',
  nameHint: 'O teu nome fica nesta página: não é guardado nem enviado para lado nenhum.',
  printCertificate: 'Imprimir o teu certificado',
  certificateTitle: 'Certificado',
  completed: 'concluiu a lição',
  onDate: (date) => `em ${date}`,
  canNow: 'e agora sabe:',
  presentKeys: 'Teclas: ← → passo a passo · A, B, C… a escolha da turma · Espaço mostra a resposta · N notas · F ecrã inteiro',
  presentAsk: 'Votem com as mãos ou com cartões e depois clique na escolha da turma.',
  presentPart: (n, total) => `Parte ${n} de ${total}`,
  classChose: (letter) => `A turma escolheu ${letter}`,
  reveal: 'Mostrar a resposta',
  answerWas: (letters) => `A resposta: ${letters}`,
  notes: 'Notas',
  fullScreen: 'Ecrã inteiro',
  presentEnd: 'Fim. Muito bem, todos!',
};
export default strings;
