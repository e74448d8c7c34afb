/**
 * The single-file embed: `<script type="module" src="netwise.min.js">`. This file is small on purpose.
 * It starts the player's download at once (`player.min.js` next to it, `player.ts`: a module preload,
 * which fetches without running), shows the first step of the page's first player from its module
 * (`early-step.ts`), and then runs the player, which defines `<nw-module>` and takes that step over.
 * The player runs after the early step so that its start (the largest piece of work of the page) does
 * not hold it back; it has the module by then, as the early step did. Parts a module does not use (the
 * Markdown parser, LMS adapters, other question kinds) load on demand from files next to this one.
 */
import { showEarlySteps } from '../elements/early-step.js';

// The name rollup.config.mjs gives the player's file.
const link = Object.assign(document.createElement('link'), { rel: 'modulepreload', href: new URL('player.min.js', import.meta.url).href });
document.head.append(link);
void showEarlySteps(document).finally(() => import('./player.js'));

/** A page can add or change a language: `import { registerTranslation } from '…/netwise.min.js'`. */
export { registerTranslation, loadTranslation } from '../i18n/index.js';
