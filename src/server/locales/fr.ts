import { en, type ServerStrings } from './en.js';
export const fr: ServerStrings = { ...en, $code: 'fr' };
