/**
 * Imported by every element outside the player's first download (the question kinds other than choice,
 * and the summary): brings the rest of the English strings with them. The entry file holds only the
 * words the player itself and a choice question show (`src/i18n/locales/en-core.ts`).
 */
import { provideEnglish } from '../i18n/index.js';
import { en } from '../i18n/locales/en.js';

provideEnglish(en);
