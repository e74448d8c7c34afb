/**
 * The printed certificate: a page of its own, put in the document only while the browser prints it.
 * The student's name is put in as text (never HTML) and goes nowhere else: not in storage, not in the
 * progress, not to a learning platform.
 */
import type { ClassroomTranslation } from '../i18n/classroom.js';
import { directionOf } from '../i18n/language.js';

/** What a certificate says. */
export interface CertificateText {
  /** The student's name as typed. */
  name: string;
  /** The module's title and objectives, in the module's language (`contentLang`). */
  title: string;
  objectives: string[];
  contentLang: string;
  /** The UI language (the certificate's own words and the date). */
  lang: string;
  date: Date;
}

/** Only in print: the certificate alone, landscape, on whatever paper the printer has (A4 or Letter). */
const STYLES = `
@media screen { .nw-certificate-print { display: none !important; } }
@media print {
  @page { size: landscape; margin: 12mm; }
  body > :not(.nw-certificate-print) { display: none !important; }
  body { margin: 0 !important; background: #fff !important; }
  .nw-certificate-print {
    box-sizing: border-box; height: 180mm; display: flex; flex-direction: column; justify-content: center;
    align-items: center; text-align: center; gap: 4mm; padding: 12mm; border: 3mm double #000;
    color: #000; background: #fff; font-family: Georgia, 'Times New Roman', serif; break-inside: avoid;
  }
  .nw-certificate-print h1 { font-size: 34pt; margin: 0; letter-spacing: 0.05em; text-transform: uppercase; }
  .nw-certificate-print .name { font-size: 28pt; font-weight: 700; margin: 2mm 0 0; border-bottom: 1px solid #000; padding: 0 10mm 1mm; min-width: 60%; }
  .nw-certificate-print .title { font-size: 20pt; font-weight: 700; margin: 0; }
  .nw-certificate-print p { font-size: 14pt; margin: 0; }
  .nw-certificate-print ul { font-size: 12pt; margin: 0; padding: 0; list-style: none; max-width: 85%; }
  .nw-certificate-print li::before { content: '✓ '; font-weight: 700; }
}`;

function el(tag: string, text?: string, attrs: Record<string, string> = {}): HTMLElement {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  return node;
}

/** The certificate's page (not yet in the document). */
export function certificateElement(text: CertificateText, t: ClassroomTranslation): HTMLElement {
  const content = { lang: text.contentLang, dir: directionOf(text.contentLang) };
  const page = el('section', undefined, { class: 'nw-certificate-print', lang: text.lang, dir: directionOf(text.lang) });
  const date = new Intl.DateTimeFormat(text.lang, { dateStyle: 'long' }).format(text.date);
  const list = el('ul', undefined, content);
  list.append(...text.objectives.map((o) => el('li', o)));
  page.append(
    el('h1', t.certificateTitle),
    el('p', text.name, { class: 'name' }),
    el('p', t.completed),
    el('p', text.title, { class: 'title', ...content }),
    el('p', t.onDate(date), { class: 'date' }),
    ...(text.objectives.length ? [el('p', t.canNow), list] : []),
  );
  return page;
}

/**
 * Prints the certificate: adds it and its print style to the document, opens the browser's print, and
 * takes both away when printing is over. Returns the page added (until then).
 */
export function printCertificate(text: CertificateText, t: ClassroomTranslation, print: () => void = () => window.print()): HTMLElement {
  const page = certificateElement(text, t);
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(STYLES);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  document.body.append(page);
  const done = () => {
    page.remove();
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
  };
  window.addEventListener('afterprint', done, { once: true });
  print();
  return page;
}
