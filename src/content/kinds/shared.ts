/**
 * Small helpers the kind readers share: `{#id}` at the end of a line, list items with their indented
 * `>` feedback lines, and boolean attributes.
 */
import type { RawBlock, SourceLine } from '../blocks.js';

/** `{#id}` at the end (no leading `\s*`: on a long blank run that would take quadratic time). */
const EXPLICIT_ID = /\{#([A-Za-z][\w-]*)\}\s*$/;
/** What an id written by an author must look like (it keys saved progress and LMS records). */
export const ID = /^[A-Za-z][\w-]*$/;

/** Splits a trailing `{#id}` off `text`. */
export function takeExplicitId(text: string): { text: string; id?: string } {
  const m = EXPLICIT_ID.exec(text);
  return m ? { text: text.slice(0, m.index).trim(), id: m[1] } : { text: text.trim() };
}

/** True for a bare attribute (`shuffle`) or `name=true`. */
export function flag(block: RawBlock, name: string): boolean {
  const v = block.attrs[name];
  return v === true || v === 'true';
}

/** A `> feedback` line indented under a list item, or `undefined`. */
export function feedbackLine(l: SourceLine): string | undefined {
  return /^\s+>\s?(.*)$/.exec(l.text)?.[1];
}

/** Letters for default ids: a … z, then aa, ab, … */
export function letterId(index: number): string {
  let n = index;
  let id = '';
  do {
    id = String.fromCharCode(97 + (n % 26)) + id;
    n = Math.floor(n / 26) - 1;
  } while (n >= 0);
  return id;
}

/** The first line of `lines` with text on it, else `fallback`. */
export function firstLine(lines: SourceLine[], fallback: number): number {
  return lines.find((l) => l.text.trim())?.line ?? fallback;
}

/** An id from a title: `Not sure!` → `not-sure` (as the parser makes step ids). */
export function slugId(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return /^[a-z]/.test(slug) ? slug : `g-${slug || 'group'}`;
}
