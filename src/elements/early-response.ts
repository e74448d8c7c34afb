/**
 * The module request an early step (`early-step.ts`) made for a player before the player had loaded:
 * kept on the element, so the player reads the module from that response instead of asking again.
 */

/** Where the request is kept on the element (a symbol: nothing else on the page sees it). */
const EARLY = Symbol('netwise early module request');

interface EarlyRequest {
  src: string;
  response: Promise<Response>;
}

type WithEarly = Element & { [EARLY]?: EarlyRequest };

/** Keeps the request for `src` made for `el`. */
export function keepEarlyResponse(el: Element, src: string, response: Promise<Response>): void {
  (el as WithEarly)[EARLY] = { src, response };
}

/** The response kept for `el` if it was for `src` (once: the player then owns its body). */
export function takeEarlyResponse(el: Element, src: string | undefined): Promise<Response> | undefined {
  const early = (el as WithEarly)[EARLY];
  delete (el as WithEarly)[EARLY];
  return early && early.src === src ? early.response : undefined;
}
