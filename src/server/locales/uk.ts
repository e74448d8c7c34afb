import { en, type ServerStrings } from './en.js';
export const uk: ServerStrings = { ...en, $code: 'uk' };
