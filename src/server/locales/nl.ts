import { en, type ServerStrings } from './en.js';
export const nl: ServerStrings = { ...en, $code: 'nl' };
