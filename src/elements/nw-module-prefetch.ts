/**
 * Imported first by `<nw-module>`, so it runs before the rest of the player's script is evaluated:
 * when the page already has a player, the sanitiser (and its fast path) start downloading while the browser is still
 * busy with that script, instead of after it.
 */
import { loadFastPath, loadSanitizer } from '../content/sanitize.js';

if (typeof document !== 'undefined' && document.querySelector('nw-module')) {
  void loadFastPath();
  void loadSanitizer();
}
