/**
 * The one door to `marked`: every piece of module Markdown becomes HTML here. The output is not
 * trusted; elements sanitise it again (see `sanitize.ts`) right before it reaches the DOM.
 */
import { Marked } from 'marked';

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
