import { expect } from '@open-wc/testing';
import type { HotspotQuestion } from '../../../src/content/types.js';
import { FIRST, expectError, read, readClean } from './helpers.js';

describe(':::hotspot', () => {
  it('reads a picture with percent rectangles, labels, decoys and feedback', () => {
    const q = readClean<HotspotQuestion>(`
:::hotspot id=shop
Find the tricks.

![A game shop](img/shop.png)
- [x] 62,4,30,10 Countdown timer {#countdown}
  > A timer rushes you.
- [x] 10.5%, 40%, 25%, 12% Price in gems
- [ ] 70,85,30,15 Help button
hint: Look at the top.
:::`);
    expect(q.promptHtml).to.equal('<p>Find the tricks.</p>');
    expect(q.image).to.deep.equal({ src: 'img/shop.png', alt: 'A game shop' });
    expect(q.stageHtml).to.equal(undefined);
    expect(q.regions).to.deep.equal([
      { id: 'countdown', label: 'Countdown timer', target: true, area: { shape: 'rect', x: 62, y: 4, width: 30, height: 10 }, feedbackHtml: '<p>A timer rushes you.</p>' },
      { id: 'r2', label: 'Price in gems', target: true, area: { shape: 'rect', x: 10.5, y: 40, width: 25, height: 12 } },
      { id: 'r3', label: 'Help button', target: false, area: { shape: 'rect', x: 70, y: 85, width: 30, height: 15 } },
    ]);
  });

  it('reads a mocked screen in HTML with data-hotspot regions', () => {
    const q = readClean<HotspotQuestion>(`
:::hotspot id=screen
Find the tricks on this screen.
<div class="shop">
  <p data-hotspot="countdown">Offer ends in 00:59!</p>

  <p data-hotspot='help'>Help</p>
</div>
- [x] #countdown Countdown timer
- [ ] #help Help link
  > Help is fine.
:::`);
    expect(q.image).to.equal(undefined);
    expect(q.stageHtml).to.match(/^<div class="shop">[\s\S]*<\/div>$/);
    expect(q.regions.map((r) => [r.id, r.label, r.target, r.area])).to.deep.equal([
      ['countdown', 'Countdown timer', true, { shape: 'element', name: 'countdown' }],
      ['help', 'Help link', false, { shape: 'element', name: 'help' }],
    ]);
  });

  const img = ':::hotspot id=x\nQ?\n![A shop](s.png)\n';
  const html = ':::hotspot id=x\nQ?\n<div><b data-hotspot="t">T</b></div>\n';
  const bad: Array<[string, string, RegExp, number]> = [
    ['no picture and no screen', ':::hotspot id=x\nQ?\n- [x] 1,1,2,2 A\n:::', /has no picture and no screen/, FIRST],
    ['a picture with no description', ':::hotspot id=x\nQ?\n![](s.png)\n- [x] 1,1,2,2 A\n:::', /picture of hotspot "x" has no description/, FIRST + 2],
    ['no region to find', `${img}- [ ] 1,1,2,2 A\n:::`, /has no region to find/, FIRST],
    ['a rectangle off the picture', `${img}- [x] 90,1,20,2 A\n:::`, /does not fit on the picture/, FIRST + 3],
    ['a rectangle of no size', `${img}- [x] 1,1,0,2 A\n- [x] 5,5,5,5 B\n:::`, /does not fit/, FIRST + 3],
    ['a region with no place', `${img}- [x] top left A\n- [x] 5,5,5,5 B\n:::`, /has no place/, FIRST + 3],
    ['a region with no label', `${img}- [x] 1,1,2,2\n- [x] 5,5,5,5 B\n:::`, /has no place|has no label/, FIRST + 3],
    ['a named element on a picture', `${img}- [x] #t T\n- [x] 5,5,5,5 B\n:::`, /names an element, but the question shows a picture/, FIRST + 3],
    ['a rectangle on a screen', `${html}- [x] #t T\n- [ ] 1,1,2,2 B\n:::`, /is a rectangle, but the question has no picture/, FIRST + 4],
    ['a name the screen lacks', `${html}- [x] #t T\n- [x] #nope N\n:::`, /no element marked `data-hotspot="nope"`/, FIRST + 4],
    ['a marked element with no region', ':::hotspot id=x\nQ?\n<p data-hotspot="a">A</p><p data-hotspot="b">B</p>\n- [x] #a A\n:::', /marks `data-hotspot="b"` but no region names it/, FIRST],
    ['two regions with one id', `${img}- [x] 1,1,2,2 A {#k}\n- [x] 5,5,5,5 B {#k}\n:::`, /share the id "k"/, FIRST + 4],
    ['a stray line', `${img}- [x] 1,1,2,2 A\nstray\n:::`, /Unexpected line in hotspot "x"/, FIRST + 4],
    ['text after the picture', `${img}More text\n- [x] 1,1,2,2 A\n:::`, /Unexpected line after the picture/, FIRST + 3],
  ];
  for (const [name, block, message, line] of bad) {
    it(`reports ${name} with file:line and a hint`, () => expectError(block, message, line));
  }
  it('reports both a picture and a screen (screen first), keeping the screen', () => {
    expectError(':::hotspot id=x\nQ?\n<p data-hotspot="a">A</p>\n![A](a.png)\n- [x] #a A\n:::', /both a picture and a screen/, FIRST + 2);
    const q = read(':::hotspot id=x\nQ?\n<p data-hotspot="a">A</p>\n![A](a.png)\n- [x] #a A\n:::').question as HotspotQuestion;
    expect(q.image).to.equal(undefined);
    expect(q.stageHtml).to.equal('<p data-hotspot="a">A</p>');
  });
  it('reports both a picture and a screen (picture first), keeping the picture', () => {
    const block = ':::hotspot id=x\nQ?\n![A](a.png)\n<p data-hotspot="a">A</p>\n- [x] 1,1,2,2 A\n:::';
    expectError(block, /both a picture and a screen/, FIRST + 3);
    const q = read(block).question as HotspotQuestion;
    expect(q.image).to.deep.equal({ src: 'a.png', alt: 'A' });
    expect(q.stageHtml).to.equal(undefined);
  });
});
