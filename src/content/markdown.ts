/**
 * The one door to `marked`: every piece of module Markdown becomes HTML here. The output is not
 * trusted; elements sanitise it again (see `sanitize.ts`) right before it reaches the DOM.
 */
import { Marked } from 'marked';
import { escapeHtml } from './escape.js';

// A private instance: embedding pages that configure the global `marked` do not change us.
const md = new Marked({ gfm: true, breaks: false, async: false });

/** Renders block Markdown (paragraphs, lists, headings) to HTML. */
export function renderMarkdown(source: string): string {
  return (md.parse(source.trim()) as string).trim();
}

/** Renders one line of Markdown (emphasis, links, code) without wrapping it in a paragraph. */
export function renderInline(source: string): string {
  return (md.parseInline(source.trim()) as string).trim();
}

/** How the readers of a module's text turn its Markdown into HTML (`BlockContext.markdown`). */
export interface MarkdownRenderer {
  /** Block Markdown (paragraphs, lists, headings). */
  block(source: string): string;
  /** One line of Markdown, not wrapped in a paragraph. */
  inline(source: string): string;
}

/** Markdown rendered by `marked`, as every module is read (by default). */
export const markdownToHtml: MarkdownRenderer = { block: renderMarkdown, inline: renderInline };

/** Starts a placeholder: no HTML a first step may show begins so (see `unrendered`). */
export const UNRENDERED = '<!--unrendered-->';

/**
 * Not rendered: the source, escaped, after a comment that marks it. A first-step read
 * (`ParseOptions.firstStep`) puts this in place of everything after the first step, so that Markdown the
 * first step does not show costs no time. It is never shown: it is not empty where the source is not
 * (so the reader's checks say the same), and the pre-rendered step refuses HTML with a comment in it.
 */
export function unrendered(source: string): string {
  return UNRENDERED + escapeHtml(source.trim());
}
