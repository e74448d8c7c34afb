import { en, type ServerStrings } from './en.js';
export const de: ServerStrings = { ...en, $code: 'de' };
