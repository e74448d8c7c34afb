/**
 * The embed's early step alone (`early-step.ts`): the first step of the page's one `<nw-module>`, shown
 * from its module before the player has loaded. `<nw-module>` is never defined in this file, so what
 * shows here is the early step's work and nothing else's.
 */
import { expect, fixtureSync, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { ModuleDoc } from '../../src/content/types.js';
import { takeEarly } from '../../src/elements/early-response.js';
import { showEarlyStep, showEarlySteps } from '../../src/elements/early-step.js';
import { jsonScript } from './doc-fixture.js';

const FIXTURE = '/test/e2e/fixtures/player-test.en.json';
/** The module `questionFirst()` makes, as a Markdown source. */
const MARKDOWN = '/test/e2e/fixtures/early-md/en.md';
let base: ModuleDoc;
let run = 0;

before(async () => {
  base = (await (await fetch(FIXTURE)).json()) as ModuleDoc;
});

/** The fixture with its choice question ("Pick one") as the module's first step, with some reading text. */
function questionFirst(): ModuleDoc {
  const doc = structuredClone(base);
  const [intro, pick, ...rest] = doc.lessons[0].steps;
  doc.lessons[0].steps = [{ ...pick, html: '<p>Read <strong>this</strong> first.</p>' }, intro, ...rest];
  return doc;
}

/** A fresh URL of the fixture each time (so its requests can be counted), with `?` so no cache answers. */
const freshSrc = (path = FIXTURE) => `${path}?early=${Date.now()}-${run++}`;
const requestsFor = (url: string) => performance.getEntriesByType('resource').filter((r) => r.name.endsWith(url)).length;

/** A not-yet-defined `<nw-module>` in the page, holding `json` (inline) or pointing at `src`. */
function player({ json, src, attrs = {}, lang }: { json?: string; src?: string; attrs?: Record<string, string>; lang?: string } = {}): HTMLElement {
  const host = fixtureSync(html`<div></div>`);
  if (lang) host.setAttribute('lang', lang);
  const el = document.createElement('nw-module');
  for (const [name, value] of Object.entries({ tracking: 'none', ...attrs })) el.setAttribute(name, value);
  if (src) el.setAttribute('src', src);
  if (json !== undefined) el.append(jsonScript(json));
  host.append(el);
  return el;
}

const inline = (doc: ModuleDoc) => JSON.stringify(doc).replace(/</g, '\\u003c');

/** The copy the early step shows, and its question, as a student sees them (in nested shadow roots). */
function copyOf(el: HTMLElement) {
  const holder = el.shadowRoot!.querySelector<HTMLElement>('[data-nw-prerendered]')!;
  const copy = holder.shadowRoot!;
  const question = copy.querySelector('[exportparts]')?.shadowRoot ?? null;
  return { holder, copy, question };
}

/**
 * Whether the early step put anything in `el` (it may leave an empty shadow root, the player's box, which
 * shows nothing). A boolean, so a failing check prints no shadow root.
 */
const shows = (el: HTMLElement) => (el.shadowRoot?.childNodes.length ?? 0) > 0;

const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim();

/** What the copy of the fixture's question-first module must show, in English. */
function expectQuestionStep(el: HTMLElement, step = questionFirst().lessons[0].steps[0].id) {
  expect(el.shadowRoot, 'the early step attached a shadow root').to.not.equal(null);
  const { holder, copy, question } = copyOf(el);
  expect(holder.inert, 'the copy is not inert: its options can be chosen before the player runs').to.equal(false);
  expect(holder.dataset.step, 'the copy names its step, for the player to carry a choice over').to.equal(step);
  expect(el.shadowRoot!.querySelector('h2, h3, button, input'), 'nothing of the copy is within the player\'s own root').to.equal(null);
  expect(text(copy.querySelector('h2'))).to.equal('Test module');
  expect(text(copy.querySelector('h3'))).to.equal('Pick one');
  expect(copy.querySelector('.prose strong')?.textContent).to.equal('this');
  expect(question, 'the choice question is there').to.not.equal(null);
  expect(text(question!.querySelector('[part="prompt"]'))).to.equal('Which is longest?');
  const radios = [...question!.querySelectorAll<HTMLInputElement>('input')];
  expect(radios.map((r) => r.type)).to.deep.equal(['radio', 'radio', 'radio']);
  expect([...question!.querySelectorAll('[part="option"]')].map(text)).to.deep.equal(['cat', 'kettle orbit tulip', 'dog']);
  const buttons = [...question!.querySelectorAll('button')].map(text);
  expect(buttons).to.include('Check');
  // Styled by the adopted sheets (no <style> elements): the module's layout, and the choice's.
  expect(copy.querySelectorAll('style').length + question!.querySelectorAll('style').length, 'no <style> elements').to.equal(0);
  expect(el.shadowRoot!.adoptedStyleSheets.length).to.be.greaterThan(0);
  expect(getComputedStyle(el).contain, 'the player\'s own styles apply to it').to.equal('layout paint');
  expect(getComputedStyle(copy.querySelector('progress')!).display, 'the module styles apply in the copy').to.equal('block');
  expect(getComputedStyle(question!.querySelector('ul.options')!).display, 'the choice styles apply to the question').to.equal('grid');
  const check = [...question!.querySelectorAll('button')].find((b) => text(b) === 'Check')!;
  expect(getComputedStyle(check).backgroundColor, 'the Check button is drawn as the primary button').to.not.equal(getComputedStyle(document.createElement('button')).backgroundColor);
}

describe('the early step (before the player loads)', () => {
  afterEach(() => {
    delete document.body.dataset.earlyRan;
  });

  it('shows the first question of a module written in the page: titles, options and Check, styled', async () => {
    const el = player({ json: inline(questionFirst()) });
    await showEarlyStep(el);
    expect(customElements.get('nw-module'), 'the player is not defined in this file').to.equal(undefined);
    expectQuestionStep(el);
  });

  it('works as a plain form before the player runs: reached and answered with the keyboard, and accessible', async () => {
    const before = fixtureSync<HTMLButtonElement>(html`<button>Before the player</button>`);
    const el = player({ json: inline(questionFirst()) });
    await showEarlyStep(el);
    await expect(el).to.be.accessible();
    before.focus();
    await sendKeys({ press: 'Tab' });
    const { question } = copyOf(el);
    const radios = [...question!.querySelectorAll('input')];
    expect(question!.activeElement, 'Tab reaches the first option').to.equal(radios[0]);
    await sendKeys({ press: 'ArrowDown' });
    expect(radios.map((r) => r.checked), 'the arrow keys choose, as in any radio group').to.deep.equal([false, true, false]);
    expect(copyOf(el).holder.dataset.step).to.equal(questionFirst().lessons[0].steps[0].id);
  });

  it('shows the reading text and the Next button of a first step without a question', async () => {
    const el = player({ json: inline(base) });
    await showEarlyStep(el);
    const { copy, question } = copyOf(el);
    expect(question === null, 'no question').to.equal(true);
    expect(text(copy.querySelector('h3'))).to.equal('Welcome');
    expect(text(copy.querySelector('.prose'))).to.equal('Read this first.');
    expect(text(copy.querySelector('button.primary'))).to.equal('Next');
  });

  it('fetches a module by src once and keeps the response, whose body the player can still read', async () => {
    const src = freshSrc();
    const el = player({ src });
    await showEarlyStep(el);
    const { copy } = copyOf(el);
    expect(text(copy.querySelector('h2'))).to.equal('Test module');
    expect(text(copy.querySelector('h3'))).to.equal('Welcome');
    // The player's read: the same response, its body not used up by the early step.
    const response = takeEarly(el, src)?.response;
    expect(response, 'the response is kept for the player').to.not.equal(undefined);
    const doc = (await (await response!).json()) as ModuleDoc;
    expect(doc.meta.title).to.equal('Test module');
    expect(takeEarly(el, src)?.response, 'taken once').to.equal(undefined);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(requestsFor(src), 'requests for the module').to.equal(1);
  });

  it('shows the question of a module by src as it does an inline one', async () => {
    // The question-first variant served at a URL of its own (a Blob URL: same origin, a real fetch).
    const url = URL.createObjectURL(new Blob([JSON.stringify(questionFirst())], { type: 'application/json' }));
    try {
      const el = player({ src: url });
      await showEarlyStep(el);
      expectQuestionStep(el);
      expect(takeEarly(el, FIXTURE)?.response, 'a response is given only for the URL it came from').to.equal(undefined);
    } finally {
      URL.revokeObjectURL(url);
    }
  });

  it('shows the first question of a Markdown source, read for its first step as the player shows it, with one request', async () => {
    // The same question-first module as above, written in Markdown.
    const src = freshSrc(MARKDOWN);
    const el = player({ src });
    await showEarlyStep(el);
    expectQuestionStep(el, 'lesson-one.pick-one');
    // The player's read: the same response, the Markdown text still unread.
    const early = takeEarly(el, src);
    expect(early?.response, 'the response is kept for the player').to.not.equal(undefined);
    expect(await (await early!.response).text()).to.match(/^---\nid: early-md\n/);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(requestsFor(src), 'requests for the module').to.equal(1);
  });

  it('shows nothing for an invalid Markdown source (an error in its front matter), leaving the response to the player', async () => {
    const src = freshSrc('/test/e2e/fixtures/early-md/invalid/en.md');
    const el = player({ src });
    await showEarlyStep(el);
    expect(shows(el), 'nothing shows').to.equal(false);
    const early = takeEarly(el, src);
    expect(early?.response, 'the player reads the response, to report the errors').to.not.equal(undefined);
  });

  it('shows nothing for a Markdown source whose first step holds raw HTML (the sanitiser\'s to check)', async () => {
    const el = player({ src: freshSrc('/test/e2e/fixtures/early-md/raw-html/en.md') });
    await showEarlyStep(el);
    expect(shows(el), 'nothing shows').to.equal(false);
  });

  it('shows nothing when a Markdown source is not there', async () => {
    const el = player({ src: freshSrc('/test/e2e/fixtures/early-md/no-such-module/en.md') });
    await showEarlyStep(el);
    expect(shows(el), 'nothing shows').to.equal(false);
  });

  const unsafe: [string, (doc: ModuleDoc) => void][] = [
    ['an image with an error handler in the step', (doc) => {
      doc.lessons[0].steps[0].html = `<p>Hi <img src="/nowhere.png" onerror="document.body.dataset.earlyRan='step'"></p>`;
    }],
    ['a styled <b> in the step', (doc) => {
      doc.lessons[0].steps[0].html = '<p><b style="position: fixed; inset: 0">Over the page</b></p>';
    }],
    ['an image with an error handler in an option', (doc) => {
      const q = doc.lessons[0].steps[0].question as { options: { html: string }[] };
      q.options[0].html = `cat <img src="/nowhere.png" onerror="document.body.dataset.earlyRan='option'">`;
    }],
    ['a shuffled choice', (doc) => {
      (doc.lessons[0].steps[0].question as { shuffle: boolean }).shuffle = true;
    }],
    ['a first question drawn from a pool', (doc) => {
      doc.pools = [{ id: 'p', draw: 1, questions: ['q1', 'q3'] }];
    }],
  ];
  for (const [name, change] of unsafe) {
    it(`shows nothing for ${name}, and runs nothing of it`, async () => {
      const doc = questionFirst();
      change(doc);
      const el = player({ json: inline(doc) });
      await showEarlyStep(el);
      expect(shows(el), 'nothing shows').to.equal(false);
      // Long enough for a broken image's error handler to have run, had the markup been put in.
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(document.body.dataset.earlyRan, 'no handler ran').to.equal(undefined);
    });
  }

  it('shows nothing, and does not throw, for JSON that is malformed or not a module', async () => {
    for (const json of ['{"format": 1,', '"just a string"', '{"lessons": []}']) {
      const el = player({ json });
      await showEarlyStep(el);
      expect(shows(el), json).to.equal(false);
      el.parentElement!.remove();
    }
  });

  it('shows nothing when the module request fails', async () => {
    const src = freshSrc('/test/e2e/fixtures/no-such-module.json');
    const el = player({ src });
    await showEarlyStep(el);
    expect(shows(el), 'nothing shows').to.equal(false);
  });

  it('shows nothing for a player presenting to a class', async () => {
    const el = player({ json: inline(questionFirst()), attrs: { mode: 'present' } });
    await showEarlyStep(el);
    expect(shows(el), 'nothing shows').to.equal(false);
  });

  it('shows nothing in a player that already has its shadow root', async () => {
    const el = player({ json: inline(questionFirst()) });
    const own = el.attachShadow({ mode: 'open' });
    await showEarlyStep(el);
    expect(own.childNodes.length).to.equal(0);
  });

  it('does not wait for a frame on a hidden page (a background tab draws none), so the player can start', async () => {
    const el = player({ json: inline(questionFirst()) });
    const raf = window.requestAnimationFrame;
    // A tab in the background: hidden, and no animation frame runs until it is shown.
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
    window.requestAnimationFrame = () => 0;
    try {
      const outcome = await Promise.race([
        showEarlyStep(el).then(() => 'resolved'),
        new Promise((resolve) => setTimeout(() => resolve('still waiting'), 2000)),
      ]);
      expect(outcome).to.equal('resolved');
      expect(text(copyOf(el).copy.querySelector('h3')), 'the step is in place for when the tab is shown').to.equal('Pick one');
    } finally {
      window.requestAnimationFrame = raf;
      delete (document as { visibilityState?: unknown }).visibilityState;
    }
  });

  it('stops waiting for a frame when the page is hidden meanwhile', async () => {
    const el = player({ json: inline(questionFirst()) });
    const raf = window.requestAnimationFrame;
    let visibility: DocumentVisibilityState = 'visible';
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => visibility });
    // Frames stop: the student switched to another tab as the page loaded.
    window.requestAnimationFrame = () => 0;
    try {
      const shown = showEarlyStep(el).then(() => 'resolved');
      await new Promise((resolve) => setTimeout(resolve, 100));
      visibility = 'hidden';
      document.dispatchEvent(new Event('visibilitychange'));
      const outcome = await Promise.race([shown, new Promise((resolve) => setTimeout(() => resolve('still waiting'), 2000))]);
      expect(outcome).to.equal('resolved');
    } finally {
      window.requestAnimationFrame = raf;
      delete (document as { visibilityState?: unknown }).visibilityState;
    }
  });

  it('lets the player start at once on a page drawn already whose first step is written in (no frame to wait for)', async () => {
    const el = player({ json: inline(questionFirst()) });
    el.attachShadow({ mode: 'open' }); // as a declarative shadow root gives it
    let framed = false;
    requestAnimationFrame(() => (framed = true));
    await showEarlySteps(document);
    expect(performance.getEntriesByType('paint').length, 'this page has been drawn').to.be.greaterThan(0);
    expect(framed, 'a frame came first').to.equal(false);
  });

  it('shows the one player of a page in view, with no room kept below it', async () => {
    const el = player({ json: inline(questionFirst()) });
    await showEarlySteps(document);
    expectQuestionStep(el);
    expect(getComputedStyle(el).marginBlockEnd).to.equal('0px');
  });

  it('shows only the first of two players, keeping room below it so the second starts below the fold', async () => {
    const src = freshSrc();
    const first = player({ json: inline(questionFirst()) });
    const second = player({ src });
    await showEarlySteps(document);
    expectQuestionStep(first);
    // What a waiting player in view keeps: a screen's height (at least 20rem), unless the page says otherwise.
    const room = Math.max(20 * parseFloat(getComputedStyle(document.documentElement).fontSize), innerHeight);
    expect(parseFloat(getComputedStyle(first).marginBlockEnd)).to.be.closeTo(room, 1);
    expect(second.getBoundingClientRect().top, 'the second player is below the viewport').to.be.at.least(innerHeight);
    expect(shows(second), 'nothing shows in the second').to.equal(false);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(requestsFor(src), 'the second player\'s module is not asked for').to.equal(0);
  });

  it('shows the first player in view, not one above the viewport', async () => {
    const host = fixtureSync(html`<div></div>`);
    const above = document.createElement('nw-module');
    above.setAttribute('src', freshSrc());
    const spacer = document.createElement('div');
    spacer.style.height = `${innerHeight * 2}px`;
    host.append(above, spacer);
    const el = player({ json: inline(questionFirst()) });
    scrollTo(0, innerHeight * 2);
    try {
      expect(above.getBoundingClientRect().bottom).to.be.below(0);
      await showEarlySteps(document);
      expect(shows(above), 'nothing shows in the player above').to.equal(false);
      expectQuestionStep(el);
    } finally {
      scrollTo(0, 0);
    }
  });

  it('shows nothing, and asks for nothing, for a player far below the viewport', async () => {
    const src = freshSrc();
    const host = fixtureSync(html`<div></div>`);
    const spacer = document.createElement('div');
    spacer.style.height = `${innerHeight * 3}px`;
    const el = document.createElement('nw-module');
    el.setAttribute('src', src);
    host.append(spacer, el);
    expect(el.getBoundingClientRect().top).to.be.greaterThan(innerHeight);
    await showEarlySteps(document);
    expect(shows(el), 'nothing shows').to.equal(false);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(requestsFor(src)).to.equal(0);
  });

  it('speaks the language of the page around the player (Czech)', async () => {
    const el = player({ json: inline(questionFirst()), lang: 'cs' });
    await showEarlyStep(el);
    const { copy, question } = copyOf(el);
    expect(text(copy.querySelector('nav button.primary'))).to.equal('Dál');
    expect(text(question!.querySelector('.actions button.primary'))).to.equal('Zkontrolovat');
    expect(text(question!.querySelector('.instructions'))).to.equal('Vyber jednu odpověď.');
    // The module's own words stay English, marked as such.
    expect(copy.querySelector('h2')!.getAttribute('lang')).to.equal('en');
    expect(text(copy.querySelector('h2'))).to.equal('Test module');
  });

  it('says the progress is not saved with tracking="none", and keeps a blank status line with tracking="auto"', async () => {
    const none = player({ json: inline(base), attrs: { tracking: 'none' } });
    await showEarlyStep(none);
    expect(text(copyOf(none).copy.querySelector('[part="status"]'))).to.equal('Your progress is not saved.');
    none.parentElement!.remove();

    const auto = player({ json: inline(base), attrs: { tracking: 'auto' } });
    await showEarlyStep(auto);
    const status = copyOf(auto).copy.querySelector<HTMLElement>('[part="status"]')!;
    expect(status.textContent).to.equal('\u00a0');
    // Blank, yet a line high: the player's own status line will not move what follows it.
    expect(status.getBoundingClientRect().height).to.be.greaterThan(10);
  });
});
