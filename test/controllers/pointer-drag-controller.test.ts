import { expect, fixture, fixtureSync, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { PointerDragController } from '../../src/controllers/pointer-drag-controller.js';

class DragHost extends LitElement {
  drops: [string, string | null][] = [];
  drag = new PointerDragController(this, {
    zoneAt: (x, y) => (this.renderRoot as ShadowRoot).elementsFromPoint(x, y).map((e) => (e as HTMLElement).dataset.zone).find(Boolean) ?? null,
    drop: (item, zone) => this.drops.push([item, zone]),
  });
  override render() {
    return html`<div data-zone="left" style="height:100px;width:100px;display:inline-block">
        <span id="card" style="display:inline-block;width:40px;height:40px;touch-action:none" @pointerdown=${(e: PointerEvent) => this.drag.start(e, 'card')}
          >card</span
        >
      </div><div data-zone="right" style="height:100px;width:100px;display:inline-block"></div>
      <p id="lifted" style=${styleMap(this.drag.styleFor('card'))}>${this.drag.item ?? 'none'}</p>`;
  }
}
customElements.define('drag-host', DragHost);

function pointer(target: Element, type: string, x: number, y: number, pointerType = 'touch') {
  target.dispatchEvent(new PointerEvent(type, { pointerId: 7, isPrimary: true, button: 0, clientX: x, clientY: y, pointerType, bubbles: true, composed: true }));
}

describe('PointerDragController', () => {
  it('drags a card by touch from one zone to another', async () => {
    const el = await fixture<DragHost>(html`<drag-host></drag-host>`);
    const card = el.shadowRoot!.querySelector('#card')!;
    const right = el.shadowRoot!.querySelector('[data-zone="right"]')!.getBoundingClientRect();
    const start = card.getBoundingClientRect();
    pointer(card, 'pointerdown', start.x + 5, start.y + 5);
    pointer(card, 'pointermove', right.x + 20, right.y + 20);
    await el.updateComplete;
    expect(el.drag.item).to.equal('card');
    expect(el.drag.over).to.equal('right');
    expect(el.shadowRoot!.querySelector('#lifted')!.getAttribute('style')).to.contain('translate(');
    // The card itself follows the finger (set through CSSOM, not a style attribute).
    expect((card as HTMLElement).style.transform).to.equal(`translate(${el.drag.offset.x}px, ${el.drag.offset.y}px)`);
    expect(el.drag.offset.x).to.be.above(100);
    pointer(card, 'pointerup', right.x + 20, right.y + 20);
    await el.updateComplete;
    expect(el.drops).to.deep.equal([['card', 'right']]);
    expect(el.drag.item).to.equal(null);
    expect((card as HTMLElement).style.transform).to.equal('');
  });

  it('swallows the click that ends a drag, and only that one', async () => {
    const el = await fixture<DragHost>(html`<drag-host></drag-host>`);
    const card = el.shadowRoot!.querySelector<HTMLElement>('#card')!;
    let clicks = 0;
    card.addEventListener('click', () => (clicks += 1));
    const box = card.getBoundingClientRect();
    pointer(card, 'pointerdown', box.x + 5, box.y + 5, 'mouse');
    pointer(card, 'pointermove', box.x + 150, box.y + 5, 'mouse');
    pointer(card, 'pointerup', box.x + 150, box.y + 5, 'mouse');
    card.click();
    expect(clicks).to.equal(0);
    await new Promise((r) => setTimeout(r, 10));
    card.click();
    expect(clicks).to.equal(1);
  });

  it('puts the item back on Escape: nothing dropped, the release presses nothing, the next drag works', async () => {
    const el = await fixture<DragHost>(html`<drag-host></drag-host>`);
    const card = el.shadowRoot!.querySelector<HTMLElement>('#card')!;
    let clicks = 0;
    card.addEventListener('click', () => (clicks += 1));
    const box = card.getBoundingClientRect();
    const right = el.shadowRoot!.querySelector('[data-zone="right"]')!.getBoundingClientRect();
    pointer(card, 'pointerdown', box.x + 5, box.y + 5, 'mouse');
    pointer(card, 'pointermove', right.x + 20, right.y + 20, 'mouse');
    await el.updateComplete;
    expect(el.drag.item).to.equal('card');
    const escape = new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true, cancelable: true });
    card.dispatchEvent(escape);
    await el.updateComplete;
    expect(escape.defaultPrevented).to.equal(true);
    expect(el.drag.item).to.equal(null);
    expect(el.shadowRoot!.querySelector('#lifted')!.textContent).to.equal('none');
    pointer(card, 'pointermove', right.x + 30, right.y + 20, 'mouse');
    pointer(card, 'pointerup', right.x + 30, right.y + 20, 'mouse');
    card.click();
    await el.updateComplete;
    expect(el.drops).to.deep.equal([]);
    expect(el.drag.item).to.equal(null);
    expect(clicks).to.equal(0);
    pointer(card, 'pointerdown', box.x + 5, box.y + 5);
    pointer(card, 'pointermove', right.x + 20, right.y + 20);
    pointer(card, 'pointerup', right.x + 20, right.y + 20);
    expect(el.drops).to.deep.equal([['card', 'right']]);
  });

  it('ignores another finger lifting during a drag', async () => {
    const el = await fixture<DragHost>(html`<drag-host></drag-host>`);
    const card = el.shadowRoot!.querySelector<HTMLElement>('#card')!;
    const box = card.getBoundingClientRect();
    const right = el.shadowRoot!.querySelector('[data-zone="right"]')!.getBoundingClientRect();
    pointer(card, 'pointerdown', box.x + 5, box.y + 5);
    pointer(card, 'pointermove', right.x + 10, right.y + 10);
    card.dispatchEvent(new PointerEvent('pointerup', { pointerId: 8, isPrimary: false, clientX: 0, clientY: 0, pointerType: 'touch', bubbles: true, composed: true }));
    pointer(card, 'pointermove', right.x + 20, right.y + 20);
    expect(el.drag.item).to.equal('card');
    pointer(card, 'pointerup', right.x + 20, right.y + 20);
    expect(el.drops).to.deep.equal([['card', 'right']]);
  });

  it('scrolls the page while the pointer rests near the bottom edge, the item following', async () => {
    const wrap = fixtureSync<HTMLElement>(html`<div><drag-host></drag-host><div style="height:3000px"></div></div>`);
    const el = wrap.querySelector('drag-host') as DragHost;
    await el.updateComplete;
    window.scrollTo(0, 0);
    const card = el.shadowRoot!.querySelector<HTMLElement>('#card')!;
    const box = card.getBoundingClientRect();
    pointer(card, 'pointerdown', box.x + 5, box.y + 5);
    pointer(card, 'pointermove', box.x + 5, window.innerHeight - 5);
    await waitUntil(() => window.scrollY > 40, 'the page never scrolled', { timeout: 5000 });
    const scrolled = window.scrollY;
    expect(el.drag.offset.y).to.equal(window.innerHeight - 5 - (box.y + 5) + scrolled);
    pointer(card, 'pointermove', box.x + 5, window.innerHeight / 2);
    await new Promise((r) => setTimeout(r, 40));
    const still = window.scrollY;
    await new Promise((r) => setTimeout(r, 60));
    expect(window.scrollY, 'stops away from the edge').to.equal(still);
    pointer(card, 'pointerup', box.x + 5, window.innerHeight / 2);
    expect(el.drops).to.deep.equal([['card', null]]);
    window.scrollTo(0, 0);
  });

  it('treats a short press as a click, not a drag', async () => {
    const el = await fixture<DragHost>(html`<drag-host></drag-host>`);
    const card = el.shadowRoot!.querySelector('#card')!;
    const box = card.getBoundingClientRect();
    pointer(card, 'pointerdown', box.x + 5, box.y + 5, 'mouse');
    pointer(card, 'pointermove', box.x + 7, box.y + 6, 'mouse');
    pointer(card, 'pointerup', box.x + 7, box.y + 6, 'mouse');
    expect(el.drops).to.deep.equal([]);
  });

  it('drops nothing when the gesture is cancelled', async () => {
    const el = await fixture<DragHost>(html`<drag-host></drag-host>`);
    const card = el.shadowRoot!.querySelector('#card')!;
    const box = card.getBoundingClientRect();
    pointer(card, 'pointerdown', box.x + 5, box.y + 5);
    pointer(card, 'pointermove', box.x + 150, box.y + 5);
    pointer(card, 'pointercancel', box.x + 150, box.y + 5);
    await el.updateComplete;
    expect(el.drops).to.deep.equal([]);
    expect(el.shadowRoot!.querySelector('#lifted')!.textContent).to.equal('none');
  });
});
