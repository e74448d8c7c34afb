import type { ClassroomTranslation } from '../../classroom.js';

/** The classroom strings in uk (certificate and whiteboard; see classroom.ts). */
const strings: ClassroomTranslation = {
  certificateHeading: 'Твій сертифікат',
  nameLabel: 'Твоє ім’я',
  nameHint: 'Твоє ім’я залишається на цій сторінці: його ніде не зберігають і нікуди не надсилають.',
  printCertificate: 'Надрукувати сертифікат',
  certificateTitle: 'Сертифікат',
  completed: 'завершив(-ла) урок',
  onDate: (date) => `${date}`,
  canNow: 'і тепер уміє:',
  presentKeys: 'Клавіші: ← → крок за кроком · A, B, C… вибір класу · пробіл показує відповідь · N нотатки · F повний екран',
  presentAsk: 'Голосуйте руками чи картками, потім клацніть на вибір класу.',
  presentPart: (n, total) => `Частина ${n} з ${total}`,
  classChose: (letter) => `Клас обрав ${letter}`,
  reveal: 'Показати відповідь',
  answerWas: (letters) => `Відповідь: ${letters}`,
  notes: 'Нотатки',
  fullScreen: 'Повний екран',
  presentEnd: 'Кінець. Молодці всі!',
};
export default strings;
