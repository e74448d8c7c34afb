/**
 * The embed's early step: the first step of a page's first player in view, shown by the entry file
 * before the player itself has loaded. It is the markup `netwise pack` writes into its pages (`prerender.ts`),
 * put into the player's shadow root as soon as the module has arrived; the player, once loaded, takes it
 * over as it does a pre-rendered page (`nw-module.ts`: shown until the player's own first step replaces
 * it in one frame; options chosen and focus carry over, `carry-over.ts`), and reads the module from the
 * same response (`early-response.ts`).
 *
 * The module is a compiled one (written in the page or by `src`) or a Markdown source, which the parser
 * reads here for its first step only (`ParseOptions.firstStep`: the Markdown after it is not rendered)
 * and shows only when it is valid; the player then reads the whole source. Only what `prerender.ts`
 * vouches for is shown early (plain formatting; a first step without a question or with an unshuffled
 * choice question).
 * Anything else, a browser without `setHTMLUnsafe`, or any error, leaves the player to show the step
 * (and to report the error).
 * Styles are adopted stylesheets, not `<style>` elements, so a strict CSP is no obstacle.
 */
import { type CSSResult, css } from '@lit/reactive-element/css-tag.js';
import { fileNameOf, isMarkdownUrl } from '../content/load.js';
import { whereabouts } from '../controllers/whereabouts.js';
import type { ModuleDoc } from '../content/types.js';
import { loadTranslation, matchLanguage, readyTranslation, translationFor } from '../i18n/index.js';
import type { Translation } from '../i18n/translation.js';
import { langOf } from '../i18n/language.js';
import { keepEarly } from './early-response.js';
import { choiceStyles } from './nw-choice.styles.js';
import { moduleStyles } from './nw-module.styles.js';
import { prerenderFirstStep } from './prerender.js';
import { nextFrameDrawn, pageDrawn } from './next-frame.js';
import { PRERENDERED } from './prerender-mark.js';

const sheets = (styles: CSSResult[]) => styles.map((s) => s.styleSheet).filter((s): s is CSSStyleSheet => !!s);

/**
 * Room below a first player that other players follow, while it shows its early step: what a waiting player
 * in view keeps in that place (`:state(fold)` in `nw-module.styles.ts`), so the players after it start below
 * the fold and what is in view moves once. The player keeps it until its own step replaces the copy.
 */
const ROOM = css`
  :host {
    margin-block-end: var(--nw-placeholder-height, max(20rem, 100vh));
  }
`;

/** The strings of `lang` for a first step: English is in this file already; another language downloads. */
function stringsFor(lang: string): Translation | Promise<Translation> {
  return readyTranslation(lang) ?? (matchLanguage(lang) === 'en' ? translationFor('en') : loadTranslation(lang));
}

/**
 * The module of `el` for an early step: written in the page, or fetched from its `src` (compiled JSON, or
 * Markdown read by the parser, the chunk the entry has already asked for). `undefined` when it has none
 * to read; rejects when it is no module or an invalid one (the player then reports what is wrong).
 */
function readModule(el: Element): Promise<ModuleDoc> | undefined {
  const inline = el.querySelector(':scope > script[type="application/json"]')?.textContent;
  if (inline != null) return Promise.resolve(inline).then((text) => JSON.parse(text) as ModuleDoc);
  const src = el.getAttribute('src');
  if (!src) return undefined;
  // The parser downloads beside the source, not after it.
  const parser = isMarkdownUrl(src) ? import('../content/parse.js') : undefined;
  const response = fetch(src, { credentials: 'same-origin' });
  // Read from a copy (taken before the player can read the body): the response itself is the player's.
  const text = response.then((r) => (r.ok ? r.clone().text() : Promise.reject(new Error(String(r.status)))));
  keepEarly(el, { src, response });
  if (!parser) return text.then((json) => JSON.parse(json) as ModuleDoc);
  // Read for its first step only (the rest is left unrendered): a long module's Markdown would hold the
  // step back. The player reads the whole source from the same response (and says what is wrong, if any).
  return Promise.all([text, parser]).then(([markdown, { parseModule, isValid }]) => {
    const result = parseModule(markdown, fileNameOf(src), { firstStep: true });
    if (!isValid(result)) throw new Error('invalid module');
    return result.doc;
  });
}

/**
 * Shows the first step of `el` (a `<nw-module>` the browser has not upgraded yet) when it can be
 * vouched for; resolves once it is on screen (a frame with it has been drawn) or once it is clear it will
 * not show. Never rejects.
 */
export async function showEarlyStep(el: HTMLElement, { room = false } = {}): Promise<void> {
  if (el.shadowRoot || el.getAttribute('mode') === 'present' || !('setHTMLUnsafe' in ShadowRoot.prototype)) return;
  try {
    const reading = readModule(el);
    if (!reading) return;
    // The player's box first, empty, in a frame of its own while the module arrives (as the player's own
    // first render does): the page around it settles (e.g. margins that no longer collapse through it), so
    // that when the step comes only what follows the player moves, not the whole page with it. The player
    // takes this shadow root over whether or not a step is shown in it.
    const root = el.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = sheets(moduleStyles);
    const boxShown = nextFrameDrawn();
    // The UI language as the player decides it: the player's own `lang` or the page's, else the module's.
    const own = langOf(el);
    const strings = own ? stringsFor(own) : undefined;
    const doc = await reading;
    const step = prerenderFirstStep(doc, await (strings ?? stringsFor(doc.meta.lang)), el.getAttribute('tracking') ?? 'auto', { styleTags: false });
    await boxShown;
    // The player may have loaded meanwhile (a page that loads it another way too): then it shows the step.
    if (!step || !el.isConnected || el.matches(':defined')) return;
    // The room comes with the step (with the box, the page's own box would grow as it moves: a large shift).
    if (room) root.adoptedStyleSheets = sheets([...moduleStyles, ROOM]);
    // The markup inside the outer `<template shadowrootmode>` (that one is the root attached above).
    root.setHTMLUnsafe(step.html.replace(/^<template shadowrootmode="open">/, '').replace(/<\/template>$/, ''));
    const copy = root.querySelector(`[${PRERENDERED}]`)?.shadowRoot;
    const choice = copy?.querySelector('[exportparts]')?.shadowRoot;
    if (copy) copy.adoptedStyleSheets = sheets(moduleStyles);
    if (choice) choice.adoptedStyleSheets = sheets(choiceStyles);
    // Resolve once a frame has drawn it: what runs next (the player's start, in the embed) would otherwise
    // run before that frame and hold the step back by as long as it takes.
    await nextFrameDrawn();
  } catch {
    // Not a module this can show (or not one at all): the player shows it, or says what is wrong.
  }
}

/**
 * Shows the early step of the first `<nw-module>` under `root` that is in view. When other players follow
 * it, it keeps room below itself meanwhile, as the players do for one another while they load
 * (`nw-module.ts`): those after it start below the fold and wait, and what is in view moves once.
 * Resolves once a frame has been drawn: a step written into the page (`netwise pack`) is on screen before
 * whatever runs next, as an early step is (at once if the page has been drawn already).
 */
export async function showEarlySteps(root: Document | DocumentFragment = document): Promise<void> {
  const players = [...root.querySelectorAll<HTMLElement>('nw-module')];
  // A page with its first step written in (or none) needs nothing here, not even a layout before it is drawn.
  const first = players[0] && !players[0].shadowRoot ? players.find((el) => whereabouts(el) === 'view') : undefined;
  if (first && !first.shadowRoot) await showEarlyStep(first, { room: first !== players[players.length - 1] });
  else if (!pageDrawn()) await nextFrameDrawn();
}
