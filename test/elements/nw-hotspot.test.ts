import { expect, fixture, html } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/elements/nw-hotspot.js';
import type { NwHotspot } from '../../src/elements/nw-hotspot.js';
import type { HotspotQuestion } from '../../src/content/types.js';
import { loadSanitizer, sanitize } from '../../src/content/sanitize.js';
import { questionActor } from './question-actor.js';

const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="400" height="200"><rect width="400" height="200" fill="#ddd"/></svg>';
const picture: HotspotQuestion = {
  kind: 'hotspot', id: 'shop-tricks', promptHtml: '<p>Find the two tricks in this game shop.</p>', attempts: 2, weight: 1,
  explanationHtml: '<p>Shops use timers and gems to hurry you.</p>',
  image: { src: `data:image/svg+xml,${encodeURIComponent(svg)}`, alt: 'A game shop: a timer, a price in gems, a help button' },
  regions: [
    { id: 'countdown', label: 'Countdown timer', target: true, area: { shape: 'rect', x: 60, y: 5, width: 30, height: 20 }, feedbackHtml: '<p>A timer rushes you.</p>' },
    { id: 'gems', label: 'Price in gems', target: true, area: { shape: 'rect', x: 10, y: 40, width: 25, height: 20 }, feedbackHtml: '<p>Gems hide the real price.</p>' },
    { id: 'help', label: 'Help button', target: false, area: { shape: 'rect', x: 70, y: 75, width: 25, height: 20 }, feedbackHtml: '<p>Help is not a trick.</p>' },
  ],
};
const screen: HotspotQuestion = {
  kind: 'hotspot', id: 'shop-screen', promptHtml: '<p>Find the tricks on this shop screen.</p>', attempts: 2, weight: 1,
  stageHtml: '<div class="shop"><p class="title">Gem Shop</p><p data-hotspot="countdown">Offer ends in <strong>00:59</strong>!</p>'
    + '<p>Only <span data-hotspot="gems">500 gems</span></p><p data-hotspot="ticked">☑ Add the bundle</p>'
    + '<p><a href="https://example.com/help" data-hotspot="help">Help</a></p></div>',
  regions: [
    { id: 'countdown', label: 'Countdown', target: true, area: { shape: 'element', name: 'countdown' }, feedbackHtml: '<p>A timer rushes you.</p>' },
    { id: 'gems', label: 'Price in gems', target: true, area: { shape: 'element', name: 'gems' } },
    { id: 'ticked', label: 'Ticked box', target: true, area: { shape: 'element', name: 'ticked' } },
    { id: 'help', label: 'Help link', target: false, area: { shape: 'element', name: 'help' }, feedbackHtml: '<p>Help is fine.</p>' },
  ],
};

const root = (el: NwHotspot) => el.shadowRoot!;
const regionButtons = (el: NwHotspot) => [...root(el).querySelectorAll<HTMLButtonElement>('[part="region"]')];
const regionButton = (el: NwHotspot, label: string) => regionButtons(el).find((b) => b.textContent!.includes(label))!;
const pressed = (el: NwHotspot) => regionButtons(el).filter((b) => b.getAttribute('aria-pressed') === 'true').map((b) => b.dataset.region);
const button = (el: NwHotspot, text: string) => [...root(el).querySelectorAll('button')].find((b) => b.textContent!.trim() === text);
const feedback = (el: NwHotspot) => root(el).querySelector('[part="feedback"]')!.textContent!.replace(/\s+/g, ' ');
const status = (el: NwHotspot) => root(el).querySelector('[part="pointer-status"]')!.textContent!.trim();
const outlines = (el: NwHotspot) => Object.fromEntries([...root(el).querySelectorAll<HTMLElement>('.outline')].map((o) => [o.dataset.region, o.dataset.mark]));
const screenMarks = (el: NwHotspot) => Object.fromEntries([...root(el).querySelectorAll<HTMLElement>('[data-hotspot][data-mark]')].map((o) => [o.dataset.hotspot, o.dataset.mark]));

async function pictureFixture(q: HotspotQuestion = picture) {
  const { actor, reports } = questionActor(q);
  const el = await fixture<NwHotspot>(html`<nw-hotspot .actor=${actor}></nw-hotspot>`);
  await root(el).querySelector('img')!.decode();
  return { el, reports };
}

/** A real mouse click at x%, y% of the picture. */
async function clickPicture(el: NwHotspot, x: number, y: number) {
  const box = root(el).querySelector('img')!.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(box.left + (box.width * x) / 100), Math.round(box.top + (box.height * y) / 100)] });
  await el.updateComplete;
}

async function check(el: NwHotspot) {
  button(el, 'Check')!.click();
  await el.updateComplete;
}

describe('<nw-hotspot>', () => {
  before(() => loadSanitizer());
  afterEach(() => resetMouse());

  it('is accessible before and after answering, on a picture and on a screen', async () => {
    const { el } = await pictureFixture();
    await expect(el).to.be.accessible();
    regionButton(el, 'Help button').click();
    await el.updateComplete;
    await check(el);
    await expect(el).to.be.accessible();
    const s = await fixture<NwHotspot>(html`<nw-hotspot .actor=${questionActor(screen).actor}></nw-hotspot>`);
    await expect(s).to.be.accessible();
    regionButton(s, 'Countdown').click();
    await s.updateComplete;
    await check(s);
    await expect(s).to.be.accessible();
  });

  it('does not give the regions away: nothing is drawn on the picture until the student marks it', async () => {
    const { el } = await pictureFixture();
    expect(root(el).querySelector('img')!.alt).to.equal('A game shop: a timer, a price in gems, a help button');
    expect(outlines(el)).to.deep.equal({});
    // Targets and decoys alike are in the list, by label.
    expect(regionButtons(el).map((b) => b.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal(['☐ Countdown timer', '☐ Price in gems', '☐ Help button']);
    expect(regionButtons(el).every((b) => b.getAttribute('aria-pressed') === 'false')).to.equal(true);
  });

  it('marks and unmarks a region of the picture by clicking it, and says so when a click hits nothing', async () => {
    const { el, reports } = await pictureFixture();
    await clickPicture(el, 75, 15);
    expect(pressed(el)).to.deep.equal(['countdown']);
    expect(outlines(el)).to.deep.equal({ countdown: 'picked' });
    expect(status(el)).to.equal('Countdown timer: marked.');
    // The outline sits where the region is (60% across, 5% down).
    const img = root(el).querySelector('img')!.getBoundingClientRect();
    const box = root(el).querySelector('.outline')!.getBoundingClientRect();
    expect(box.left - img.left).to.be.closeTo(img.width * 0.6, 1);
    expect(box.top - img.top).to.be.closeTo(img.height * 0.05, 1);
    await clickPicture(el, 3, 95);
    expect(status(el)).to.equal('Nothing to mark there. Try another spot, or use the list.');
    expect(pressed(el)).to.deep.equal(['countdown']);
    await clickPicture(el, 20, 50);
    expect(pressed(el)).to.deep.equal(['countdown', 'gems']);
    await clickPicture(el, 75, 15);
    expect(status(el)).to.equal('Countdown timer: not marked.');
    expect(pressed(el)).to.deep.equal(['gems']);
    await clickPicture(el, 75, 15);
    await check(el);
    expect(reports[0]).to.deep.include({ response: ['countdown', 'gems'], correct: true });
  });

  it('marks the elements of a mocked screen by clicking them; its links go nowhere', async () => {
    const { actor } = questionActor(screen);
    const el = await fixture<NwHotspot>(html`<nw-hotspot .actor=${actor}></nw-hotspot>`);
    const strong = root(el).querySelector<HTMLElement>('[data-hotspot="countdown"] strong')!;
    const box = strong.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)] });
    await el.updateComplete;
    expect(pressed(el)).to.deep.equal(['countdown']);
    expect(screenMarks(el)).to.deep.equal({ countdown: 'picked' });
    expect(status(el)).to.equal('Countdown: marked.');
    root(el).querySelector<HTMLElement>('.title')!.click();
    await el.updateComplete;
    expect(status(el)).to.equal('Nothing to mark there. Try another spot, or use the list.');
    const link = root(el).querySelector<HTMLAnchorElement>('[data-hotspot="help"]')!;
    const click = new MouseEvent('click', { bubbles: true, composed: true, cancelable: true });
    link.dispatchEvent(click);
    await el.updateComplete;
    expect(click.defaultPrevented).to.equal(true);
    expect(pressed(el)).to.deep.equal(['countdown', 'help']);
  });

  it('is answered with the keyboard alone', async () => {
    const { el, reports } = await pictureFixture();
    regionButtons(el)[0].focus();
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(pressed(el)).to.deep.equal(['countdown', 'gems']);
    expect(outlines(el)).to.deep.equal({ countdown: 'picked', gems: 'picked' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement!.textContent!.trim()).to.equal('Check');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(reports[0]).to.deep.include({ response: ['countdown', 'gems'], correct: true });
    expect(feedback(el)).to.contain('Correct!').and.to.contain('Shops use timers and gems to hurry you.');
  });

  it('marks each picked region right or wrong with its feedback, without giving away the ones missed; Try again clears', async () => {
    const { el, reports } = await pictureFixture();
    regionButton(el, 'Countdown timer').click();
    regionButton(el, 'Help button').click();
    await el.updateComplete;
    await check(el);
    expect(reports[0]).to.deep.include({ score: 0, correct: false });
    expect(feedback(el)).to.contain('Not quite.').and.to.contain('1 try left');
    expect(feedback(el)).to.contain('✓ Correct! Countdown timer').and.to.contain('A timer rushes you.');
    expect(feedback(el)).to.contain('✗ Not quite. Help button').and.to.contain('Help is not a trick.');
    expect(feedback(el)).not.to.contain('Price in gems');
    expect(outlines(el)).to.deep.equal({ countdown: 'right', help: 'wrong' });
    expect(regionButton(el, 'Help button').textContent).to.contain('Not quite.');
    expect(regionButtons(el).every((b) => b.disabled)).to.equal(true);
    // Clicks on the picture do nothing once checked.
    await clickPicture(el, 20, 50);
    expect(pressed(el)).to.deep.equal(['countdown', 'help']);
    button(el, 'Try again')!.click();
    await el.updateComplete;
    expect(pressed(el)).to.deep.equal([]);
    expect(outlines(el)).to.deep.equal({});
    expect(root(el).activeElement).to.equal(regionButtons(el)[0]);
  });

  it('shows every region to find when the answer is asked for', async () => {
    const { actor } = questionActor(screen);
    const el = await fixture<NwHotspot>(html`<nw-hotspot .actor=${actor}></nw-hotspot>`);
    regionButton(el, 'Help link').click();
    await el.updateComplete;
    await check(el);
    button(el, 'Show the answer')!.click();
    await el.updateComplete;
    expect(feedback(el)).to.contain('Here is the answer.');
    expect(screenMarks(el)).to.deep.equal({ countdown: 'answer', gems: 'answer', ticked: 'answer', help: 'wrong' });
    expect(regionButton(el, 'Price in gems').textContent).to.contain('One to find');
    expect(feedback(el)).to.contain('Countdown One to find').and.to.contain('A timer rushes you.').and.to.contain('Help is fine.');
  });

  it('restores a saved answer after a reload', async () => {
    const record = { response: ['countdown', 'gems'], attempts: 1, score: 1, correct: true, done: true, revealed: false, latencyMs: 10 };
    const { actor } = questionActor(picture, record);
    const el = await fixture<NwHotspot>(html`<nw-hotspot .actor=${actor}></nw-hotspot>`);
    expect(pressed(el)).to.deep.equal(['countdown', 'gems']);
    expect(outlines(el)).to.deep.equal({ countdown: 'right', gems: 'right' });
    expect(feedback(el)).to.contain('Correct!');
    const s = await fixture<NwHotspot>(html`<nw-hotspot .actor=${questionActor(screen, { ...record, response: ['gems'], score: 1 / 3, correct: false, attempts: 2 }).actor}></nw-hotspot>`);
    expect(screenMarks(s)).to.deep.equal({ countdown: 'answer', gems: 'right', ticked: 'answer' });
    expect(feedback(s)).to.contain('No tries left.');
  });

  it('has touch targets of at least 24px', async () => {
    const { el } = await pictureFixture();
    for (const target of [...root(el).querySelectorAll('button')]) {
      const box = target.getBoundingClientRect();
      expect(box.height).to.be.at.least(24);
      expect(box.width).to.be.at.least(24);
    }
  });

  it('never runs script from the author\'s screen, and keeps its data-hotspot marks', async () => {
    const w = window as unknown as { nwHotspotXss?: number };
    w.nwHotspotXss = 0;
    const evil: HotspotQuestion = {
      ...screen,
      stageHtml: `${screen.stageHtml}<script>window.nwHotspotXss++</script><img src="data:," onerror="window.nwHotspotXss++">`
        + '<p data-hotspot="x" onclick="window.nwHotspotXss++"><a href="javascript:window.nwHotspotXss++">Go</a></p><input type="checkbox" checked>',
      regions: [...screen.regions, { id: 'x', label: 'X', target: false, area: { shape: 'element', name: 'x' } }],
    };
    expect(sanitize(evil.stageHtml!)).to.contain('data-hotspot="countdown"');
    const el = await fixture<NwHotspot>(html`<nw-hotspot .actor=${questionActor(evil).actor}></nw-hotspot>`);
    await new Promise((r) => setTimeout(r, 100));
    root(el).querySelector<HTMLElement>('[data-hotspot="x"] a')!.click();
    await el.updateComplete;
    expect(w.nwHotspotXss).to.equal(0);
    expect(root(el).querySelector('.screen script, .screen [onerror], .screen [onclick], .screen input, [href^="javascript"]')).to.equal(null);
    expect(pressed(el)).to.deep.equal(['x']);
  });
});
