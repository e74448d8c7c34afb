/**
 * Elements a lesson's text may hold (from blocks such as `:::helplines`), loaded only when a module
 * uses them, like the question elements.
 */
import type { ModuleDoc } from '../content/types.js';

const contentElements: Array<{ tag: string; load: () => Promise<unknown> }> = [
  { tag: 'nw-helplines', load: () => import('./nw-helplines.js') },
];

/** Loads the elements that `doc`'s steps contain. */
export function loadContentElements(doc: ModuleDoc): Promise<unknown[]> {
  const steps = doc.lessons.flatMap((l) => l.steps);
  return Promise.all(contentElements.filter(({ tag }) => steps.some((s) => s.html.includes(`<${tag}`))).map(({ load }) => load()));
}
