/**
 * The whole showcase module (one activity of each of the nine kinds) played from the first step to the
 * summary with the keyboard alone: real key presses through the browser, no clicks, no made-up events.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/nw-module.js';
import type { NwModule } from '../../src/elements/nw-module.js';

/** Where focus is: the active element, then the active element inside each shadow root on the way down. */
function focusedPath(): Element[] {
  const path: Element[] = [];
  let at: Element | null = document.activeElement;
  while (at) {
    path.push(at);
    at = at.shadowRoot?.activeElement ?? null;
  }
  return path;
}

/** The element that has focus, however deep in shadow roots. */
const focused = (): Element | undefined => focusedPath().at(-1);

/** Whether the focused element sits inside the element with tag `host` (one of the hosts on the way down). */
const inside = (host: string) => focusedPath().some((e) => e.localName === host);

const text = (e: Element | undefined) => e?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** Presses Tab (or Shift+Tab) until the focused element matches; fails after `max` presses. */
async function tabTo(what: string, match: (e: Element) => boolean, max = 40, key = 'Tab'): Promise<Element> {
  for (let i = 0; i < max; i++) {
    await sendKeys({ press: key });
    const e = focused();
    if (e && match(e)) return e;
  }
  throw new Error(`${max} presses of ${key} never reached ${what}; focus is on ${focusedPath().map((e) => e.localName).join(' > ')}`);
}

/** A button inside `host` whose text is `label`. */
const buttonIn = (host: string, label: string) => (e: Element) => inside(host) && e.localName === 'button' && text(e) === label;

describe('the showcase module, with the keyboard alone', () => {
  it('is played from the first step to the summary, every activity answered', async function () {
    this.timeout(60_000); // nine kinds, every key press awaited: about 14 s alone on a 2-core machine
    const el = await fixture<NwModule>(html`<nw-module tracking="none" src="/demo/showcase/en.md"></nw-module>`);
    await waitUntil(() => el.actor && el.shadowRoot!.querySelector('#step-title'), 'the player did not start', { timeout: 10_000 });
    const actor = el.actor!;
    const root = el.shadowRoot!;
    // The starting point: the first step's heading (where the player puts focus on every later step).
    root.querySelector<HTMLElement>('#step-title')!.focus();
    expect(focused()).to.equal(root.querySelector('#step-title'));

    const played: string[] = [];
    for (let guard = 0; guard < 30 && !actor.getSnapshot().matches('finished'); guard++) {
      const { steps, index } = actor.getSnapshot().context;
      const q = steps[index].step.question;
      await el.updateComplete;
      if (q) {
        const tag = `nw-${q.kind}`;
        await waitUntil(() => root.querySelector(tag)?.shadowRoot?.querySelector('[part="prompt"]'), `no ${tag} shown`, { timeout: 5000 });
        await (root.querySelector(tag) as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
        await answer(q.kind);
        await waitUntil(() => actor.getSnapshot().context.answers[q.id] !== undefined, `${q.kind}: the answer was not recorded`, { timeout: 5000 });
        played.push(q.kind);
      }
      const next = await tabTo('Next', (e) => e.localName === 'button' && e.closest('nav') !== null && e.getAttribute('aria-disabled') === 'false');
      const label = text(next);
      expect(label).to.equal(index === steps.length - 1 ? 'Finish' : 'Next');
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => actor.getSnapshot().matches('finished') || actor.getSnapshot().context.index === index + 1, 'Next did not move on');
      await el.updateComplete;
      if (!actor.getSnapshot().matches('finished')) {
        // The player moves focus to the new step's heading: Tab goes on from there.
        await waitUntil(() => focused() === root.querySelector('#step-title'), 'focus did not go to the new step heading');
      }
    }

    const summary = await waitUntil(() => root.querySelector('nw-summary')?.shadowRoot?.querySelector('h2'), 'no summary', { timeout: 10_000 })
      .then(() => root.querySelector('nw-summary')!);
    const heading = summary.shadowRoot!.querySelector('h2')!;
    expect(text(heading)).not.to.equal('');
    await waitUntil(() => focused() === heading, 'the summary heading did not get focus');
    expect(played).to.have.members(['choice', 'truefalse', 'order', 'match', 'sort', 'blanks', 'hotspot', 'scenario', 'reflect']);
    expect(Object.keys(actor.getSnapshot().context.answers)).to.have.members(
      ['strongest', 'change-monthly', 'report-steps', 'words', 'inbox', 'tips', 'shop', 'free-skins', 'feelings'],
    );
  });
});

/** Answers the question on screen with the keyboard, as its element documents. */
async function answer(kind: string): Promise<void> {
  const tag = `nw-${kind}`;
  const input = (type: string) => (e: Element) => inside(tag) && e.localName === 'input' && (e as HTMLInputElement).type === type;
  const check = async (label = 'Check') => {
    await tabTo(`${tag}'s ${label}`, buttonIn(tag, label));
    await sendKeys({ press: 'Enter' });
  };
  switch (kind) {
    case 'choice':
    case 'truefalse': {
      // Tab reaches the group; Space picks the option, an arrow moves to the next one.
      await tabTo(`${tag}'s options`, input('radio'));
      await sendKeys({ press: 'Space' });
      await sendKeys({ press: 'ArrowDown' });
      expect((focused() as HTMLInputElement).checked, `${kind}: the arrow picks`).to.equal(true);
      await check();
      return;
    }
    case 'order': {
      // Space picks an item up by its handle, an arrow moves it, Space drops it.
      await tabTo('a handle', (e) => inside(tag) && e.localName === 'button' && e.hasAttribute('aria-pressed'));
      await sendKeys({ press: 'Space' });
      expect(focused()!.getAttribute('aria-pressed')).to.equal('true');
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'Space' });
      await check();
      return;
    }
    case 'match': {
      // Each item's list: the arrows pick a partner, Tab goes on.
      for (let n = 0; n < 3; n++) {
        const select = (await tabTo(`list ${n + 1}`, (e) => inside(tag) && e.localName === 'select' && !(e as HTMLSelectElement).value)) as HTMLSelectElement;
        for (let i = 0; i <= n; i++) await sendKeys({ press: 'ArrowDown' });
        expect(select.value, `match list ${n + 1}`).not.to.equal('');
      }
      await check();
      return;
    }
    case 'sort': {
      // Each card's group radios: Space puts it in the first group, the arrows move it on.
      for (let n = 0; n < 3; n++) {
        const unsorted = (e: Element) =>
          input('radio')(e) && ![...(e.getRootNode() as ShadowRoot).querySelectorAll<HTMLInputElement>(`input[name="${(e as HTMLInputElement).name}"]`)].some((r) => r.checked);
        await tabTo(`card ${n + 1}`, unsorted);
        await sendKeys({ press: n === 1 ? 'ArrowRight' : 'Space' });
        expect((focused() as HTMLInputElement).checked, `sort card ${n + 1}`).to.equal(true);
      }
      await check();
      return;
    }
    case 'blanks': {
      await tabTo('the first gap', input('text'));
      await sendKeys({ type: 'three' });
      await tabTo('the second gap', (e) => input('text')(e) && !(e as HTMLInputElement).value);
      await sendKeys({ type: 'two-step login' });
      await check();
      return;
    }
    case 'hotspot': {
      // The list of spots: Enter or Space marks one.
      await tabTo('a spot', (e) => inside(tag) && e.localName === 'button' && e.hasAttribute('aria-pressed'));
      await sendKeys({ press: 'Enter' });
      expect(focused()!.getAttribute('aria-pressed')).to.equal('true');
      await check();
      return;
    }
    case 'scenario': {
      // Each choice is a button; Enter takes it. Then the ending is shown.
      await tabTo('a story choice', buttonIn(tag, 'Block and report them'));
      await sendKeys({ press: 'Enter' });
      await check('See how it ends');
      return;
    }
    case 'reflect': {
      await tabTo('the answer box', (e) => inside(tag) && e.localName === 'textarea');
      await sendKeys({ type: 'Think before I click.' });
      await check('Save my answer');
      return;
    }
    default:
      throw new Error(`no keyboard path for ${kind}`);
  }
}
