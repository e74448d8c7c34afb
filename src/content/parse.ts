/**
 * Parses a module's Markdown source (`modules/<slug>/<lang>.md`) into a `ModuleDoc`, collecting every
 * problem with its file and line instead of throwing. Any text gives a result: bad input yields
 * issues, never an exception, and the time it takes grows in step with the text's length.
 *
 * The steps, in order: `checkLimits` (size and nesting, before anything is rendered), `readFrontMatter`
 * (the YAML subset in `front-matter.ts`), `readMeta` (`meta.ts`), the body (`BodyReader` in `body.ts`: lessons, steps, blocks, pools,
 * guides) and `checkModule` (what only the whole module can tell).
 */
import type { BlockContext } from './blocks.js';
import { BodyReader, type Body, type Report } from './body.js';
import { readFrontMatterLines } from './front-matter.js';
import { markdownToHtml } from './markdown.js';
import { readMeta } from './meta.js';
import { FORMAT_VERSION, type ContentIssue, type ModuleDoc, type ModuleMeta } from './types.js';

export { slugify } from './body.js';

/** The outcome of parsing: the module (when it could be built at all) and every problem found. */
export interface ParseResult {
  doc: ModuleDoc | null;
  issues: ContentIssue[];
}

export interface ParseOptions {
  /**
   * Treat missing catalogue fields (summary, ages, minutes, digcomp, objectives, sources) as errors.
   * `netwise check --profile curriculum` parses strictly; by default, and in the player, they are
   * warnings, so a draft still plays.
   */
  strict?: boolean;
  /**
   * Read for the module's first step only: its Markdown is rendered (and each lesson's opening text, on
   * which it depends whether that step is kept); everything else holds a placeholder (`unrendered`), which
   * is much quicker on a long module. The structure is read whole and the same (ids, lessons, steps,
   * questions, pools, with the same checks), so the first step shows as the player will show it: the
   * embed's early step reads a Markdown source so, and the player then reads it in full.
   */
  firstStep?: boolean;
}

/** The longest source read, in characters (a long module is about 40,000). */
export const MAX_SOURCE_LENGTH = 2_000_000;
/** How deeply lists and block quotes may nest (a line's markers, and its indentation by fours). */
export const MAX_NESTING = 20;
/**
 * The most emphasis, code, link and HTML marks (`* _ ~ \` [ <`) one run of text may hold (a paragraph,
 * or a list item, table row or heading): the Markdown renderer's time grows with their square within
 * one run. A busy list item of ours has about 20.
 */
export const MAX_MARKS_PER_PARAGRAPH = 64;
/** A line that starts a new run of inline text: a list item, table row, heading, quote, HTML or block line. */
const NEW_RUN = /^\s*(?:[-+*](?:\s|$)|\d{1,9}[.)](?:\s|$)|[|#>]|<|:::)/;

const CONTAINER = /^[ \t]*(?:>|[-+*](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$))/;
const MARKS = /[*_~`[<]/g;

/** How deep the containers at the start of `line` nest: markers, and indentation counted in fours. */
function nestingOf(line: string): number {
  let depth = 0;
  let rest = line;
  let indent = 0;
  for (const c of line) {
    if (c === ' ') indent += 1;
    else if (c === '\t') indent += 4;
    else break;
  }
  for (let m = CONTAINER.exec(rest); m; m = CONTAINER.exec(rest)) {
    depth += 1;
    rest = rest.slice(m[0].length);
    if (depth > MAX_NESTING) break;
  }
  return depth + Math.floor(indent / 4);
}

/**
 * Checks the source's size, nesting and paragraphs before any of it is rendered. Returns false when
 * it must not be rendered at all (each problem is reported with its line).
 */
export function checkLimits(lines: string[], length: number, report: Report): boolean {
  if (length > MAX_SOURCE_LENGTH) {
    report(1, `The file is too long to read (${length.toLocaleString('en')} characters; at most ${MAX_SOURCE_LENGTH.toLocaleString('en')}).`, 'Split the module into two, or move pictures out of the text into files.');
    return false;
  }
  let ok = true;
  let fence: string | undefined;
  let marks = 0;
  let paragraph = 0;
  let reported = 0;
  const fail = (line: number, message: string, hint: string) => {
    ok = false;
    if (reported++ < 20) report(line, message, hint);
  };
  lines.forEach((text, i) => {
    const line = i + 1;
    const f = /^\s{0,3}(`{3,}|~{3,})/.exec(text)?.[1];
    if (fence) {
      if (text.trim().startsWith(fence)) fence = undefined;
      return;
    }
    if (f) {
      fence = f;
      return;
    }
    if (!text.trim()) {
      marks = 0;
      return;
    }
    if (NEW_RUN.test(text)) marks = 0;
    if (!marks) paragraph = line;
    marks += text.match(MARKS)?.length ?? 0;
    if (marks > MAX_MARKS_PER_PARAGRAPH) {
      fail(paragraph, `The text starting here has more than ${MAX_MARKS_PER_PARAGRAPH} formatting marks (\`* _ ~ \` [ <\`) in one paragraph or list item.`, 'Split it with blank lines, or write long code in a fenced block (```).');
      marks = -Infinity; // once per paragraph
    }
    if (nestingOf(text) > MAX_NESTING) {
      fail(line, `Lists or quotes nest more than ${MAX_NESTING} levels deep here.`, 'Flatten the list, or put the text in a fenced code block (```).');
    }
  });
  return ok;
}

/** The longest front matter read, in characters (ours are about 2,000). */
export const MAX_FRONT_MATTER_LENGTH = 100_000;

/** The first line (1-based) where YAML flow brackets nest too deeply, else 0. */
function flowNestingTooDeep(lines: string[], end: number): number {
  let depth = 0;
  for (let i = 1; i < end; i++) {
    for (const c of lines[i]) {
      if (c === '[' || c === '{') depth += 1;
      else if ((c === ']' || c === '}') && depth > 0) depth -= 1;
      if (depth > MAX_NESTING) return i + 1;
    }
  }
  return 0;
}

/** Reads the front matter (`front-matter.ts`); returns its value and the index of the first body line, or null if it never ends. */
function readFrontMatter(lines: string[], report: Report): { value: unknown; bodyStart: number } | null {
  if (lines[0]?.trim() !== '---') {
    report(1, 'The file has no front matter.', 'Start the file with `---`, the module fields (id, title, …), and `---`.');
    return { value: {}, bodyStart: 0 };
  }
  const end = lines.findIndex((l, i) => i > 0 && /^(---|\.\.\.)\s*$/.test(l));
  if (end === -1) {
    report(1, 'The front matter starting on line 1 is never closed.', 'End it with a line holding only `---`.');
    return null;
  }
  if (lines.slice(1, end).join('\n').length > MAX_FRONT_MATTER_LENGTH) {
    report(1, `The front matter is too long to read (at most ${MAX_FRONT_MATTER_LENGTH.toLocaleString('en')} characters).`, 'Keep the module fields short; long text belongs in the lessons.');
    return null;
  }
  const deep = flowNestingTooDeep(lines, end);
  if (deep) {
    report(deep, `Brackets (\`[\` or \`{\`) nest more than ${MAX_NESTING} levels deep here.`, 'Write lists with `- ` lines, or close the brackets.');
    return null;
  }
  const { value, errors } = readFrontMatterLines(lines.slice(1, end), 2, MAX_NESTING);
  for (const e of errors) report(e.line, e.message, e.hint);
  return { value, bodyStart: end + 1 };
}

/** What only the whole module can tell: lessons without steps, a module without lessons or questions. */
function checkModule(body: Body, meta: ModuleMeta, lineCount: number, bodyStart: number, report: Report) {
  for (const l of body.lessons) {
    if (!l.steps.length) report(body.ids.get(l.id) ?? 1, `The lesson "${l.title}" has no steps.`, 'Add text or `## Step` headings under it.');
  }
  if (!body.lessons.length) {
    report(lineCount, 'The module has no lessons.', 'Start a lesson with a `# Heading`.');
  }
  if (!body.lessons.some((l) => l.steps.some((s) => s.question)) && meta.mode === 'graded') {
    report(Math.min(bodyStart + 1, lineCount), 'A graded module has no questions.', 'Add a `:::choice` or `:::truefalse` block, or set `mode: practice`.', 'warning');
  }
}

/**
 * Parses `source` (the text of `file`). `lang` defaults to the front matter's `lang`, else the file
 * name (`en.md` → `en`).
 */
export function parseModule(source: string, file = 'module.md', options: ParseOptions = {}): ParseResult {
  const issues: ContentIssue[] = [];
  const report: Report = (line, message, hint, severity = 'error') => {
    issues.push({ severity, file, line, message, ...(hint ? { hint } : {}) });
  };
  try {
    return readModule(source, file, options, issues, report);
  } catch (err) {
    // A last guard: the limits above should make this unreachable, but a module never crashes a caller.
    report(1, `The file cannot be read: ${(err as Error).message}`, 'Simplify the file (shorter paragraphs, less nesting) and check it again.');
    return { doc: null, issues };
  }
}

function readModule(source: string, file: string, options: ParseOptions, issues: ContentIssue[], report: Report): ParseResult {
  const text = source.replace(/^\uFEFF/, '');
  const lines = text.split(/\r\n?|\n/);
  if (!checkLimits(lines, text.length, report)) return { doc: null, issues };

  const front = readFrontMatter(lines, report);
  if (!front) return { doc: null, issues };
  const langFromFile = /(?:^|[\\/])([a-z]{2,3}(?:-[A-Za-z0-9]+)?)\.md$/.exec(file)?.[1];
  const meta = readMeta(front.value, { file, report, langFromFile, source: text, strict: options.strict });

  const ctx: BlockContext = { file, attempts: meta.attempts, solutions: meta.solutions, objectives: meta.objectives.length, report, markdown: markdownToHtml };
  const body = new BodyReader(report, ctx, { firstStep: options.firstStep }).read(lines, front.bodyStart);
  checkModule(body, meta, lines.length, front.bodyStart, report);
  const doc: ModuleDoc = { format: FORMAT_VERSION, meta, lessons: body.lessons, guides: body.guides, ...(body.pools.length ? { pools: body.pools } : {}) };
  return { doc, issues };
}

/** True when the result has no errors (warnings allowed). */
export function isValid(result: ParseResult): result is ParseResult & { doc: ModuleDoc } {
  return result.doc !== null && !result.issues.some((i) => i.severity === 'error');
}
