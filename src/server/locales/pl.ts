import { en, type ServerStrings } from './en.js';
export const pl: ServerStrings = { ...en, $code: 'pl' };
