/**
 * `netwise pack`: one module as a zip an LMS accepts (SCORM 1.2, SCORM 2004 4th edition, or a cmi5
 * course of one AU), or as a plain offline page. Node only.
 *
 * The zip holds everything the module needs and nothing from outside it: the manifest (or `cmi5.xml`) at the root,
 * `index.html` (no inline script or style, so it runs under a strict Content-Security-Policy), the
 * player (`player/netwise.min.js` and its lazily loaded chunks) and the compiled module (`module.json`).
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { basename, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isValid, parseModule } from '../content/parse.js';
import type { ModuleDoc } from '../content/types.js';
import { assertModuleDoc } from '../content/validate.js';
import { formatIssue } from './issues.js';
import { moduleLanguages } from './translations.js';
import { type PackFormat, PACK_FORMATS, collectPlayer, packageFilesWith, packageName, zipPackage } from '../pack/package.js';

// The package's bytes are built by src/pack/package.ts (browser-safe, shared with the write page).
export { PACK_FORMATS, cmi5Ids, cmi5Xml, collectPlayer, indexHtml, manifest12, manifest2004, packageFilesWith, packageName, zipPackage } from '../pack/package.js';
export type { PackFormat } from '../pack/package.js';

export interface PackOptions {
  format: PackFormat;
  /** Where the built player is (default: this package's `dist/embed/`). */
  embedDir?: string;
  /** The player's files, already read with `readPlayer` (packing many modules reads them once). */
  player?: Map<string, Uint8Array>;
}

/** This package's built player. */
export function defaultEmbedDir(): string {
  return fileURLToPath(new URL('../embed/', import.meta.url));
}

/** The player files from a built embed folder (see `collectPlayer`). */
export async function readPlayer(embedDir: string = defaultEmbedDir()): Promise<Map<string, Uint8Array>> {
  if (!existsSync(join(embedDir, 'netwise.min.js'))) throw new Error(`The player bundle is missing (${join(embedDir, 'netwise.min.js')}). Run \`npm run build:embed\` first.`);
  return collectPlayer(async (path) => {
    const file = join(embedDir, ...path.split('/'));
    return existsSync(file) ? new Uint8Array(await readFile(file)) : undefined;
  });
}

/** Every file of the package, by path inside the zip. */
export async function packageFiles(doc: ModuleDoc, options: PackOptions & { publisher?: string }): Promise<Map<string, Uint8Array>> {
  return packageFilesWith(doc, options.format, options.player ?? (await readPlayer(options.embedDir)), options.publisher);
}

/** A zip written by `writePackages`: its format, file name and size in bytes. */
export interface WrittenPackage {
  format: PackFormat;
  name: string;
  bytes: number;
}

/**
 * Writes a module's zip in each format (default: all four) into `dir`, named as `netwise pack` names them,
 * with the same bytes `netwise pack` gives.
 */
export async function writePackages(
  doc: ModuleDoc,
  dir: string,
  options: Omit<PackOptions, 'format'> & { publisher?: string; formats?: readonly PackFormat[] } = {},
): Promise<WrittenPackage[]> {
  await mkdir(dir, { recursive: true });
  const player = options.player ?? (await readPlayer(options.embedDir));
  const written: WrittenPackage[] = [];
  for (const format of options.formats ?? PACK_FORMATS) {
    const bytes = zipPackage(await packageFiles(doc, { format, player, publisher: options.publisher }));
    const name = packageName(doc, format);
    await writeFile(join(dir, name), bytes);
    written.push({ format, name, bytes: bytes.length });
  }
  return written;
}

/** Finds the source: a `.md` or compiled `.json` file, a module folder, or a module id under `modules/`. */
async function resolveSource(input: string, lang: string): Promise<string> {
  const candidates = [input, join(input, `${lang}.md`), join('modules', input, `${lang}.md`)];
  for (const path of candidates) {
    try {
      if ((await stat(path)).isFile()) return path;
    } catch {
      /* try the next */
    }
  }
  const languages = await moduleLanguages(input);
  const inFolder = languages.length ? ` It is in: ${languages.join(', ')} (\`--lang ${languages[0]}\`).` : '';
  throw new Error(`No module source at ${input} (looked for ${candidates.join(', ')}).${inFolder}`);
}

/** Loads and checks a module for packing; errors are listed as `file:line: error: message`. */
export async function loadForPack(input: string, lang: string): Promise<ModuleDoc> {
  const file = await resolveSource(input, lang);
  const text = await readFile(file, 'utf8');
  if (file.endsWith('.json')) return assertModuleDoc(JSON.parse(text));
  const result = parseModule(text, relative(process.cwd(), file) || basename(file), { strict: true });
  if (!isValid(result)) {
    const errors = result.issues.filter((i) => i.severity === 'error');
    throw new Error(`The module has errors; fix them first (\`netwise check\`):\n${errors.map(formatIssue).join('\n')}`);
  }
  return result.doc;
}

const USAGE = 'Usage: netwise pack <module.md | modules/<slug> | <slug>> --format scorm12|scorm2004|html|cmi5 [--lang en] [--out dir] [--publisher <IRI prefix for cmi5 ids>]\n';

/** `netwise pack …` with its arguments; returns the exit code. */
export async function runPack(args: string[]): Promise<number> {
  const flags: Record<string, string> = {};
  const inputs: string[] = [];
  for (let i = 0; i < args.length; i += 1) {
    const a = args[i];
    if (a.startsWith('--')) {
      const [name, inline] = a.slice(2).split('=', 2);
      flags[name] = inline ?? args[(i += 1)] ?? '';
    } else inputs.push(a);
  }
  const format = flags.format as PackFormat;
  if (inputs.length !== 1 || !PACK_FORMATS.includes(format)) {
    process.stderr.write(USAGE);
    return 2;
  }
  try {
    const doc = await loadForPack(inputs[0], flags.lang || 'en');
    const files = await packageFiles(doc, { format, embedDir: flags.embed, publisher: flags.publisher || undefined });
    const out = flags.out || '.';
    await mkdir(out, { recursive: true });
    const target = join(out, packageName(doc, format));
    await writeFile(target, zipPackage(files));
    process.stdout.write(`Packed ${doc.meta.id} (${doc.meta.lang}) as ${format}: ${target} (${files.size} files).\n`);
    return 0;
  } catch (err) {
    process.stderr.write(`netwise pack: ${(err as Error).message}\n`);
    return 1;
  }
}
