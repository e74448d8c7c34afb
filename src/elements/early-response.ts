/**
 * The module request an early step (`early-step.ts`) made for a player before the player had loaded:
 * kept on the element, so the player reads the module from that response instead of asking again.
 */

/** Where the request is kept on the element (a symbol: nothing else on the page sees it). */
const EARLY = Symbol('netwise early module request');

/** What an early step kept for the player. */
export interface EarlyRequest {
  src: string;
  response: Promise<Response>;
}

type WithEarly = Element & { [EARLY]?: EarlyRequest };

/** Keeps the request made for `el`. */
export function keepEarly(el: Element, request: EarlyRequest): void {
  (el as WithEarly)[EARLY] = request;
}

/** What was kept for `el` if it was for `src` (once: the player then owns the response's body). */
export function takeEarly(el: Element, src: string | undefined): EarlyRequest | undefined {
  const early = (el as WithEarly)[EARLY];
  delete (el as WithEarly)[EARLY];
  return early && early.src === src ? early : undefined;
}
