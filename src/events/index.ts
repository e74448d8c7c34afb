export { NwAnswerEvent } from './nw-answer.js';
export { NwProgressEvent } from './nw-progress.js';
export { NwCompleteEvent } from './nw-complete.js';
export { NwErrorEvent } from './nw-error.js';
