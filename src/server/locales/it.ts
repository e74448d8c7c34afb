import { en, type ServerStrings } from './en.js';
export const it: ServerStrings = { ...en, $code: 'it' };
