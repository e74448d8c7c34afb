/**
 * Reads one module for any command (`check`, `build`, `pack`), so every command runs the same checks:
 * a Markdown source through the parser, or a compiled `.json` module through the player's own check,
 * then the grammars, the local pictures it uses and, with `--profile curriculum`, the curriculum's
 * editorial rules. Node only.
 */
import { existsSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, relative, resolve, sep } from 'node:path';
import { isValid, parseModule } from '../content/parse.js';
import { MAX_SOURCE_LENGTH } from '../content/parse.js';
import type { ContentIssue, ModuleDoc } from '../content/types.js';
import { validateModuleDoc } from '../content/validate.js';
import { isSafeRelativePath } from './paths.js';
import { checkPublishable } from './publishable.js';
import { checkTranslation } from './translations.js';

/** The rule sets `--profile` can add: `curriculum`, our own editorial rules. */
export const PROFILES = ['curriculum'] as const;
export type Profile = (typeof PROFILES)[number];

/** A local file the module uses (a picture), to copy beside the compiled module. */
export interface Asset {
  /** Where it is on disk. */
  from: string;
  /** Its path in the output, relative to the compiled module (and the URL the module now uses). */
  to: string;
}

export interface ReadModule {
  doc: ModuleDoc | null;
  issues: ContentIssue[];
  assets: Asset[];
}

/** `true` when the result may be written: a module and no errors. */
export const usable = (r: ReadModule): r is ReadModule & { doc: ModuleDoc } =>
  r.doc !== null && !r.issues.some((i) => i.severity === 'error');

/** Attributes whose URL the browser loads by itself, in compiled HTML (quoted or not). */
const RESOURCE_ATTR = /(\s(?:src|poster|background)\s*=\s*)(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/gi;
const SRCSET_ATTR = /(\ssrcset\s*=\s*)(?:"([^"]*)"|'([^']*)')/gi;

/** Walks every HTML text of a compiled module (`html` and `…Html` fields) and the hotspot pictures. */
function mapResources(doc: ModuleDoc, map: (url: string) => string): ModuleDoc {
  const inHtml = (html: string) =>
    html
      .replace(RESOURCE_ATTR, (_m, pre: string, d?: string, s?: string, u?: string) => {
        const value = d ?? s ?? u ?? '';
        return `${pre}"${map(value).replace(/"/g, '&quot;')}"`;
      })
      .replace(SRCSET_ATTR, (_m, pre: string, d?: string, s?: string) => {
        const list = (d ?? s ?? '').split(/\s*,\s*/).map((c) => {
          const [url, ...rest] = c.trim().split(/\s+/);
          return url ? [map(url), ...rest].join(' ') : '';
        });
        return `${pre}"${list.filter(Boolean).join(', ').replace(/"/g, '&quot;')}"`;
      });
  const walk = (value: unknown, key: string): unknown => {
    if (typeof value === 'string') return key === 'html' || key.endsWith('Html') ? inHtml(value) : value;
    if (Array.isArray(value)) return value.map((v) => walk(v, key));
    if (value && typeof value === 'object') {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(value)) {
        out[k] = k === 'image' && v && typeof v === 'object' && typeof (v as { src?: unknown }).src === 'string'
          ? { ...(v as object), src: map((v as { src: string }).src) }
          : walk(v, k);
      }
      return out;
    }
    return value;
  };
  return walk(doc, '') as ModuleDoc;
}

/** Lines of `source` that mention `text` (for a message's line number), else 1. */
const lineOf = (source: string, text: string) => {
  const i = source.split(/\r\n?|\n/).findIndex((l) => l.includes(text));
  return i === -1 ? 1 : i + 1;
};

/**
 * Finds the local pictures a module uses: each must be a file inside the module's folder. Their URLs
 * are rewritten to `<prefix><path>`, the place `build` and `pack` copy them to.
 */
function collectAssets(doc: ModuleDoc, folder: string, prefix: string, file: string, source: string, issues: ContentIssue[]) {
  const assets = new Map<string, Asset>();
  const warned = new Set<string>();
  const rewritten = mapResources(doc, (url) => {
    const value = url.trim();
    if (!value || /^data:/i.test(value) || value.startsWith('#')) return url;
    if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(value) || value.startsWith('/')) {
      if (!warned.has(value) && /^(https?:)?\/\//i.test(value)) {
        warned.add(value);
        issues.push({
          severity: 'warning', file, line: lineOf(source, value),
          message: `The picture ${value} is on another site: the player shows it only where the page allows that site (\`allow-origins\`).`,
          hint: 'Save the picture in the module\'s folder and link it by its file name, so it travels with the module.',
        });
      }
      return url;
    }
    let path: string;
    try {
      path = decodeURIComponent(value.split(/[?#]/)[0]);
    } catch {
      path = value;
    }
    const target = resolve(folder, path);
    const rel = relative(folder, target).split(sep).join('/');
    if (!isSafeRelativePath(rel) || !isSafeRelativePath(path.replace(/^\.\//, ''))) {
      issues.push({ severity: 'error', file, line: lineOf(source, value), message: `The picture "${value}" is outside the module's folder.`, hint: 'Keep pictures in the module\'s folder (or a folder inside it) and link them by a relative path such as `shop.png`.' });
      return url;
    }
    if (!existsSync(target) || !statSync(target).isFile()) {
      issues.push({ severity: 'error', file, line: lineOf(source, value), message: `The picture "${value}" is not in the module's folder (${folder}).`, hint: 'Check the file name, or add the picture to the folder.' });
      return url;
    }
    const to = rel.startsWith(prefix) ? rel : `${prefix}${rel}`;
    assets.set(to, { from: target, to });
    return to.split('/').map(encodeURIComponent).join('/');
  });
  return { doc: rewritten, assets: [...assets.values()] };
}

/** Reads, checks and prepares one module file (`.md` or compiled `.json`). */
export async function readModuleFile(path: string, profile?: Profile): Promise<ReadModule> {
  const file = relative(process.cwd(), path) || path;
  const issues: ContentIssue[] = [];
  const fail = (message: string, hint?: string): ReadModule => ({ doc: null, issues: [...issues, { severity: 'error', file, line: 1, message, ...(hint ? { hint } : {}) }], assets: [] });
  let text: string;
  try {
    if (statSync(path).size > MAX_SOURCE_LENGTH * 4) return fail('The file is too long to read.', 'A module is at most 2,000,000 characters.');
    text = await readFile(path, 'utf8');
  } catch (err) {
    return fail(`The file cannot be read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message}).`);
  }
  let doc: ModuleDoc | null = null;
  let prefix = '';
  if (/\.json$/i.test(path)) {
    if (text.length > MAX_SOURCE_LENGTH) return fail('The file is too long to read.', `A compiled module is at most ${MAX_SOURCE_LENGTH.toLocaleString('en')} characters.`);
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (err) {
      return fail(`The file is not valid JSON: ${(err as Error).message}`);
    }
    const problems = validateModuleDoc(data);
    if (problems.length) {
      for (const p of problems) issues.push({ severity: 'error', file, line: 1, message: p });
      return { doc: null, issues, assets: [] };
    }
    doc = data as ModuleDoc;
  } else {
    const result = parseModule(text, file, { strict: profile === 'curriculum' });
    issues.push(...result.issues);
    // A translation is checked against the module's English file beside it (same ids, kinds, answers).
    if (result.doc) issues.push(...(await checkTranslation(path, result.doc, text)));
    if (!isValid(result) || issues.some((i) => i.severity === 'error')) return { doc: null, issues, assets: [] };
    doc = result.doc;
    prefix = `${doc.meta.id}/`;
  }
  if (profile === 'curriculum') issues.push(...checkPublishable(doc, file, text));
  const { doc: located, assets } = collectAssets(doc, resolve(dirname(path)), prefix, file, text, issues);
  return { doc: located, issues, assets };
}
