import type { ClassroomTranslation } from '../../classroom.js';

/** The classroom strings in es (certificate and whiteboard; see classroom.ts). */
const strings: ClassroomTranslation = {
  certificateHeading: 'Tu certificado',
  nameLabel: 'Tu nombre',
  nameHint: 'Tu nombre se queda en esta página: no se guarda ni se envía a ningún sitio.',
  printCertificate: 'Imprimir tu certificado',
  certificateTitle: 'Certificado',
  completed: 'ha terminado la lección',
  onDate: (date) => `el ${date}`,
  canNow: 'y ahora sabe:',
  presentKeys: 'Teclas: ← → paso a paso · A, B, C… la elección de la clase · Espacio muestra la respuesta · N notas · F pantalla completa',
  presentAsk: 'Votad con la mano o con tarjetas y luego haz clic en la elección de la clase.',
  presentPart: (n, total) => `Parte ${n} de ${total}`,
  classChose: (letter) => `La clase eligió la ${letter}`,
  reveal: 'Mostrar la respuesta',
  answerWas: (letters) => `La respuesta: ${letters}`,
  notes: 'Notas',
  fullScreen: 'Pantalla completa',
  presentEnd: 'Fin. ¡Muy bien, todos!',
};
export default strings;
