/**
 * Translation parity: a module's translation (`modules/<slug>/<lang>.md`) against its English file.
 *
 * Wording, examples and sources may differ between languages. What may not is everything an LMS record
 * or a score depends on: the module id, mode, pass mark and attempts; each question's id, kind, weight and
 * attempts; the number and ids of its options, items, gaps, groups, cards, regions and story parts; which
 * of them are right; and the question pools. Each difference is an error at the translation's line.
 * A different order of the questions is only a warning (records are kept by id).
 */
import type { ContentIssue, ModuleDoc, Question, QuestionPool } from './types.js';

/** Where the two files are, and the translation's text (for the lines of front-matter keys and pools). */
export interface ParityFiles {
  /** The translation's path, as messages show it. */
  file: string;
  /** The translation's Markdown source. */
  source: string;
  /** The English file's path, as messages show it. */
  englishFile: string;
  /** The English file's Markdown source. */
  englishSource: string;
}

/** A fact about a question that both languages must share: what it is and its value as text. */
type Fact = [what: string, value: string];

const list = (values: readonly (string | number | boolean)[]) => (values.length ? values.join(', ') : 'none');
const ids = (items: readonly { id: string }[]) => list(items.map((i) => i.id));

/**
 * The facts a question's records and scoring depend on, in groups: within a group only the first
 * difference is reported (when the number of options differs, their ids differ too).
 */
function facts(q: Question): Fact[][] {
  switch (q.kind) {
    case 'choice':
      return [[
        ['number of options', String(q.options.length)],
        ['option ids', ids(q.options)],
        ['right options', ids(q.options.filter((o) => o.correct))],
      ], [['one or several right answers', q.multiple ? 'several' : 'one']]];
    case 'truefalse':
      return [[['right answer', String(q.answer)]]];
    case 'order':
      return [[['number of items', String(q.items.length)], ['item ids in the right order', ids(q.items)]]];
    case 'match':
      return [
        [['number of items', String(q.pairs.length)], ['item ids', ids(q.pairs)], ['right pairs', list(q.pairs.map((p) => `${p.id}→${p.target}`))]],
        [['number of partners (decoys included)', String(q.targets.length)]],
      ];
    case 'blanks':
      return [[['number of gaps', String(q.gaps.length)]], [['upper and lower case must match', String(q.caseSensitive)]]];
    case 'sort':
      return [
        [['number of groups', String(q.groups.length)], ['group ids', ids(q.groups)]],
        [['number of cards', String(q.cards.length)], ['card ids', ids(q.cards)], ['right groups', list(q.cards.map((c) => `${c.id}→${c.group}`))]],
      ];
    case 'hotspot':
      return [[
        ['number of regions', String(q.regions.length)],
        ['region ids', ids(q.regions)],
        ['regions to find', ids(q.regions.filter((r) => r.target))],
      ]];
    case 'scenario':
      return [
        [['number of story parts', String(q.nodes.length)], ['story part ids', ids(q.nodes)]],
        [['choices and where they lead', list(q.nodes.flatMap((n) => n.choices.map((c) => `${c.id}→${c.next}`)))]],
        [['endings and their scores', list(q.nodes.filter((n) => n.ending).map((n) => (n.score === undefined ? n.id : `${n.id}=${n.score}`)))]],
      ];
    case 'reflect':
      return [[['number of poll options', String(q.options.length)], ['poll option ids', ids(q.options)]]];
  }
}

function questionsOf(doc: ModuleDoc): Question[] {
  return doc.lessons.flatMap((l) => l.steps.flatMap((s) => (s.question ? [s.question] : [])));
}

/** The 1-based line of the first line matching `pattern`, else `fallback`. */
function lineOf(source: string, pattern: RegExp, fallback = 1): number {
  const index = source.split(/\r\n?|\n/).findIndex((l) => pattern.test(l));
  return index < 0 ? fallback : index + 1;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The line of a front-matter key (`passMark: 70`), else the first line. */
const keyLine = (source: string, key: string) => lineOf(source, new RegExp(`^${escape(key)}\\s*:`));
/** The line of `:::pool id=<id>`. */
const poolLine = (source: string, id: string) => lineOf(source, new RegExp(`^:::\\s*pool\\b.*\\bid=["']?${escape(id)}(?![\\w-])`));

/** Checks a translation against its English module; every issue is at a line of the translation. */
export function checkParity(english: ModuleDoc, translation: ModuleDoc, files: ParityFiles): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const { file, source, englishFile, englishSource } = files;
  const error = (line: number, message: string, hint?: string) => issues.push({ severity: 'error', file, line, message, hint });
  const sameAs = `Keep it as in ${englishFile}: LMS records and scores must mean the same in every language.`;

  // The module: its id keys every record; mode, pass mark and attempts decide the score.
  const em = english.meta;
  const tm = translation.meta;
  const moduleFacts: [key: string, what: string, en: unknown, tr: unknown][] = [
    ['id', 'module id', em.id, tm.id],
    ['mode', 'mode', em.mode, tm.mode],
    ['passMark', 'pass mark', em.passMark, tm.passMark],
    ['attempts', 'attempts per question', em.attempts, tm.attempts],
    ['solutions', 'whether answers may be shown (`solutions`)', em.solutions ?? true, tm.solutions ?? true],
  ];
  for (const [key, what, en, tr] of moduleFacts) {
    if (en !== tr) {
      error(keyLine(source, key), `The ${what} is ${String(tr)} here but ${String(en)} in ${englishFile} (line ${keyLine(englishSource, key)}).`, sameAs);
    }
  }

  // Questions: the same ids, each once, with the same shape and the same right answers.
  const enQuestions = questionsOf(english);
  const trQuestions = questionsOf(translation);
  const trById = new Map(trQuestions.map((q) => [q.id, q]));
  const enById = new Map(enQuestions.map((q) => [q.id, q]));
  let lastLine = 1;
  for (const en of enQuestions) {
    const tr = trById.get(en.id);
    if (!tr) {
      error(lastLine, `The question "${en.id}" (${en.kind}, ${englishFile} line ${en.line ?? 1}) is missing here.`,
        `Translate it with the same id after this line, or rename the question that stands in its place back to "${en.id}".`);
      continue;
    }
    const line = tr.line ?? 1;
    lastLine = line;
    const where = `(${englishFile} line ${en.line ?? 1})`;
    if (tr.kind !== en.kind) {
      error(line, `The question "${en.id}" is a ${tr.kind} question here but a ${en.kind} question in ${englishFile} ${where}.`, sameAs);
      continue;
    }
    if (tr.weight !== en.weight) error(line, `The question "${en.id}" has weight ${tr.weight} here but ${en.weight} in ${englishFile} ${where}.`, sameAs);
    if (tr.attempts !== en.attempts) error(line, `The question "${en.id}" allows ${tr.attempts} attempts here but ${en.attempts} in ${englishFile} ${where}.`, sameAs);
    const enFacts = facts(en);
    const trFacts = facts(tr);
    enFacts.forEach((group, g) => {
      for (const [i, [what, value]] of group.entries()) {
        const mine = trFacts[g][i][1];
        if (mine !== value) {
          error(line, `The question "${en.id}": ${what} is ${mine} here but ${value} in ${englishFile} ${where}.`, sameAs);
          break;
        }
      }
    });
  }
  for (const tr of trQuestions) {
    if (!enById.has(tr.id)) {
      error(tr.line ?? 1, `The question "${tr.id}" (${tr.kind}) is not in ${englishFile}.`,
        'A translation has the same questions with the same ids: remove it, or give it the id of the English question it translates.');
    }
  }
  const shared = enQuestions.filter((q) => trById.has(q.id)).map((q) => q.id);
  const sharedHere = trQuestions.filter((q) => enById.has(q.id)).map((q) => q.id);
  const moved = sharedHere.findIndex((id, i) => id !== shared[i]);
  if (moved >= 0) {
    issues.push({
      severity: 'warning', file, line: trById.get(sharedHere[moved])!.line ?? 1,
      message: `The questions are in another order than in ${englishFile}: "${sharedHere[moved]}" comes where ${englishFile} has "${shared[moved]}".`,
      hint: 'Keep the English order, so a class using two languages meets the same questions in the same place.',
    });
  }

  // Pools: the same ids, draws and questions.
  const enPools = new Map((english.pools ?? []).map((p) => [p.id, p]));
  const trPools = new Map((translation.pools ?? []).map((p) => [p.id, p]));
  const describe = (p: QuestionPool) => `draw ${p.draw} of ${list(p.questions)}`;
  for (const [id, en] of enPools) {
    const tr = trPools.get(id);
    const enLine = poolLine(englishSource, id);
    if (!tr) {
      error(1, `The pool "${id}" (${englishFile} line ${enLine}) is missing here.`, `Open it with \`:::pool id=${id} draw=${en.draw}\` around the same questions.`);
    } else if (describe(tr) !== describe(en)) {
      error(poolLine(source, id), `The pool "${id}" is ${describe(tr)} here but ${describe(en)} in ${englishFile} (line ${enLine}).`, sameAs);
    }
  }
  for (const id of trPools.keys()) {
    if (!enPools.has(id)) error(poolLine(source, id), `The pool "${id}" is not in ${englishFile}.`, 'A translation has the same pools with the same ids and draws.');
  }
  return issues;
}
