/**
 * Scoring: pure functions from a question and a response to a grade, whether it can be submitted
 * (`grading.ts`), what is right in it and the right answer (`answers.ts`), a module's outcome
 * (`result.ts`) and walking a scenario (`scenario.ts`). No state, no DOM: the machines call these, and
 * so can anyone else. The player imports `grading.ts` alone, so its first download holds no more than
 * it runs; the rest loads with the kinds, the summary and the LMS adapters that use it.
 */
export * from './grading.js';
export * from './answers.js';
export * from './result.js';
export { followScenario, walkScenario, type ScenarioStep } from './scenario.js';
