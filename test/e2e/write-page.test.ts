/**
 * The write page (demo/write.html): problems shown with their line as the author types, the preview
 * playing the fixed lesson, the text kept across a reload, and the zips built in the browser that are
 * byte for byte the ones `netwise pack` wrote (dist/packages/, by `npm run build`). Run after `npm run build`.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { openPage } from './open-page.js';
// @ts-expect-error: the demo is plain JavaScript with no type declarations
import { SNIPPETS as snippets } from '../../demo/write-snippets.js';

const SNIPPETS = snippets as Record<string, string>;

const DRAFT_KEY = 'netwise-write-draft';

async function openWrite() {
  const page = await openPage('/demo/write.html?lang=en', 1400);
  await waitUntil(() => page.doc.documentElement.dataset.ready === 'true', 'the write page never finished', { timeout: 10_000 });
  return page;
}

/** Types a new text into the editor (as an input event) and waits for the problems to be listed again. */
async function type(doc: Document, text: string) {
  const area = doc.getElementById('source') as HTMLTextAreaElement;
  const before = doc.getElementById('problems-summary')!.textContent;
  area.value = text;
  area.dispatchEvent(new Event('input'));
  await new Promise((r) => setTimeout(r, 400));
  return before;
}

const problems = (doc: Document) => [...doc.querySelectorAll<HTMLElement>('#problems > li')];
const previewTitle = (doc: Document) => doc.querySelector('#preview nw-module')?.shadowRoot?.querySelector('[part~="title"]')?.textContent?.trim();

describe('demo/write.html: write a lesson', () => {
  beforeEach(() => localStorage.removeItem(DRAFT_KEY));
  afterEach(() => localStorage.removeItem(DRAFT_KEY));

  it('shows a broken block’s error at its line, plays the fixed one, and keeps the text across a reload', async () => {
    const { frame, doc, violations } = await openWrite();
    const area = doc.getElementById('source') as HTMLTextAreaElement;
    expect(area.value).to.contain(':::choice id=strongest');
    await waitUntil(() => previewTitle(doc) === 'My first lesson', 'the preview never played the starter', { timeout: 10_000 });
    expect(doc.getElementById('problems-summary')!.textContent).to.equal('No problems found.');

    // Break it: a choice with no right answer.
    const broken = area.value.replace('- [x] kettle orbit tulip', '- [ ] kettle orbit tulip').replace('title: My first lesson', 'title: My broken lesson');
    const blockLine = broken.split('\n').findIndex((l) => l.startsWith(':::choice')) + 1;
    await type(doc, broken);
    const listed = problems(doc);
    expect(listed.length).to.be.greaterThan(0);
    expect(listed.map((li) => Number(li.dataset.line))).to.include(blockLine);
    const item = listed.find((li) => Number(li.dataset.line) === blockLine)!;
    expect(item.textContent).to.contain(`Error · line ${blockLine}`);
    expect(doc.getElementById('problems-summary')!.textContent).to.match(/^\d+ problems? to fix\.$/);
    // Beside the editor, the line's number carries a mark (not colour alone); the others are plain.
    const gutter = doc.getElementById('gutter')!.textContent!.split('\n');
    expect(gutter[blockLine - 1]).to.equal(`✖ ${blockLine}`);
    expect(gutter[0]).to.equal('1');
    expect(gutter.filter(Boolean).length).to.equal(broken.split('\n').length);
    // The preview keeps the last lesson without errors, and says so.
    expect(previewTitle(doc)).to.equal('My first lesson');
    expect(doc.getElementById('preview-stale')!.hidden).to.equal(false);
    // "Go to line" selects the line in the editor.
    item.querySelector('button')!.click();
    expect(area.value.slice(area.selectionStart, area.selectionEnd)).to.equal(broken.split('\n')[blockLine - 1]);

    // Fixed, it plays: the new title in the preview, and the question answers.
    await type(doc, broken.replace('- [ ] kettle orbit tulip', '- [x] kettle orbit tulip'));
    expect(problems(doc)).to.deep.equal([]);
    await waitUntil(() => previewTitle(doc) === 'My broken lesson', 'the preview never played the fixed lesson', { timeout: 5000 });
    expect(doc.getElementById('preview-stale')!.hidden).to.equal(true);
    const copy = document.importNode(doc.getElementById('main')!, true);
    copy.querySelector('#preview')!.replaceChildren();
    document.body.append(copy);
    try {
      await expect(copy).to.be.accessible();
    } finally {
      copy.remove();
    }
    expect(violations).to.deep.equal([]);
    frame.remove();

    // Kept in this browser: a reload shows the same text.
    const again = await openWrite();
    expect((again.doc.getElementById('source') as HTMLTextAreaElement).value).to.contain('title: My broken lesson');
  });

  it('adds a block of every kind from its snippet, each one valid', async () => {
    const { doc } = await openWrite();
    const area = doc.getElementById('source') as HTMLTextAreaElement;
    const buttons = [...doc.querySelectorAll<HTMLButtonElement>('#snippets button')];
    expect(buttons.map((b) => b.dataset.snippet)).to.deep.equal(Object.keys(SNIPPETS));
    expect(buttons.find((b) => b.dataset.snippet === 'choice')!.textContent).to.equal('Choice:::choice');
    for (const button of [buttons.find((b) => b.dataset.snippet === 'choice')!, ...buttons]) {
      area.setSelectionRange(area.value.length, area.value.length);
      button.click();
      expect(area.value).to.contain(SNIPPETS[button.dataset.snippet!].trim());
    }
    expect(area.value, 'a block added again gets an id of its own').to.contain(':::choice id=question-id-2');
    await new Promise((r) => setTimeout(r, 400));
    expect(problems(doc).filter((li) => li.dataset.severity === 'error').map((li) => li.textContent)).to.deep.equal([]);
    expect(doc.getElementById('gutter')!.textContent).to.not.contain('✖');
  });

  it('builds every zip in the browser byte for byte as netwise pack does', async () => {
    const { doc, win } = await openWrite();
    const source = await (await fetch('/modules/passwords/en.md')).text();
    await type(doc, source);
    const blobs: Blob[] = [];
    // Nothing is uploaded: every request the page makes from here on only reads a file of this site.
    const requests: string[] = [];
    const w = win as unknown as { fetch: typeof fetch; navigator: Navigator };
    const realFetch = w.fetch;
    w.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      requests.push(`${init?.method ?? (input instanceof Request ? input.method : 'GET')} ${new URL(String(input instanceof Request ? input.url : input), win.location.href).origin}`);
      return realFetch.call(win, input, init);
    };
    w.navigator.sendBeacon = () => {
      requests.push('beacon');
      return true;
    };
    const url = (win as unknown as { URL: typeof URL }).URL;
    const create = url.createObjectURL;
    url.createObjectURL = (blob: Blob) => (blobs.push(blob), create.call(url, blob));
    for (const format of ['scorm12', 'scorm2004', 'cmi5', 'html']) {
      blobs.length = 0;
      doc.querySelector<HTMLButtonElement>(`#downloads button[data-format="${format}"]`)!.click();
      await waitUntil(() => blobs.length === 1, `no ${format} zip was made`, { timeout: 10_000 });
      const made = new Uint8Array(await blobs[0].arrayBuffer());
      const packed = new Uint8Array(await (await fetch(`/dist/packages/passwords.en.${format}.zip`)).arrayBuffer());
      expect(made.length, format).to.equal(packed.length);
      expect(made.every((b, i) => b === packed[i]), `${format}: the same bytes`).to.equal(true);
    }
    blobs.length = 0;
    // The Markdown file is the text as typed.
    doc.querySelector<HTMLButtonElement>('#downloads button[data-format="md"]')!.click();
    await waitUntil(() => blobs.length === 1);
    expect(await blobs[0].text()).to.equal(source);
    expect(requests.length, 'the player was fetched to be zipped').to.be.greaterThan(0);
    expect([...new Set(requests)]).to.deep.equal([`GET ${location.origin}`]);
  });
});
