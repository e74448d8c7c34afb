/**
 * The SCORM string formats of an interaction record (see `interaction.ts`): SCORM 1.2's (RTE 3.4.2.7)
 * and SCORM 2004's (RTE 4.2.9), which xAPI's `cmi.interaction` shares. Pure functions.
 */
import type { Interaction, InteractionChoice, InteractionResult, InteractionType, InteractionValue } from './interaction.js';

// SCORM 1.2 (RTE 3.4.2.7): types without long-fill-in/other, `wrong` for incorrect, single-character
// choice identifiers, `t`/`f`, `,` between items, every string at most 255 characters.

const SCORM12_CHARS = 'abcdefghijklmnopqrstuvwxyz0123456789';

/** SCORM 1.2 interaction id: letters, digits, `-` and `_` (Moodle: printable ASCII, no spaces), ≤ 255. */
export function scorm12Id(id: string): string {
  return (id.replace(/[^A-Za-z0-9_-]/g, '_') || 'q').slice(0, 255);
}

export function scorm12Type(type: InteractionType): string {
  switch (type) {
    case 'long-fill-in':
      return 'fill-in';
    case 'other':
      return 'performance';
    default:
      return type;
  }
}

export function scorm12Result(result: InteractionResult): string {
  return result === 'incorrect' ? 'wrong' : result;
}

/**
 * The single character SCORM 1.2 uses for an option: the author's id when every id already is one
 * character (`a`, `b`, …, the default), else the option's position (`a` for the first).
 */
function char12(list: InteractionChoice[] | undefined, id: string): string {
  if (!list?.length) return /^[0-9a-z]$/.test(id) ? id : '?';
  if (list.every((c) => /^[0-9a-z]$/.test(c.id))) return id;
  const at = list.findIndex((c) => c.id === id);
  return SCORM12_CHARS[at] ?? '?';
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : text.slice(0, max);
}

/** Free text on one line: LMSs check CMIFeedback and 2004's strings with `^.*$`, which stops at a line break. */
function oneLine(text: string): string {
  return text.replace(/\s*[\r\n\u2028\u2029]+\s*/g, ' ').trim();
}

/** A response or pattern as SCORM 1.2 `CMIFeedback`. */
export function scorm12Value(interaction: Interaction, value: InteractionValue): string {
  switch (value.kind) {
    case 'boolean':
      return value.value ? 't' : 'f';
    case 'ids':
      return clip(value.ids.map((id) => char12(interaction.choices, id)).join(','), 255);
    case 'pairs':
      // performance (a scenario's path): the answers in order, already `node.letter`, e.g. `start.b,asked.a`.
      if (interaction.type === 'performance') return clip(value.pairs.map(([s, t]) => (t.startsWith(`${s}.`) || !s ? t : `${s}.${t}`)).join(','), 255);
      return clip(value.pairs.map(([s, t]) => `${char12(interaction.choices, s)}.${char12(interaction.targets, t)}`).join(','), 255);
    case 'text':
      return clip(value.values.map(oneLine).join(','), 255);
    case 'number':
      return clip(String(value.value), 255);
  }
}

/** SCORM 1.2 weighting: a decimal from −100 to 100. */
export function scorm12Weighting(weight: number): string {
  return String(Math.max(-100, Math.min(100, Number.isFinite(weight) ? weight : 0)));
}

// ---------------------------------------------------------------------------------------------------
// SCORM 2004 (RTE 4.2.9): `[,]` between items, `[.]` inside a matching pair, `true`/`false`,
// short identifiers (≤ 250), `incorrect`.

/**
 * A SCORM 2004 `short_identifier_type` every LMS takes: letters, digits, `_` and `.` only. The standard
 * allows more, but Moodle (4.x) checks `^[\w.]{1,250}$` and refuses the value otherwise (406). A `-` is
 * written as `.` (`chest-price` → `chest.price`): module ids never hold a `.` (scenario choices are
 * `node.letter`), so two ids of one question never meet; any other character becomes `_`.
 */
export function scorm2004ShortId(id: string): string {
  const safe = id.replace(/-/g, '.').replace(/[^\w.]/g, '_').slice(0, 250);
  return safe || 'id';
}

/** SCORM 2004 interaction id (`long_identifier_type`, no spaces, ≤ 4000). */
export function scorm2004Id(id: string): string {
  return (id.replace(/\s+/g, '_') || 'q').slice(0, 4000);
}

export function scorm2004Result(result: InteractionResult): string {
  return result;
}

/**
 * A 2004 `localized_string_type` from free text: one line, and never starting with `{`, which would
 * read as a `{lang=…}` delimiter (LMSs reject it): such text gets an invisible U+200B in front.
 */
function text2004(text: string, max: number): string {
  const line = oneLine(text);
  return clip(line.startsWith('{') ? `\u200B${line}` : line, max);
}

/** A response or pattern in SCORM 2004's format for the interaction's type. */
export function scorm2004Value(interaction: Interaction, value: InteractionValue): string {
  switch (value.kind) {
    case 'boolean':
      return value.value ? 'true' : 'false';
    case 'ids':
      return value.ids.map(scorm2004ShortId).join('[,]');
    case 'pairs':
      // performance: `step[.]answer`, the step a short identifier (or empty), the answer one too (Moodle checks both).
      if (interaction.type === 'performance') {
        return value.pairs.slice(0, 250).map(([s, t]) => `${s ? scorm2004ShortId(s) : ''}[.]${scorm2004ShortId(t)}`).join('[,]');
      }
      return value.pairs.map(([s, t]) => `${scorm2004ShortId(s)}[.]${scorm2004ShortId(t)}`).join('[,]');
    case 'text':
      // Fill-in takes up to 10 strings of 250; long-fill-in and other one string of 4000, performance 250.
      if (interaction.type === 'fill-in') return value.values.slice(0, 10).map((v) => text2004(v.replace(/\[,\]/g, ','), 250)).join('[,]');
      return text2004(value.values.join(' '), interaction.type === 'long-fill-in' || interaction.type === 'other' ? 4000 : 250);
    case 'number':
      return String(value.value);
  }
}

/**
 * A correct-response pattern in SCORM 2004's format (numeric patterns are ranges `min[:]max`; a
 * fill-in whose case matters starts with `{case_matters=true}`, false being the default).
 */
export function scorm2004Pattern(interaction: Interaction, value: InteractionValue): string {
  if (value.kind === 'number') return `${value.value}[:]${value.value}`;
  const pattern = scorm2004Value(interaction, value);
  return interaction.type === 'fill-in' && interaction.caseMatters ? `{case_matters=true}${pattern}` : pattern;
}
