import type { ClassroomTranslation } from '../../classroom.js';

/** The classroom strings in ar (certificate and whiteboard; see classroom.ts). */
const strings: ClassroomTranslation = {
  certificateHeading: 'شهادتك',
  nameLabel: 'اسمك',
  nameHint: 'يبقى اسمك في هذه الصفحة: لا يُحفظ ولا يُرسل إلى أي مكان.',
  printCertificate: 'اطبع شهادتك',
  certificateTitle: 'شهادة',
  completed: 'أتمّ الدرس',
  onDate: (date) => `في ${date}`,
  canNow: 'ويستطيع الآن:',
  presentKeys: 'المفاتيح: ← → خطوة بخطوة · A وB وC… اختيار الصف · المسافة تكشف الإجابة · N الملاحظات · F ملء الشاشة',
  presentAsk: 'صوّتوا برفع الأيدي أو بالبطاقات، ثم انقر على اختيار الصف.',
  presentPart: (n, total) => `الجزء ${n} من ${total}`,
  classChose: (letter) => `اختار الصف ${letter}`,
  reveal: 'اكشف الإجابة',
  answerWas: (letters) => `الإجابة: ${letters}`,
  notes: 'ملاحظات',
  fullScreen: 'ملء الشاشة',
  presentEnd: 'النهاية. أحسنتم جميعًا!',
};
export default strings;
