import { en, type ServerStrings } from './en.js';
export const sk: ServerStrings = { ...en, $code: 'sk' };
