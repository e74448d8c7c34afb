export * from './scoring.js';
export * from './progress.js';
export * from './question-machine.js';
export * from './module-machine.js';
export * from './shuffle.js';
export * from './machines.js';
