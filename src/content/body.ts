/**
 * Reads a module's body (everything after the front matter), line by line, into lessons, steps,
 * question blocks, pools and guides. `parse.ts` runs it; this file holds the state that one pass
 * needs and one named method per thing a line can do.
 *
 * Question pools: a line `:::pool id=phishing-checks draw=2` opens a pool and a line `:::pool-end`
 * closes it; every question block in between (with its `## Step` headings and text) belongs to it.
 * Each pooled question gets a step of its own (a step opened before `:::pool` with text in it stays
 * outside). Pools do not nest and end within their lesson; after `:::pool-end` the next step needs a
 * heading.
 */
import { type MarkdownRenderer, unrendered } from './markdown.js';
import { type BlockContext, type RawBlock, type SourceLine, parseAttributes } from './blocks.js';
import { blockReaders, htmlBlockReaders } from './kinds/index.js';
import type { ContentIssue, Lesson, ModuleGuides, QuestionPool, Step } from './types.js';

export type Report = (line: number, message: string, hint?: string, severity?: ContentIssue['severity']) => void;

const FENCE = /^\s{0,3}(`{3,}|~{3,})/;
const BLOCK_OPEN = /^:::\s*([A-Za-z][\w-]*)\s*(.*)$/;
const BLOCK_CLOSE = /^:::\s*$/;
/** `# ` or `## ` and a title (a regular expression over the whole line would be slow on long blank runs). */
const HEADING = /^(#{1,2})\s/;
const HEADING_ID = /\{#([A-Za-z][\w-]*)\}$/;
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

/** What the body gives the module: its lessons, guides, pools, and the line of every id. */
export interface Body {
  lessons: Lesson[];
  guides: ModuleGuides;
  pools: QuestionPool[];
  ids: Map<string, number>;
}

/** One pass over the body's lines. */
export class BodyReader {
  readonly lessons: Lesson[] = [];
  readonly guides: ModuleGuides = {};
  readonly pools: QuestionPool[] = [];
  readonly ids = new Map<string, number>();

  #lesson?: Lesson;
  #step?: Step;
  #pool?: OpenPool;
  /** After `:::pool-end` no step is open until the next heading. */
  #afterPool = false;
  #stepLine = 0;
  /** The step the last heading opened: a second question under it gets a step named after it. */
  #headed?: Step;
  #text: SourceLine[] = [];
  #block?: RawBlock;
  /** A code fence open in the reading text. */
  #fence?: string;
  /** A code fence open inside a block's body. */
  #bodyFence?: string;

  /** The context the block readers get (its `markdown` renders the first step only, if so asked). */
  private readonly ctx: BlockContext;

  /** With `firstStep`, Markdown after the module's first step is left unrendered (`ParseOptions.firstStep`). */
  constructor(
    private readonly report: Report,
    ctx: BlockContext,
    { firstStep = false }: { firstStep?: boolean } = {},
  ) {
    this.ctx = firstStep ? { ...ctx, markdown: this.#firstStepOnly(ctx.markdown) } : ctx;
  }

  /**
   * `markdown` for the module's first step (the one a first-step read is for) and for each lesson's opening
   * text (whether that step is kept depends on its text rendering to something), `unrendered` for the rest.
   */
  #firstStepOnly(markdown: MarkdownRenderer): MarkdownRenderer {
    const rendered = () => {
      const step = this.#step;
      return step !== undefined && (step === this.lessons[0]?.steps[0] || step.id === `${this.#lesson?.id}.intro`);
    };
    return {
      block: (source) => (rendered() ? markdown.block(source) : unrendered(source)),
      inline: (source) => (rendered() ? markdown.inline(source) : unrendered(source)),
    };
  }

  /** Reads `lines[from…]` (1-based line numbers follow the array index) and returns the body. */
  read(lines: string[], from: number): Body {
    for (let i = from; i < lines.length; i++) this.#line(lines[i], i + 1);
    this.#end();
    return { lessons: this.lessons, guides: this.guides, pools: this.pools, ids: this.ids };
  }

  #claim(id: string, line: number, what: string) {
    const first = this.ids.get(id);
    if (first !== undefined) {
      this.report(line, `The ${what} id "${id}" is already used on line ${first}.`, 'Ids must be unique in a module: rename one, or add `{#another-id}` to a heading.');
    } else {
      this.ids.set(id, line);
    }
  }

  #line(raw: string, line: number) {
    if (this.#block && this.#blockLine(raw, line)) return;
    if (this.#fence) {
      if (raw.trim().startsWith(this.#fence)) this.#fence = undefined;
      this.#text.push({ text: raw, line });
      return;
    }
    const fenceOpen = FENCE.exec(raw);
    if (fenceOpen) {
      this.#fence = fenceOpen[1];
      this.#text.push({ text: raw, line });
      return;
    }
    const open = BLOCK_OPEN.exec(raw);
    if (open?.[1] === 'pool') return this.#openPool(parseAttributes(open[2]), line);
    if (open?.[1] === 'pool-end') return this.#endPool(line);
    if (open) {
      this.#block = { kind: open[1], attrs: parseAttributes(open[2]), line, body: [] };
      return;
    }
    if (BLOCK_CLOSE.test(raw)) {
      this.report(
        line,
        'A closing `:::` with no block open.',
        this.#pool ? 'Remove it; a pool ends with a line holding only `:::pool-end`.' : 'Remove it, or check the block above for a missing opening line.',
      );
      return;
    }
    const heading = HEADING.exec(raw);
    const title = heading ? raw.slice(heading[1].length).trim() : '';
    if (heading && title) return this.#heading(heading[1], title, line);
    this.#text.push({ text: raw, line });
  }

  /** A line while a block is open: true when the block took it. */
  #blockLine(raw: string, line: number): boolean {
    const block = this.#block!;
    if (BLOCK_CLOSE.test(raw)) {
      this.#bodyFence = undefined;
      this.#closeBlock(line);
      return true;
    }
    // A line opening another block (outside a code sample) means this one was never closed.
    const next = this.#bodyFence ? null : BLOCK_OPEN.exec(raw);
    if (!next || !(readerOf(next[1]) || guideOf(next[1]) || htmlBlockOf(next[1]) || next[1] === 'pool' || next[1] === 'pool-end')) {
      const f = FENCE.exec(raw)?.[1];
      if (this.#bodyFence ? raw.trim().startsWith(this.#bodyFence) : f) this.#bodyFence = this.#bodyFence ? undefined : f;
      block.body.push({ text: raw, line });
      return true;
    }
    this.report(block.line, `The \`:::${block.kind}\` block is never closed.`, `End it with a line holding only \`:::\` before line ${line}.`);
    this.#closeBlock(line);
    return false;
  }

  #heading(level: string, text: string, line: number) {
    const { title, id } = headingParts(text);
    this.#flushText();
    this.#afterPool = false;
    if (level === '#') return this.#openLesson(title, id, line);
    const lesson = this.#lesson;
    if (!lesson) {
      this.report(line, `The step "${title}" comes before any lesson.`, 'Start a lesson with a `# Heading` first.');
      return;
    }
    // An intro step with nothing in it gives way to the first real step.
    const step = this.#step;
    if (step && step.id === `${lesson.id}.intro` && !step.html && !step.question && !this.#text.some((l) => l.text.trim())) {
      lesson.steps.pop();
      this.#step = undefined;
    }
    this.#openStep(title, id, line);
    this.#headed = this.#step;
  }

  #openLesson(title: string, id: string | undefined, line: number) {
    this.#closeStep();
    if (this.#pool) this.#unclosedPool(` before the next lesson (line ${line})`);
    const lessonId = id ?? slugify(title);
    this.#claim(lessonId, line, 'lesson');
    const lesson: Lesson = { id: lessonId, title, steps: [] };
    this.#lesson = lesson;
    this.lessons.push(lesson);
    // Text right under the lesson heading is the lesson's opening step.
    this.#step = { id: `${lessonId}.intro`, title, html: '' };
    this.#headed = this.#step;
    this.#stepLine = line;
    lesson.steps.push(this.#step);
  }

  #flushText() {
    const markdown = this.#text.map((l) => l.text).join('\n').trim();
    if (markdown) {
      const first = () => this.#text.find((l) => l.text.trim())!.line;
      const step = this.#step;
      if (step) {
        step.html = step.html ? `${step.html}\n${this.ctx.markdown.block(markdown)}` : this.ctx.markdown.block(markdown);
      } else if (this.#afterPool) {
        this.report(first(), 'Text after `:::pool-end` is in no step.', 'Start a new step with a `## Heading` after `:::pool-end`.');
      } else {
        this.report(first(), 'Text outside any lesson is ignored.', 'Put it under a `# Lesson` heading, or in a `:::teacher-guide` block.', 'warning');
      }
    }
    this.#text = [];
  }

  #closeStep() {
    this.#flushText();
    const step = this.#step;
    if (step && !step.html && !step.question) {
      this.report(this.#stepLine, `The step "${step.title}" is empty.`, 'Write some text or a question under it, or remove the heading.');
    }
    this.#step = undefined;
  }

  #openStep(title: string, id: string | undefined, line: number) {
    this.#closeStep();
    const lesson = this.#lesson;
    if (!lesson) return;
    const stepId = id ?? `${lesson.id}.${slugify(title)}`;
    this.#claim(stepId, line, 'step');
    const step: Step = { id: stepId, title, html: '' };
    this.#step = step;
    this.#stepLine = line;
    lesson.steps.push(step);
    this.#pool?.steps.push([step, line]);
  }

  #openPool(attrs: Record<string, string | true>, line: number) {
    if (this.#pool) {
      this.report(line, `A pool inside the pool "${this.#pool.pool.id}" (line ${this.#pool.line}): a question can be in one pool only.`, 'End the first pool with `:::pool-end` before starting the next.');
      return;
    }
    this.#flushText();
    const id = typeof attrs.id === 'string' ? attrs.id : '';
    if (!id) this.report(line, 'The pool has no id.', 'Name it on the opening line, e.g. `:::pool id=phishing-checks draw=2`.');
    else if (!/^[A-Za-z][\w-]*$/.test(id)) this.report(line, `The pool id "${id}" may only hold letters, digits, "-" and "_", starting with a letter.`, 'e.g. `:::pool id=phishing-checks draw=2`.');
    else this.#claim(id, line, 'pool');
    const raw = attrs.draw;
    const draw = typeof raw === 'string' && /^\d+$/.test(raw) && Number(raw) >= 1 ? Number(raw) : undefined;
    if (raw === undefined) {
      this.report(line, `The pool "${id}" has no \`draw\`.`, `Say how many of its questions each attempt plays: \`:::pool id=${id || 'my-pool'} draw=2\`.`);
    } else if (draw === undefined) {
      this.report(line, `\`draw\` of the pool "${id}" must be a whole number of at least 1, not "${raw === true ? '' : raw}".`, `e.g. \`:::pool id=${id || 'my-pool'} draw=2\`.`);
    }
    if (!this.#lesson) this.report(line, 'The pool is outside any lesson.', 'Put it under a `# Lesson` heading.');
    const step = this.#step;
    this.#pool = {
      pool: { id, draw: draw ?? 0, questions: [] },
      line,
      orphan: !this.#lesson,
      outer: step && (step.html || step.question) ? step : undefined,
      steps: [],
    };
  }

  /** Checks the pool that ends here (its last step already closed) and keeps it when it is sound. */
  #finishPool() {
    const p = this.#pool!;
    this.#pool = undefined;
    if (p.orphan) return;
    const { id, questions, draw } = p.pool;
    for (const [s, line] of p.steps) {
      if (s.html && !s.question) this.report(line, `The step "${s.title}" in the pool "${id}" has no question: every attempt shows it.`, 'Move it before `:::pool`, or give it a question.', 'warning');
    }
    if (!questions.length) {
      this.report(p.line, `The pool "${id}" has no questions.`, 'Put question blocks between `:::pool` and `:::pool-end`, each under its own `## Step` heading.');
      return;
    }
    if (!draw) return; // 0: `draw` missing or not a whole number of at least 1 (already reported).
    if (draw > questions.length) {
      this.report(p.line, `The pool "${id}" draws ${draw} questions but holds only ${questions.length}.`, `Lower \`draw\` to at most ${questions.length}, or add questions to the pool.`);
      return;
    }
    if (draw === questions.length) {
      this.report(p.line, `The pool "${id}" draws all of its ${questions.length} questions: every attempt plays the same ones.`, 'Lower `draw`, add questions, or remove the pool.', 'warning');
    }
    if (id) this.pools.push(p.pool);
  }

  #unclosedPool(before: string) {
    this.report(this.#pool!.line, `The pool "${this.#pool!.pool.id}" is never closed.`, `End it with a line holding only \`:::pool-end\`${before}.`);
    this.#finishPool();
  }

  #endPool(line: number) {
    if (!this.#pool) {
      this.report(line, '`:::pool-end` with no pool open.', 'Remove it, or open the pool above with `:::pool id=… draw=N`.');
      return;
    }
    this.#closeStep();
    this.#finishPool();
    this.#afterPool = !!this.#lesson;
  }

  #closeBlock(endLine: number) {
    const b = this.#block!;
    this.#block = undefined;
    const guide = guideOf(b.kind);
    if (guide) {
      if (this.guides[guide]) this.report(b.line, `A second \`:::${b.kind}\` block.`, 'Keep one per module.');
      this.guides[guide] = this.ctx.markdown.block(b.body.map((l) => l.text).join('\n'));
      return;
    }
    const htmlBlock = htmlBlockOf(b.kind);
    if (htmlBlock) {
      // Part of the step's text: its element goes where the block stands.
      if (this.#step) this.#text.push({ text: '', line: b.line }, { text: htmlBlock(b, this.ctx), line: b.line }, { text: '', line: b.line });
      else this.report(b.line, `The \`:::${b.kind}\` block is in no step.`, 'Put it under a `# Lesson` or `## Step` heading.');
      return;
    }
    const reader = readerOf(b.kind);
    if (!reader) {
      this.report(b.line, `Unknown block kind "${b.kind}".`, `Known kinds: ${[...Object.keys(blockReaders), ...Object.keys(htmlBlockReaders), ...Object.keys(GUIDES)].join(', ')}.`);
      return;
    }
    if (!this.#step) {
      if (this.#afterPool) this.report(b.line, `The \`:::${b.kind}\` block after \`:::pool-end\` is in no step.`, 'Start a new step with a `## Heading` after `:::pool-end`.');
      else this.report(b.line, `The \`:::${b.kind}\` block is outside any lesson.`, 'Put it under a `# Lesson` heading.');
      return;
    }
    if (this.#step.question || (this.#pool && this.#step === this.#pool.outer)) {
      // One interactive block per step: start a new step for the next one, with the text written
      // between the two blocks.
      const between = this.#text;
      this.#text = [];
      const base = this.#headed ?? this.#step;
      this.#openStep(base.title, `${base.id}-${b.attrs.id ?? endLine}`, b.line);
      if (!this.#step) return;
      this.#text = between;
    }
    this.#flushText();
    const question = reader(b, this.ctx);
    if (question.id) this.#claim(question.id, b.line, 'question');
    this.#step!.question = question;
    if (this.#pool && question.id) this.#pool.pool.questions.push(question.id);
  }

  /** The end of the file: whatever is still open is closed (and reported). */
  #end() {
    if (this.#block) {
      this.report(this.#block.line, `The \`:::${this.#block.kind}\` block is never closed.`, 'End it with a line holding only `:::`.');
      this.#block = undefined;
    }
    this.#closeStep();
    if (this.#pool) this.#unclosedPool('');
  }
}
