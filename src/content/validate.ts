/**
 * Checks that data claiming to be a compiled module (JSON from any URL) has the shape the player
 * needs. Returns human-readable problems; an empty list means the player can use it.
 */
import { FORMAT_VERSION, type ModuleDoc } from './types.js';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isString = (v: unknown): v is string => typeof v === 'string';

function checkQuestion(q: unknown, where: string, problems: string[]) {
  if (!isObject(q)) return problems.push(`${where}: the question is not an object.`);
  if (!isString(q.id) || !q.id) problems.push(`${where}: a question has no id.`);
  if (!isString(q.promptHtml)) problems.push(`${where}: question "${q.id}" has no prompt.`);
  if (typeof q.attempts !== 'number' || q.attempts < 1) problems.push(`${where}: question "${q.id}" has no valid attempts.`);
  if (typeof q.weight !== 'number' || q.weight < 0) problems.push(`${where}: question "${q.id}" has no valid weight.`);
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
    default:
      problems.push(`${where}: unknown question kind "${String(q.kind)}".`);
  }
  return problems.length;
}

/** Lists what is wrong with `data` as a `ModuleDoc`; `[]` when it is playable. */
export function validateModuleDoc(data: unknown): string[] {
  const problems: string[] = [];
  if (!isObject(data)) return ['The file is not a module: expected a JSON object.'];
  if (data.format !== FORMAT_VERSION) problems.push(`Unsupported module format ${JSON.stringify(data.format)} (this player reads format ${FORMAT_VERSION}).`);
  const meta = data.meta;
  if (!isObject(meta) || !isString(meta.id) || !isString(meta.title)) problems.push('The module has no `meta` with an id and a title.');
  else if (typeof meta.passMark !== 'number') problems.push('The module has no pass mark.');
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
        checkQuestion(step.question, at, problems);
        const qid = isObject(step.question) ? step.question.id : undefined;
        if (isString(qid)) {
          if (ids.has(`q:${qid}`)) problems.push(`${at}: the question id "${qid}" is used twice.`);
          ids.add(`q:${qid}`);
        }
      }
    });
  });
  return problems;
}

/** Narrows `data` to a `ModuleDoc`, throwing an error that lists every problem. */
export function assertModuleDoc(data: unknown): ModuleDoc {
  const problems = validateModuleDoc(data);
  if (problems.length) throw new Error(`Not a playable module:\n- ${problems.join('\n- ')}`);
  return data as ModuleDoc;
}
