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

/** Loads and checks the module at `url` (a `.json` compiled module or a `.md` source). */
export async function loadModule(url: string, signal?: AbortSignal): Promise<ModuleDoc> {
  let response: Response;
  // A Markdown source needs the parser: download it alongside the source, not after it.
  const parser = MARKDOWN.test(url.split(/[?#]/)[0]) ? import('./parse.js') : undefined;
  parser?.catch(() => {}); // A failed download is reported below, if the parser is used.
  // A compiled module needs the validator: it downloads alongside the module, outside the first file.
  const validator = parser ? undefined : import('./validate.js');
  validator?.catch(() => {});
  try {
    response = await fetch(url, { signal, credentials: 'same-origin' });
  } catch (err) {
    if (signal?.aborted) throw err;
    throw new ModuleLoadError('network', url, `the request failed (${(err as Error).message}).`);
  }
  if (!response.ok) throw new ModuleLoadError('network', url, `the server answered ${response.status} ${response.statusText}.`);
  const text = await response.text();
  const path = new URL(url, document.baseURI).pathname;
  if (MARKDOWN.test(path)) {
    const { parseModule, isValid } = await (parser ?? import('./parse.js'));
    const result = parseModule(text, path.split('/').pop());
    if (!isValid(result)) {
      const errors = result.issues.filter((i) => i.severity === 'error');
      throw new ModuleLoadError('content', url, errors.map((i) => `${i.file}:${i.line} ${i.message}`).join('; '));
    }
    return result.doc;
  }
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
