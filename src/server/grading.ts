/**
 * The score the LMS gets is worked out here, not taken from the browser: each saved answer's response is
 * graded again against the module (the same `grade` the player uses), and the module result is computed
 * from those grades over the questions this attempt plays (pools drawn by the attempt's seed).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ModuleDoc } from '../content/types.js';
import type { SavedProgress } from '../machines/progress.js';
import { grade, moduleResult, type AnswerRecord, type ModuleResult } from '../machines/scoring.js';
import { questionsOfSteps, stepsInPlay } from '../machines/module-machine.js';

const docs = new Map<string, Promise<ModuleDoc | null>>();

/** The compiled module `file` under `<staticRoot>/modules`, read once. */
export function moduleDoc(staticRoot: string, file: string): Promise<ModuleDoc | null> {
  const path = join(staticRoot, 'modules', file);
  let doc = docs.get(path);
  if (!doc) {
    doc = readFile(path, 'utf8').then((t) => JSON.parse(t) as ModuleDoc, () => null);
    docs.set(path, doc);
  }
  return doc;
}

/** The result of `progress` as the server grades it. */
export function serverResult(doc: ModuleDoc, progress: SavedProgress): ModuleResult {
  const questions = questionsOfSteps(stepsInPlay(doc, progress.seed ?? ''));
  const answers: Record<string, AnswerRecord> = {};
  for (const q of questions) {
    const a = Object.hasOwn(progress.answers, q.id) ? progress.answers[q.id] : undefined;
    if (!a) continue;
    const g = grade(q, a.response);
    answers[q.id] = { ...a, score: g.score, correct: g.correct };
  }
  return moduleResult(doc, answers, questions);
}
