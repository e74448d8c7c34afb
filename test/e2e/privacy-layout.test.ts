/**
 * Content stays inside the player's box: a `position: fixed` block meant to cover the school page (a
 * fake login form) and one very wide table cell, in a reading step and in a hotspot's mocked screen,
 * with and without a Content-Security-Policy on the page. Plays the built embed bundle in a plain page.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { openPage } from './open-page.js';

const WIDTH = 800;

for (const [name, url] of [
  ['with a strict page CSP', '/test/e2e/privacy-layout-csp.html'],
  ['without a page CSP', '/test/e2e/privacy-layout.html'],
]) {
  describe(`hostile layout, ${name}`, () => {
    it('keeps a fixed overlay and a very wide table inside the player, and drops style and popover attributes', async () => {
      const { frame, doc, win } = await openPage(url, WIDTH);
      try {
        const player = doc.querySelector('nw-module')!;
        await waitUntil(() => player.shadowRoot?.querySelector('.prose .fake-login'), 'the reading step never showed', { timeout: 5000 });
        const root = player.shadowRoot!;
        const box = player.getBoundingClientRect();
        const inside = (el: Element) => {
          const r = el.getBoundingClientRect();
          return r.left >= box.left - 1 && r.right <= box.right + 1 && r.top >= box.top - 1 && r.bottom <= box.bottom + 1;
        };
        const overlay = root.querySelector('.prose .fake-login')!;
        expect(overlay.hasAttribute('style')).to.equal(false);
        expect(win.getComputedStyle(overlay).position).to.equal('static');
        expect(inside(overlay), 'the overlay stays inside the player').to.equal(true);
        // The page's own heading is not covered: the element at its centre is the heading itself.
        const h1 = doc.querySelector('h1')!.getBoundingClientRect();
        expect(doc.elementFromPoint(h1.left + 5, h1.top + h1.height / 2)).to.equal(doc.querySelector('h1'));
        // One long unbreakable cell: the page does not get wider than the frame.
        expect(doc.documentElement.scrollWidth).to.be.at.most(WIDTH);
        expect(box.width).to.be.at.most(WIDTH);
        expect(inside(root.querySelector('.prose table')!), 'the table box stays inside the player').to.equal(true);
        expect(root.querySelector('[popover]')).to.equal(null);

        [...root.querySelectorAll<HTMLButtonElement>('nav button')].find((b) => b.textContent!.trim() === 'Next')!.click();
        await waitUntil(() => root.querySelector('nw-hotspot')?.shadowRoot?.querySelector('.fake-login-stage'), 'the mocked screen never showed', { timeout: 5000 });
        const stage = root.querySelector('nw-hotspot')!.shadowRoot!.querySelector('.fake-login-stage')!;
        expect(stage.hasAttribute('style')).to.equal(false);
        expect(inside(stage), 'the mocked screen overlay stays inside the player').to.equal(true);
        expect(doc.elementFromPoint(h1.left + 5, h1.top + h1.height / 2)).to.equal(doc.querySelector('h1'));
      } finally {
        frame.remove();
      }
    });
  });
}
