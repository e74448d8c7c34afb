import type { HotspotArea, HotspotQuestion, HotspotRegion } from '../types.js';
import { type BlockContext, type RawBlock, type SourceLine, readQuestionBase, takeFields } from '../blocks.js';
import { ID, feedbackLine, takeExplicitId } from './shared.js';

const REGION = /^\s*[-*]\s+\[([ xX])\]\s+(.*)$/;
const IMAGE = /^\s*!\[([^\]]*)\]\(\s*(\S+?)\s*\)\s*$/;
const RECT = /^(\d+(?:\.\d+)?)%?\s*,\s*(\d+(?:\.\d+)?)%?\s*,\s*(\d+(?:\.\d+)?)%?\s*,\s*(\d+(?:\.\d+)?)%?\s+(.*)$/;
const ELEMENT = /^#([A-Za-z][\w-]*)\s+(.*)$/;
const HOTSPOT_ATTR = /data-hotspot\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/g;

/**
 * Reads a `:::hotspot` block: find the regions on a picture or on a mocked screen.
 *
 * On a picture, each region is a rectangle in percent of the picture: `x,y,width,height`, from its
 * top-left corner.
 *
 * ```md
 * :::hotspot id=shop-tricks
 * Find the three tricks in this game shop.
 * ![A game shop: a timer, a price in gems, a ticked box](shop.png)
 * - [x] 62,4,30,10 Countdown timer {#countdown}
 *   > A timer rushes you, so you don't stop to think.
 * - [x] 10,40,25,12 Price in gems {#gems}
 *   > Gems hide how much real money you spend.
 * - [ ] 70,85,25,10 Help button
 *   > Help is fine: it's not a trick.
 * :::
 * ```
 *
 * On a mocked screen, the author writes the screen in HTML (lines starting with `<`) and marks each
 * region's element with `data-hotspot="name"`; the region line then names it with `#name`:
 *
 * ```md
 * :::hotspot id=shop-screen
 * Find the tricks on this shop screen.
 * <div class="shop">
 *   <p data-hotspot="countdown">Offer ends in 00:59!</p>
 *   <p data-hotspot="gems">Only 500 gems</p>
 *   <p data-hotspot="help">Help</p>
 * </div>
 * - [x] #countdown Countdown timer
 *   > A timer rushes you.
 * - [x] #gems Price in gems
 * - [ ] #help Help link
 * :::
 * ```
 * `- [x]` marks a region to find, `- [ ]` a decoy; the text after the place is the region's label,
 * read to keyboard and screen-reader users; an indented `>` line is the feedback when it is picked.
 * Region ids: the `#name`, a `{#id}`, or `r1`, `r2`, …. Form controls (`input`, `button`, …) and
 * `style` are removed from the screen when shown: draw a ticked box as text (☑) or with a class.
 * Scoring: each region found earns a share, each decoy picked costs one; never below 0.
 */
export function readHotspot(block: RawBlock, ctx: BlockContext): HotspotQuestion {
  const { fields, rest } = takeFields(block.body);
  const prompt: SourceLine[] = [];
  const stage: SourceLine[] = [];
  let image: { src: string; alt: string } | undefined;
  let imageLine = block.line;
  /** The line where the screen's HTML starts, when the block also has a picture. */
  let bothLine: number | undefined;
  let i = 0;
  // The question text, then the picture or the screen's HTML, then the regions. The first of the
  // picture and the screen wins; the other is reported.
  for (; i < rest.length; i++) {
    const l = rest[i];
    if (REGION.test(l.text)) break;
    const img = IMAGE.exec(l.text);
    const html = l.text.trim().startsWith('<');
    if (img && !image && !stage.length) {
      image = { alt: img[1].trim(), src: img[2] };
      imageLine = l.line;
    } else if ((img && stage.length) || (image && html)) {
      bothLine ??= stage[0]?.line ?? l.line;
    } else if (stage.length || (!image && html)) {
      stage.push(l);
    } else if (!image) {
      prompt.push(l);
    } else if (l.text.trim()) {
      ctx.report(l.line, `Unexpected line after the picture in hotspot "${String(block.attrs.id ?? '')}": "${l.text.trim()}".`, 'Write the question before the picture; after it come the regions, `- [x] x,y,w,h Label`.');
    }
  }
  const base = readQuestionBase(block, ctx, fields, prompt);
  const stageHtml = stage.map((l) => l.text).join('\n').trim();
  if (bothLine !== undefined) {
    ctx.report(bothLine, `Hotspot "${base.id}" has both a picture and a screen in HTML.`, 'Use one: a picture `![…](…)` with `x,y,w,h` regions, or HTML with `data-hotspot` regions.');
  }
  if (!image && !stageHtml) {
    ctx.report(block.line, `Hotspot "${base.id}" has no picture and no screen.`, 'After the question, add a picture `![what it shows](file.png)` or the screen in HTML.');
  }
  if (image && !image.alt) {
    ctx.report(imageLine, `The picture of hotspot "${base.id}" has no description.`, 'Describe what the picture shows between the brackets: `![A game shop with a timer](shop.png)`.');
  }
  const names = new Set<string>();
  for (const m of stageHtml.matchAll(HOTSPOT_ATTR)) names.add(m[1] ?? m[2] ?? m[3]);

  const regions: HotspotRegion[] = [];
  const feedback = new Map<HotspotRegion, string[]>();
  for (const l of rest.slice(i)) {
    const m = REGION.exec(l.text);
    if (!m) {
      const quote = feedbackLine(l);
      const last = regions[regions.length - 1];
      if (quote !== undefined && last) feedback.get(last)!.push(quote);
      else if (l.text.trim()) {
        ctx.report(l.line, `Unexpected line in hotspot "${base.id}": "${l.text.trim()}".`, 'After the regions, use `- [x]` for a region to find, `- [ ]` for a decoy, an indented `> ` line for feedback, or `hint:` / `explain:`.');
      }
      continue;
    }
    const region = readRegion(m[2], m[1] !== ' ', l.line, regions.length, { base: base.id, image: !!image, names, ctx });
    if (!region) continue;
    if (regions.some((r) => r.id === region.id)) ctx.report(l.line, `Two regions in "${base.id}" share the id "${region.id}".`, 'Give each region its own `{#id}` (or `#name`).');
    regions.push(region);
    feedback.set(region, []);
  }
  for (const [region, lines] of feedback) if (lines.length) region.feedbackHtml = ctx.markdown.block(lines.join('\n'));
  if (!regions.some((r) => r.target)) {
    ctx.report(block.line, `Hotspot "${base.id}" has no region to find.`, image ? 'Add `- [x] x,y,w,h Label` lines: the rectangles (in percent) the student should find.' : 'Add `- [x] #name Label` lines for the elements marked `data-hotspot="name"`.');
  }
  if (stageHtml) {
    for (const name of names) {
      if (!regions.some((r) => r.area.shape === 'element' && r.area.name === name)) {
        ctx.report(block.line, `The screen of hotspot "${base.id}" marks \`data-hotspot="${name}"\` but no region names it.`, `Add \`- [x] #${name} Label\` (or \`- [ ]\` for a decoy), so keyboard and screen-reader users can pick it too.`);
      }
    }
  }
  return { ...base, kind: 'hotspot', ...(image ? { image } : {}), ...(stageHtml ? { stageHtml } : {}), regions };
}

interface RegionContext {
  base: string;
  image: boolean;
  names: Set<string>;
  ctx: BlockContext;
}

function readRegion(text: string, target: boolean, line: number, index: number, r: RegionContext): HotspotRegion | undefined {
  const rect = RECT.exec(text.trim());
  const element = ELEMENT.exec(text.trim());
  let area: HotspotArea;
  let rawLabel: string;
  if (rect) {
    const [x, y, width, height] = rect.slice(1, 5).map(Number);
    if (!r.image) {
      r.ctx.report(line, `Region "${text.trim()}" of hotspot "${r.base}" is a rectangle, but the question has no picture.`, 'On a screen in HTML, name the element instead: `- [x] #name Label`.');
      return undefined;
    }
    if (width <= 0 || height <= 0 || x + width > 100.0001 || y + height > 100.0001) {
      r.ctx.report(line, `Region "${text.trim()}" of hotspot "${r.base}" does not fit on the picture.`, '`x,y,width,height` are percent of the picture: width and height above 0, x + width and y + height at most 100.');
      return undefined;
    }
    area = { shape: 'rect', x, y, width, height };
    rawLabel = rect[5];
  } else if (element) {
    if (r.image) {
      r.ctx.report(line, `Region "#${element[1]}" of hotspot "${r.base}" names an element, but the question shows a picture.`, 'On a picture, give the region as a rectangle in percent: `- [x] x,y,width,height Label`.');
      return undefined;
    }
    if (!r.names.has(element[1])) {
      r.ctx.report(line, `Hotspot "${r.base}" has no element marked \`data-hotspot="${element[1]}"\`.`, `Add \`data-hotspot="${element[1]}"\` to the element in the screen's HTML, or fix the name.`);
      return undefined;
    }
    area = { shape: 'element', name: element[1] };
    rawLabel = element[2];
  } else {
    r.ctx.report(line, `Region "${text.trim()}" of hotspot "${r.base}" has no place.`, r.image ? 'Write `- [x] x,y,width,height Label` (percent of the picture).' : 'Write `- [x] #name Label`, where the screen has `data-hotspot="name"`.');
    return undefined;
  }
  const { text: label, id = area.shape === 'element' ? area.name : `r${index + 1}` } = takeExplicitId(rawLabel);
  if (!label) {
    r.ctx.report(line, `A region of hotspot "${r.base}" has no label.`, 'Write a short name after the place, e.g. `Countdown timer`: keyboard and screen-reader users pick regions by it.');
  }
  if (!ID.test(id)) r.ctx.report(line, `The region id "${id}" is not valid.`, 'Use letters, digits, "-" and "_", starting with a letter.');
  return { id, label, target, area };
}
