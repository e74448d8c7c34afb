/**
 * Fetches a module for the player: compiled JSON (the fast path), or Markdown, whose parser is
 * loaded only then. Errors carry a message for the student and the precise cause for developers.
 */
import type { ModuleDoc } from './types.js';

/** Why a module could not be loaded. `reason` names the cause for developers. */
export class ModuleLoadError extends Error {
  constructor(
    readonly kind: 'network' | 'format' | 'content',
    readonly url: string,
    readonly reason: string,
  ) {
    super(`Netwise could not load the module at ${url}: ${reason}`);
    this.name = 'ModuleLoadError';
  }
}

/** A Markdown source's path (the parser reads it); anything else is a compiled `.json` module. */
const MARKDOWN = /\.(md|markdown)$/i;

/** The file name a source at `url` is parsed as (a Markdown source's language may come from it: `en.md`). */
export const fileNameOf = (url: string): string | undefined => new URL(url, document.baseURI).pathname.split('/').pop();

/** True when the module at `url` is a Markdown source (by its path's extension). */
export const isMarkdownUrl = (url: string): boolean => MARKDOWN.test(url.split(/[?#]/)[0]);

/** Where a module comes from besides its URL. */
export interface LoadOptions {
  signal?: AbortSignal;
  /** A request for `url` already made (e.g. by the embed's early step): read instead of fetching again. */
  response?: Promise<Response>;
}

/** Loads and checks the module at `url` (a `.json` compiled module or a `.md` source). */
export async function loadModule(url: string, { signal, response: early }: LoadOptions = {}): Promise<ModuleDoc> {
  let response: Response;
  // A Markdown source needs the parser: download it alongside the source, not after it.
  const parser = isMarkdownUrl(url) ? import('./parse.js') : undefined;
  parser?.catch(() => {}); // A failed download is reported below, if the parser is used.
  // A compiled module needs the validator: it downloads alongside the module, outside the first file.
  const validator = parser ? undefined : import('./validate.js');
  validator?.catch(() => {});
  try {
    response = await (early ?? fetch(url, { signal, credentials: 'same-origin' }));
  } catch (err) {
    if (signal?.aborted) throw err;
    throw new ModuleLoadError('network', url, `the request failed (${(err as Error).message}).`);
  }
  if (!response.ok) throw new ModuleLoadError('network', url, `the server answered ${response.status} ${response.statusText}.`);
  const text = await response.text();
  if (parser) {
    const { parseModule, isValid } = await parser;
    const result = parseModule(text, fileNameOf(url));
    if (!isValid(result)) {
      const errors = result.issues.filter((i) => i.severity === 'error');
      throw new ModuleLoadError('content', url, errors.map((i) => `${i.file}:${i.line} ${i.message}`).join('; '));
    }
    return result.doc;
  }
  return readCompiledModule(text, url, validator);
}

/**
 * Checks a compiled module given as JSON text, exactly as a fetched one is checked (`url` names where
 * it came from in errors: e.g. a module inlined in the page).
 */
export async function readCompiledModule(text: string, url: string, validator?: Promise<typeof import('./validate.js')>): Promise<ModuleDoc> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new ModuleLoadError('format', url, `it is not valid JSON (${(err as Error).message}).`);
  }
  const { assertModuleDoc } = await (validator ?? import('./validate.js'));
  try {
    return assertModuleDoc(data);
  } catch (err) {
    throw new ModuleLoadError('content', url, (err as Error).message);
  }
}
