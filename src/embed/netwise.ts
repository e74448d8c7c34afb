/**
 * The single-file embed: `<script type="module" src="netwise.min.js">`. This file is small on purpose.
 * It starts the player's download at once (`player.min.js` next to it, `player.ts`: a module preload,
 * which fetches without running), shows the first step of the page's first player from its module
 * (`early-step.ts`; a Markdown source is parsed for it by the parser chunk, loaded on demand), and then
 * runs the player, which defines `<nw-module>` and takes that step over (`start-players.ts`).
 * Parts a module does not use (the Markdown parser, LMS adapters, other question kinds) load on demand
 * from files next to this one.
 */
import { startPlayers } from '../elements/start-players.js';

// The name rollup.config.mjs gives the player's file.
const link = Object.assign(document.createElement('link'), { rel: 'modulepreload', href: new URL('player.min.js', import.meta.url).href });
document.head.append(link);
void startPlayers(() => import('./player.js'));

/** A page can add or change a language: `import { registerTranslation } from '…/netwise.min.js'`. */
export { registerTranslation, loadTranslation } from '../i18n/index.js';
