/** What `netwise check` and `netwise build` do, kept apart from argument parsing. Node only. */
import { copyFile, mkdir, readdir, stat, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import type { ModuleDoc } from '../content/types.js';
import { formatIssue } from './issues.js';
import { readPlayer, writePackages, type PackFormat } from './pack.js';
import { CliError, inside } from './paths.js';
import { type Asset, type Profile, readModuleFile, usable } from './source.js';

/** Every `<lang>.md` under the given folders (one folder per module), plus files (`.md`, `.json`) named directly. */
export async function findSources(inputs: string[]): Promise<string[]> {
  const found: string[] = [];
  for (const input of inputs) {
    let info;
    try {
      info = await stat(input);
    } catch {
      throw new CliError('No such file or folder.', input);
    }
    if (info.isFile()) {
      found.push(input);
      continue;
    }
    for (const entry of (await readdir(input, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(input, entry.name);
      if (entry.isDirectory()) found.push(...(await findSources([path])));
      else if (/^[a-z]{2,3}(-[A-Za-z0-9]+)?\.md$/.test(entry.name)) found.push(path);
    }
  }
  return found;
}

/** Options every command shares. */
export interface CommonOptions {
  /** Extra rules (`curriculum`: our editorial rules). */
  profile?: Profile;
}

export async function runCheck(inputs: string[], options: CommonOptions = {}): Promise<number> {
  const files = await findSources(inputs);
  let errors = 0;
  let warnings = 0;
  for (const file of files) {
    const { issues } = await readModuleFile(file, options.profile);
    for (const issue of issues) {
      process.stdout.write(`${formatIssue(issue)}\n`);
      if (issue.severity === 'error') errors += 1;
      else warnings += 1;
    }
  }
  process.stdout.write(`Checked ${files.length} module file${files.length === 1 ? '' : 's'}: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}.\n`);
  return errors || !files.length ? 1 : 0;
}

/** A catalogue entry for the demo site and any other index of modules. */
export interface CatalogEntry {
  id: string;
  lang: string;
  title: string;
  summary: string;
  ages: string;
  minutes: number;
  digcomp: string[];
  teacherLed: boolean;
  file: string;
  questions: number;
  /** Every language this module is in (its entries in the catalogue), English first. */
  languages: string[];
  /** The ready-made zips (`netwise build --packages`), paths relative to the catalogue like `file`. */
  packages?: { format: PackFormat; file: string; bytes: number }[];
}

export interface BuildOptions extends CommonOptions {
  /** Also write every module's zips (`netwise pack`'s four formats) into this folder. */
  packages?: string;
  /** The IRI prefix for cmi5 ids (as `netwise pack --publisher`). */
  publisher?: string;
  /** Where the built player is (default: this package's `dist/embed/`). */
  embedDir?: string;
}

/** Copies a module's pictures into `out`, each confirmed to land inside it. */
export async function copyAssets(assets: Asset[], out: string): Promise<void> {
  for (const asset of assets) {
    const target = inside(out, asset.to);
    await mkdir(dirname(target), { recursive: true });
    await copyFile(asset.from, target);
  }
}

/** The languages a module was built in, English first, then by tag. */
function languagesOf(catalog: CatalogEntry[], id: string): string[] {
  const langs = catalog.filter((e) => e.id === id).map((e) => e.lang);
  return [...new Set(langs)].sort((a, b) => (a === 'en' ? -1 : b === 'en' ? 1 : a.localeCompare(b)));
}

const countQuestions = (doc: ModuleDoc) => doc.lessons.reduce((n, l) => n + l.steps.filter((s) => s.question).length, 0);

export async function runBuild(inputs: string[], out: string, options: BuildOptions = {}): Promise<number> {
  const files = await findSources(inputs);
  await mkdir(out, { recursive: true });
  // The player is read once for every zip; without it no zip can be made, so the build stops here.
  const player = options.packages ? await readPlayer(options.embedDir) : undefined;
  const fromCatalog = options.packages ? relative(out, options.packages).split(sep).join('/') : '';
  const catalog: CatalogEntry[] = [];
  let failed = 0;
  for (const file of files) {
    const read = await readModuleFile(file, options.profile);
    if (!usable(read)) {
      failed += 1;
      for (const issue of read.issues.filter((i) => i.severity === 'error')) process.stderr.write(`${formatIssue(issue)}\n`);
      continue;
    }
    const { doc, assets } = read;
    const name = `${doc.meta.id}.${doc.meta.lang}.json`;
    await writeFile(inside(out, name), JSON.stringify(doc));
    await copyAssets(assets, out);
    const m = doc.meta;
    catalog.push({
      id: m.id, lang: m.lang, title: m.title, summary: m.summary, ages: m.ages, minutes: m.minutes,
      digcomp: m.digcomp, teacherLed: m.teacherLed, file: name, languages: [],
      questions: countQuestions(doc),
      ...(options.packages ? {
        packages: (await writePackages(doc, options.packages, { player, publisher: options.publisher, assets })).map((p) => ({
          format: p.format, file: fromCatalog ? `${fromCatalog}/${p.name}` : p.name, bytes: p.bytes,
        })),
      } : {}),
    });
  }
  for (const entry of catalog) entry.languages = languagesOf(catalog, entry.id);
  await writeFile(inside(out, 'catalog.json'), JSON.stringify(catalog, null, 2));
  const zipCount = catalog.reduce((n, e) => n + (e.packages?.length ?? 0), 0);
  const zips = options.packages ? ` and ${zipCount} zips into ${options.packages}` : '';
  process.stdout.write(`Built ${catalog.length} module${catalog.length === 1 ? '' : 's'} into ${out}${zips}${failed ? `; ${failed} failed` : ''}.\n`);
  return failed ? 1 : 0;
}
