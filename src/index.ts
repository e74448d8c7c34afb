/**
 * Netwise: the public API. Importing it starts the page's players as the embed does (`start-players.ts`):
 * the first player's first step shows at once, then `<nw-module>` and `<nw-choice>` load and are defined;
 * everything else is side-effect free. The element classes come from their own files
 * (`netwise/elements/nw-module.js`, which defines the element when imported), so that this entry stays
 * small.
 *
 * As lazy as the embed: nothing here is also loaded on demand by the player, because a bundler that
 * splits code (esbuild, Vite, Rollup) would otherwise move it into the first download. The other
 * question elements load when a module uses them (or import `netwise/elements/nw-order.js` and the
 * like); LMS adapters load through `createTracker(kind)` or from their own paths
 * (`netwise/trackers/scorm12`, `scorm2004`, `xapi`, `cmi5`, `lti`); validation and parsing are in
 * `netwise/content`; every kind's grading (`grade`, `isAnswerable`, `questionMachine`, `moduleMachine`),
 * `partsRight`, `correctResponse`, `hasCorrectResponse`, `followScenario` and `walkScenario` in
 * `netwise/machines` (here, build machines
 * for the kinds you use with `loadGradings`, `questionMachineWith` and `moduleMachineWith`);
 * the whole tracking layer (adapters, `interactionOf`, `StatementQueue`) in
 * `netwise/tracking`.
 */
import { startPlayers } from './elements/start-players.js';

if (typeof document !== 'undefined') void startPlayers(() => import('./elements/nw-module.js'));

export * from './content/types.js';
export { loadModule, ModuleLoadError } from './content/load.js';
export { sanitize, loadSanitizer } from './content/sanitize.js';
export { isGapRight, normalizeAnswer, type Grade, type GradingOf, type KindGrading } from './machines/response-shape.js';
export { loadGradings } from './machines/kinds/load.js';
export * from './machines/result.js';
export * from './machines/progress.js';
export * from './machines/question-machine.js';
export * from './machines/module-machine.js';
export * from './machines/shuffle.js';
export type { Tracker, TrackerStatus, StatusListener } from './tracking/tracker.js';
export { StatusChannel } from './tracking/status.js';
export { TrackerBase } from './tracking/base.js';
export { LocalTracker, type LocalTrackerOptions } from './tracking/local.js';
export { NoneTracker } from './tracking/none.js';
export { connectTracker, type ConnectOptions } from './tracking/connect.js';
export { createTracker, type TrackingKind, type TrackerConfig } from './tracking/create.js';
export type { ScormTrackerOptions } from './tracking/scorm-tracker.js';
export type { Scorm12Api, Scorm2004Api, ScormVersion } from './tracking/scorm-api.js';
export type { XapiTrackerOptions } from './tracking/xapi.js';
export type { Cmi5TrackerOptions } from './tracking/cmi5.js';
export type { Interaction, InteractionType, InteractionResult, InteractionValue } from './tracking/interaction.js';
export { hasCmi5Launch, readCmi5Launch, type Cmi5Launch } from './tracking/cmi5-launch.js';
export type { QueueState } from './tracking/xapi-queue.js';
export type { XapiAgent, XapiStatement } from './tracking/xapi-statements.js';
export * from './events/index.js';
export { ActorController } from './controllers/actor-controller.js';
export {
  builtInLanguages,
  loadTranslation,
  matchLanguage,
  numbers,
  orList,
  plural,
  registerTranslation,
  translationFor,
  type PluralForms,
  type Translation,
} from './i18n/index.js';
/**
 * The element classes as types (with the `HTMLElementTagNameMap` entries their files declare): their values
 * come from `netwise/elements/nw-module.js` and the like, which define the elements when imported.
 */
export type { NwModule } from './elements/nw-module.js';
export type { NwChoice } from './elements/nw-choice.js';
export type { QuestionElement } from './elements/question-element.js';
