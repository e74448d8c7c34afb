/**
 * Container blocks (`:::kind attrs` … `:::`): the raw shape the parser hands to each kind's reader,
 * and helpers every reader shares (attributes, fields such as `hint:`, issue reporting).
 */
import type { ContentIssue, QuestionBase } from './types.js';
import type { MarkdownRenderer } from './markdown.js';

/** One source line with its 1-based number. */
export interface SourceLine {
  text: string;
  line: number;
}

/** A `:::kind` block as written: its attributes and the lines between the fences. */
export interface RawBlock {
  kind: string;
  attrs: Record<string, string | true>;
  /** Line of the opening fence. */
  line: number;
  body: SourceLine[];
}

/** What a kind reader gets besides the block: where to report problems and module defaults. */
export interface BlockContext {
  file: string;
  /** Default attempts per question from the front matter. */
  attempts: number;
  /** The front matter's `solutions` (default `true`): whether right answers may be shown. */
  solutions?: boolean;
  /** How many objectives the front matter lists (`objective=N` must be one of them). */
  objectives?: number;
  /** What turns the block's Markdown into HTML. */
  markdown: MarkdownRenderer;
  report(line: number, message: string, hint?: string, severity?: ContentIssue['severity']): void;
}

const ATTR = /([A-Za-z][\w-]*)(?:=(?:"([^"]*)"|'([^']*)'|(\S+)))?/g;

/** Reads `id=x attempts=2 multiple title="A b"` into a record; a bare word is `true`. */
export function parseAttributes(text: string): Record<string, string | true> {
  const attrs: Record<string, string | true> = {};
  for (const m of text.matchAll(ATTR)) {
    attrs[m[1]] = m[2] ?? m[3] ?? m[4] ?? true;
  }
  return attrs;
}

const FIELD = /^([a-z][\w-]*):\s*(.*)$/i;

/** A `name: text` line inside a block (`hint:`, `explain:` and kind-specific ones). */
export interface Field {
  name: string;
  text: string;
  line: number;
}

/**
 * Splits a block body into its fields (lines like `hint: …`, continued by indented lines) and the
 * remaining lines. `names` lists the field names this kind accepts besides `hint` and `explain`.
 */
export function takeFields(body: SourceLine[], names: string[] = []): { fields: Field[]; rest: SourceLine[] } {
  const accepted = new Set(['hint', 'explain', ...names.map((n) => n.toLowerCase())]);
  const fields: Field[] = [];
  const rest: SourceLine[] = [];
  let current: Field | undefined;
  for (const l of body) {
    const m = FIELD.exec(l.text);
    if (m && accepted.has(m[1].toLowerCase())) {
      current = { name: m[1].toLowerCase(), text: m[2], line: l.line };
      fields.push(current);
    } else if (current && /^\s{2,}\S/.test(l.text)) {
      current.text += `\n${l.text.trim()}`;
    } else {
      current = undefined;
      rest.push(l);
    }
  }
  return { fields, rest };
}

/** Joins lines back into Markdown text. */
export function joinLines(lines: SourceLine[]): string {
  return lines.map((l) => l.text).join('\n').trim();
}

/** Reads a whole number attribute, reporting anything else. */
export function intAttr(
  block: RawBlock,
  ctx: BlockContext,
  name: string,
  fallback: number,
  min: number,
): number {
  const raw = block.attrs[name];
  if (raw === undefined) return fallback;
  const n = typeof raw === 'string' && /^\d+$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isInteger(n) || n < min) {
    ctx.report(block.line, `\`${name}\` must be a whole number of at least ${min}, not "${raw === true ? '' : raw}".`, `Write ${name}=${Math.max(min, fallback)}.`);
    return fallback;
  }
  return n;
}

/**
 * The fields every question shares: id, attempts, weight, hint, explanation. Reports a missing or
 * malformed id (it is the key for saved progress, so it must be written, not generated).
 */
export function readQuestionBase(
  block: RawBlock,
  ctx: BlockContext,
  fields: Field[],
  promptLines: SourceLine[],
): QuestionBase {
  const id = typeof block.attrs.id === 'string' ? block.attrs.id : '';
  if (!id) {
    ctx.report(block.line, `The \`${block.kind}\` block has no id.`, `Add a stable id to the opening line, e.g. \`:::${block.kind} id=my-question\`.`);
  } else if (!/^[A-Za-z][\w-]*$/.test(id)) {
    ctx.report(block.line, `The id "${id}" may only hold letters, digits, "-" and "_", starting with a letter.`, 'Ids are keys for saved progress and LMS records.');
  }
  const prompt = joinLines(promptLines);
  if (!prompt) {
    ctx.report(block.line, `The \`${block.kind}\` block "${id}" has no question text.`, 'Write the question on the line after the opening `:::`.');
  }
  const field = (name: string) => fields.find((f) => f.name === name);
  const hints = fields.filter((f) => f.name === 'hint');
  const hint = hints[0];
  const explain = field('explain');
  return {
    id,
    promptHtml: ctx.markdown.block(prompt),
    attempts: intAttr(block, ctx, 'attempts', ctx.attempts, 1),
    weight: intAttr(block, ctx, 'weight', 1, 0),
    ...(hint ? { hintHtml: ctx.markdown.inline(hint.text) } : {}),
    ...(hints.length > 1 ? { hintsHtml: hints.map((h) => ctx.markdown.inline(h.text)) } : {}),
    ...(explain ? { explanationHtml: ctx.markdown.block(explain.text) } : {}),
    ...(solutionAttr(block, ctx) ? {} : { solution: false as const }),
    ...objectiveAttr(block, ctx),
    line: block.line,
  };
}

/** `objective=N`: the 1-based number of the front matter objective this question assesses. */
function objectiveAttr(block: RawBlock, ctx: BlockContext): { objective?: number } {
  if (block.attrs.objective === undefined) return {};
  const n = intAttr(block, ctx, 'objective', 0, 1);
  if (!n) return {};
  const count = ctx.objectives ?? 0;
  if (n > count) {
    ctx.report(
      block.line,
      `\`objective=${n}\` names no objective: the front matter lists ${count === 0 ? 'none' : count === 1 ? 'one' : count}.`,
      count ? `Use a number from 1 to ${count}: the objective's place in the \`objectives\` list.` : 'List the objectives in the front matter (`objectives:`), then number them from 1.',
    );
    return {};
  }
  return { objective: n };
}

/** `solution=false` hides a question's right answer from students; `solution` or `solution=true` shows it. */
function solutionAttr(block: RawBlock, ctx: BlockContext): boolean {
  const value = block.attrs.solution;
  if (value === undefined) return ctx.solutions !== false;
  if (value === true || value === 'true' || value === 'yes') return true;
  if (value === 'false' || value === 'no') return false;
  ctx.report(block.line, `\`solution=${String(value)}\` is neither true nor false.`, 'Write `solution=false` to keep the right answer hidden from students, or leave it out.');
  return ctx.solutions !== false;
}
