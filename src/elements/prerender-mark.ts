/** The attribute marking the pre-rendered part of a player's shadow root (see `prerender.ts`). */
export const PRERENDERED = 'data-nw-prerendered';
