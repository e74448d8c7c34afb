/**
 * The player in other languages, in the browser: which language it picks, a module played to the
 * summary in Czech and Polish, and in Arabic with the keyboard alone, laid out right to left.
 */
import { expect, fixture, fixtureSync, html, waitUntil } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import type { ModuleDoc } from '../../src/content/types.js';
import '../../src/elements/nw-module.js';
import type { NwModule } from '../../src/elements/nw-module.js';
import { loadTranslation } from '../../src/i18n/index.js';
import { en } from '../../src/i18n/locales/en.js';
import type { Translation } from '../../src/i18n/translation.js';

/** A small module in `lang`: a reading step, a choice, an order and a sort (content in pictures, titles given). */
function languageDoc(lang: string, title: string): ModuleDoc {
  const base = { attempts: 1, weight: 1 };
  return {
    format: 1,
    meta: {
      id: `lang-${lang}`, lang, title, summary: title, ages: '10-14', minutes: 5, digcomp: ['4.2'], objectives: [title],
      vocabulary: [], passMark: 50, mode: 'graded', attempts: 2, teacherLed: false, sources: [], bands: [], related: [],
    },
    guides: {},
    lessons: [
      {
        id: 'one', title: `${title} 1`,
        steps: [
          { id: 'one.read', title: '🔐', html: '<p>🔐 🔑 🗝️</p>' },
          {
            id: 'one.choice', title: '🔑?', html: '',
            question: {
              ...base, kind: 'choice', id: 'pick', promptHtml: '<p>🔑?</p>', multiple: false, shuffle: false,
              options: [{ id: 'a', html: '🔑', correct: false }, { id: 'b', html: '🔑🔑🔑🔑', correct: true }],
            },
          },
          {
            id: 'one.order', title: '🥚 → 🐔', html: '',
            question: { ...base, kind: 'order', id: 'grow', promptHtml: '<p>🥚 → 🐔</p>', items: [{ id: 'egg', html: '🥚' }, { id: 'chick', html: '🐣' }, { id: 'hen', html: '🐔' }] },
          },
          {
            id: 'one.sort', title: '☂️', html: '',
            question: {
              ...base, kind: 'sort', id: 'weather', promptHtml: '<p>☂️</p>',
              groups: [{ id: 'sun', html: '🌞' }, { id: 'rain', html: '🌧️' }, { id: 'snow', html: '❄️' }],
              cards: [{ id: 'umbrella', html: '☂️', group: 'rain' }, { id: 'glasses', html: '🕶️', group: 'sun' }],
            },
          },
        ],
      },
    ],
  };
}

/** Where focus is: the active element, then the active element inside each shadow root on the way down. */
function focused(): Element | undefined {
  let at: Element | null = document.activeElement;
  let last: Element | undefined;
  while (at) {
    last = at;
    at = at.shadowRoot?.activeElement ?? null;
  }
  return last;
}
const text = (e: Element | undefined | null) => e?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** Presses Tab until the focused element matches; fails after `max` presses. */
async function tabTo(what: string, match: (e: Element) => boolean, max = 30): Promise<Element> {
  for (let i = 0; i < max; i++) {
    await sendKeys({ press: 'Tab' });
    const e = focused();
    if (e && match(e)) return e;
  }
  throw new Error(`Tab never reached ${what}; focus is on ${focused()?.outerHTML.slice(0, 80)}`);
}

/** Every text and accessible name the student can meet in the player, through its shadow roots. */
function everything(root: ShadowRoot): string {
  const parts: string[] = [];
  const walk = (node: ParentNode) => {
    for (const el of node.querySelectorAll('*')) {
      for (const name of ['aria-label', 'title', 'placeholder']) if (el.getAttribute(name)) parts.push(el.getAttribute(name)!);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(root);
  const collect = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent!);
    node.childNodes.forEach(collect);
    if (node instanceof Element && node.shadowRoot) collect(node.shadowRoot);
  };
  collect(root);
  return parts.join(' ').replace(/\s+/g, ' ');
}

/** The English UI strings still to be seen in `el` (none, in Czech, Polish or Arabic). */
function englishLeft(el: NwModule): string[] {
  const shown = everything(el.shadowRoot!);
  return Object.entries(en)
    .filter(([key, value]) => !key.startsWith('$') && typeof value === 'string' && value.length > 3 && shown.includes(value))
    .map(([key]) => key);
}

const player = (el: NwModule) => el.shadowRoot!;
const question = <T extends HTMLElement = HTMLElement>(el: NwModule, tag: string) => player(el).querySelector(tag) as (T & { updateComplete: Promise<unknown> }) | null;
const button = (scope: ParentNode, label: string) => [...scope.querySelectorAll<HTMLButtonElement>('button')].find((b) => text(b) === label);

async function started(el: NwModule) {
  await waitUntil(() => el.actor && player(el).querySelector('#step-title'), 'the player did not start', { timeout: 10_000 });
  await el.updateComplete;
}

/** The next step, with a click on Next (or Finish). */
async function next(el: NwModule, t: Translation) {
  (button(player(el), t.next) ?? button(player(el), t.finish))!.click();
  await el.updateComplete;
}

/** Plays the module to the summary with clicks, checking the UI speaks `t` on every step. */
async function playThrough(el: NwModule, t: Translation) {
  const seen: string[] = [];
  const look = () => seen.push(...englishLeft(el));
  expect(text(player(el).querySelector('.step-count'))).to.equal(t.stepOf(1, 4));
  look();
  await next(el, t);

  const choice = question(el, 'nw-choice')!;
  await choice.updateComplete;
  [...choice.shadowRoot!.querySelectorAll('label')].find((l) => text(l) === '🔑🔑🔑🔑')!.querySelector('input')!.click();
  await choice.updateComplete;
  expect(text(choice.shadowRoot!.querySelector('.instructions'))).to.equal(t.chooseOne);
  button(choice.shadowRoot!, t.check)!.click();
  await choice.updateComplete;
  expect(text(choice.shadowRoot!.querySelector('.verdict'))).to.equal(t.correct);
  look();
  await expect(el).to.be.accessible();
  await next(el, t);

  await waitUntil(() => question(el, 'nw-order')?.shadowRoot?.querySelector('[part="prompt"]'), 'no order question');
  const order = question(el, 'nw-order')!;
  await order.updateComplete;
  expect(everything(order.shadowRoot!), 'the Move up buttons').to.contain(t.moveUp);
  button(order.shadowRoot!, t.check)!.click();
  await order.updateComplete;
  look();
  await next(el, t);

  await waitUntil(() => question(el, 'nw-sort')?.shadowRoot?.querySelector('[part="prompt"]'), 'no sort question');
  const sort = question(el, 'nw-sort')!;
  await sort.updateComplete;
  look();
  sort.shadowRoot!.querySelector<HTMLInputElement>('[data-card="umbrella"] input[value="rain"]')!.click();
  await sort.updateComplete;
  sort.shadowRoot!.querySelector<HTMLInputElement>('[data-card="glasses"] input[value="sun"]')!.click();
  await sort.updateComplete;
  button(sort.shadowRoot!, t.check)!.click();
  await sort.updateComplete;
  look();
  await next(el, t);

  await waitUntil(() => player(el).querySelector('nw-summary')?.shadowRoot?.querySelector('h2'), 'no summary');
  const summary = player(el).querySelector('nw-summary')!;
  expect(text(summary.shadowRoot!.querySelector('h2'))).to.equal(t.summaryTitle);
  const right = el.actor!.getSnapshot().context.answers;
  const rightCount = Object.values(right).filter((a) => a?.correct).length;
  expect(text(summary.shadowRoot!.querySelector('[part="score"]')?.nextElementSibling)).to.equal(t.rightCount(rightCount, 3));
  look();
  await expect(el).to.be.accessible();
  expect([...new Set(seen)], 'English strings left on the page').to.deep.equal([]);
}

describe('the player in other languages', () => {
  let htmlLang: string | null;
  beforeEach(() => {
    htmlLang = document.documentElement.getAttribute('lang');
    document.documentElement.removeAttribute('lang');
  });
  afterEach(() => {
    if (htmlLang !== null) document.documentElement.setAttribute('lang', htmlLang);
  });

  it('speaks the module\'s language when no lang is set around it, and marks nothing twice', async () => {
    const el = await fixture<NwModule>(html`<nw-module tracking="none" .doc=${languageDoc('cs', 'Hesla')}></nw-module>`);
    await started(el);
    const base = player(el).querySelector('[part~="base"]')!;
    expect(base.getAttribute('lang')).to.equal('cs');
    expect(base.getAttribute('dir')).to.equal('ltr');
    expect(text(button(player(el), 'Dál'))).to.equal('Dál');
    expect(player(el).querySelector('h2')!.hasAttribute('lang'), 'the title is in the UI language already').to.equal(false);
  });

  it('takes the closest [lang] over the module\'s, and marks the lesson\'s own words with the module\'s language', async () => {
    const wrap = fixtureSync(html`<div lang="uk"><nw-module tracking="none" .doc=${languageDoc('cs', 'Hesla')}></nw-module></div>`);
    const el = wrap.querySelector('nw-module')!;
    await started(el);
    await waitUntil(() => button(player(el), 'Далі'), `UI: ${text(player(el).querySelector('nav'))}`);
    expect(player(el).querySelector('[part~="base"]')!.getAttribute('lang')).to.equal('uk');
    expect(player(el).querySelector('h2')!.getAttribute('lang')).to.equal('cs');
    expect(player(el).querySelector('#step-title')!.getAttribute('lang')).to.equal('cs');
    expect(player(el).querySelector('.prose')!.getAttribute('lang')).to.equal('cs');
    await next(el, await loadTranslation('uk'));
    const choice = question(el, 'nw-choice')!;
    await choice.updateComplete;
    expect(choice.shadowRoot!.querySelector('[part="prompt"]')!.getAttribute('lang'), 'the question text').to.equal('cs');
    expect(text(choice.shadowRoot!.querySelector('.instructions')), 'the instructions').to.equal('Вибери одну відповідь.');
    expect(choice.shadowRoot!.querySelector('.instructions')!.closest('[lang]'), 'instructions are not marked as Czech').to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('takes its own lang over everything, and follows a change of it at run time', async () => {
    const wrap = fixtureSync(html`<div lang="uk"><nw-module lang="pl" tracking="none" .doc=${languageDoc('cs', 'Hesla')}></nw-module></div>`);
    const el = wrap.querySelector('nw-module')!;
    await started(el);
    await waitUntil(() => button(player(el), 'Dalej'), `UI: ${text(player(el).querySelector('nav'))}`);
    el.setAttribute('lang', 'de');
    await waitUntil(() => button(player(el), 'Weiter'), `after lang="de": ${text(player(el).querySelector('nav'))}`);
    expect(text(player(el).querySelector('.step-count'))).to.equal('Schritt 1 von 4');
    el.setAttribute('lang', 'ar');
    await waitUntil(() => player(el).querySelector('[part~="base"]')!.getAttribute('dir') === 'rtl', 'Arabic lays the player out right to left');
    el.removeAttribute('lang');
    await waitUntil(() => button(player(el), 'Далі'), 'back to the closest [lang]');
    expect(player(el).querySelector('[part~="base"]')!.getAttribute('dir')).to.equal('ltr');
  });

  for (const [lang, title] of [['cs', 'Hesla'], ['pl', 'Hasła']] as const) {
    it(`is played to the summary in ${lang}, with no English left on the way`, async () => {
      const t = await loadTranslation(lang);
      const el = await fixture<NwModule>(html`<nw-module lang=${lang} tracking="none" .doc=${languageDoc(lang, title)}></nw-module>`);
      await started(el);
      await playThrough(el, t);
    });
  }

  it('keeps pictures and their hotspot rectangles unmirrored in Arabic: a click marks the region under it', async () => {
    const doc = (await (await fetch('/test/e2e/fixtures/hotspot-picture.en.json')).json()) as ModuleDoc;
    const el = await fixture<NwModule>(html`<nw-module lang="ar" tracking="none" .doc=${doc}></nw-module>`);
    await started(el);
    await waitUntil(() => question(el, 'nw-hotspot')?.shadowRoot?.querySelector('img'), 'no hotspot picture');
    const hotspot = question(el, 'nw-hotspot')!;
    const hs = hotspot.shadowRoot!;
    await hs.querySelector('img')!.decode();
    expect(getComputedStyle(hotspot).direction).to.equal('rtl');
    const img = hs.querySelector('img')!.getBoundingClientRect();
    try {
      // The countdown banner is 60–90 % across from the picture's left edge, 5–25 % down.
      await sendMouse({ type: 'click', position: [Math.round(img.left + img.width * 0.75), Math.round(img.top + img.height * 0.15)] });
      await hotspot.updateComplete;
      const outline = hs.querySelector<HTMLElement>('.outline[data-region="countdown"]')!.getBoundingClientRect();
      expect(outline.left - img.left).to.be.closeTo(img.width * 0.6, 1);
      expect(outline.width).to.be.closeTo(img.width * 0.3, 1);
      expect(everything(hs)).to.contain('Countdown banner: محدَّد.');
      expect(hs.querySelector('[part="prompt"]')!.getAttribute('lang'), 'the English lesson text is marked').to.equal('en');
      expect(hs.querySelector('[part="prompt"]')!.getAttribute('dir')).to.equal('ltr');
      await expect(el).to.be.accessible();
    } finally {
      await resetMouse();
    }
  });

  it('is played to the summary in Arabic with the keyboard alone, right to left, arrows following the reading direction', async () => {
    const t = await loadTranslation('ar');
    const el = await fixture<NwModule>(html`<nw-module lang="ar" tracking="none" .doc=${languageDoc('ar', 'كلمات المرور')}></nw-module>`);
    await started(el);
    const base = player(el).querySelector<HTMLElement>('[part~="base"]')!;
    expect(base.getAttribute('dir')).to.equal('rtl');
    expect(getComputedStyle(player(el).querySelector('progress')!).direction, 'the progress bar fills from the right').to.equal('rtl');
    player(el).querySelector<HTMLElement>('#step-title')!.focus();

    // Reading step → choice.
    await tabTo('Next', (e) => text(e) === t.next);
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => question(el, 'nw-choice')?.shadowRoot?.querySelector('input'), 'no choice question');
    // Back and Next are mirrored: Back on the right, Next on the left.
    const back = button(player(el), t.back)!.getBoundingClientRect();
    const nextButton = button(player(el), t.next)!.getBoundingClientRect();
    expect(nextButton.right, 'Next is left of Back').to.be.below(back.left);
    await tabTo('the first option', (e) => e.localName === 'input');
    await sendKeys({ press: 'ArrowDown' });
    await tabTo('Check', (e) => text(e) === t.check);
    await sendKeys({ press: 'Enter' });
    const choice = question(el, 'nw-choice')!;
    await waitUntil(() => text(choice.shadowRoot!.querySelector('.verdict')) === t.correct, `verdict: ${text(choice.shadowRoot!.querySelector('.verdict'))}`);
    await expect(el).to.be.accessible();
    await tabTo('Next', (e) => text(e) === t.next);
    await sendKeys({ press: 'Enter' });

    // Order: ArrowLeft moves the held item later (towards the reading end), ArrowRight earlier.
    await waitUntil(() => question(el, 'nw-order')?.shadowRoot?.querySelector('[data-control="handle"]'), 'no order question');
    const order = question(el, 'nw-order')!;
    const items = () => [...order.shadowRoot!.querySelectorAll<HTMLElement>('li[data-item]')].map((li) => li.dataset.item);
    const first = items()[0];
    await tabTo('the first Move button', (e) => e.getAttribute('data-control') === 'handle');
    await sendKeys({ press: 'Space' });
    await order.updateComplete;
    expect(text(order.shadowRoot!.querySelector('[aria-live]:not(:empty)')) || everything(order.shadowRoot!)).to.contain('رفعتَ');
    await sendKeys({ press: 'ArrowLeft' });
    await waitUntil(() => items()[1] === first, `after ArrowLeft: ${items().join(' ')}`);
    await sendKeys({ press: 'ArrowRight' });
    await waitUntil(() => items()[0] === first, `after ArrowRight: ${items().join(' ')}`);
    await sendKeys({ press: 'ArrowLeft' });
    await waitUntil(() => items()[1] === first, `after ArrowLeft again: ${items().join(' ')}`);
    await sendKeys({ press: 'Space' });
    await tabTo('Check', (e) => text(e) === t.check);
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => el.actor!.getSnapshot().context.answers.grow, 'the order was not checked');
    await tabTo('Next', (e) => text(e) === t.next);
    await sendKeys({ press: 'Enter' });

    // Sort: on a card's group choices, ArrowLeft goes on to the next group (it would wrap to the last in LTR).
    await waitUntil(() => question(el, 'nw-sort')?.shadowRoot?.querySelector('input[type="radio"]'), 'no sort question');
    const sort = question(el, 'nw-sort')!;
    const card = (await tabTo('a card\'s first group', (e) => e.localName === 'input' && (e as HTMLInputElement).value === 'sun')).closest<HTMLElement>('[data-card]')!.dataset.card;
    await sendKeys({ press: 'ArrowLeft' });
    await waitUntil(() => sort.shadowRoot!.querySelector(`[data-zone="rain"] [data-card="${card}"]`), 'ArrowLeft did not put the card in the second group');
    await tabTo('the other card\'s first group', (e) => e.localName === 'input' && (e as HTMLInputElement).value === 'sun' && e.closest<HTMLElement>('[data-card]')!.dataset.card !== card);
    await sendKeys({ press: 'Space' });
    await waitUntil(() => sort.shadowRoot!.querySelectorAll('[data-zone="sun"] [data-card], [data-zone="rain"] [data-card]').length === 2, 'the second card was not sorted');
    await tabTo('Check', (e) => text(e) === t.check);
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => el.actor!.getSnapshot().context.answers.weather, 'the sort was not checked');
    await tabTo('Finish', (e) => text(e) === t.finish);
    await sendKeys({ press: 'Enter' });

    await waitUntil(() => player(el).querySelector('nw-summary')?.shadowRoot?.querySelector('h2'), 'no summary');
    const summary = player(el).querySelector('nw-summary')!;
    expect(text(summary.shadowRoot!.querySelector('h2'))).to.equal('نتائجك');
    expect(englishLeft(el)).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });
});
