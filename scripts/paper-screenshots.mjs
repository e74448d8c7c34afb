/**
 * Pictures of the classroom pages, to look at as a teacher would before printing or projecting. For each
 * module given (default: every module in dist/modules/catalog.json, English):
 * - the worksheet and the answer key as a PDF on A4 and on Letter, and as PNGs of the page at A4 width in
 *   print style (one per page's height);
 * - the certificate (print style, landscape) as a PNG and a PDF on A4 and on Letter;
 * - the whiteboard at 1920×1080: the first question, answered by the class and revealed, and every part
 *   of the steps shown in parts ("Part 1 of 2"), named and pictured; a step that would still scroll (its
 *   text running past the bottom of the screen) is named and pictured as a fault.
 * Once: the write page with its starter lesson. With `--readme`, the small pictures the README shows go
 * to docs/images/ (from the first module). Run after `npm run build`:
 *
 *   node scripts/paper-screenshots.mjs [module …] [--lang fr] [--out dist/paper] [--readme]
 */
import { mkdir, readFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { startDevServer } from '@web/dev-server';
import puppeteer from 'puppeteer-core';
import devServerConfig from '../web-dev-server.config.mjs';
import { chromiumPath } from './chromium-path.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args.splice(i, 2)[1] : fallback;
};
const lang = option('--lang', 'en');
const out = option('--out', 'dist/paper');
const readme = args.includes('--readme') ? (args.splice(args.indexOf('--readme'), 1), 'docs/images') : undefined;
const root = process.cwd();
// The site as `npm start` serves it (the demo's pages resolve `dompurify` by its bare name), on a free port.
const port = await new Promise((resolve) => {
  const probe = createServer().listen(0, '127.0.0.1', () => {
    const { port: free } = probe.address();
    probe.close(() => resolve(free));
  });
});
const server = await startDevServer({ config: { ...devServerConfig, port, hostname: '127.0.0.1', rootDir: root }, readCliArgs: false, readFileConfig: false, logStartMessage: false });
const origin = `http://127.0.0.1:${port}`;

const catalog = JSON.parse(await readFile(join(root, 'dist/modules/catalog.json'), 'utf8'));
const modules = args.length ? args : [...new Set(catalog.map((e) => e.id))];
await mkdir(out, { recursive: true });
const browser = await puppeteer.launch({ executablePath: chromiumPath(), headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
/** Waits for a demo page to say it is ready. */
const ready = (page) => page.waitForFunction(() => document.documentElement.dataset.ready === 'true', { timeout: 20_000 });

/** The worksheet or the answer key: PNG slices of an A4 page's height, and PDFs on A4 and Letter. */
async function paper(page, id, part) {
  // A4's printable width at the page margins of print.css (210 mm − 24 mm) in CSS pixels.
  await page.setViewport({ width: 703, height: 1000 });
  await page.goto(`${origin}/demo/worksheet.html?module=${id}&lang=${lang}&part=${part}`);
  await ready(page);
  await page.emulateMediaType('print');
  const name = join(out, `${id}.${lang}.${part}`);
  // One picture per A4 page's height of print-style content (297 mm − 28 mm of margins).
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  const slice = 1017;
  for (let y = 0, n = 1; y < height; y += slice, n += 1) {
    await page.screenshot({ path: `${name}.${n}.png`, clip: { x: 0, y, width: 703, height: Math.min(slice, height - y) }, captureBeyondViewport: true });
  }
  for (const format of ['A4', 'Letter']) await page.pdf({ path: `${name}.${format.toLowerCase()}.pdf`, format });
  if (readme && id === modules[0]) {
    // The top of the sheet (and of the key, from its first question), at a size for the README.
    const top = part === 'key' ? await page.evaluate(() => Math.max(0, (document.querySelector('.question, section, article')?.getBoundingClientRect().top ?? 0) + scrollY - 10)) : 0;
    await page.setViewport({ width: 703, height: 1000, deviceScaleFactor: 0.6 });
    await page.screenshot({ path: join(readme, part === 'key' ? 'answer-key.png' : 'worksheet.png'), clip: { x: 0, y: top, width: 703, height: 760 }, captureBeyondViewport: true });
  }
  await page.emulateMediaType('screen');
  console.log(`${name}.*.png, .a4.pdf, .letter.pdf`);
}

/** The certificate a student prints, for a made-up name, as the summary's button makes it. */
async function certificate(page, id) {
  // A4 landscape's printable width (297 mm − 24 mm) in CSS pixels.
  await page.setViewport({ width: 1032, height: 700 });
  await page.goto(`${origin}/demo/worksheet.html?module=${id}&lang=${lang}&part=worksheet`);
  await ready(page);
  await page.evaluate(async (file, uiLang) => {
    const { printCertificate } = await import('/dist/print/certificate.js');
    const { loadClassroomStrings } = await import('/dist/i18n/classroom.js');
    const { meta } = await (await fetch(`/dist/modules/${file}`)).json();
    const strings = await loadClassroomStrings(uiLang);
    printCertificate({ name: 'Alex Example', title: meta.title, objectives: meta.objectives, contentLang: meta.lang, lang: uiLang, date: new Date() }, strings, () => {});
  }, `${id}.${lang}.json`, lang);
  await page.emulateMediaType('print');
  const name = join(out, `${id}.${lang}.certificate`);
  const box = await page.evaluate(() => {
    const r = document.querySelector('.nw-certificate-print').getBoundingClientRect();
    return { x: r.x, y: r.y + scrollY, width: r.width, height: r.height };
  });
  await page.screenshot({ path: `${name}.png`, clip: box, captureBeyondViewport: true });
  for (const format of ['A4', 'Letter']) await page.pdf({ path: `${name}.${format.toLowerCase()}.pdf`, format, landscape: true });
  if (readme && id === modules[0]) {
    await page.setViewport({ width: 1032, height: 700, deviceScaleFactor: 0.5 });
    await page.screenshot({ path: join(readme, 'certificate.png'), clip: box, captureBeyondViewport: true });
  }
  await page.emulateMediaType('screen');
  console.log(`${name}.png, .a4.pdf, .letter.pdf`);
}

/** The whiteboard at 1920×1080, walked with the keyboard as a teacher would. */
async function whiteboard(page, id) {
  await page.setViewport({ width: 1920, height: 1080 });
  await page.goto(`${origin}/demo/play.html?module=${id}&lang=${lang}&mode=present`);
  const present = () => document.querySelector('nw-module')?.shadowRoot?.querySelector('nw-present');
  await page.waitForFunction((f) => new Function(`return (${f})()`)()?.shadowRoot?.querySelector('h2'), { timeout: 20_000 }, present.toString()).catch(() => {});
  const state = () => page.evaluate(() => {
    const root = document.querySelector('nw-module').shadowRoot.querySelector('nw-present').shadowRoot;
    return {
      where: [...root.querySelectorAll('header p')].map((p) => p.textContent.trim()).join(' · '),
      title: root.querySelector('h2')?.textContent.trim(),
      letters: root.querySelectorAll('.option .letter').length,
      // A part of the step's text, or the page itself, runs past the bottom of the screen.
      tall: document.documentElement.scrollHeight > innerHeight + 1
        || [...root.querySelectorAll('.read, .side')].some((box) => box.scrollHeight > box.clientHeight + 1),
      parted: !!root.querySelector('header .part'),
    };
  });
  await page.evaluate(() => document.querySelector('nw-module').shadowRoot.querySelector('nw-present').focus());
  const name = join(out, `${id}.${lang}.whiteboard`);
  const tall = [];
  const parted = [];
  let shot = false;
  let last = '';
  for (let i = 0; i < 200; i += 1) {
    const now = await state();
    if (`${now.where}|${now.title}` === last) break;
    last = `${now.where}|${now.title}`;
    if (now.tall) {
      tall.push(`${now.where}: ${now.title}`);
      await page.screenshot({ path: `${name}.tall.${tall.length}.png` });
    }
    if (now.parted) {
      parted.push(now.where);
      await page.screenshot({ path: `${name}.part.${parted.length}.png` });
    }
    if (now.letters >= 2 && !shot) {
      await page.screenshot({ path: `${name}.question.png` });
      await page.keyboard.press('b');
      await page.keyboard.press('Space');
      await page.screenshot({ path: `${name}.revealed.png` });
      if (readme && id === modules[0]) {
        await page.setViewport({ width: 1920, height: 1080, deviceScaleFactor: 0.5 });
        await page.screenshot({ path: join(readme, 'whiteboard.png') });
        await page.setViewport({ width: 1920, height: 1080 });
      }
      shot = true;
    }
    await page.keyboard.press('ArrowRight');
    await new Promise((resolve) => setTimeout(resolve, 150)); // the step drawn, and laid out again if long
  }
  console.log(`${name}.question.png, .revealed.png${parted.length ? `, .part.1–${parted.length}.png (in parts: ${parted.join('; ')})` : ''}`);
  if (tall.length) console.log(`FAULT: taller than one screen (scrolls): ${tall.join('; ')}`);
}

/** The write page with its starter lesson, in a fresh browser (nothing kept yet). */
async function writePage(page) {
  await page.setViewport({ width: 1400, height: 1000 });
  await page.goto(`${origin}/demo/write.html?lang=${lang}`);
  await ready(page);
  await page.waitForFunction(() => document.querySelector('#preview nw-module')?.shadowRoot?.querySelector('h2, h3'), { timeout: 20_000 });
  const name = join(out, `write.${lang}.png`);
  await page.screenshot({ path: name, fullPage: true });
  // The same lesson with a mistake (a question with no right answer): the mark beside its line, the problem listed.
  await page.evaluate(() => {
    const area = document.getElementById('source');
    area.value = area.value.replace('- [x]', '- [ ]');
    area.dispatchEvent(new Event('input'));
  });
  await page.waitForFunction(() => document.querySelector('#problems button[data-go]'));
  await page.click('#problems button[data-go]');
  await page.evaluate(() => scrollTo(0, 0));
  const broken = join(out, `write.${lang}.problem.png`);
  await page.screenshot({ path: broken });
  if (readme) {
    await page.setViewport({ width: 1400, height: 1000, deviceScaleFactor: 0.5 });
    await page.screenshot({ path: join(readme, 'write-page.png') });
  }
  console.log(`${name}, ${broken}`);
}

try {
  if (readme) await mkdir(readme, { recursive: true });
  const page = await browser.newPage();
  for (const id of modules) {
    for (const part of ['worksheet', 'key']) await paper(page, id, part);
    await certificate(page, id);
    await whiteboard(page, id);
  }
  await writePage(page);
} finally {
  await browser.close();
  await server.stop();
}
