/**
 * Reads a module's front matter: the part of YAML 1.2 the module format documents, and nothing more.
 *
 * Read: `key: value` maps (nested by indentation), `- item` lists (of values or of maps, also at the
 * key's own indentation), `[a, b]` and `{ k: v }` on one line or several, plain, 'single' and "double"
 * quoted text (with YAML's escapes), `|` and `>` blocks of text (with `-` or `+`), several-line plain
 * text, `#` comments, and the core schema's values (numbers, true/false, null, `~`).
 * Refused, each with its line and a hint: anchors and aliases (`&a`, `*a`), tags (`!x`), directives
 * (`%YAML`), complex keys (`? `), repeated keys, tabs in indentation, and anything that is not YAML.
 * A second document cannot occur: the front matter ends at the first `---` or `...` line.
 *
 * Why our own: the format needs a small, fixed part of YAML, and a general YAML library is most of the
 * Markdown path's download. Every value is read in one pass, in time linear in the text's length, and
 * no text can make it expand (there are no aliases).
 */

/** A problem in the front matter: its line (of the file) and what to say. */
export interface FrontMatterError {
  line: number;
  message: string;
  hint: string;
}

export interface FrontMatterResult {
  /** The value read (null for empty front matter); `{}` when there are errors. */
  value: unknown;
  errors: FrontMatterError[];
}

const NOT_VALID = 'Front matter is not valid YAML';
/** The most problems one front matter reports. */
const MAX_ERRORS = 20;
const HINT = 'Check indentation and quote values that contain ": ".';

class Stop extends Error {
  constructor(readonly line: number, message: string, readonly hint = HINT) {
    super(message);
  }
}

/** What is refused although it is YAML: the message and hint for each leading character. */
const REFUSED: Record<string, [string, string]> = {
  '&': ['anchors (`&name`) are not part of the module format', 'Write each value out instead of using YAML anchors (`&name`) and aliases (`*name`).'],
  '*': ['aliases (`*name`) are not part of the module format', 'Write each value out instead of using YAML anchors (`&name`) and aliases (`*name`).'],
  '!': ['tags (`!name`) are not part of the module format', 'Remove the tag: write the value as plain text, a number, true or false.'],
  '%': ['directives (`%YAML`) are not part of the module format', 'Remove the line: front matter needs no directives.'],
  '?': ['complex keys (`? `) are not part of the module format', 'Write each field as `key: value` on one line.'],
};
const refuse = (line: number, c: string): never => {
  const [what, hint] = REFUSED[c];
  throw new Stop(line, `Front matter cannot be read: ${what}.`, hint);
};

const ESCAPES: Record<string, string> = {
  '0': '\0', a: '\x07', b: '\b', t: '\t', '\t': '\t', n: '\n', v: '\v', f: '\f', r: '\r', e: '\x1b', ' ': ' ',
  '"': '"', '/': '/', '\\': '\\', N: '\x85', _: '\xa0', L: '\u2028', P: '\u2029',
};
const HEX_LENGTH: Record<string, number> = { x: 2, u: 4, U: 8 };

/** A plain scalar's value under YAML 1.2's core schema: null, true/false, a number, else the text. */
export function resolvePlain(text: string): unknown {
  if (/^(?:~|null|Null|NULL|)$/.test(text)) return null;
  if (/^(?:true|True|TRUE)$/.test(text)) return true;
  if (/^(?:false|False|FALSE)$/.test(text)) return false;
  if (/^[-+]?[0-9]+$/.test(text)) return Number(text);
  if (/^0o[0-7]+$/.test(text)) return parseInt(text.slice(2), 8);
  if (/^0x[0-9a-fA-F]+$/.test(text)) return parseInt(text.slice(2), 16);
  if (/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/.test(text)) return Number(text);
  if (/^[-+]?\.(?:inf|Inf|INF)$/.test(text)) return text.startsWith('-') ? -Infinity : Infinity;
  if (/^\.(?:nan|NaN|NAN)$/.test(text)) return NaN;
  return text;
}

/** A map that cannot reach `Object.prototype` through a key such as `__proto__`. */
const newMap = (): Record<string, unknown> => Object.create(null) as Record<string, unknown>;

/** The reader: a position in the front matter's lines, and the lines themselves. */
class Reader {
  /** The line being read (an index into `lines`). */
  i = 0;
  /** Problems found in top-level fields so far (reading went on after each). */
  readonly errors: Stop[] = [];

  constructor(
    private readonly lines: string[],
    /** The file line of `lines[0]`. */
    private readonly first: number,
    private readonly maxDepth: number,
  ) {}

  lineNo(i = this.i) {
    return i + this.first;
  }

  private fail(message: string, i = this.i, hint = HINT): never {
    throw new Stop(this.lineNo(i), `${NOT_VALID}: ${message}`, hint);
  }

  /** The next line with content (not blank, not only a comment) from `i`, or -1. */
  next(): number {
    for (; this.i < this.lines.length; this.i++) {
      const t = this.lines[this.i].trimStart();
      if (t && !t.startsWith('#')) return this.i;
    }
    return -1;
  }

  /** The indentation of line `i` in spaces; a tab before its content is an error. */
  indent(i: number): number {
    const line = this.lines[i];
    const n = line.length - line.trimStart().length;
    if (line.slice(0, n).includes('\t')) this.fail('a tab indents this line.', i, 'Indent with spaces only.');
    return n;
  }

  /** Reads everything: one node at the top. */
  document(): unknown {
    if (this.next() === -1) return null;
    const value = this.node(-1, 0);
    if (this.next() !== -1) this.fail('this line does not fit the indentation above it.');
    return value;
  }

  /** A block node whose lines are indented more than `parent` (the current line is its first). */
  private node(parent: number, depth: number): unknown {
    if (depth > this.maxDepth) this.fail(`lists and maps nest more than ${this.maxDepth} levels deep here.`, this.i, 'Flatten the front matter.');
    const at = this.indent(this.i);
    const text = this.lines[this.i].slice(at);
    if (/^-(?:\s|$)/.test(text)) return this.sequence(at, depth);
    if (this.keyOf(text)) return this.map(at, depth);
    this.i += 1;
    return this.value(text, parent, at, depth);
  }

  /**
   * The key at the start of `text` and what follows its colon, or null if `text` is not `key: …`.
   * Keys are plain text or quoted on one line.
   */
  private keyOf(text: string): { key: string; rest: string } | null {
    if (text.startsWith('"') || text.startsWith("'")) {
      const c = new Cursor([text], 0, this.first + this.i);
      const key = c.quoted();
      const m = /^\s*:(?:\s+|$)/.exec(text.slice(c.col));
      return c.row === 0 && m ? { key, rest: text.slice(c.col + m[0].length) } : null;
    }
    if (/^[[{&*!|>%@`#]/.test(text) || /^\?\s/.test(text)) return null;
    const m = /:(?:\s+|$)/.exec(text);
    if (!m) return null;
    const key = text.slice(0, m.index).trimEnd();
    if (/\s#/.test(key)) return null;
    return { key, rest: text.slice(m.index + m[0].length) };
  }

  private map(at: number, depth: number): Record<string, unknown> {
    const out = newMap();
    const seen = new Map<string, number>();
    while (this.next() !== -1 && this.indent(this.i) >= at) {
      const start = this.i;
      try {
        this.field(out, seen, at, depth);
      } catch (err) {
        // At the top, a broken field is noted and reading goes on at the next field, so one check
        // lists every mistake (up to MAX_ERRORS); deeper down, the field it belongs to is broken.
        if (depth > 0 || !(err instanceof Stop) || this.errors.length >= MAX_ERRORS - 1) throw err;
        this.errors.push(err);
        for (this.i = start + 1; this.i < this.lines.length; this.i++) {
          const line = this.lines[this.i];
          const t = line.trimStart();
          if (t && !t.startsWith('#') && line.length - t.length <= at) break;
        }
      }
    }
    return out;
  }

  /** One `key: value` field of a map at indentation `at`, into `out`. */
  private field(out: Record<string, unknown>, seen: Map<string, number>, at: number, depth: number) {
    if (this.indent(this.i) > at) this.fail('this line is indented more than the field above it expects.');
    const text = this.lines[this.i].slice(at);
    if (text.startsWith('?') && /^\?(?:\s|$)/.test(text)) refuse(this.lineNo(), '?');
    const entry = this.keyOf(text);
    if (!entry) this.fail(/^-(?:\s|$)/.test(text) ? 'a `- ` item where a `key: value` field was expected.' : 'this line is not `key: value`.');
    const first = seen.get(entry.key);
    if (first !== undefined) this.fail(`the key "${entry.key}" appears twice (first on line ${first}).`, this.i, 'Keep one of the two lines.');
    seen.set(entry.key, this.lineNo());
    const line = this.i;
    this.i += 1;
    const rest = entry.rest.startsWith('#') ? '' : entry.rest;
    if (!rest && this.next() !== -1 && this.indent(this.i) === at && /^-(?:\s|$)/.test(this.lines[this.i].slice(at))) {
      out[entry.key] = this.sequence(at, depth + 1); // a list may sit at its key's own indentation
      return;
    }
    this.i = line + 1;
    out[entry.key] = this.value(rest, at, at + (this.lines[line].length - at - entry.rest.length), depth + 1);
  }

  private sequence(at: number, depth: number): unknown[] {
    const out: unknown[] = [];
    while (this.next() !== -1 && this.indent(this.i) >= at) {
      if (this.indent(this.i) > at) this.fail('this line is indented more than the list above it expects.');
      const line = this.lines[this.i];
      if (!/^-(?:\s|$)/.test(line.slice(at))) break; // the list ends; what follows is the parent's
      const rest = line.slice(at + 1).trimStart();
      if (!rest || rest.startsWith('#')) {
        this.i += 1;
        out.push(this.value('', at, at + 1, depth + 1));
      } else {
        // The item's own lines start where its text does: read them as if the `-` were a space.
        this.lines[this.i] = ' '.repeat(line.length - rest.length) + rest;
        out.push(this.node(at, depth + 1));
      }
    }
    return out;
  }

  /**
   * A value whose text starts `text` (at column `col` of the line before `this.i`), for a node
   * indented more than `parent`: empty (then a block below it, or null), a block of text, a flow
   * collection, quoted or plain text.
   */
  private value(text: string, parent: number, col: number, depth: number): unknown {
    const start = this.i - 1;
    const c0 = text[0];
    if (!text || c0 === '#') {
      if (this.next() !== -1 && this.indent(this.i) > parent) return this.node(parent, depth);
      return null;
    }
    if (c0 in REFUSED && (c0 !== '?' || /^\?\s/.test(text))) refuse(this.lineNo(start), c0);
    if (c0 === '@' || c0 === '`') this.fail(`a value cannot start with \`${c0}\`.`, start, 'Put the value in quotes.');
    if (c0 === '|' || c0 === '>') return this.block(text, parent, start);
    if (c0 === '[' || c0 === '{' || c0 === '"' || c0 === "'") {
      const cursor = new Cursor(this.lines, start, this.first, col, this.maxDepth - depth, parent);
      const value = cursor.flowNode(c0 === '"' || c0 === "'" ? 'block' : 'flow');
      cursor.endOfValue();
      this.i = cursor.row + 1;
      return value;
    }
    return this.plain(text, parent, start);
  }

  /** Plain text, perhaps continued on lines indented more than `parent` (joined with spaces). */
  private plain(text: string, parent: number, start: number): unknown {
    const first = stripComment(text);
    if (/:(?:\s|$)/.test(first)) this.fail('a value contains ": " (a colon and a space).', start);
    if (first.length < text.trimEnd().length) return resolvePlain(first); // a comment ends it
    let out = first;
    let breaks = 0;
    for (; this.i < this.lines.length; this.i++) {
      const line = this.lines[this.i];
      const t = line.trim();
      if (!t) {
        breaks += 1;
        continue;
      }
      if (t.startsWith('#') || this.indent(this.i) <= parent) break;
      const more = stripComment(t);
      if (/:(?:\s|$)/.test(more) || /^-(?:\s|$)/.test(more)) this.fail('this line continues the text above it but looks like a field or an item.');
      out += breaks ? '\n'.repeat(breaks) : ' ';
      out += more;
      breaks = 0;
      if (more.length < t.length) {
        this.i += 1;
        break;
      }
    }
    return out === first ? resolvePlain(first) : out;
  }

  /** A `|` (literal) or `>` (folded) block of text, with `-` (strip) or `+` (keep) for its last line breaks. */
  private block(header: string, parent: number, start: number): string {
    const m = /^([|>])([-+]?)\s*(?:#.*)?$/.exec(header);
    if (!m) this.fail('a `|` or `>` block takes only `-` or `+` after it.', start, 'Write `|`, `|-`, `>` or `>-` and the text on the lines below, indented.');
    const body: string[] = [];
    let at = -1;
    for (; this.i < this.lines.length; this.i++) {
      const line = this.lines[this.i];
      if (!line.trim()) {
        body.push('');
        continue;
      }
      const n = this.indent(this.i);
      if (at === -1) {
        if (n <= parent) break;
        at = n;
      }
      if (n < at) break;
      body.push(line.slice(at));
    }
    let trailing = 0;
    while (body.length && body[body.length - 1] === '') {
      body.pop();
      trailing += 1;
    }
    const text = m[1] === '|' ? body.join('\n') : fold(body);
    if (m[2] === '-' || !body.length) return m[2] === '+' ? '\n'.repeat(trailing) : text;
    return text + (m[2] === '+' ? '\n'.repeat(trailing + 1) : '\n');
  }
}

/** `text` up to a ` #` comment, trimmed. */
function stripComment(text: string): string {
  const m = /(?:^|\s)#/.exec(text);
  return (m ? text.slice(0, m.index) : text).trim();
}

/** Folds a `>` block: lines joined with spaces, blank lines kept as line breaks, indented lines as they are. */
function fold(lines: string[]): string {
  let out = '';
  let breaks = 0;
  let started = false;
  let prevMore = false;
  for (const line of lines) {
    if (!line) {
      breaks += 1;
      continue;
    }
    const more = /^[ \t]/.test(line);
    if (!started) out = '\n'.repeat(breaks) + line;
    else if (!breaks) out += (more || prevMore ? '\n' : ' ') + line;
    else out += '\n'.repeat(breaks + (more || prevMore ? 1 : 0)) + line;
    started = true;
    breaks = 0;
    prevMore = more;
  }
  return out;
}

/**
 * A cursor over the lines for what can run across them: quoted text and `[…]`/`{…}` collections.
 * A line's end reads as `\n`; after the last line, `''`.
 */
class Cursor {
  /** The first line that is not the value's: one indented no more than its parent (YAML's rule). */
  private end = Infinity;

  constructor(
    private readonly lines: string[],
    public row: number,
    private readonly first: number,
    public col = 0,
    private readonly depthLeft = 20,
    /** The indentation of the value's parent (its key or `-`): later lines must be indented more. */
    private readonly parent = -1,
  ) {}

  private cur(): string {
    const line = this.lines[this.row];
    if (line === undefined || this.row >= this.end) return '';
    return this.col < line.length ? line[this.col] : '\n';
  }

  private peek(n = 1): string {
    const line = this.lines[this.row] ?? '';
    return line[this.col + n] ?? '\n';
  }

  private step() {
    if (this.cur() !== '\n') {
      this.col += 1;
      return;
    }
    this.row += 1;
    this.col = 0;
    const line = this.lines[this.row];
    if (line !== undefined && line.trim() && line.length - line.trimStart().length <= this.parent) this.end = this.row;
  }

  private fail(message: string, row = this.row, hint = HINT): never {
    throw new Stop(row + this.first, `${NOT_VALID}: ${message}`, hint);
  }

  /** Skips spaces, line breaks and `#` comments (a `#` after a space or at a line's start). */
  private space() {
    for (;;) {
      const c = this.cur();
      if (c === ' ' || c === '\t' || c === '\n') this.step();
      else if (c === '#' && (this.col === 0 || /\s/.test(this.lines[this.row][this.col - 1]))) this.col = this.lines[this.row].length;
      else return;
    }
  }

  /** After a value on its line: nothing but a comment. */
  endOfValue() {
    const rest = (this.lines[this.row] ?? '').slice(this.col);
    if (rest.trim() && !/^\s+#/.test(rest)) this.fail(`unexpected text after the value: "${rest.trim().slice(0, 40)}".`);
  }

  /** A value in a `[…]` or `{…}` (or a quoted value on its own in a block). */
  flowNode(context: 'flow' | 'block', depth = 0): unknown {
    const c = this.cur();
    if (c === '"' || c === "'") return this.quoted();
    if (c === '[' || c === '{') {
      if (depth >= this.depthLeft) this.fail('brackets nest too deeply here.');
      return c === '[' ? this.list(depth + 1) : this.flowMap(depth + 1);
    }
    if (c in REFUSED && (c !== '?' && c !== '%')) refuse(this.row + this.first, c);
    if (context === 'flow' && (c === '@' || c === '`' || c === '|' || c === '>')) this.fail(`a value cannot start with \`${c}\`.`, this.row, 'Put the value in quotes.');
    return resolvePlain(this.plainFlow());
  }

  /** Plain text inside brackets: up to `,`, `]`, `}`, `: ` or a comment; line breaks read as spaces. */
  private plainFlow(): string {
    let out = '';
    let pending = '';
    for (;;) {
      const c = this.cur();
      if (c === '' || c === ',' || c === ']' || c === '}' || c === '[' || c === '{') break;
      if (c === ':' && /[\s,\]}[{]/.test(this.peek())) break;
      if (c === '#' && (this.col === 0 || /\s/.test(this.lines[this.row][this.col - 1]))) break;
      if (c === '\n' || c === ' ' || c === '\t') {
        pending += c === '\n' ? '\n' : ' ';
        this.step();
        continue;
      }
      if (pending) out += out ? (pending.includes('\n') ? foldBreaks(pending) : pending) : '';
      pending = '';
      out += c;
      this.step();
    }
    return out;
  }

  private list(depth: number): unknown[] {
    const open = this.row;
    this.step();
    const out: unknown[] = [];
    for (;;) {
      this.space();
      if (this.cur() === ']') break;
      if (this.cur() === '') this.fail('a `[` is never closed.', open, 'Close the list with `]`.');
      if (this.cur() === ',') this.fail('a list has an empty entry (two commas).');
      if (this.cur() === '}') this.fail('a `}` closes a `[`.');
      out.push(this.flowNode('flow', depth));
      this.space();
      if (this.cur() === ':') this.fail('a `key: value` pair inside `[…]`.', this.row, 'Write `{ key: value }` for a map.');
      if (this.cur() === ',') this.step();
      else if (this.cur() !== ']') {
        if (this.cur() === '') this.fail('a `[` is never closed.', open, 'Close the list with `]`.');
        this.fail('the entries of a `[…]` list need commas between them.');
      }
    }
    this.step();
    return out;
  }

  private flowMap(depth: number): Record<string, unknown> {
    const open = this.row;
    this.step();
    const out = newMap();
    for (;;) {
      this.space();
      if (this.cur() === '}') break;
      if (this.cur() === '') this.fail('a `{` is never closed.', open, 'Close the map with `}`.');
      if (this.cur() === ',') this.fail('a map has an empty entry (two commas).');
      if (this.cur() === '[' || this.cur() === '{' || this.cur() === ']') this.fail('a key of a `{…}` map must be text.');
      const row = this.row;
      const key = String(this.flowNode('flow', depth));
      if (Object.prototype.hasOwnProperty.call(out, key)) this.fail(`the key "${key}" appears twice.`, row, 'Keep one of the two.');
      this.space();
      let value: unknown = null;
      if (this.cur() === ':') {
        this.step();
        this.space();
        if (this.cur() !== ',' && this.cur() !== '}') value = this.flowNode('flow', depth);
        this.space();
      }
      out[key] = value;
      if (this.cur() === ',') this.step();
      else if (this.cur() !== '}') {
        if (this.cur() === '') this.fail('a `{` is never closed.', open, 'Close the map with `}`.');
        if (this.cur() === ']') this.fail('a `]` closes a `{`.');
        this.fail('the entries of a `{…}` map need commas between them.');
      }
    }
    this.step();
    return out;
  }

  /** 'single' or "double" quoted text; line breaks inside fold to a space (a blank line to a break). */
  quoted(): string {
    const q = this.cur();
    const open = this.row;
    this.step();
    let out = '';
    /** Spaces not yet added: dropped if a line break follows them. */
    let ws = '';
    for (;;) {
      const c = this.cur();
      if (c === '') this.fail(`a ${q === '"' ? 'double' : 'single'} quote is never closed.`, open, `End the text with ${q}.`);
      if (c === q) {
        if (q === "'" && this.peek() === "'") {
          out += `${ws}'`;
          ws = '';
          this.col += 2;
          continue;
        }
        this.step();
        return out + ws;
      }
      if (c === ' ' || c === '\t') {
        ws += c;
        this.step();
        continue;
      }
      if (c === '\n') {
        ws = '';
        let breaks = 0;
        for (this.step(); this.cur() !== '' && !this.lines[this.row].trim(); this.step()) {
          this.col = this.lines[this.row].length;
          breaks += 1;
        }
        if (this.cur() === '') continue;
        while (this.cur() === ' ' || this.cur() === '\t') this.step();
        out += breaks ? '\n'.repeat(breaks) : ' ';
        continue;
      }
      out += ws;
      ws = '';
      if (c === '\\' && q === '"') {
        const e = this.peek();
        if (e === '\n') {
          // An escaped line break: the lines join with nothing between them.
          this.step();
          this.step();
          while (this.cur() === ' ' || this.cur() === '\t') this.step();
          continue;
        }
        if (e in HEX_LENGTH) {
          const hex = (this.lines[this.row] ?? '').slice(this.col + 2, this.col + 2 + HEX_LENGTH[e]);
          const code = /^[0-9a-fA-F]+$/.test(hex) && hex.length === HEX_LENGTH[e] ? parseInt(hex, 16) : NaN;
          if (!(code <= 0x10ffff)) this.fail(`\`\\${e}\` needs ${HEX_LENGTH[e]} hex digits.`, this.row, 'Write the character itself instead of an escape.');
          out += String.fromCodePoint(code);
          this.col += 2 + HEX_LENGTH[e];
          continue;
        }
        if (!(e in ESCAPES)) this.fail(`\`\\${e}\` is not an escape in "double quotes".`, this.row, 'Write `\\\\` for a backslash, or use \'single quotes\'.');
        out += ESCAPES[e];
        this.col += 2;
        continue;
      }
      out += c;
      this.step();
    }
  }
}

/** Line breaks (and the spaces around them) in plain text inside brackets: one break reads as a space. */
function foldBreaks(ws: string): string {
  const n = ws.split('\n').length - 1;
  return n <= 1 ? ' ' : '\n'.repeat(n - 1);
}

/**
 * Reads front matter `lines` (without the `---` lines) whose first is line `firstLine` of the file.
 * Never throws: problems come back as errors with their lines (every broken top-level field, up to 20;
 * the value is then `{}`). `maxDepth` limits nesting.
 */
export function readFrontMatterLines(lines: string[], firstLine: number, maxDepth = 20): FrontMatterResult {
  const reader = new Reader([...lines], firstLine, maxDepth);
  const errors: FrontMatterError[] = [];
  let value: unknown = {};
  try {
    const directive = lines.findIndex((l) => l.startsWith('%'));
    if (directive !== -1) refuse(directive + firstLine, '%');
    value = reader.document();
  } catch (err) {
    if (!(err instanceof Stop)) throw err;
    reader.errors.push(err);
  }
  for (const e of reader.errors) errors.push({ line: e.line, message: e.message, hint: e.hint });
  return errors.length ? { value: {}, errors } : { value, errors };
}
