/**
 * `netwise check` on a translation: `modules/<slug>/<lang>.md` against the module's `en.md` beside it
 * (see `checkParity`). Node only.
 */
import { existsSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import { basename, dirname, join, relative } from 'node:path';
import { isValid, parseModule } from '../content/parse.js';
import { checkParity } from '../content/parity.js';
import type { ContentIssue, ModuleDoc } from '../content/types.js';

/** The English file a translation is checked against, or undefined for an English file (or none beside it). */
export function englishFileFor(file: string): string | undefined {
  if (basename(file) === 'en.md' || !/^[a-z]{2,3}(-[A-Za-z0-9]+)?\.md$/.test(basename(file))) return undefined;
  const english = join(dirname(file), 'en.md');
  return existsSync(english) ? english : undefined;
}

/**
 * The parity issues of a translation (none for an English file). When the English file has errors of
 * its own, they are reported for it and the translation is not compared with it.
 */
export async function checkTranslation(file: string, doc: ModuleDoc, source: string): Promise<ContentIssue[]> {
  const englishPath = englishFileFor(file);
  if (!englishPath) return [];
  const englishFile = relative(process.cwd(), englishPath) || englishPath;
  const englishSource = await readFile(englishPath, 'utf8');
  const english = parseModule(englishSource, englishFile);
  if (!isValid(english)) return [];
  const name = relative(process.cwd(), file) || file;
  return checkParity(english.doc, doc, { file: name, source, englishFile, englishSource });
}

/** The languages of a module folder (`modules/passwords` or the slug under `modules/`), English first. */
export async function moduleLanguages(input: string): Promise<string[]> {
  for (const dir of [input, join('modules', input)]) {
    try {
      const langs = (await readdir(dir)).flatMap((f) => /^([a-z]{2,3}(?:-[A-Za-z0-9]+)?)\.md$/.exec(f)?.[1] ?? []);
      if (langs.length) return langs.sort((a, b) => (a === 'en' ? -1 : b === 'en' ? 1 : a.localeCompare(b)));
    } catch {
      /* not a folder: try the next */
    }
  }
  return [];
}
