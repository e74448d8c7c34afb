/**
 * Checks that data claiming to be a compiled module (JSON from any URL) has the shape the player
 * needs. Returns human-readable problems; an empty list means the player can use it.
 */
import { LANGUAGE_TAG, MODULE_ID, printable } from './grammar.js';
import { FORMAT_VERSION, type ModuleDoc } from './types.js';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isString = (v: unknown): v is string => typeof v === 'string';
/** A list of objects each with a string `id` and the given string fields, ids unique. */
const isIdList = (v: unknown, ...fields: string[]): v is Array<Record<string, unknown>> =>
  Array.isArray(v) &&
  v.every((x) => isObject(x) && isString(x.id) && x.id !== '' && fields.every((f) => isString(x[f]))) &&
  new Set(v.map((x) => (x as { id: string }).id)).size === v.length;
const ids = (v: Array<Record<string, unknown>>) => new Set(v.map((x) => x.id as string));

/** Any value as text for a message (a JSON object such as `{"toString": 1}` cannot be put in a template). */
const show = (v: unknown): string => {
  if (isString(v)) return v;
  try {
    return JSON.stringify(v) ?? String(v);
  } catch {
    return typeof v;
  }
};

function checkQuestion(raw: unknown, where: string, problems: string[], objectives: number) {
  if (!isObject(raw)) return problems.push(`${where}: the question is not an object.`);
  const q: Record<string, unknown> = { ...raw, id: show(raw.id) };
  if (!isString(raw.id) || !raw.id) problems.push(`${where}: a question has no id.`);
  if (!isString(q.promptHtml)) problems.push(`${where}: question "${q.id}" has no prompt.`);
  if (typeof q.attempts !== 'number' || q.attempts < 1) problems.push(`${where}: question "${q.id}" has no valid attempts.`);
  if (typeof q.weight !== 'number' || q.weight < 0) problems.push(`${where}: question "${q.id}" has no valid weight.`);
  if (q.solution !== undefined && q.solution !== false) problems.push(`${where}: question "${q.id}" has a \`solution\` that is not false.`);
  if (q.objective !== undefined && !(Number.isInteger(q.objective) && (q.objective as number) >= 1 && (q.objective as number) <= objectives)) {
    problems.push(`${where}: question "${q.id}" names objective ${show(q.objective)}, which the module does not list.`);
  }
  switch (q.kind) {
    case 'choice':
      if (!Array.isArray(q.options) || q.options.length < 2) problems.push(`${where}: choice "${q.id}" needs two or more options.`);
      else if (!q.options.every((o) => isObject(o) && isString(o.id) && isString(o.html) && typeof o.correct === 'boolean')) {
        problems.push(`${where}: choice "${q.id}" has a malformed option.`);
      } else if (!q.options.some((o) => (o as { correct: boolean }).correct)) problems.push(`${where}: choice "${q.id}" has no correct option.`);
      break;
    case 'truefalse':
      if (typeof q.answer !== 'boolean') problems.push(`${where}: true/false "${q.id}" has no answer.`);
      break;
    case 'order':
      if (!isIdList(q.items, 'html') || q.items.length < 2) problems.push(`${where}: order "${q.id}" needs two or more items with distinct ids.`);
      break;
    case 'match':
      if (!isIdList(q.targets, 'html') || !isIdList(q.pairs, 'html', 'target') || q.pairs.length < 2) {
        problems.push(`${where}: match "${q.id}" needs two or more pairs and their targets.`);
      } else {
        const targets = ids(q.targets);
        if (!q.pairs.every((p) => targets.has(p.target as string))) problems.push(`${where}: match "${q.id}" has a pair with no partner.`);
      }
      break;
    case 'blanks':
      if (!isString(q.textHtml) || typeof q.caseSensitive !== 'boolean') problems.push(`${where}: blanks "${q.id}" has no text.`);
      else if (
        !Array.isArray(q.gaps) || !q.gaps.length ||
        !q.gaps.every((g) => isObject(g) && Array.isArray(g.answers) && g.answers.length > 0 && g.answers.every(isString))
      ) {
        problems.push(`${where}: blanks "${q.id}" needs gaps, each with an accepted answer.`);
      }
      break;
    case 'sort':
      if (!isIdList(q.groups, 'html') || q.groups.length < 2 || !isIdList(q.cards, 'html', 'group') || q.cards.length < 2) {
        problems.push(`${where}: sort "${q.id}" needs two or more groups and cards.`);
      } else {
        const groups = ids(q.groups);
        if (!q.cards.every((c) => groups.has(c.group as string))) problems.push(`${where}: sort "${q.id}" has a card in no group.`);
      }
      break;
    case 'hotspot': {
      const image = isObject(q.image) && isString(q.image.src) && isString(q.image.alt);
      if (image === isString(q.stageHtml)) problems.push(`${where}: hotspot "${q.id}" needs a picture or a screen (one of them).`);
      const areaOk = (a: unknown) =>
        isObject(a) &&
        ((a.shape === 'rect' && ['x', 'y', 'width', 'height'].every((k) => typeof a[k] === 'number')) || (a.shape === 'element' && isString(a.name)));
      if (!isIdList(q.regions, 'label') || !q.regions.every((r) => typeof r.target === 'boolean' && areaOk(r.area))) {
        problems.push(`${where}: hotspot "${q.id}" has a malformed region.`);
      } else if (!q.regions.some((r) => r.target)) problems.push(`${where}: hotspot "${q.id}" has no region to find.`);
      break;
    }
    case 'scenario':
      if (typeof q.scored !== 'boolean' || !isIdList(q.nodes, 'html') || !q.nodes.length) problems.push(`${where}: scenario "${q.id}" has no nodes.`);
      else {
        const nodes = ids(q.nodes);
        const ok = q.nodes.every(
          (n) =>
            typeof n.ending === 'boolean' &&
            (n.score === undefined || (typeof n.score === 'number' && n.score >= 0 && n.score <= 1)) &&
            isIdList(n.choices, 'html', 'next') &&
            n.choices.every((c) => nodes.has(c.next as string)) &&
            (n.ending ? n.choices.length === 0 : n.choices.length > 0),
        );
        if (!ok) problems.push(`${where}: scenario "${q.id}" has a malformed node or a choice leading nowhere.`);
        else if (!q.nodes.some((n) => n.ending)) problems.push(`${where}: scenario "${q.id}" has no ending.`);
      }
      break;
    case 'reflect':
      if (!isIdList(q.options, 'html') || q.options.length === 1 || typeof q.maxLength !== 'number' || q.maxLength < 1) {
        problems.push(`${where}: reflect "${q.id}" has malformed options.`);
      }
      if (q.weight !== 0) problems.push(`${where}: reflect "${q.id}" must have weight 0.`);
      break;
    default:
      problems.push(`${where}: unknown question kind ${JSON.stringify(show(q.kind))}.`);
  }
  return problems.length;
}

function checkPools(pools: unknown, questionIds: Set<string>, problems: string[]) {
  if (pools === undefined) return;
  if (!Array.isArray(pools)) return problems.push('`pools` is not a list.');
  const pooled = new Set<string>();
  for (const p of pools) {
    if (!isObject(p) || !isString(p.id) || !Array.isArray(p.questions) || !p.questions.every(isString)) {
      problems.push('A question pool is malformed.');
      continue;
    }
    if (typeof p.draw !== 'number' || !Number.isInteger(p.draw) || p.draw < 1 || p.draw > p.questions.length) {
      problems.push(`Pool "${p.id}" must draw from 1 to ${p.questions.length} questions.`);
    }
    for (const q of p.questions as string[]) {
      if (!questionIds.has(q)) problems.push(`Pool "${p.id}" lists the question "${q}", which the module does not have.`);
      if (pooled.has(q)) problems.push(`The question "${q}" is in two pools.`);
      pooled.add(q);
    }
  }
  return problems.length;
}

/** Lists what is wrong with `data` as a `ModuleDoc`; `[]` when it is playable. */
export function validateModuleDoc(data: unknown): string[] {
  const problems: string[] = [];
  if (!isObject(data)) return ['The file is not a module: expected a JSON object.'];
  if (data.format !== FORMAT_VERSION) problems.push(`Unsupported module format ${isString(data.format) ? JSON.stringify(data.format) : show(data.format)} (this player reads format ${FORMAT_VERSION}).`);
  const meta = data.meta;
  if (!isObject(meta) || !isString(meta.id) || !isString(meta.title)) problems.push('The module has no `meta` with an id and a title.');
  else {
    if (typeof meta.passMark !== 'number') problems.push('The module has no pass mark.');
    if (!MODULE_ID.test(meta.id)) problems.push(`The module id "${printable(meta.id)}" is not kebab-case (lower-case letters, digits and single "-").`);
    if (!isString(meta.lang) || !LANGUAGE_TAG.test(meta.lang)) problems.push(`The module language "${printable(show(meta.lang))}" is not a language tag such as \`en\` or \`pt-BR\`.`);
  }
  const objectives = isObject(meta) && Array.isArray(meta.objectives) ? meta.objectives.length : 0;
  if (!Array.isArray(data.lessons) || data.lessons.length === 0) {
    problems.push('The module has no lessons.');
    return problems;
  }
  const ids = new Set<string>();
  data.lessons.forEach((lesson, li) => {
    const where = `lesson ${li + 1}`;
    if (!isObject(lesson) || !isString(lesson.title) || !Array.isArray(lesson.steps) || !lesson.steps.length) {
      problems.push(`${where}: needs a title and at least one step.`);
      return;
    }
    lesson.steps.forEach((step, si) => {
      const at = `${where}, step ${si + 1}`;
      if (!isObject(step) || !isString(step.id) || !isString(step.html)) {
        problems.push(`${at}: needs an id and text.`);
        return;
      }
      if (ids.has(step.id)) problems.push(`${at}: the id "${step.id}" is used twice.`);
      ids.add(step.id);
      if (step.question !== undefined) {
        checkQuestion(step.question, at, problems, objectives);
        const qid = isObject(step.question) ? step.question.id : undefined;
        if (isString(qid)) {
          if (ids.has(`q:${qid}`)) problems.push(`${at}: the question id "${qid}" is used twice.`);
          ids.add(`q:${qid}`);
        }
      }
    });
  });
  checkPools(data.pools, new Set([...ids].filter((id) => id.startsWith('q:')).map((id) => id.slice(2))), problems);
  return problems;
}

/** Narrows `data` to a `ModuleDoc`, throwing an error that lists every problem. */
export function assertModuleDoc(data: unknown): ModuleDoc {
  const problems = validateModuleDoc(data);
  if (problems.length) throw new Error(`Not a playable module:\n- ${problems.join('\n- ')}`);
  return data as ModuleDoc;
}
