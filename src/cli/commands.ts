/** What `netwise check` and `netwise build` do, kept apart from argument parsing. Node only. */
import { mkdir, readFile, readdir, stat, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { parseModule, isValid } from '../content/parse.js';
import type { ContentIssue, ModuleDoc } from '../content/types.js';
import { checkPublishable } from './publishable.js';
import { formatIssue } from './issues.js';
import { readPlayer, writePackages, type PackFormat } from './pack.js';
import { checkTranslation } from './translations.js';

/** Every `<lang>.md` under the given folders (one folder per module), plus files named directly. */
export async function findSources(inputs: string[]): Promise<string[]> {
  const found: string[] = [];
  for (const input of inputs) {
    const info = await stat(input);
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

async function compile(file: string): Promise<{ doc: ModuleDoc | null; issues: ContentIssue[] }> {
  const name = relative(process.cwd(), file) || file;
  const source = await readFile(file, 'utf8');
  const result = parseModule(source, name, { strict: true });
  if (result.doc) result.issues.push(...checkPublishable(result.doc, name, source), ...(await checkTranslation(file, result.doc, source)));
  return result;
}

export async function runCheck(inputs: string[]): Promise<number> {
  const files = await findSources(inputs);
  let errors = 0;
  let warnings = 0;
  for (const file of files) {
    const { issues } = await compile(file);
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

export interface BuildOptions {
  /** Also write every module's zips (`netwise pack`'s four formats) into this folder. */
  packages?: string;
  /** The IRI prefix for cmi5 ids (as `netwise pack --publisher`). */
  publisher?: string;
  /** Where the built player is (default: this package's `dist/embed/`). */
  embedDir?: string;
}

/** The languages a module was built in, English first, then by tag. */
function languagesOf(catalog: CatalogEntry[], id: string): string[] {
  const langs = catalog.filter((e) => e.id === id).map((e) => e.lang);
  return [...new Set(langs)].sort((a, b) => (a === 'en' ? -1 : b === 'en' ? 1 : a.localeCompare(b)));
}

export async function runBuild(inputs: string[], out: string, options: BuildOptions = {}): Promise<number> {
  const files = await findSources(inputs);
  await mkdir(out, { recursive: true });
  // The player is read once for every zip; without it no zip can be made, so the build stops here.
  let player: Map<string, Uint8Array> | undefined;
  try {
    if (options.packages) player = await readPlayer(options.embedDir);
  } catch (err) {
    process.stderr.write(`netwise build: ${(err as Error).message}\n`);
    return 1;
  }
  const fromCatalog = options.packages ? relative(out, options.packages).split(sep).join('/') : '';
  const catalog: CatalogEntry[] = [];
  let failed = 0;
  for (const file of files) {
    const { doc, issues } = await compile(file);
    const errors = issues.filter((i) => i.severity === 'error');
    if (!doc || errors.length || !isValid({ doc, issues })) {
      failed += 1;
      for (const issue of errors) process.stderr.write(`${formatIssue(issue)}\n`);
      continue;
    }
    const name = `${doc.meta.id}.${doc.meta.lang}.json`;
    await writeFile(join(out, name), JSON.stringify(doc));
    const m = doc.meta;
    catalog.push({
      id: m.id, lang: m.lang, title: m.title, summary: m.summary, ages: m.ages, minutes: m.minutes,
      digcomp: m.digcomp, teacherLed: m.teacherLed, file: name, languages: [],
      questions: doc.lessons.reduce((n, l) => n + l.steps.filter((s) => s.question).length, 0),
      ...(options.packages ? {
        packages: (await writePackages(doc, options.packages, { player, publisher: options.publisher })).map((p) => ({
          format: p.format, file: fromCatalog ? `${fromCatalog}/${p.name}` : p.name, bytes: p.bytes,
        })),
      } : {}),
    });
  }
  for (const entry of catalog) entry.languages = languagesOf(catalog, entry.id);
  await writeFile(join(out, 'catalog.json'), JSON.stringify(catalog, null, 2));
  const zipCount = catalog.reduce((n, e) => n + (e.packages?.length ?? 0), 0);
  const zips = options.packages ? ` and ${zipCount} zips into ${options.packages}` : '';
  process.stdout.write(`Built ${catalog.length} module${catalog.length === 1 ? '' : 's'} into ${out}${zips}${failed ? `; ${failed} failed` : ''}.\n`);
  return failed ? 1 : 0;
}
