/**
 * How a page's players start, for the embed's entry (`embed/netwise.ts`) and the npm package's
 * (`index.ts`) alike: the first step of the first player in view shows at once (`early-step.ts`), and the
 * player itself (`<nw-module>`, the largest piece of work of the page) runs only once that step is on
 * screen, so that its start does not hold the step back. The player takes the step over and reads the
 * module from the same response.
 */
import { isMarkdownUrl } from '../content/load.js';
import { loadTranslation } from '../i18n/index.js';
import { langOf } from '../i18n/language.js';
import { showEarlySteps } from './early-step.js';

/**
 * What the player asks for first once it runs (the formatting check, the module's check or the Markdown
 * parser, the page's language), downloading beside it instead of after it: the same files, so the player
 * finds them there. A failure is the player's to report when it asks.
 */
function startFirstParts(el: Element, parser: Promise<unknown> | undefined): void {
  const lang = langOf(el);
  const parts: Promise<unknown>[] = [import('../content/safe-subset.js'), parser ?? import('../content/validate.js')];
  if (lang) parts.push(loadTranslation(lang));
  for (const part of parts) part.catch(() => {});
}

/**
 * Shows the early step of the page's first player in view, then runs `loadPlayer` (which defines
 * `<nw-module>`) and starts the player's first parts. A Markdown source's parser starts at once, beside
 * the source: its early step needs it (`early-step.ts` asks for the same chunk). Resolves once the player
 * has loaded.
 */
export async function startPlayers(loadPlayer: () => Promise<unknown>, root: Document = document): Promise<void> {
  const first = root.querySelector('nw-module');
  const src = first?.getAttribute('src');
  const parser = src && isMarkdownUrl(src) ? import('../content/parse.js') : undefined;
  parser?.catch(() => {});
  await showEarlySteps(root);
  const player = loadPlayer();
  if (first) startFirstParts(first, parser);
  await player;
}
