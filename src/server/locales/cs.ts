import { en, type ServerStrings } from './en.js';
export const cs: ServerStrings = { ...en, $code: 'cs' };
