/**
 * Pictures of the paper pages, to look at as a teacher would before printing: for each module given
 * (default: every module in dist/modules/catalog.json, English), the worksheet and the answer key as a PDF
 * on A4 and on Letter and as PNGs of the page at A4 width in print style (one per page's height). Run after `npm run build`:
 *
 *   node scripts/paper-screenshots.mjs [module …] [--lang fr] [--out dist/paper]
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
try {
  const page = await browser.newPage();
  // A4's printable width at the page margins of print.css (210 mm − 24 mm) in CSS pixels.
  await page.setViewport({ width: 703, height: 1000 });
  for (const id of modules) {
    for (const part of ['worksheet', 'key']) {
      await page.goto(`${origin}/demo/worksheet.html?module=${id}&lang=${lang}&part=${part}`);
      await page.waitForFunction(() => document.documentElement.dataset.ready === 'true');
      await page.emulateMediaType('print');
      const name = join(out, `${id}.${lang}.${part}`);
      // One picture per A4 page's height of print-style content (297 mm − 28 mm of margins).
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      const slice = 1017;
      for (let y = 0, n = 1; y < height; y += slice, n += 1) {
        await page.screenshot({ path: `${name}.${n}.png`, clip: { x: 0, y, width: 703, height: Math.min(slice, height - y) }, captureBeyondViewport: true });
      }
      for (const format of ['A4', 'Letter']) await page.pdf({ path: `${name}.${format.toLowerCase()}.pdf`, format });
      await page.emulateMediaType('screen');
      console.log(`${name}.*.png, .a4.pdf, .letter.pdf`);
    }
  }
} finally {
  await browser.close();
  await server.stop();
}
