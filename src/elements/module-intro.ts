/**
 * What the player shows around a module's steps besides the lesson: its objectives on the opening step
 * and its vocabulary as a glossary (a `<details>` disclosure, so it opens with Enter or Space and a
 * screen reader announces it as expanded or collapsed). Their styles: `module-intro.styles.ts`.
 */
import { html, nothing } from 'lit';
import type { ModuleMeta } from '../content/types.js';
import type { Translation } from '../i18n/translation.js';

/** The module's objectives, as a list under a heading (for its first step). */
export function renderObjectives(meta: ModuleMeta, t: Translation, lang: string | typeof nothing, dir: string | typeof nothing) {
  if (!meta.objectives.length) return nothing;
  return html`<section class="objectives" part="objectives" aria-labelledby="objectives-title">
    <h4 id="objectives-title">${t.objectivesHeading}</h4>
    <ul lang=${lang} dir=${dir}>${meta.objectives.map((o) => html`<li>${o}</li>`)}</ul>
  </section>`;
}

/** The module's vocabulary as a glossary the student can open on any step. */
export function renderGlossary(meta: ModuleMeta, t: Translation, lang: string | typeof nothing, dir: string | typeof nothing) {
  if (!meta.vocabulary.length) return nothing;
  return html`<details class="glossary" part="glossary">
    <summary>${t.glossary(meta.vocabulary.length)}</summary>
    <dl lang=${lang} dir=${dir}>
      ${meta.vocabulary.map((v) => html`<dt>${v.term}</dt><dd>${v.definition}</dd>`)}
    </dl>
  </details>`;
}
