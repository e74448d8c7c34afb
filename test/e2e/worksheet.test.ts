/**
 * The paper page (demo/worksheet.html): a lesson as a worksheet for students and an answer key for the
 * teacher, every kind of question as a pen-and-paper activity, printed black on white within an A4 page.
 * Run after `npm run build` (the page reads dist/modules/).
 */
import { expect, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { openPage } from './open-page.js';

const KINDS = ['blanks', 'choice', 'hotspot', 'match', 'order', 'reflect', 'scenario', 'sort', 'truefalse'];
/** A4's printable width at print.css's page margins (210 mm − 24 mm), in CSS pixels. */
const A4_WIDTH = Math.floor(((210 - 24) / 25.4) * 96);

async function openPaper(query: string, width = A4_WIDTH) {
  const page = await openPage(`/demo/worksheet.html?${query}`, width);
  await waitUntil(() => page.doc.documentElement.dataset.ready === 'true', 'the paper page never finished', { timeout: 10_000 });
  return page;
}

const texts = (els: Iterable<Element>) => [...els].map((el) => el.textContent!.replace(/\s+/g, ' ').trim());

describe('demo/worksheet.html: worksheet and answer key', () => {
  afterEach(() => emulateMedia({ media: 'screen' }));

  it('puts every kind of question on the worksheet, unanswered, under a name and date line', async () => {
    const { doc, violations } = await openPaper('module=get-help&lang=en&part=worksheet');
    expect(doc.getElementById('message')!.hidden, doc.getElementById('message')!.textContent!).to.equal(true);
    const sheet = doc.getElementById('worksheet')!;
    expect(sheet.hidden).to.equal(false);
    expect(doc.getElementById('answer-key')!.hidden, 'the key is not on the students’ sheet').to.equal(true);
    expect(new Set([...sheet.querySelectorAll<HTMLElement>('.question')].map((q) => q.dataset.kind))).to.deep.equal(new Set(KINDS));
    expect(texts(sheet.querySelectorAll('.name-line p'))).to.deep.equal(['Name:', 'Date:']);
    // Nothing is ticked, numbered or filled in for the student, and no answer or explanation is printed.
    expect(texts(sheet.querySelectorAll('.box, .gap')).filter(Boolean)).to.deep.equal([]);
    expect(sheet.querySelectorAll('.answer, .why, .found, .ringed, .ring').length).to.equal(0);
    // The space to write under a picture is lines, not a stray "[object …]".
    expect(sheet.textContent).to.not.contain('[object');
    expect(sheet.querySelector('.kind-hotspot .write-lines')).to.exist;
    // The reading text is there too, and each question says how to answer it on paper.
    expect(sheet.querySelectorAll('.reading').length).to.be.greaterThan(3);
    for (const q of sheet.querySelectorAll('.question:not(.kind-reflect)')) expect(q.querySelector('.instruction')!.textContent).to.not.equal('');
    // A scenario is a choose-your-path page: each choice says which part to read next.
    const story = sheet.querySelector('.kind-scenario')!;
    const parts = story.querySelectorAll('.story > li').length;
    for (const goTo of texts(story.querySelectorAll('.goto'))) {
      const n = Number(/(\d+)/.exec(goTo)![1]);
      expect(n).to.be.within(1, parts);
    }
    expect(violations).to.deep.equal([]);
  });

  it('the answer key ticks, numbers and fills in the answers in marks and words, not colour', async () => {
    const { doc } = await openPaper('module=get-help&lang=en&part=key');
    const key = doc.getElementById('answer-key')!;
    expect(key.hidden).to.equal(false);
    expect(doc.getElementById('worksheet')!.hidden).to.equal(true);
    const json = await (await fetch('/dist/modules/get-help.en.json')).json();
    const questions = json.lessons.flatMap((l: { steps: { question?: { id: string; kind: string } }[] }) => l.steps.flatMap((s) => s.question ?? []));
    for (const q of questions) {
      const el = key.querySelector(`[data-question="${q.id}"]`)!;
      expect(el, q.id).to.exist;
      if (q.kind === 'choice') {
        const ticked = [...el.querySelectorAll('.options li')].map((li) => li.querySelector('.box')!.textContent === '✓');
        expect(ticked).to.deep.equal(q.options.map((o: { correct: boolean }) => o.correct));
        expect(el.querySelector('.answer')!.textContent).to.match(/^Answer: [A-Z](, [A-Z])*$/);
      }
      if (q.kind === 'order') {
        const numbers = texts(el.querySelectorAll('.box')).map(Number);
        expect([...numbers].sort((a, b) => a - b)).to.deep.equal(q.items.map((_: unknown, i: number) => i + 1));
        expect(numbers, 'the items are not printed in the right order already').to.not.deep.equal(q.items.map((_: unknown, i: number) => i + 1));
      }
      if (q.kind === 'blanks') expect(texts(el.querySelectorAll('.gap'))).to.deep.equal(q.gaps.map((g: { answers: string[] }) => g.answers.join(' / ')));
      if (q.kind === 'sort') expect(el.querySelectorAll('tbody tr').length).to.equal(q.cards.length);
      if (q.kind === 'sort') for (const row of el.querySelectorAll('tbody tr')) expect(texts(row.querySelectorAll('.box')).filter(Boolean)).to.deep.equal(['✓']);
      if (q.kind === 'match') expect(texts(el.querySelectorAll('.match-left .box')).every((t) => /^[A-Z]$/.test(t))).to.equal(true);
      if (q.kind === 'hotspot') {
        const targets = q.regions.filter((r: { target: boolean }) => r.target);
        expect(texts(el.querySelectorAll('.found > li > span'))).to.deep.equal(targets.map((r: { label: string }) => r.label));
      }
    }
  });

  it('prints black on white within an A4 page: no tools, the key on a page of its own, nothing wider than the paper', async () => {
    const { doc, win } = await openPaper('module=get-help&lang=en&part=both');
    await emulateMedia({ media: 'print' });
    expect(win.matchMedia('print').matches, 'the frame is printed').to.equal(true);
    const style = (el: Element) => win.getComputedStyle(el);
    expect(style(doc.getElementById('tools')!).display).to.equal('none');
    expect(style(doc.querySelector('header.site')!).display).to.equal('none');
    expect(style(doc.getElementById('answer-key')!).breakBefore).to.equal('page');
    for (const q of doc.querySelectorAll('.question')) expect(style(q).breakInside, 'a question is never cut between pages').to.equal('avoid');
    const right = doc.documentElement.clientWidth;
    const wide = [...doc.querySelectorAll('#sheets *')].filter((el) => el.getBoundingClientRect().right > right + 0.5);
    expect(wide.map((el) => `${el.localName}.${el.className}`), 'cut at the right edge').to.deep.equal([]);
    expect(doc.documentElement.scrollWidth).to.be.at.most(right);
    for (const box of [...doc.querySelectorAll('.box')].slice(0, 5)) expect(style(box).borderTopColor).to.equal('rgb(0, 0, 0)');
  });

  it('prints the helplines themselves, never their country menu (English: 112, 116 111, ask your teacher; ?country=CZ: the Czech list)', async () => {
    for (const [query, expected] of [
      ['module=get-help&lang=en&part=worksheet', /Ask your teacher for your country’s helplines\./],
      // A block lists the Czech helplines (Linka bezpečí), or the hotline (STOPonline.cz) for `kind=hotline`.
      ['module=get-help&lang=en&part=worksheet&country=cz', /Linka bezpečí|STOPonline\.cz/],
    ] as const) {
      const { doc } = await openPaper(query);
      const lists = [...doc.querySelectorAll('#sheets nw-helplines')].filter((el) => (el as HTMLElement).checkVisibility());
      expect(lists.length, query).to.be.greaterThan(0);
      await waitUntil(() => lists.every((el) => el.shadowRoot?.querySelector('.heading')), 'the helplines were not drawn');
      await emulateMedia({ media: 'print' });
      for (const el of lists) {
        const printed = (el.shadowRoot!.querySelector('section') as HTMLElement).innerText;
        expect(el.shadowRoot!.querySelector('select')!.checkVisibility(), 'no menu on paper').to.equal(false);
        expect(printed, query).to.not.contain('Choose your country');
        expect(printed, query).to.match(expected);
        expect(printed, query).to.contain('112');
      }
      await emulateMedia({ media: 'screen' });
    }
  });

  it('the teacher page links to both, and axe finds nothing on the sheets', async () => {
    const teacher = await openPage('/demo/teacher.html?module=get-help&lang=en');
    await waitUntil(() => teacher.doc.documentElement.dataset.ready === 'true', 'the teacher page never finished', { timeout: 10_000 });
    const link = teacher.doc.getElementById('worksheet-link') as HTMLAnchorElement;
    expect(new URL(link.href).searchParams.get('module')).to.equal('get-help');
    expect(new URL((teacher.doc.getElementById('answer-key-link') as HTMLAnchorElement).href).searchParams.get('part')).to.equal('key');
    teacher.frame.remove();
    // The country chosen on the teacher page goes to the sheets, so they print its helplines.
    const chosen = await openPage('/demo/teacher.html?module=get-help&lang=en&country=CZ');
    await waitUntil(() => chosen.doc.documentElement.dataset.ready === 'true', 'the teacher page never finished', { timeout: 10_000 });
    for (const id of ['worksheet-link', 'answer-key-link']) {
      expect(new URL((chosen.doc.getElementById(id) as HTMLAnchorElement).href).searchParams.get('country'), id).to.equal('CZ');
    }
    chosen.frame.remove();

    const { doc } = await openPaper('module=get-help&lang=en&part=both');
    const copy = document.importNode(doc.getElementById('main')!, true);
    document.body.append(copy);
    try {
      await expect(copy).to.be.accessible();
    } finally {
      copy.remove();
    }
  });
});
