import { en, type ServerStrings } from './en.js';
export const es: ServerStrings = { ...en, $code: 'es' };
