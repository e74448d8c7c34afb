import { orList } from '../or-list.js';
import { numbers, plural } from '../plural.js';
import type { Translation } from '../translation.js';

const { num, percent } = numbers('pl');
const pick = plural('pl');
const or = orList('pl');

/** Polish: the informal "ty", as a teacher talks to a pupil. */
export const pl: Translation = {
  $code: 'pl',
  $name: 'Polski',
  $dir: 'ltr',

  loading: 'Wczytuję lekcję…',
  loadFailed: 'Nie udało się otworzyć tej lekcji.',
  loadFailedDetail: 'Powiedz o tym nauczycielowi lub nauczycielce. Szczegóły są w konsoli przeglądarki.',

  next: 'Dalej',
  back: 'Wstecz',
  finish: 'Zakończ',
  stepOf: (step, total) => `Krok ${num(step)} z ${num(total)}`,
  progress: 'Postęp',
  lessonOf: (lesson, total) => `Lekcja ${num(lesson)} z ${num(total)}`,
  answerToContinue: 'Najpierw odpowiedz na pytanie, potem przejdziesz dalej.',

  check: 'Sprawdź',
  tryAgain: 'Spróbuj jeszcze raz',
  showAnswer: 'Pokaż odpowiedź',
  showHint: 'Pokaż podpowiedź',
  hideHint: 'Ukryj podpowiedź',
  hint: 'Podpowiedź',
  correct: 'Dobrze!',
  incorrect: 'Jeszcze nie do końca.',
  partlyCorrect: 'Częściowo dobrze.',
  answerShown: 'Oto prawidłowa odpowiedź.',
  attemptsLeft: (n) =>
    pick(n, { one: `Została ci ${num(n)} próba.`, few: `Zostały ci ${num(n)} próby.`, many: `Zostało ci ${num(n)} prób.`, other: `Zostało ci ${num(n)} próby.` }),
  outOfAttempts: 'Nie masz już więcej prób.',
  chooseOne: 'Wybierz jedną odpowiedź.',
  chooseAll: 'Wybierz wszystkie dobre odpowiedzi.',
  trueLabel: 'Prawda',
  falseLabel: 'Fałsz',
  statement: 'Prawda czy fałsz?',
  theAnswerIs: 'Prawidłowa odpowiedź',
  youAnswered: 'Twoja odpowiedź',
  notAnswered: 'Brak odpowiedzi',

  orderInstructions:
    'Ułóż elementy we właściwej kolejności: przeciągnij je albo użyj przycisków ↑ i ↓. Na klawiaturze: naciśnij spację na przycisku Przenieś, przesuń element strzałkami i naciśnij spację jeszcze raz.',
  moveItem: 'Przenieś',
  moveUp: 'Przesuń wyżej',
  moveDown: 'Przesuń niżej',
  positionOf: (item, position, total) => `${item}, pozycja ${num(position)} z ${num(total)}.`,
  pickedUp: (item, position, total) =>
    `Podniesiono: ${item}, pozycja ${num(position)} z ${num(total)}. Przesuwaj strzałkami, upuść spacją, anuluj klawiszem Escape.`,
  dropped: (item, position, total) => `Upuszczono: ${item}, pozycja ${num(position)} z ${num(total)}.`,
  moveCancelled: (item, position, total) => `Anulowano przenoszenie. ${item} wraca na pozycję ${num(position)} z ${num(total)}.`,
  rightOrder: 'Prawidłowa kolejność',
  sortInstructions: 'Przydziel każdą kartę do grupy: wybierz grupę pod kartą albo przeciągnij kartę na grupę.',
  putIn: 'Do grupy:',
  cardsToSort: 'Karty do przydzielenia',
  cardIn: (card, group) => `W grupie ${group}: ${card}`,
  belongsIn: (group) => `Pasuje do grupy: ${group}`,
  matchInstructions: 'Do każdego elementu wybierz z listy to, co do niego pasuje, albo przeciągnij to na element.',
  choosePartner: 'Wybierz…',
  partners: 'Do dopasowania',
  matchedWith: (item, partner) => `Połączono: ${item} i ${partner}.`,
  rightPartner: (partner) => `Tu pasuje: ${partner}`,

  blanksInstructions: 'Wpisz odpowiedź w każdą lukę.',
  gapOf: (gap, total) => `Luka ${num(gap)} z ${num(total)}`,
  gapAnswer: (answers) => `Odpowiedź: ${or(answers)}`,
  reflectInstructions: 'Napisz, co myślisz. Nie ma tu dobrych ani złych odpowiedzi i nic nie jest oceniane.',
  pollInstructions: 'Wybierz jedną odpowiedź. Nie ma tu dobrych ani złych odpowiedzi i nic nie jest oceniane.',
  charactersOf: (count, max) => `${num(count)} z ${num(max)} ${pick(max, { one: 'znaku', other: 'znaków' })}`,
  charactersLeft: (left) =>
    pick(left, { one: `Został ${num(left)} znak.`, few: `Zostały ${num(left)} znaki.`, many: `Zostało ${num(left)} znaków.`, other: `Zostało ${num(left)} znaku.` }),
  saveAnswer: 'Zapisz odpowiedź',
  savedThanks: 'Zapisano. Dzięki, że się tym dzielisz!',
  hotspotInstructions: 'Kliknij lub dotknij miejsc, których szukasz, albo użyj przycisków na liście. Naciśnij jeszcze raz, żeby odznaczyć.',
  hotspotList: 'Miejsca do wyboru',
  regionMarked: (label) => `${label}: zaznaczone.`,
  regionUnmarked: (label) => `${label}: odznaczone.`,
  nothingThere: 'Tu nie ma nic do zaznaczenia. Spróbuj w innym miejscu albo użyj listy.',
  regionToFind: 'To trzeba było znaleźć',
  scenarioInstructions: 'Przeczytaj każdą część historii i wybierz, co zrobisz. Ostatni wybór możesz cofnąć, dopóki nie zobaczysz zakończenia.',
  storySoFar: 'Historia do tej pory',
  youChose: 'Twój wybór:',
  whatDoYouDo: 'Co robisz?',
  undoChoice: 'Cofnij ostatni wybór',
  storyReachedEnd: 'Twoja historia dobiegła końca.',
  seeHowItEnds: 'Zobacz, jak się kończy',
  storyEnded: 'Tak kończy się twoja historia.',
  bestPath: 'Najlepsza droga:',
  showAnotherHint: 'Pokaż kolejną podpowiedź',
  hideHints: 'Ukryj podpowiedzi',
  hints: 'Podpowiedzi',

  summaryTitle: 'Twoje wyniki',
  score: (p) => `Twój wynik: ${percent(p)}`,
  rightCount: (right, total) =>
    `Masz dobrze ${num(right)} ${pick(right, { one: 'pytanie', few: 'pytania', many: 'pytań', other: 'pytania' })} z ${num(total)}`,
  passed: (mark) => `Zaliczone! Próg zaliczenia to ${percent(mark)}.`,
  failed: (mark) => `Jeszcze niezaliczone: próg zaliczenia to ${percent(mark)}. Spróbuj jeszcze raz!`,
  practiceDone: 'Ćwiczenie zakończone.',
  review: 'Przegląd pytań',
  reviewQuestion: (n) => `Pytanie ${num(n)}`,
  startAgain: 'Zacznij od nowa',
  goToStep: 'Przejdź do tego pytania',

  savedLocally: 'Twoje postępy zapisują się na tym urządzeniu.',
  savedNowhere: 'Twoje postępy się nie zapisują.',
  savedTo: (system) => `Twoje postępy zapisują się w systemie ${system}.`,
  savedToPlatform: 'Twoje postępy zapisują się na szkolnej platformie.',
  storageUnavailable: 'Ta przeglądarka nie zapisuje twoich postępów: jeśli zamkniesz stronę, stracisz je.',
  savedProgressUnreadable: 'Nie udało się odczytać twoich wcześniejszych postępów, więc lekcja zaczyna się od początku.',
  fallbackToLocal: 'Platforma nie odpowiada, więc na razie twoje postępy zapisują się na tym urządzeniu.',
  returnToCourse: 'Wróć do kursu',
};

