/**
 * Parses a module's Markdown source (`modules/<slug>/<lang>.md`) into a `ModuleDoc`, collecting every
 * problem with its file and line instead of throwing. Any text gives a result: bad input yields
 * issues, never an exception.
 *
 * Question pools: a line `:::pool id=phishing-checks draw=2` opens a pool and a line `:::pool-end`
 * closes it; every question block in between (with its `## Step` headings and text) belongs to it.
 * Each pooled question gets a step of its own (a step opened before `:::pool` with text in it stays
 * outside). Pools do not nest and end within their lesson; after `:::pool-end` the next step needs a
 * heading.
 */
import { LineCounter, parseDocument } from 'yaml';
import { type BlockContext, type RawBlock, type SourceLine, parseAttributes } from './blocks.js';
import { blockReaders, htmlBlockReaders } from './kinds/index.js';
import { renderMarkdown } from './markdown.js';
import { readMeta } from './meta.js';
import { FORMAT_VERSION, type ContentIssue, type Lesson, type ModuleDoc, type ModuleGuides, type QuestionPool, type Step } from './types.js';

/** The outcome of parsing: the module (when it could be built at all) and every problem found. */
export interface ParseResult {
  doc: ModuleDoc | null;
  issues: ContentIssue[];
}

const FENCE = /^\s{0,3}(`{3,}|~{3,})/;
const BLOCK_OPEN = /^:::\s*([A-Za-z][\w-]*)\s*(.*)$/;
const BLOCK_CLOSE = /^:::\s*$/;
const HEADING = /^(#{1,2})\s+(.+?)\s*$/;
const HEADING_ID = /\s*\{#([A-Za-z][\w-]*)\}$/;
const GUIDES: Record<string, keyof ModuleGuides> = { 'teacher-guide': 'teacherHtml', 'family-tips': 'familyHtml' };
/** The reader or guide of a block kind; `hasOwn`, so `:::constructor` is not mistaken for one. */
const readerOf = (kind: string) => (Object.hasOwn(blockReaders, kind) ? blockReaders[kind] : undefined);
const guideOf = (kind: string) => (Object.hasOwn(GUIDES, kind) ? GUIDES[kind] : undefined);
const htmlBlockOf = (kind: string) => (Object.hasOwn(htmlBlockReaders, kind) ? htmlBlockReaders[kind] : undefined);

/** A `:::pool` being read: the pool so far, and what the checks at its end need. */
interface OpenPool {
  pool: QuestionPool;
  /** Line of the `:::pool` line. */
  line: number;
  /** Opened outside any lesson (already reported): nothing else is checked. */
  orphan: boolean;
  /** The step that was open, with content, at `:::pool`: the pool's questions do not join it. */
  outer?: Step;
  /** Steps opened inside the pool, with the lines of their headings. */
  steps: Array<[Step, number]>;
}

/** Makes a readable id from a title: `Two-step login!` → `two-step-login`. */
export function slugify(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'untitled'
  );
}

function headingParts(title: string): { title: string; id?: string } {
  const m = HEADING_ID.exec(title);
  return m ? { title: title.slice(0, m.index).trim(), id: m[1] } : { title };
}

export interface ParseOptions {
  /**
   * Treat missing catalogue fields (summary, ages, minutes, digcomp, objectives, sources) as errors.
   * `netwise check` and `netwise build` parse strictly; the player does not, so a draft still plays.
   */
  strict?: boolean;
}

/**
 * Parses `source` (the text of `file`). `lang` defaults to the front matter's `lang`, else the file
 * name (`en.md` → `en`).
 */
export function parseModule(source: string, file = 'module.md', options: ParseOptions = {}): ParseResult {
  const issues: ContentIssue[] = [];
  const report = (line: number, message: string, hint?: string, severity: ContentIssue['severity'] = 'error') => {
    issues.push({ severity, file, line, message, ...(hint ? { hint } : {}) });
  };
  const lines = source.replace(/^\uFEFF/, '').split(/\r\n?|\n/);

  // Front matter.
  let cursor = 0;
  let frontMatter: unknown = {};
  if (lines[0]?.trim() === '---') {
    const end = lines.findIndex((l, i) => i > 0 && /^(---|\.\.\.)\s*$/.test(l));
    if (end === -1) {
      report(1, 'The front matter starting on line 1 is never closed.', 'End it with a line holding only `---`.');
      return { doc: null, issues };
    }
    const counter = new LineCounter();
    const yamlDoc = parseDocument(lines.slice(1, end).join('\n'), { lineCounter: counter, prettyErrors: false });
    for (const err of yamlDoc.errors) {
      const pos = counter.linePos(err.pos[0]);
      report(pos.line + 1, `Front matter is not valid YAML: ${err.message.split('\n')[0]}`, 'Check indentation and quote values that contain ": ".');
    }
    if (!yamlDoc.errors.length) {
      try {
        frontMatter = yamlDoc.toJS();
      } catch (err) {
        // e.g. aliases that expand without end: the YAML is well formed but cannot be read.
        report(2, `Front matter cannot be read: ${(err as Error).message}`, 'Write each value out instead of using YAML anchors (`&name`) and aliases (`*name`).');
      }
    }
    cursor = end + 1;
  } else {
    report(1, 'The file has no front matter.', 'Start the file with `---`, the module fields (id, title, …), and `---`.');
  }
  const langFromFile = /(?:^|[\\/])([a-z]{2,3}(?:-[A-Za-z0-9]+)?)\.md$/.exec(file)?.[1];
  const meta = readMeta(frontMatter, { file, report, langFromFile, source, strict: options.strict });

  // Body: guides, lessons, steps and blocks.
  const guides: ModuleGuides = {};
  const lessons: Lesson[] = [];
  const ids = new Map<string, number>();
  const claim = (id: string, line: number, what: string) => {
    const first = ids.get(id);
    if (first !== undefined) {
      report(line, `The ${what} id "${id}" is already used on line ${first}.`, 'Ids must be unique in a module: rename one, or add `{#another-id}` to a heading.');
    } else {
      ids.set(id, line);
    }
  };
  const ctx: BlockContext = { file, attempts: meta.attempts, solutions: meta.solutions, report };

  let lesson: Lesson | undefined;
  let step: Step | undefined;
  const pools: QuestionPool[] = [];
  let pool: OpenPool | undefined;
  /** After `:::pool-end` no step is open until the next heading. */
  let afterPool = false;
  let stepLine = 0;
  /** The step the last heading opened: a second question under it gets a step named after it. */
  let headed: Step | undefined;
  let text: SourceLine[] = [];
  let block: RawBlock | undefined;
  let fence: string | undefined;

  const flushText = () => {
    const markdown = text.map((l) => l.text).join('\n').trim();
    if (markdown) {
      if (step) {
        step.html = step.html ? `${step.html}\n${renderMarkdown(markdown)}` : renderMarkdown(markdown);
      } else if (afterPool) {
        report(text.find((l) => l.text.trim())!.line, 'Text after `:::pool-end` is in no step.', 'Start a new step with a `## Heading` after `:::pool-end`.');
      } else {
        report(text.find((l) => l.text.trim())!.line, 'Text outside any lesson is ignored.', 'Put it under a `# Lesson` heading, or in a `:::teacher-guide` block.', 'warning');
      }
    }
    text = [];
  };
  const closeStep = () => {
    flushText();
    if (step && !step.html && !step.question) {
      report(stepLine, `The step "${step.title}" is empty.`, 'Write some text or a question under it, or remove the heading.');
    }
    step = undefined;
  };
  const openStep = (title: string, id: string | undefined, line: number) => {
    closeStep();
    if (!lesson) return;
    const stepId = id ?? `${lesson.id}.${slugify(title)}`;
    claim(stepId, line, 'step');
    step = { id: stepId, title, html: '' };
    stepLine = line;
    lesson.steps.push(step);
    pool?.steps.push([step, line]);
  };

  const openPool = (attrs: Record<string, string | true>, line: number) => {
    if (pool) {
      report(line, `A pool inside the pool "${pool.pool.id}" (line ${pool.line}): a question can be in one pool only.`, 'End the first pool with `:::pool-end` before starting the next.');
      return;
    }
    flushText();
    const id = typeof attrs.id === 'string' ? attrs.id : '';
    if (!id) report(line, 'The pool has no id.', 'Name it on the opening line, e.g. `:::pool id=phishing-checks draw=2`.');
    else if (!/^[A-Za-z][\w-]*$/.test(id)) report(line, `The pool id "${id}" may only hold letters, digits, "-" and "_", starting with a letter.`, 'e.g. `:::pool id=phishing-checks draw=2`.');
    else claim(id, line, 'pool');
    const raw = attrs.draw;
    const draw = typeof raw === 'string' && /^\d+$/.test(raw) && Number(raw) >= 1 ? Number(raw) : undefined;
    if (raw === undefined) {
      report(line, `The pool "${id}" has no \`draw\`.`, `Say how many of its questions each attempt plays: \`:::pool id=${id || 'my-pool'} draw=2\`.`);
    } else if (draw === undefined) {
      report(line, `\`draw\` of the pool "${id}" must be a whole number of at least 1, not "${raw === true ? '' : raw}".`, `e.g. \`:::pool id=${id || 'my-pool'} draw=2\`.`);
    }
    if (!lesson) report(line, 'The pool is outside any lesson.', 'Put it under a `# Lesson` heading.');
    pool = {
      pool: { id, draw: draw ?? 0, questions: [] },
      line,
      orphan: !lesson,
      outer: step && (step.html || step.question) ? step : undefined,
      steps: [],
    };
  };
  /** Checks the pool that ends here (its last step already closed) and keeps it when it is sound. */
  const finishPool = () => {
    const p = pool!;
    pool = undefined;
    if (p.orphan) return;
    const { id, questions, draw } = p.pool;
    for (const [s, line] of p.steps) {
      if (s.html && !s.question) report(line, `The step "${s.title}" in the pool "${id}" has no question: every attempt shows it.`, 'Move it before `:::pool`, or give it a question.', 'warning');
    }
    if (!questions.length) {
      report(p.line, `The pool "${id}" has no questions.`, 'Put question blocks between `:::pool` and `:::pool-end`, each under its own `## Step` heading.');
      return;
    }
    if (!draw) return; // 0: `draw` missing or not a whole number of at least 1 (already reported).
    if (draw > questions.length) {
      report(p.line, `The pool "${id}" draws ${draw} questions but holds only ${questions.length}.`, `Lower \`draw\` to at most ${questions.length}, or add questions to the pool.`);
      return;
    }
    if (draw === questions.length) {
      report(p.line, `The pool "${id}" draws all of its ${questions.length} questions: every attempt plays the same ones.`, 'Lower `draw`, add questions, or remove the pool.', 'warning');
    }
    if (id) pools.push(p.pool);
  };
  const unclosedPool = (before: string) => {
    report(pool!.line, `The pool "${pool!.pool.id}" is never closed.`, `End it with a line holding only \`:::pool-end\`${before}.`);
    finishPool();
  };
  const endPool = (line: number) => {
    if (!pool) {
      report(line, '`:::pool-end` with no pool open.', 'Remove it, or open the pool above with `:::pool id=… draw=N`.');
      return;
    }
    closeStep();
    finishPool();
    afterPool = !!lesson;
  };

  const closeBlock = (endLine: number) => {
    const b = block!;
    block = undefined;
    const guide = guideOf(b.kind);
    if (guide) {
      if (guides[guide]) report(b.line, `A second \`:::${b.kind}\` block.`, 'Keep one per module.');
      guides[guide] = renderMarkdown(b.body.map((l) => l.text).join('\n'));
      return;
    }
    const htmlBlock = htmlBlockOf(b.kind);
    if (htmlBlock) {
      // Part of the step's text: its element goes where the block stands.
      if (step) text.push({ text: '', line: b.line }, { text: htmlBlock(b, ctx), line: b.line }, { text: '', line: b.line });
      else report(b.line, `The \`:::${b.kind}\` block is in no step.`, 'Put it under a `# Lesson` or `## Step` heading.');
      return;
    }
    const reader = readerOf(b.kind);
    if (!reader) {
      report(b.line, `Unknown block kind "${b.kind}".`, `Known kinds: ${[...Object.keys(blockReaders), ...Object.keys(htmlBlockReaders), ...Object.keys(GUIDES)].join(', ')}.`);
      return;
    }
    if (!step) {
      if (afterPool) report(b.line, `The \`:::${b.kind}\` block after \`:::pool-end\` is in no step.`, 'Start a new step with a `## Heading` after `:::pool-end`.');
      else report(b.line, `The \`:::${b.kind}\` block is outside any lesson.`, 'Put it under a `# Lesson` heading.');
      return;
    }
    if (step.question || (pool && step === pool.outer)) {
      // One interactive block per step: start a new step for the next one, with the text written
      // between the two blocks.
      const between = text;
      text = [];
      const base = headed ?? step;
      openStep(base.title, `${base.id}-${b.attrs.id ?? endLine}`, b.line);
      if (!step) return;
      text = between;
    }
    flushText();
    const question = reader(b, ctx);
    if (question.id) claim(question.id, b.line, 'question');
    step.question = question;
    if (pool && question.id) pool.pool.questions.push(question.id);
  };

  let bodyFence: string | undefined;
  for (let i = cursor; i < lines.length; i++) {
    const raw = lines[i];
    const line = i + 1;
    if (block) {
      if (BLOCK_CLOSE.test(raw)) {
        bodyFence = undefined;
        closeBlock(line);
        continue;
      }
      // A line opening another block (outside a code sample) means this one was never closed.
      const next = bodyFence ? null : BLOCK_OPEN.exec(raw);
      if (!next || !(readerOf(next[1]) || guideOf(next[1]) || htmlBlockOf(next[1]) || next[1] === 'pool' || next[1] === 'pool-end')) {
        const f = FENCE.exec(raw)?.[1];
        if (bodyFence ? raw.trim().startsWith(bodyFence) : f) bodyFence = bodyFence ? undefined : f;
        block.body.push({ text: raw, line });
        continue;
      }
      report(block.line, `The \`:::${block.kind}\` block is never closed.`, `End it with a line holding only \`:::\` before line ${line}.`);
      closeBlock(line);
    }
    if (fence) {
      if (raw.trim().startsWith(fence)) fence = undefined;
      text.push({ text: raw, line });
      continue;
    }
    const fenceOpen = FENCE.exec(raw);
    if (fenceOpen) {
      fence = fenceOpen[1];
      text.push({ text: raw, line });
      continue;
    }
    const open = BLOCK_OPEN.exec(raw);
    if (open?.[1] === 'pool') {
      openPool(parseAttributes(open[2]), line);
      continue;
    }
    if (open?.[1] === 'pool-end') {
      endPool(line);
      continue;
    }
    if (open) {
      block = { kind: open[1], attrs: parseAttributes(open[2]), line, body: [] };
      continue;
    }
    if (BLOCK_CLOSE.test(raw)) {
      report(
        line,
        'A closing `:::` with no block open.',
        pool ? 'Remove it; a pool ends with a line holding only `:::pool-end`.' : 'Remove it, or check the block above for a missing opening line.',
      );
      continue;
    }
    const heading = HEADING.exec(raw);
    if (heading) {
      const { title, id } = headingParts(heading[2]);
      flushText();
      afterPool = false;
      if (heading[1] === '#') {
        closeStep();
        if (pool) unclosedPool(` before the next lesson (line ${line})`);
        const lessonId = id ?? slugify(title);
        claim(lessonId, line, 'lesson');
        lesson = { id: lessonId, title, steps: [] };
        lessons.push(lesson);
        // Text right under the lesson heading is the lesson's opening step.
        step = { id: `${lessonId}.intro`, title, html: '' };
        headed = step;
        stepLine = line;
        lesson.steps.push(step);
      } else if (!lesson) {
        report(line, `The step "${title}" comes before any lesson.`, 'Start a lesson with a `# Heading` first.');
      } else {
        // An intro step with nothing in it gives way to the first real step.
        if (step && step.id === `${lesson.id}.intro` && !step.html && !step.question && !text.some((l) => l.text.trim())) {
          lesson.steps.pop();
          step = undefined;
        }
        openStep(title, id, line);
        headed = step;
      }
      continue;
    }
    text.push({ text: raw, line });
  }
  if (block) {
    report(block.line, `The \`:::${block.kind}\` block is never closed.`, 'End it with a line holding only `:::`.');
    block = undefined;
  }
  closeStep();
  if (pool) unclosedPool('');

  for (const l of lessons) {
    if (!l.steps.length) report(ids.get(l.id) ?? 1, `The lesson "${l.title}" has no steps.`, 'Add text or `## Step` headings under it.');
  }
  if (!lessons.length) {
    report(lines.length, 'The module has no lessons.', 'Start a lesson with a `# Heading`.');
  }
  if (!lessons.some((l) => l.steps.some((s) => s.question)) && meta.mode === 'graded') {
    report(Math.min(cursor + 1, lines.length), 'A graded module has no questions.', 'Add a `:::choice` or `:::truefalse` block, or set `mode: practice`.', 'warning');
  }
  const doc: ModuleDoc = { format: FORMAT_VERSION, meta, lessons, guides, ...(pools.length ? { pools } : {}) };
  return { doc, issues };
}

/** True when the result has no errors (warnings allowed). */
export function isValid(result: ParseResult): result is ParseResult & { doc: ModuleDoc } {
  return result.doc !== null && !result.issues.some((i) => i.severity === 'error');
}
