/**
 * Every question element from the built bundle (minified, its CSS minified too) under a strict CSP:
 * each one's styles parse and apply, and nothing sets an inline style attribute the policy blocks.
 */
import { expect, waitUntil } from '@open-wc/testing';
import type { NwModule } from '../../src/elements/nw-module.js';
import { correctResponse } from '../../src/machines/scoring.js';
import { questionElements } from '../../src/elements/question-elements.js';
import { openPage } from './open-page.js';

/** Every stylesheet of a shadow root has rules: none came out empty or unparsable from the build. */
const stylesParsed = (root: ShadowRoot) => root.adoptedStyleSheets.length > 0 && root.adoptedStyleSheets.every((s) => s.cssRules.length > 0);

describe('every kind from the embed bundle, under a strict CSP', () => {
  it('styles each question element and breaks no policy', async () => {
    const { frame, doc, win, violations } = await openPage('/test/e2e/embed-kinds.html');
    const player = doc.querySelector<NwModule>('#showcase')!;
    await waitUntil(() => player.actor, 'the player never started', { timeout: 10_000 });
    const actor = player.actor!;
    const styled: string[] = [];
    for (let guard = 0; guard < 30 && !actor.getSnapshot().matches('finished'); guard++) {
      const { steps, index } = actor.getSnapshot().context;
      const q = steps[index].step.question;
      if (q) {
        const tag = questionElements[q.kind].tag;
        await waitUntil(() => player.shadowRoot!.querySelector(tag)?.shadowRoot?.querySelector('[part="actions"]'), `no ${tag}`, { timeout: 5000 });
        const el = player.shadowRoot!.querySelector(tag)!;
        expect(stylesParsed(el.shadowRoot!), `${tag} styles`).to.equal(true);
        expect(win.getComputedStyle(el.shadowRoot!.querySelector('[part="actions"]')!).display, tag).to.equal('flex');
        styled.push(tag);
        const child = actor.getSnapshot().children[q.id]!;
        child.send({ type: 'question.respond', response: q.kind === 'reflect' ? { text: 'A thought' } : correctResponse(q) });
        child.send({ type: 'question.submit' });
        await player.updateComplete;
      }
      actor.send({ type: 'module.next' });
    }
    expect(styled).to.have.length(9);
    expect(violations).to.deep.equal([]);
    frame.remove();
  });

  it('reflows at 320 CSS pixels (400% zoom): no step of any kind scrolls sideways', async () => {
    const { frame, doc } = await openPage('/test/e2e/embed-kinds.html', 320);
    const player = doc.querySelector<NwModule>('#showcase')!;
    await waitUntil(() => player.actor, 'the player never started', { timeout: 10_000 });
    const actor = player.actor!;
    const page = doc.documentElement;
    for (let guard = 0; guard < 30 && !actor.getSnapshot().matches('finished'); guard++) {
      const { steps, index } = actor.getSnapshot().context;
      const q = steps[index].step.question;
      if (q) {
        const tag = questionElements[q.kind].tag;
        await waitUntil(() => player.shadowRoot!.querySelector(tag)?.shadowRoot?.querySelector('[part="actions"]'), `no ${tag}`, { timeout: 5000 });
        const child = actor.getSnapshot().children[q.id]!;
        child.send({ type: 'question.respond', response: q.kind === 'reflect' ? { text: 'A thought' } : correctResponse(q) });
        child.send({ type: 'question.submit' });
      }
      await player.updateComplete;
      // Reading scrollWidth lays the page out: no frame needs to pass (frames stop in a background tab).
      expect(page.scrollWidth, `step ${steps[index].step.id}`).to.be.at.most(page.clientWidth);
      actor.send({ type: 'module.next' });
    }
    frame.remove();
  });

  it('places the outlines on a picture without a style attribute', async () => {
    const { frame, doc, win, violations } = await openPage('/test/e2e/embed-kinds.html');
    const player = doc.querySelector<NwModule>('#picture')!;
    await waitUntil(() => player.shadowRoot?.querySelector('nw-hotspot')?.shadowRoot?.querySelector('[data-region="countdown"]'), 'no hotspot', {
      timeout: 10_000,
    });
    const hotspot = player.shadowRoot!.querySelector('nw-hotspot')!.shadowRoot!;
    hotspot.querySelector<HTMLButtonElement>('button[data-region="countdown"]')!.click();
    await waitUntil(() => hotspot.querySelector('.outline'), 'the marked region has no outline');
    const outline = hotspot.querySelector<HTMLElement>('.outline')!;
    const picture = hotspot.querySelector<HTMLElement>('.picture')!.getBoundingClientRect();
    const box = outline.getBoundingClientRect();
    // 60% from the left and 30% wide of the picture, as the author wrote.
    expect(Math.round(((box.left - picture.left) / picture.width) * 100)).to.equal(60);
    expect(Math.round((box.width / picture.width) * 100)).to.equal(30);
    expect(win.getComputedStyle(outline).position).to.equal('absolute');
    expect(violations).to.deep.equal([]);
    frame.remove();
  });
});
