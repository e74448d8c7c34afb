import { en, type ServerStrings } from './en.js';
export const pt: ServerStrings = { ...en, $code: 'pt' };
