/**
 * The single-file embed: `<script type="module" src="netwise.min.js">` defines `<nw-module>` and the
 * elements it needs. Parts a module does not use (the Markdown parser, LMS adapters, other question
 * kinds) load on demand from files next to this one.
 */
import '../elements/nw-module.js';

/** A page can add or change a language: `import { registerTranslation } from '…/netwise.min.js'`. */
export { registerTranslation, loadTranslation } from '../i18n/index.js';
