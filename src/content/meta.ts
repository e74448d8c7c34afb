/**
 * Reads and checks a module's front matter. Every field a published module needs is checked, with
 * the line of the field (or of the front matter) and a hint.
 */
import type { ContentIssue, ModuleMeta, ScoreBand, Source, VocabularyEntry } from './types.js';
import { renderMarkdown } from './markdown.js';
import { LANGUAGE_TAG, MODULE_ID, isSourceUrl, printable } from './grammar.js';

interface MetaContext {
  file: string;
  source: string;
  langFromFile?: string;
  /** Missing catalogue fields (summary, ages, …) are errors, not warnings: for published modules. */
  strict?: boolean;
  report(line: number, message: string, hint?: string, severity?: ContentIssue['severity']): void;
}

const DIGCOMP = /^[1-5]\.[1-6]$/;

/** The 1-based line of `key:` in the front matter, else 1. */
function lineOf(source: string, key: string): number {
  const lines = source.split(/\r\n?|\n/);
  const end = lines.findIndex((l, i) => i > 0 && /^(---|\.\.\.)\s*$/.test(l));
  const i = lines.slice(0, end === -1 ? lines.length : end).findIndex((l) => new RegExp(`^${key}\\s*:`).test(l));
  return i === -1 ? 1 : i + 1;
}

const asString = (v: unknown) => (typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : '');
const asList = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined || v === null ? [] : [v]);
/** A number written as a number or a numeric string; anything else (a list, a map, empty) is NaN. */
const asNumber = (v: unknown) => (typeof v === 'number' ? v : typeof v === 'string' && v.trim() ? Number(v) : NaN);
/** A value as the author wrote it, for messages (YAML aliases can make it circular). */
const show = (v: unknown) => {
  try {
    return printable(JSON.stringify(v) ?? String(v));
  } catch {
    return 'an entry that cannot be shown';
  }
};

/** Builds `ModuleMeta` from parsed YAML, reporting each missing or malformed field. */
export function readMeta(raw: unknown, ctx: MetaContext): ModuleMeta {
  const fm = (raw && typeof raw === 'object' && !Array.isArray(raw) ? raw : {}) as Record<string, unknown>;
  const at = (key: string) => lineOf(ctx.source, key);
  // id and title are needed to play; the rest is needed to publish (a warning while drafting).
  const publish: ContentIssue['severity'] = ctx.strict ? 'error' : 'warning';
  const need = (key: string, hint: string, severity: ContentIssue['severity'] = publish) => {
    const value = asString(fm[key]);
    if (!value) ctx.report(at(key), `The front matter has no \`${key}\`.`, hint, severity);
    return value;
  };

  const id = need('id', 'Add `id: my-module` (kebab-case; it keys saved progress).', 'error');
  if (id && !MODULE_ID.test(id)) {
    ctx.report(at('id'), `The module id ${show(id)} is not kebab-case.`, 'Use lower-case letters, digits and single "-" (at most 64 characters), e.g. `strong-passwords`.');
  }
  const title = need('title', 'Add `title: …`, the name students see.', 'error');
  const summary = need('summary', 'Add `summary: …`, one sentence for the catalogue.');
  const ages = need('ages', 'Add `ages: 10-14`.');
  if (ages && !/^\d{1,2}\s*[-–]\s*\d{1,2}$|^\d{1,2}\+$/.test(ages)) {
    ctx.report(at('ages'), `\`ages\` should look like "10-14" or "13+", not "${ages}".`, 'Write the youngest and oldest age, e.g. `ages: 10-14`, or a lower bound, `ages: 13+`.');
  }
  const lang = asString(fm.lang) || ctx.langFromFile || 'en';
  if (!LANGUAGE_TAG.test(lang)) {
    ctx.report(at('lang'), `The language ${show(lang)} is not a language tag.`, 'Write a language code such as `en`, `cs` or `pt-BR`: 2–3 lower-case letters, then optional `-` parts of letters and digits.');
  }

  const minutes = asNumber(fm.minutes);
  if (!Number.isFinite(minutes) || minutes <= 0) {
    ctx.report(at('minutes'), '`minutes` must be a positive number.', 'Add `minutes: 30`, the time a class needs.', fm.minutes === undefined ? publish : 'error');
  }
  const passMark = fm.passMark === undefined ? 70 : asNumber(fm.passMark);
  if (!Number.isFinite(passMark) || passMark < 0 || passMark > 100) {
    ctx.report(at('passMark'), '`passMark` must be a percentage from 0 to 100.', 'e.g. `passMark: 70`.');
  }
  const attempts = fm.attempts === undefined ? 2 : asNumber(fm.attempts);
  if (!Number.isInteger(attempts) || attempts < 1) {
    ctx.report(at('attempts'), '`attempts` must be a whole number of at least 1.', 'e.g. `attempts: 2`: the tries a student gets per question (a block\'s own `attempts=` wins).');
  }
  if (fm.solutions !== undefined && typeof fm.solutions !== 'boolean') {
    ctx.report(at('solutions'), `\`solutions\` must be true or false, not ${show(fm.solutions)}.`, '`solutions: false` keeps the right answers hidden from students (no Show the answer).');
  }
  const mode = fm.mode === undefined ? 'graded' : fm.mode;
  if (mode !== 'graded' && mode !== 'practice') {
    ctx.report(at('mode'), `\`mode\` must be \`graded\` or \`practice\`, not ${show(mode)}.`, '`graded` reports a score and pass/fail; `practice` is an ungraded self-check.');
  }

  const digcomp = asList(fm.digcomp).map(asString);
  if (!digcomp.length) ctx.report(at('digcomp'), 'The front matter has no `digcomp` competences.', 'List DigComp 2.2 numbers, e.g. `digcomp: [4.2, 2.6]`.', publish);
  for (const c of digcomp) {
    if (!DIGCOMP.test(c)) ctx.report(at('digcomp'), `"${c}" is not a DigComp 2.2 competence number.`, 'Use area.competence, e.g. 4.2.');
  }
  const objectives = asList(fm.objectives).map(asString).filter(Boolean);
  if (!objectives.length) ctx.report(at('objectives'), 'The front matter has no `objectives`.', 'List what a student can do afterwards, one per line starting with `- `.', publish);

  const sources: Source[] = [];
  for (const s of asList(fm.sources)) {
    const rec = (s && typeof s === 'object' ? s : {}) as Record<string, unknown>;
    const src = { title: asString(rec.title), url: asString(rec.url) };
    if (!src.title || !isSourceUrl(src.url)) {
      ctx.report(
        at('sources'),
        src.title && /^https:\/\//.test(src.url) ? `The source "${src.title}" has a malformed URL: ${show(src.url)}.` : `A source needs a \`title\` and an https \`url\`: ${show(s)}.`,
        'Write `- title: NCSC – Three random words` and `url: https://…`, the address as the browser shows it.',
      );
    } else {
      sources.push(src);
    }
  }
  if (!asList(fm.sources).length) ctx.report(at('sources'), 'The front matter has no `sources`.', 'Every module cites the authorities behind its facts: `sources:` with `title` and `url`.', publish);

  const vocabulary: VocabularyEntry[] = [];
  const rawVocab = fm.vocabulary;
  if (rawVocab && typeof rawVocab === 'object' && !Array.isArray(rawVocab)) {
    for (const [term, definition] of Object.entries(rawVocab)) vocabulary.push({ term, definition: asString(definition) });
  } else {
    for (const v of asList(rawVocab)) {
      const rec = (v && typeof v === 'object' ? v : {}) as Record<string, unknown>;
      if (asString(rec.term)) vocabulary.push({ term: asString(rec.term), definition: asString(rec.definition) });
      else ctx.report(at('vocabulary'), `A vocabulary entry needs \`term\` and \`definition\`: ${show(v)}.`, 'Write `- term: Phishing` and, indented under it, `definition: …`.');
    }
  }

  const bands: ScoreBand[] = [];
  for (const b of asList(fm.bands)) {
    const rec = (b && typeof b === 'object' ? b : {}) as Record<string, unknown>;
    const min = asNumber(rec.min);
    const max = asNumber(rec.max);
    const feedback = asString(rec.feedback);
    if (!Number.isFinite(min) || !Number.isFinite(max) || min > max || !feedback) {
      ctx.report(at('bands'), `A score band needs \`min\`, \`max\` (percent) and \`feedback\`: ${show(b)}.`, 'e.g. `- { min: 0, max: 49, feedback: "Have another look at lesson 2." }`, with min at most max.');
    } else {
      bands.push({ min, max, feedbackHtml: renderMarkdown(feedback) });
    }
  }

  return {
    id,
    lang,
    title,
    summary,
    ages,
    minutes: Number.isFinite(minutes) && minutes > 0 ? minutes : 0,
    digcomp,
    objectives,
    vocabulary,
    passMark: Number.isFinite(passMark) ? Math.min(100, Math.max(0, passMark)) : 70,
    mode: mode === 'practice' ? 'practice' : 'graded',
    attempts: Number.isInteger(attempts) && attempts >= 1 ? attempts : 2,
    teacherLed: fm.teacherLed === true,
    ...(fm.solutions === false ? { solutions: false } : {}),
    sources,
    bands,
    related: asList(fm.related).map(asString).filter(Boolean),
  };
}
