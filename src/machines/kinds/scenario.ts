/**
 * Grading a scenario: a scored one earns the score of the ending reached (0 for an ending without one)
 * and is correct when no ending scores higher; an unscored one is correct at any ending (its weight is 0).
 */
import type { ScenarioQuestion } from '../../content/types.js';
import { type KindGrading, NONE, isStringList } from '../response-shape.js';
import { bestEnding, walkScenario } from '../scenario.js';

export const scenarioGrading: KindGrading<ScenarioQuestion> = {
  grade(q, response) {
    const end = walkScenario(q, isStringList(response) ? response : []);
    if (!end?.ending) return NONE;
    if (!q.scored) return { score: 1, correct: true };
    const score = end.score ?? 0;
    return { score, correct: score >= bestEnding(q) };
  },
  answerable: (q, r) => isStringList(r) && walkScenario(q, r)?.ending === true,
};
