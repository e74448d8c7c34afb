/**
 * The script of a page with the player's first step written in (the pages `netwise pack` writes, the LTI
 * launch page): `<script type="module" src="prerendered.min.js">` in place of the entry's. The step shows
 * from the HTML alone, so nothing runs before the browser has drawn it: once it has (a frame later), this
 * starts the entry (`netwise.min.js`) and the player (`player.min.js`) side by side, which then take the
 * step over as on any page. Loading them sooner, even only preloading them, put their compiling before
 * that first paint: side by side on the bench's slowed CPU, the step showed 0.15–0.25× of the static
 * page's time later that way, and the question was answerable no sooner.
 *
 * Built on its own (rollup.config.mjs): it shares no chunk with the entry, and asks for the two files
 * beside it by URL.
 */
import { nextFrameDrawn } from '../elements/next-frame.js';

const beside = (file: string) => new URL(file, import.meta.url).href;
void nextFrameDrawn().then(() => Promise.all([import(beside('netwise.min.js')), import(beside('player.min.js'))]));
