/**
 * Every step of every module on a 1920×1080 whiteboard: one screen each, never scrolled, body text at
 * least 28px. A step longer than a screen is shown in parts ("Part 1 of 2"), walked with the same keys.
 * Reads the built modules (dist/modules: run `npm run build` first).
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/elements/nw-present.js';
import type { NwPresent } from '../../src/elements/nw-present.js';
import cs from '../../src/i18n/locales/classroom/cs.js';
import en from '../../src/i18n/locales/classroom/en.js';

const WIDTH = 1920;
const HEIGHT = 1080;
const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
const press = async (el: NwPresent, key: string) => {
  el.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));
  await el.updateComplete;
  await frame();
};

/** The text a class reads on the step: its paragraphs, list items and options, helplines included. */
function bodyText(root: ShadowRoot): Element[] {
  const own = [...root.querySelectorAll('main :is(p, li, td, th, dt, dd, .option .text)')];
  const inner = [...root.querySelectorAll('main nw-helplines')].flatMap((h) => [...h.shadowRoot!.querySelectorAll('p, li')]);
  return [...own, ...inner].filter((el) => el.textContent!.trim() && !el.querySelector('p, li'));
}

/** What is wrong with the screen now: scrolling, text cut off at a box's bottom, or type under 28px. */
function problems(el: NwPresent): string[] {
  const root = el.shadowRoot!;
  const where = [...root.querySelectorAll('header p')].map((p) => p.textContent!.replace(/\s+/g, ' ').trim()).join(' · ');
  const found: string[] = [];
  const host = el.getBoundingClientRect();
  if (host.bottom > HEIGHT + 0.5 || el.scrollHeight > el.clientHeight + 1) found.push(`${where}: taller than the screen (${el.scrollHeight}px)`);
  for (const box of root.querySelectorAll<HTMLElement>('.read, .side')) {
    if (box.scrollHeight > box.clientHeight + 1) found.push(`${where}: .${box.className} runs past its bottom (${box.scrollHeight} > ${box.clientHeight})`);
  }
  // Before the reveal, the class sees every option at once to vote.
  const clip = root.querySelector('.side')?.parentElement?.getBoundingClientRect();
  if (clip && !root.querySelector('.answer')) {
    const off = [...root.querySelectorAll('.option')].filter((o) => {
      const r = o.getBoundingClientRect();
      return r.left < clip.left - 1 || r.right > clip.right + 1 || r.bottom > clip.bottom + 1;
    });
    if (off.length) found.push(`${where}: ${off.length} option(s) not on screen with the others`);
  }
  const controls = root.querySelector('.controls')!.getBoundingClientRect();
  if (controls.bottom > HEIGHT) found.push(`${where}: the buttons are off screen`);
  for (const text of bodyText(root)) {
    const size = parseFloat(getComputedStyle(text).fontSize);
    if (size < 28) found.push(`${where}: "${text.textContent!.trim().slice(0, 40)}" is ${size}px`);
  }
  return found;
}

describe('the whiteboard at 1920×1080: every step of every module fits one screen', () => {
  let modules: string[] = [];
  before(async () => {
    await setViewport({ width: WIDTH, height: HEIGHT });
    document.body.style.margin = '0';
    const catalog: { id: string }[] = await (await fetch('/dist/modules/catalog.json')).json();
    modules = [...new Set(catalog.map((e) => e.id))];
  });
  after(async () => {
    document.body.style.margin = '';
    await setViewport({ width: 800, height: 600 });
  });

  it('has the ten modules to walk', () => {
    expect(modules.length).to.be.at.least(10);
  });

  for (const [lang, classroom] of [['en', en], ['cs', cs]] as const) {
    it(`walks every step, part and revealed answer of every module (${lang}) without scrolling`, async function () {
      this.timeout(240_000);
      const found: string[] = [];
      let parted = 0;
      for (const id of modules) {
        const el = await fixture<NwPresent>(html`<nw-present lang=${lang} src=${`/dist/modules/${id}.${lang}.json`}></nw-present>`);
        const root = el.shadowRoot!;
        await waitUntil(() => root.querySelector('h2'), `${id}: the whiteboard never showed`, { timeout: 10_000 });
        const title = () => root.querySelector('h2')!.textContent;
        const where = () => root.querySelector('header')!.textContent!.replace(/\s+/g, ' ');
        const atEnd = () => !root.querySelector('main .body');
        const screen = () => `${where()} ${root.querySelector('main')!.textContent!.replace(/\s+/g, ' ')}`;
        for (let i = 0; i < 400 && !atEnd(); i += 1) {
          // The helplines draw themselves once their strings have arrived.
          for (const list of root.querySelectorAll('nw-helplines')) await waitUntil(() => list.shadowRoot?.querySelector('.heading'), `${id}: helplines not drawn`);
          await frame();
          found.push(...problems(el));
          if (root.querySelector('.part')) parted += 1;
          // A question the class votes on: chosen (A), then revealed, each state fitting too.
          const before = screen();
          if (root.querySelector('.option') && !root.querySelector('.mark') && root.querySelector('.status')) {
            await press(el, 'a');
            found.push(...problems(el));
          }
          if ([...root.querySelectorAll('.controls button')].some((b) => b.textContent === classroom.reveal)) {
            await press(el, ' ');
            await frame();
            found.push(...problems(el));
            // The revealed answer may have made more parts: look at each.
            // "Part 2 of 2": the last one.
            const numbers = () => root.querySelector('.part')?.textContent!.match(/\d+/g) ?? [];
            while (numbers().length === 2 && numbers()[0] !== numbers()[1]) {
              await press(el, 'ArrowRight');
              found.push(...problems(el));
            }
          }
          await press(el, 'ArrowRight');
          expect(screen() !== before || atEnd(), `${id}: → did not move on from ${where()}`).to.equal(true);
        }
        expect(title(), `${id}: the walk reached the end`).to.equal(classroom.presentEnd);
        el.remove();
      }
      expect(found, found.join('\n')).to.deep.equal([]);
      // The long steps are there, shown in parts rather than scrolled.
      expect(parted).to.be.greaterThan(0);
    });
  }
});
