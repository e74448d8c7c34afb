/**
 * Waiting for the browser to draw: the embed's early step (`early-step.ts`) and the entry of a page with
 * its first step written in (`embed/prerendered.ts`) start the player only once the step is on screen.
 */

/**
 * Resolves once the next frame has been drawn, or as soon as the page is hidden: a hidden page (a tab in
 * the background) draws no frames until it is shown, and the player, which starts after this, must not
 * wait for that.
 */
export function nextFrameDrawn(): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      document.removeEventListener('visibilitychange', hidden);
      resolve();
    };
    const hidden = () => document.visibilityState === 'hidden' && done();
    if (document.visibilityState === 'hidden') return resolve();
    document.addEventListener('visibilitychange', hidden);
    requestAnimationFrame(() => setTimeout(done));
  });
}

/** True once the page has drawn something (its first paint), or when the browser cannot say. */
export const pageDrawn = (): boolean => !('PerformancePaintTiming' in window) || performance.getEntriesByType('paint').length > 0;
