import { numbers, orList, plural } from '../plural.js';
import type { Translation } from '../translation.js';

const { num, percent } = numbers('ar');
const pl = plural('ar');
const or = orList('ar');

/**
 * Arabic (Modern Standard Arabic, as school books address a pupil). Counted nouns take all six plural
 * forms; 11–99 and 100+ differ only by their case ending, so it is written (tanwin) to keep them apart.
 */
export const ar: Translation = {
  $code: 'ar',
  $name: 'العربية',
  $dir: 'rtl',

  loading: 'جارٍ تحميل الدرس…',
  loadFailed: 'تعذّر فتح هذا الدرس.',
  loadFailedDetail: 'أخبِر معلّمك أو معلّمتك من فضلك. التفاصيل موجودة في وحدة تحكّم المتصفّح.',

  next: 'التالي',
  back: 'السابق',
  finish: 'إنهاء',
  stepOf: (step, total) => `الخطوة ${num(step)} من ${num(total)}`,
  progress: 'التقدّم',
  lessonOf: (lesson, total) => `الدرس ${num(lesson)} من ${num(total)}`,
  answerToContinue: 'أجِب عن السؤال أولًا لتتابع.',

  check: 'تحقّق',
  tryAgain: 'حاول مرة أخرى',
  showAnswer: 'أظهِر الإجابة',
  showHint: 'أظهِر تلميحًا',
  hideHint: 'أخفِ التلميح',
  hint: 'تلميح',
  correct: 'إجابة صحيحة!',
  incorrect: 'ليس تمامًا.',
  partlyCorrect: 'صحيحة جزئيًا.',
  answerShown: 'هذه هي الإجابة.',
  attemptsLeft: (n) =>
    pl(n, {
      zero: 'لم تبقَ لديك أي محاولة.',
      one: 'بقيت لديك محاولة واحدة.',
      two: 'بقيت لديك محاولتان.',
      few: `بقيت لديك ${num(n)} محاولات.`,
      many: `بقيت لديك ${num(n)} محاولةً.`,
      other: `بقيت لديك ${num(n)} محاولةٍ.`,
    }),
  outOfAttempts: 'لم تبقَ لديك محاولات.',
  chooseOne: 'اختر إجابة واحدة.',
  chooseAll: 'اختر كل الإجابات الصحيحة.',
  trueLabel: 'صح',
  falseLabel: 'خطأ',
  statement: 'صح أم خطأ؟',
  theAnswerIs: 'الإجابة الصحيحة',
  youAnswered: 'إجابتك',
  notAnswered: 'لم تُجِب',

  orderInstructions:
    'رتّب العناصر بالترتيب الصحيح: اسحبها أو استخدم زرَّي ↑ و↓. بلوحة المفاتيح: اضغط مفتاح المسافة على زر «نقل» في العنصر، وحرّكه بمفاتيح الأسهم، ثم اضغط المسافة مرة أخرى.',
  moveItem: 'نقل',
  moveUp: 'إلى الأعلى',
  moveDown: 'إلى الأسفل',
  positionOf: (item, position, total) => `${item}، الموضع ${num(position)} من ${num(total)}.`,
  pickedUp: (item, position, total) =>
    `رفعتَ ${item}، الموضع ${num(position)} من ${num(total)}. حرّكه بمفاتيح الأسهم، وضعه بمفتاح المسافة، أو ألغِ النقل بمفتاح Escape.`,
  dropped: (item, position, total) => `وضعتَ ${item} في الموضع ${num(position)} من ${num(total)}.`,
  moveCancelled: (item, position, total) => `أُلغي النقل. عاد ${item} إلى الموضع ${num(position)} من ${num(total)}.`,
  rightOrder: 'الترتيب الصحيح',
  sortInstructions: 'ضع كل بطاقة في مجموعة: اختر المجموعة تحت البطاقة، أو اسحب البطاقة إلى المجموعة.',
  putIn: 'ضعها في:',
  cardsToSort: 'بطاقات لم تُصنَّف بعد',
  cardIn: (card, group) => `الآن في ${group}: ${card}`,
  belongsIn: (group) => `مكانها: ${group}`,
  matchInstructions: 'اختر لكل عنصر ما يناسبه من قائمته، أو اسحب ما يناسبه إليه.',
  choosePartner: 'اختر…',
  partners: 'عناصر للمطابقة',
  matchedWith: (item, partner) => `طابقتَ ${item} مع ${partner}.`,
  rightPartner: (partner) => `المطابقة الصحيحة: ${partner}`,

  blanksInstructions: 'اكتب إجابتك في كل فراغ.',
  gapOf: (gap, total) => `الفراغ ${num(gap)} من ${num(total)}`,
  gapAnswer: (answers) => `الإجابة: ${or(answers)}`,
  reflectInstructions: 'اكتب رأيك. لا توجد إجابة صحيحة أو خاطئة، ولن تُقيَّم.',
  pollInstructions: 'اختر واحدًا. لا توجد إجابة صحيحة أو خاطئة، ولن تُقيَّم.',
  charactersOf: (count, max) => `الأحرف: ${num(count)} من ${num(max)}`,
  charactersLeft: (left) =>
    pl(left, {
      zero: 'لم يبقَ أي حرف.',
      one: 'بقي حرف واحد.',
      two: 'بقي حرفان.',
      few: `بقيت ${num(left)} أحرف.`,
      many: `بقي ${num(left)} حرفًا.`,
      other: `بقي ${num(left)} حرفٍ.`,
    }),
  saveAnswer: 'احفظ إجابتي',
  savedThanks: 'تم الحفظ. شكرًا لمشاركتك!',
  hotspotInstructions: 'انقر أو المس الأماكن التي تبحث عنها، أو استخدم الأزرار في القائمة. اضغط مرة أخرى لإلغاء التحديد.',
  hotspotList: 'أماكن للاختيار',
  regionMarked: (label) => `${label}: محدَّد.`,
  regionUnmarked: (label) => `${label}: غير محدَّد.`,
  nothingThere: 'لا يوجد شيء لتحديده هنا. جرّب مكانًا آخر، أو استخدم القائمة.',
  regionToFind: 'كان عليك إيجاد هذا',
  scenarioInstructions: 'اقرأ كل جزء من القصة واختر ما كنت ستفعله. يمكنك التراجع عن آخر اختيار حتى ترى كيف تنتهي.',
  storySoFar: 'القصة حتى الآن',
  youChose: 'اخترتَ:',
  whatDoYouDo: 'ماذا تفعل؟',
  undoChoice: 'تراجع عن آخر اختيار',
  storyReachedEnd: 'وصلت قصتك إلى نهايتها.',
  seeHowItEnds: 'اعرف كيف تنتهي',
  storyEnded: 'هكذا تنتهي قصتك.',
  bestPath: 'أفضل طريق:',
  showAnotherHint: 'أظهِر تلميحًا آخر',
  hideHints: 'أخفِ التلميحات',
  hints: 'التلميحات',

  summaryTitle: 'نتائجك',
  score: (p) => `نتيجتك: ${percent(p)}`,
  rightCount: (right, total) =>
    pl(right, {
      zero: `لا إجابات صحيحة من ${num(total)}`,
      one: `إجابة صحيحة واحدة من ${num(total)}`,
      two: `إجابتان صحيحتان من ${num(total)}`,
      few: `${num(right)} إجابات صحيحة من ${num(total)}`,
      many: `${num(right)} إجابةً صحيحةً من ${num(total)}`,
      other: `${num(right)} إجابةٍ صحيحةٍ من ${num(total)}`,
    }),
  passed: (mark) => `نجحت! درجة النجاح ${percent(mark)}.`,
  failed: (mark) => `لم تنجح بعد: درجة النجاح ${percent(mark)}. حاول مرة أخرى!`,
  practiceDone: 'انتهى التدريب.',
  review: 'مراجعة الأسئلة',
  reviewQuestion: (n) => `السؤال ${num(n)}`,
  startAgain: 'ابدأ من جديد',
  goToStep: 'انتقل إلى هذا السؤال',

  savedLocally: 'يُحفَظ تقدّمك على هذا الجهاز.',
  savedNowhere: 'لا يُحفَظ تقدّمك.',
  savedTo: (system) => `يُحفَظ تقدّمك في ${system}.`,
  savedToPlatform: 'يُحفَظ تقدّمك في منصة التعلّم في مدرستك.',
  storageUnavailable: 'هذا المتصفح لا يحفظ تقدّمك: سيضيع إذا أغلقت الصفحة.',
  savedProgressUnreadable: 'تعذّرت قراءة تقدّمك السابق، لذلك يبدأ الدرس من البداية.',
  fallbackToLocal: 'منصة التعلّم لا تستجيب، لذلك يُحفَظ تقدّمك على هذا الجهاز مؤقتًا.',
  returnToCourse: 'العودة إلى المقرّر',
};
