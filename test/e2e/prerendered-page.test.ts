/**
 * A page with the first step written in at build time (`netwise pack` does this): the question shows
 * before any script runs, the player is asked for only once the step has been drawn, takes over without a
 * flash or a layout shift, and then plays.
 * Uses the built embed (`npm run build:embed`).
 */
import { expect, waitUntil } from '@open-wc/testing';
import { parseModule } from '../../src/content/parse.js';
import { prerenderFirstStep } from '../../src/elements/prerender.js';
import { loadTranslation } from '../../src/i18n/index.js';

/** The script of a pre-rendered page, as `netwise pack` writes it (`embed/prerendered.ts`). */
const SCRIPT = '/dist/embed/prerendered.min.js';

async function pageHtml(glossary = false, script = true) {
  const { doc } = parseModule(await (await fetch('/scripts/bench/quiz.md')).text(), 'quiz.md');
  if (glossary) doc!.meta.vocabulary = [{ term: 'Passphrase', definition: 'A password made of several words.' }];
  const pre = prerenderFirstStep(doc!, await loadTranslation('en'), 'local')!;
  const hash = async (css: string) => btoa(String.fromCharCode(...new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(css)))));
  const hashes = (await Promise.all(pre.styles.map(hash))).map((h) => ` 'sha256-${h}'`).join('');
  const json = JSON.stringify(doc).replace(/</g, '\\u003c');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; style-src 'self'${hashes}">
${script ? `<script type="module" src="${SCRIPT}"></script>` : ''}</head>
<body><nw-module tracking="none" loading="eager">${pre.html}<script type="application/json">${json}</script></nw-module><p id="after">After the player.</p></body></html>`;
}

async function open(html: string, sandbox?: string) {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 800px; height: 900px';
  if (sandbox !== undefined) frame.setAttribute('sandbox', sandbox);
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc = html;
  document.body.append(frame);
  await loaded;
  return frame;
}

const prompt = 'Which password is the hardest to guess?';

/**
 * The page without its script, for a student to act on the pre-rendered copy first: its player, the copy's
 * shadow root, and `runScript()`, which adds the embed's script as the page would have.
 */
async function openWithoutScript() {
  const frame = await open(await pageHtml(false, false));
  const doc = frame.contentDocument!;
  const player = doc.querySelector('nw-module')!;
  const copy = player.shadowRoot!.querySelector('[data-nw-prerendered]')!.shadowRoot!;
  const runScript = () => doc.head.append(Object.assign(doc.createElement('script'), { type: 'module', src: SCRIPT }));
  return { frame, player, copy, runScript };
}

/** The Check button of a choice question's shadow root. */
const checkOf = (choice: ShadowRoot) => [...choice.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent!.trim() === 'Check')!;

/** Checks the answer chosen in `choice` and expects the player to say it is right. */
async function expectGradedRight(choice: ShadowRoot) {
  checkOf(choice).click();
  await waitUntil(() => choice.querySelector('[part="feedback"]')!.textContent!.trim(), 'no feedback');
  expect(choice.querySelector('[part="feedback"]')!.textContent).to.contain('Correct');
}

describe('a pre-rendered player page', () => {
  it('asks for the player only once the step is on screen: nothing of it runs or compiles before the first frame', async () => {
    // A watcher notes when the first frame runs (the one that draws the step).
    const html = (await pageHtml()).replace('<head>', '<head><script src="/test/e2e/fixtures/first-frame.js"></script>');
    const frame = await open(html);
    const win = frame.contentWindow as Window & typeof globalThis & { firstFrameAt?: number };
    await waitUntil(() => win.customElements.get('nw-module'), 'the player never ran', { timeout: 8000 });
    expect(win.firstFrameAt, 'the page was drawn').to.be.a('number');
    const asked = (file: string) => win.performance.getEntriesByType('resource').find((r) => r.name.endsWith(file));
    for (const file of ['/netwise.min.js', '/player.min.js']) expect(asked(file)?.startTime, `${file} asked for after the first frame`).to.be.above(win.firstFrameAt!);
    frame.remove();
  });

  for (const glossary of [false, true]) it(`shows the first question with scripts off, laid out as the player lays it out${glossary ? ' (with a glossary)' : ''}`, async () => {
    const html = await pageHtml(glossary);
    const frame = await open(html, 'allow-same-origin');
    const doc = frame.contentDocument!;
    const player = doc.querySelector('nw-module')!;
    expect(frame.contentWindow!.customElements.get('nw-module'), 'no script ran').to.equal(undefined);
    const copy = player.shadowRoot!.querySelector('[data-nw-prerendered]')!.shadowRoot!;
    expect(player.shadowRoot!.querySelector('h3, button'), 'nothing of the copy is in reach of the player\'s own root').to.equal(null);
    const question = copy.querySelector('[exportparts]')!.shadowRoot!;
    expect(question.querySelector('[part="prompt"]')!.textContent).to.contain(prompt);
    expect(question.querySelectorAll('input[type="radio"]')).to.have.length(3);
    const staticAfter = doc.getElementById('after')!.getBoundingClientRect().top;
    const staticTitle = copy.querySelector('h3')!.getBoundingClientRect().top;
    frame.remove();

    // The same page with scripts: the player takes over; nothing moves.
    const live = await open(html);
    const ldoc = live.contentDocument!;
    const shifts: number[] = [];
    const win = live.contentWindow as Window & typeof globalThis;
    new win.PerformanceObserver((list) => shifts.push(...list.getEntries().map((e) => (e as unknown as { value: number }).value))).observe({ type: 'layout-shift', buffered: true });
    const lplayer = ldoc.querySelector('nw-module')!;
    await waitUntil(() => lplayer.shadowRoot?.querySelector('nw-choice')?.shadowRoot?.querySelector('input'), 'the player never took over', { timeout: 8000 });
    expect(lplayer.shadowRoot!.querySelector('[data-nw-prerendered]'), 'the copy is gone').to.equal(null);
    await new Promise((r) => setTimeout(r, 300));
    expect(shifts, 'layout shifts').to.deep.equal([]);
    expect(ldoc.getElementById('after')!.getBoundingClientRect().top).to.equal(staticAfter);
    expect(lplayer.shadowRoot!.querySelector('h3')!.getBoundingClientRect().top).to.equal(staticTitle);

    // It plays: pick the right answer, check, get the verdict.
    const choice = lplayer.shadowRoot!.querySelector('nw-choice')!.shadowRoot!;
    expect(choice.querySelector('[part="prompt"]')!.textContent).to.contain(prompt);
    (choice.querySelectorAll('input')[1] as HTMLInputElement).click();
    await new Promise((r) => setTimeout(r, 0));
    await expectGradedRight(choice);
    live.remove();
  });

  it('keeps an option chosen and the keyboard focus from before the player ran', async () => {
    // The student answers the copy; then the script arrives.
    const { frame, player, copy, runScript } = await openWithoutScript();
    const copied = [...copy.querySelector('[exportparts]')!.shadowRoot!.querySelectorAll('input')];
    copied[1].focus();
    copied[1].click();
    expect(copied.map((i) => i.checked), 'the copy works as a plain form').to.deep.equal([false, true, false]);
    runScript();

    await waitUntil(() => player.shadowRoot?.querySelector('nw-choice')?.shadowRoot?.querySelector('input:checked'), 'the choice did not carry over', { timeout: 8000 });
    expect(player.shadowRoot!.querySelector('[data-nw-prerendered]'), 'the copy is gone').to.equal(null);
    const choice = player.shadowRoot!.querySelector('nw-choice')!.shadowRoot!;
    const inputs = [...choice.querySelectorAll('input')];
    expect(inputs.map((i) => i.checked)).to.deep.equal([false, true, false]);
    expect(choice.activeElement, 'focus stayed on the option').to.equal(inputs[1]);
    await waitUntil(() => checkOf(choice).getAttribute('aria-disabled') !== 'true', 'Check did not become available');
    // The player has the choice as its own: Check grades it.
    await expectGradedRight(choice);
    frame.remove();
  });

  it('keeps the focus on a button of the step when nothing was chosen', async () => {
    const { frame, player, copy, runScript } = await openWithoutScript();
    const next = [...copy.querySelectorAll<HTMLButtonElement>('nav button')].find((b) => !b.hidden)!;
    next.focus();
    expect(copy.activeElement).to.equal(next);
    runScript();
    await waitUntil(() => !player.shadowRoot?.querySelector('[data-nw-prerendered]') && player.shadowRoot?.activeElement, 'focus did not carry over', { timeout: 8000 });
    const active = player.shadowRoot!.activeElement!;
    expect(active.textContent!.trim()).to.equal('Next');
    expect(active.closest('nav'), 'on the player\'s own Next button').to.not.equal(null);
    expect(player.shadowRoot!.querySelector('nw-choice')!.shadowRoot!.querySelector('input:checked'), 'nothing was chosen').to.equal(null);
    frame.remove();
  });
});
