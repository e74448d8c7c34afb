export * from './types.js';
export { parseModule, isValid, slugify, type ParseResult, type ParseOptions } from './parse.js';
export { validateModuleDoc, assertModuleDoc } from './validate.js';
export { loadModule, ModuleLoadError } from './load.js';
export { sanitize, loadSanitizer, sanitizerReady } from './sanitize.js';
