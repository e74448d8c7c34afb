/**
 * The demo's teacher page offers the ready-made zips (`npm run build` writes them into dist/packages/ and
 * lists them in dist/modules/catalog.json): four download links, each with its size, each fetching a zip.
 * Run after `npm run build`.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { openPage } from './open-page.js';

interface CatalogPackage { format: string; file: string; bytes: number }
interface CatalogEntry { id: string; lang: string; languages: string[]; packages?: CatalogPackage[] }

const LABELS = [
  'Download for Moodle and most platforms (SCORM 1.2)',
  'Download for SCORM 2004',
  'Download for cmi5',
  'Download an offline copy (HTML)',
];

async function openTeacherPage(module: string, lang: string, width?: number) {
  const page = await openPage(`/demo/teacher.html?module=${module}&lang=${lang}`, width);
  await waitUntil(() => page.doc.documentElement.dataset.ready === 'true', 'the teacher page never finished', { timeout: 10_000 });
  return page;
}

describe('demo/teacher.html: the zips for a learning platform', () => {
  it('offers the four zips as download links with their sizes, and each link fetches a zip', async () => {
    const { frame, doc, violations } = await openTeacherPage('passwords', 'en');
    expect(doc.getElementById('message')!.hidden, doc.getElementById('message')!.textContent!).to.equal(true);
    const links = [...doc.querySelectorAll<HTMLAnchorElement>('#downloads a')];
    expect(links.map((a) => a.textContent!.trim())).to.deep.equal(LABELS);
    expect(doc.getElementById('downloads-missing')!.hidden).to.equal(true);

    const formats = ['scorm12', 'scorm2004', 'cmi5', 'html'];
    for (const [i, link] of links.entries()) {
      expect(link.pathname).to.match(new RegExp(`/dist/packages/passwords\\.en\\.${formats[i]}\\.zip$`));
      expect(link.getAttribute('download')).to.equal(`passwords.en.${formats[i]}.zip`);
      const response = await fetch(link.href);
      expect(response.status, link.href).to.equal(200);
      const bytes = new Uint8Array(await response.arrayBuffer());
      expect(String.fromCharCode(...bytes.subarray(0, 4)), `${link.href} is a zip`).to.equal('PK\x03\x04');
      // The size shown is the file's, and a screen reader hears it with the link, with the one-line explanation.
      const size = `${Math.round(bytes.length / 1000)} kB`;
      const described = link.getAttribute('aria-describedby')!.split(' ').map((id) => doc.getElementById(id)!.textContent!).join(' ');
      expect(described).to.contain(`Zip file, ${size}.`);
      expect(described.length, 'an explanation beside the size').to.be.greaterThan(`Zip file, ${size}.`.length + 20);
      expect(link.closest('li')!.textContent).to.contain(size);
    }
    // The first is the one for Moodle, shown as the main choice; links are 44px touch targets.
    expect(links[0].classList.contains('primary')).to.equal(true);
    for (const link of links) expect(link.getBoundingClientRect().height).to.be.at.least(44);
    expect(doc.getElementById('downloads-title')!.textContent).to.equal('In English:');
    expect(doc.getElementById('downloads')!.getAttribute('aria-labelledby')).to.equal('downloads-title');

    // The developer's way stays: the commands that make the same zips.
    const commands = doc.getElementById('snippet-pack')!.textContent!;
    for (const format of formats) expect(commands).to.contain(`npx netwise pack modules/passwords/en.md --format ${format}`);
    // axe runs in this document: a copy of the section checks names, descriptions and list structure.
    const copy = document.importNode(doc.getElementById('packages')!, true);
    document.body.append(copy);
    await expect(copy).to.be.accessible();
    copy.remove();
    expect(violations).to.deep.equal([]);
    frame.remove();
  });

  it('links the zips the catalogue lists for every lesson', async () => {
    const catalog = (await (await fetch('/dist/modules/catalog.json')).json()) as CatalogEntry[];
    const entry = catalog.find((e) => e.id !== 'passwords') ?? catalog[0];
    const { frame, doc } = await openTeacherPage(entry.id, entry.lang);
    const hrefs = [...doc.querySelectorAll<HTMLAnchorElement>('#downloads a')].map((a) => a.href);
    const listed = entry.packages!.map((p) => new URL(p.file, new URL('/dist/modules/catalog.json', location.href)).href);
    expect(hrefs).to.have.length(4);
    expect([...hrefs].sort()).to.deep.equal([...listed].sort());
    frame.remove();
  });

  it("offers each language's zips: the page's language first, then every other language of the lesson", async () => {
    const catalog = (await (await fetch('/dist/modules/catalog.json')).json()) as CatalogEntry[];
    const multi = catalog.find((e) => e.languages.length > 1 && e.lang !== 'en');
    expect(multi, 'a lesson in two languages is built').to.not.equal(undefined);
    const catalogUrl = new URL('/dist/modules/catalog.json', location.href);
    const zipsOf = (lang: string) => catalog.find((e) => e.id === multi!.id && e.lang === lang)!.packages!
      .map((p) => new URL(p.file, catalogUrl).href).sort();
    for (const lang of [multi!.lang, 'en']) {
      const { frame, doc } = await openTeacherPage(multi!.id, lang);
      const mine = [...doc.querySelectorAll<HTMLAnchorElement>('#downloads a')];
      expect(mine.map((a) => a.href).sort(), `${lang} page: its own language first`).to.deep.equal(zipsOf(lang));
      expect(doc.getElementById('downloads-other')!.hidden).to.equal(false);
      for (const other of multi!.languages.filter((l) => l !== lang)) {
        const list = doc.querySelector<HTMLUListElement>(`#downloads-other-list ul[data-lang="${other}"]`)!;
        const links = [...list.querySelectorAll<HTMLAnchorElement>('a')];
        expect(links.map((a) => a.href).sort(), `${lang} page: the ${other} zips`).to.deep.equal(zipsOf(other));
        // Four links with the same words apart from the language: each name says which language it is.
        const name = new Intl.DisplayNames([lang], { type: 'language' }).of(other)!;
        for (const link of links) expect(link.textContent!.toLocaleLowerCase(lang)).to.contain(name.toLocaleLowerCase(lang));
        expect(doc.getElementById(list.getAttribute('aria-labelledby')!)!.textContent!.toLocaleLowerCase(lang)).to.equal(name.toLocaleLowerCase(lang));
      }
      frame.remove();
    }
  });

  it('reflows at 320 CSS pixels: the downloads and the embed form do not scroll sideways (WCAG 1.4.10)', async () => {
    const { frame, doc } = await openTeacherPage('passwords', 'en', 320);
    expect(doc.querySelectorAll('#downloads a')).to.have.length(4);
    expect(doc.documentElement.scrollWidth).to.be.at.most(320);
    for (const link of doc.querySelectorAll('#downloads a')) expect(link.getBoundingClientRect().right).to.be.at.most(320);
    frame.remove();
  });
});
