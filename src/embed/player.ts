/**
 * The player, loaded by the embed's entry (`netwise.ts`) as soon as the entry runs: `<nw-module>` and
 * the elements it needs for a first step.
 */
import '../elements/nw-module.js';
