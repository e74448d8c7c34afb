import { en, type ServerStrings } from './en.js';
export const ar: ServerStrings = { ...en, $code: 'ar' };
