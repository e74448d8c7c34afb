/**
 * Netwise: the public API. Importing it defines the `nw-*` elements; everything else is side-effect free.
 */
export * from './content/types.js';
export { loadModule, ModuleLoadError } from './content/load.js';
export { validateModuleDoc, assertModuleDoc } from './content/validate.js';
export { sanitize, loadSanitizer } from './content/sanitize.js';
export * from './machines/index.js';
export * from './tracking/index.js';
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
export { NwModule } from './elements/nw-module.js';
export { NwChoice } from './elements/nw-choice.js';
export { NwTrueFalse } from './elements/nw-truefalse.js';
export { NwOrder } from './elements/nw-order.js';
export { NwMatch } from './elements/nw-match.js';
export { NwSort } from './elements/nw-sort.js';
export { NwBlanks } from './elements/nw-blanks.js';
export { NwHotspot } from './elements/nw-hotspot.js';
export { NwScenario } from './elements/nw-scenario.js';
export { NwReflect } from './elements/nw-reflect.js';
export { NwSummary } from './elements/nw-summary.js';
export { QuestionElement } from './elements/question-element.js';
