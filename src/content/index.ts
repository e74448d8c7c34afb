export * from './types.js';
export { parseModule, isValid, slugify, type ParseResult } from './parse.js';
export { validateModuleDoc, assertModuleDoc } from './validate.js';
export { loadModule, ModuleLoadError } from './load.js';
export { sanitize, loadSanitizer, sanitizerReady } from './sanitize.js';
