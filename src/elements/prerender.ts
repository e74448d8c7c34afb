/**
 * The player's first step as HTML, for the pages Netwise writes itself (the SCORM/cmi5/offline
 * `index.html`): written into `<nw-module>` as a Declarative Shadow DOM, the browser shows the step as
 * it parses the page, before any script has run. The markup and styles are those `<nw-module>` and
 * `<nw-choice>` render for a fresh start, so when the player has loaded it swaps in its own step in one
 * frame, with nothing moving (`nw-module.ts`: the pre-rendered part is kept until then; what a student chose in it carries over).
 * Its ids, headings and buttons are in a nested shadow root, so nothing querying the player finds them.
 *
 * Build-time code (no DOM needed): `netwise pack` calls it. It renders what it can vouch for and
 * returns `undefined` otherwise (the page then shows the player as usual):
 * - a first step with reading text and no question, or a choice question whose options are not shuffled;
 * - every piece of module HTML made of plain formatting only (checked by `plainHtml`; anything else,
 *   raw HTML included, would need DOMPurify, which runs in the browser);
 * - a first step that is not one of a pool's questions (which of those plays is drawn in the browser;
 *   the number of steps is the same for every draw).
 */
import type { CSSResult } from '@lit/reactive-element/css-tag.js';
import { escapeHtml } from '../content/escape.js';
import type { ChoiceQuestion, ModuleDoc } from '../content/types.js';
import { directionOf } from '../i18n/language.js';
import type { Translation } from '../i18n/translation.js';
import { initialContext, isStepCleared, progressOf } from '../machines/module-context.js';
import { choiceStyles } from './nw-choice.styles.js';
import { moduleStyles } from './nw-module.styles.js';
import { PRERENDERED } from './prerender-mark.js';
import { QUESTION_PARTS } from './question-parts.js';

/** A pre-rendered first step: the markup to put inside `<nw-module>`, and its `<style>` texts (for CSP hashes). */
export interface PrerenderedStep {
  html: string;
  styles: string[];
}

/** Tags Markdown writes for plain formatting; none runs, loads or draws outside its box. */
const PLAIN_TAG = /^<\/?(?:p|em|strong|b|i|s|del|code|pre|kbd|sub|sup|mark|ul|ol|li|blockquote|h[1-6]|table|thead|tbody|tr|td|th|br|hr)\s*\/?>$/i;
const LINK = /^<a href="([^"<>]*)">$/;
const CODE = /^<code class="language-[\w+-]+">$/;
const CELL = /^<t[dh] align="(?:left|right|center)">$/;
const LIST = /^<ol start="\d+">$/;
/** Links to the web, to mail, or to a path or fragment (never `javascript:` or `data:`; entities refused). */
const SAFE_HREF = /^(?:https?:\/\/|mailto:|[/#?]|\.{1,2}\/|[\w-]+(?:[/.?#]|$))[^&\s]*$/i;

/**
 * `html` as the player shows it (links open in a new tab), when it is made only of plain formatting
 * and links; `undefined` for anything else (it then needs the browser's sanitiser). A tokenizer on
 * purpose: each tag must be exactly one of a few forms, text must hold no `<`.
 */
export function plainHtml(html: string): string | undefined {
  let out = '';
  for (const token of html.split(/(<[^>]*>)/)) {
    if (!token.startsWith('<')) {
      if (token.includes('<')) return undefined;
      out += token;
    } else if (PLAIN_TAG.test(token) || CODE.test(token) || CELL.test(token) || LIST.test(token) || token === '</a>') {
      out += token;
    } else {
      const href = LINK.exec(token)?.[1];
      if (href === undefined || !SAFE_HREF.test(href)) return undefined;
      out += `<a href="${href}" target="_blank" rel="noopener noreferrer">`;
    }
  }
  return out;
}

const cssOf = (styles: CSSResult[]): string => styles.map((s) => s.cssText.trim()).join('\n');

/**
 * What the status line says before the tracker has started, for the tracking the page uses (`auto`: not
 * known yet, so a blank line that keeps the line's height).
 */
function statusFor(tracking: string, t: Translation): string {
  if (tracking === 'none') return t.savedNowhere;
  if (tracking === 'local') return t.savedLocally;
  if (tracking === 'auto') return '\u00a0';
  return t.savedToPlatform;
}

/**
 * The first step of `doc` as a Declarative Shadow DOM for `<nw-module>`, in the UI language `t`, or
 * `undefined` when it cannot be vouched for (see above). `tracking` picks the status line's words.
 * With `styleTags: false` the markup has no `<style>`: the caller adopts `moduleStyles` and
 * `choiceStyles` into its shadow roots (as the browser does under a CSP without inline styles).
 */
export function prerenderFirstStep(doc: ModuleDoc, t: Translation, tracking: string, { styleTags = true } = {}): PrerenderedStep | undefined {
  // The module machine's starting context (the same pure function; no actor needed for a first step).
  const context = initialContext({ doc, startedAt: 0 });
  const ref = context.steps[0];
  // The module's first step, and never drawn from a pool: then it comes first whatever the draw.
  if (!ref || ref.step !== doc.lessons[0]?.steps[0]) return undefined;
  const { step } = ref;
  const q = step.question;
  if (q && doc.pools?.some((p) => p.questions.includes(q.id))) return undefined;
  if (q && (q.kind !== 'choice' || (q as ChoiceQuestion).shuffle)) return undefined;
  const prose = step.html ? plainHtml(step.html) : '';
  if (prose === undefined) return undefined;

  const other = doc.meta.lang.toLowerCase() !== t.$code.toLowerCase();
  const langAttrs = other ? ` lang="${escapeHtml(doc.meta.lang)}" dir="${directionOf(doc.meta.lang)}"` : '';
  let question = '';
  const styles = [cssOf(moduleStyles)];
  if (q) {
    const choice = renderChoice(q as ChoiceQuestion, t, langAttrs, styleTags);
    if (!choice) return undefined;
    question = choice.html;
    styles.push(choice.style);
  }
  const total = progressOf(context, false).total;
  const canNext = isStepCleared(context, 0);
  const isLast = context.steps.length === 1;
  const moduleStyle = styleTags ? `<style>${styles[0]}</style>` : '';
  // The copy sits in a shadow root of its own inside the player's: the player's styles apply to its host
  // as they will to the player's own step, and the copy's headings and buttons are out of reach of
  // scripts looking into the player. It is not inert: its options can be chosen and its controls focused
  // before the player runs, and the player carries both over (`carry-over.ts`, by `data-step`).
  const html = `<template shadowrootmode="open">${moduleStyle}<div ${PRERENDERED} data-step="${escapeHtml(step.id)}"><template shadowrootmode="open">${moduleStyle}<article class="base" part="base" aria-labelledby="title" lang="${escapeHtml(t.$code)}" dir="${t.$dir}">
<header part="header">
<p class="eyebrow">${escapeHtml(t.lessonOf(ref.lessonIndex + 1, doc.lessons.length))}
 · <span${langAttrs}>${escapeHtml(doc.lessons[ref.lessonIndex].title)}</span></p>
<h2 id="title" part="title"${langAttrs}>${escapeHtml(doc.meta.title)}</h2>
<progress part="progress" aria-label="${escapeHtml(t.progress)}" max="${total}" value="1"></progress>
<p class="step-count">${escapeHtml(t.stepOf(1, total))}</p>
</header>
<section part="step" aria-labelledby="step-title">
<h3 id="step-title" tabindex="-1"${langAttrs}>${escapeHtml(step.title)}</h3>
${step.html ? `<div class="prose"${langAttrs}>${prose}</div>` : ''}
${question}
${objectives(doc, t, langAttrs)}
</section>
<nav part="nav" aria-label="${escapeHtml(t.progress)}">
<button hidden>${escapeHtml(t.back)}</button>
<button class="primary" aria-disabled="${canNext ? 'false' : 'true'}"${canNext ? '' : ' aria-describedby="blocked"'}>${escapeHtml(isLast ? t.finish : t.next)}</button>
</nav>
${canNext ? '' : `<p class="blocked" id="blocked">${escapeHtml(t.answerToContinue)}</p>`}
${glossary(doc, t, langAttrs)}
<p class="status" part="status" role="status">${escapeHtml(statusFor(tracking, t))}</p>
</article></template></div></template>`;
  return { html, styles };
}

/** The module's objectives, as the player shows them on its first step (`module-intro.ts`). */
function objectives(doc: ModuleDoc, t: Translation, langAttrs: string): string {
  const list = doc.meta.objectives;
  if (!list.length) return '';
  return `<section class="objectives" part="objectives" aria-labelledby="objectives-title">
<h4 id="objectives-title">${escapeHtml(t.objectivesHeading)}</h4>
<ul${langAttrs}>${list.map((o) => `<li>${escapeHtml(o)}</li>`).join('')}</ul>
</section>`;
}

/** The module's glossary, closed, as the player shows it under every step (`module-intro.ts`). */
function glossary(doc: ModuleDoc, t: Translation, langAttrs: string): string {
  const words = doc.meta.vocabulary;
  if (!words.length) return '';
  return `<details class="glossary" part="glossary">
<summary>${escapeHtml(t.glossary(words.length))}</summary>
<dl${langAttrs}>
${words.map((v) => `<dt>${escapeHtml(v.term)}</dt><dd>${escapeHtml(v.definition)}</dd>`).join('')}
</dl>
</details>`;
}

/** `<nw-choice>` for a fresh question (a `<div>` host, so the real element does not take it over). */
function renderChoice(q: ChoiceQuestion, t: Translation, langAttrs: string, styleTags: boolean): { html: string; style: string } | undefined {
  const prompt = plainHtml(q.promptHtml);
  const options = q.options.map((o) => plainHtml(o.html));
  const hints = q.hintsHtml?.length ? q.hintsHtml : q.hintHtml ? [q.hintHtml] : [];
  if (prompt === undefined || options.some((o) => o === undefined)) return undefined;
  const style = cssOf(choiceStyles);
  const type = q.multiple ? 'checkbox' : 'radio';
  const html = `<div exportparts="${QUESTION_PARTS}"><template shadowrootmode="open">${styleTags ? `<style>${style}</style>` : ''}
<div class="prompt prose" part="prompt" id="pre-prompt"${langAttrs}>${prompt}</div>
<p class="instructions" id="pre-instructions">${escapeHtml(q.multiple ? t.chooseAll : t.chooseOne)}</p>
<div part="response"${langAttrs}>
<fieldset aria-labelledby="pre-prompt">
<ul class="options" role="presentation">
${options.map((o) => `<li>\n<label part="option">\n<input type="${type}" name="pre-option">\n<span class="text">${o}</span>\n</label>\n</li>`).join('\n')}
</ul>
</fieldset>
</div>
${hints.length ? `<div aria-live="polite"${langAttrs}></div>` : ''}
<div class="actions" part="actions">
<button class="primary" aria-disabled="true" aria-describedby="pre-instructions">${escapeHtml(t.check)}</button>
${hints.length ? `<button aria-expanded="false">${escapeHtml(t.showHint)}</button>` : ''}
</div>
<div class="feedback" part="feedback" role="status" data-verdict=""></div>
</template></div>`;
  return { html, style };
}
