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
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ModuleDoc } from '../content/types.js';
import { prerenderFirstStep } from '../elements/prerender.js';
import { loadTranslation } from '../i18n/index.js';
import { formatIssue } from './issues.js';
import { CliError, inside, isSafeRelativePath } from './paths.js';
import { type Asset, type Profile, readModuleFile, usable } from './source.js';
import { moduleLanguages } from './translations.js';
import { type PackFormat, type PrerenderedPage, PACK_FORMATS, collectPlayer, launchTracking, packageFilesWith, packageName, prerenderedPage, zipPackage as zipFiles } from '../pack/package.js';

// The package's bytes are built by src/pack/package.ts (browser-safe, shared with the write page).
export { PACK_FORMATS, cmi5Ids, cmi5Xml, collectPlayer, indexHtml, manifest12, manifest2004, packageFilesWith, packageName, prerenderedPage } from '../pack/package.js';
export type { PackFormat } from '../pack/package.js';

export interface PackOptions {
  format: PackFormat;
  /** Where the built player is (default: this package's `dist/embed/`). */
  embedDir?: string;
  /** The player's files, already read with `readPlayer` (packing many modules reads them once). */
  player?: Map<string, Uint8Array>;
  /** The module's own pictures, put into the zip at their `to` paths. */
  assets?: Asset[];
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

/**
 * The module's first step for the launch page of a package of `format` (`undefined` when it cannot be
 * vouched for at build time: see `elements/prerender.ts`), in the module's language.
 */
export async function prerenderFor(doc: ModuleDoc, format: PackFormat | 'local'): Promise<PrerenderedPage | undefined> {
  const tracking = format === 'local' ? format : launchTracking(format);
  return prerenderedPage(prerenderFirstStep(doc, await loadTranslation(doc.meta.lang), tracking));
}

/** Every file of the package, by path inside the zip. */
export async function packageFiles(doc: ModuleDoc, options: PackOptions & { publisher?: string }): Promise<Map<string, Uint8Array>> {
  const assets = new Map<string, Uint8Array>();
  for (const asset of options.assets ?? []) {
    if (assets.has(asset.to)) throw new CliError(`The picture ${asset.to} has the name of a file the zip already holds; rename it.`);
    assets.set(asset.to, new Uint8Array(await readFile(asset.from)));
  }
  try {
    const player = options.player ?? (await readPlayer(options.embedDir));
    return packageFilesWith(doc, options.format, player, options.publisher, assets, await prerenderFor(doc, options.format));
  } catch (err) {
    throw new CliError((err as Error).message);
  }
}

/** The zip's bytes, manifest (or `cmi5.xml`) first; an entry name that could leave its folder is refused. */
export function zipPackage(files: Map<string, Uint8Array>): Uint8Array {
  try {
    return zipFiles(files, isSafeRelativePath);
  } catch (err) {
    throw new CliError((err as Error).message);
  }
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
    const bytes = zipPackage(await packageFiles(doc, { format, player, publisher: options.publisher, assets: options.assets }));
    const name = packageName(doc, format);
    await writeFile(inside(dir, name), bytes);
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
  throw new CliError(`No module source at ${input} (looked for ${candidates.join(', ')}).${inFolder}`, input);
}

/** The module and its pictures, checked as `netwise check` checks it; throws listing every error. */
export async function loadPackSource(input: string, lang: string, profile?: Profile): Promise<{ doc: ModuleDoc; assets: Asset[] }> {
  const file = await resolveSource(input, lang);
  const read = await readModuleFile(file, profile);
  if (!usable(read)) {
    for (const issue of read.issues.filter((i) => i.severity === 'error')) process.stderr.write(`${formatIssue(issue)}\n`);
    throw new CliError('The module has errors (listed above); no zip was written. Run `netwise check` for the warnings too.');
  }
  return { doc: read.doc, assets: read.assets };
}

/** The module alone (its pictures are left where they are), checked as `netwise check` checks it. */
export async function loadForPack(input: string, lang: string, profile?: Profile): Promise<ModuleDoc> {
  return (await loadPackSource(input, lang, profile)).doc;
}

export interface PackCommand {
  input: string;
  format: PackFormat;
  lang?: string;
  out?: string;
  publisher?: string;
  embed?: string;
  profile?: Profile;
}

/** `netwise pack …`: checks the module, writes its zip into `out`; returns the exit code. */
export async function runPack(options: PackCommand): Promise<number> {
  const { doc, assets } = await loadPackSource(options.input, options.lang || 'en', options.profile);
  const files = await packageFiles(doc, { format: options.format, embedDir: options.embed, publisher: options.publisher || undefined, assets });
  const out = options.out || '.';
  await mkdir(out, { recursive: true });
  const name = packageName(doc, options.format);
  await writeFile(inside(out, name), zipPackage(files));
  process.stdout.write(`Packed ${doc.meta.id} (${doc.meta.lang}) as ${options.format}: ${join(out, name)} (${files.size} files).\n`);
  return 0;
}
