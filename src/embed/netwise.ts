/**
 * The single-file embed: `<script type="module" src="netwise.min.js">`. This file is small on purpose.
 * It starts the player's download at once (`player.min.js` next to it, `player.ts`: a module preload,
 * which fetches without running), shows the first step of the page's first player from its module
 * (`early-step.ts`; a Markdown source is parsed for it by the parser chunk, loaded on demand), and then
 * runs the player, which defines `<nw-module>` and takes that step over.
 * The player runs after the early step so that its start (the largest piece of work of the page) does
 * not hold it back; it has the module by then, as the early step did. Parts a module does not use (the
 * Markdown parser, LMS adapters, other question kinds) load on demand from files next to this one.
 */
import { isMarkdownUrl } from '../content/load.js';
import { showEarlySteps } from '../elements/early-step.js';
import { loadTranslation } from '../i18n/index.js';
import { langOf } from '../i18n/language.js';

/**
 * What the player asks for first once it runs (the formatting check, the module's check or the Markdown
 * parser, the page's language), downloading beside it instead of after it: the same files, so the player
 * finds them here. A failure is the player's to report when it asks. The parser starts at once, beside
 * the source: the early step of a Markdown source needs it (`early-step.ts` asks for the same chunk);
 * the rest starts with the player.
 */
const first = document.querySelector('nw-module');
const src = first?.getAttribute('src');
const parser = src && isMarkdownUrl(src) ? import('../content/parse.js') : undefined;
parser?.catch(() => {});
function startFirstParts(el: Element): void {
  const lang = langOf(el);
  const parts: Promise<unknown>[] = [import('../content/safe-subset.js'), parser ?? import('../content/validate.js')];
  if (lang) parts.push(loadTranslation(lang));
  for (const part of parts) part.catch(() => {});
}

// The name rollup.config.mjs gives the player's file.
const link = Object.assign(document.createElement('link'), { rel: 'modulepreload', href: new URL('player.min.js', import.meta.url).href });
document.head.append(link);
void showEarlySteps(document).finally(() => {
  void import('./player.js');
  if (first) startFirstParts(first);
});

/** A page can add or change a language: `import { registerTranslation } from '…/netwise.min.js'`. */
export { registerTranslation, loadTranslation } from '../i18n/index.js';
