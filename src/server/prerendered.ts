/**
 * The module's first step for the LTI launch page, written in as the page is sent (see
 * `elements/prerender.ts`): the student sees the question before the player's script has run.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ModuleDoc } from '../content/types.js';
import { prerenderFirstStep } from '../elements/prerender.js';
import { loadTranslation } from '../i18n/index.js';

/** What goes inside `<nw-module>` and the `<style>` texts the page's CSP must allow (empty when not pre-rendered). */
export interface PrerenderedPlayer {
  html: string;
  styles: string[];
}

const cache = new Map<string, Promise<PrerenderedPlayer>>();

/** The first step of the compiled module `file` (under `<staticRoot>/modules/`); never fails the launch. */
export function prerenderedPlayer(staticRoot: string, file: string, lang: string): Promise<PrerenderedPlayer> {
  const key = `${staticRoot}\n${file}\n${lang}`;
  let found = cache.get(key);
  if (!found) {
    found = (async () => {
      try {
        const doc = JSON.parse(await readFile(join(staticRoot, 'modules', file), 'utf8')) as ModuleDoc;
        return prerenderFirstStep(doc, await loadTranslation(lang), 'lti') ?? { html: '', styles: [] };
      } catch {
        return { html: '', styles: [] };
      }
    })();
    cache.set(key, found);
  }
  return found;
}
