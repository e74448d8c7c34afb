/**
 * Finding an LMS's SCORM API and talking to it safely. Small on purpose: `tracking="auto"` loads only
 * this file to decide which adapter to load.
 *
 * Discovery follows the ADL algorithm (SCORM 2004 RTE 3.3.1, the 1.2 APIWrapper): this window, then each
 * parent up to the top, then the opener and its parents; at most `MAX_HOPS` windows per chain. Reading a
 * property of a cross-origin window throws, so every read is guarded; a cross-origin frame in the middle
 * is stepped over (its `parent` is still readable).
 */

/** The SCORM 1.2 API object (`window.API`). */
export interface Scorm12Api {
  LMSInitialize(arg: ''): string | boolean;
  LMSFinish(arg: ''): string | boolean;
  LMSGetValue(element: string): string;
  LMSSetValue(element: string, value: string): string | boolean;
  LMSCommit(arg: ''): string | boolean;
  LMSGetLastError(): string | number;
  LMSGetErrorString(code: string | number): string;
  LMSGetDiagnostic(code: string | number): string;
}

/** The SCORM 2004 API object (`window.API_1484_11`). */
export interface Scorm2004Api {
  Initialize(arg: ''): string | boolean;
  Terminate(arg: ''): string | boolean;
  GetValue(element: string): string;
  SetValue(element: string, value: string): string | boolean;
  Commit(arg: ''): string | boolean;
  GetLastError(): string | number;
  GetErrorString(code: string | number): string;
  GetDiagnostic(code: string | number): string;
}

export type ScormVersion = '1.2' | '2004';

/** Windows searched per chain (parents, then opener's parents); the 2004 algorithm's bound. */
export const MAX_HOPS = 500;

const API_NAME = { '1.2': 'API', '2004': 'API_1484_11' } as const;
const PROBE = { '1.2': 'LMSInitialize', '2004': 'Initialize' } as const;

/** The API on one window, or null; never throws (cross-origin windows throw on reads). */
function apiOn(win: Window, version: ScormVersion): unknown {
  try {
    const api = (win as unknown as Record<string, unknown>)[API_NAME[version]];
    // A page element with id="API" is also a window property: insist on the methods.
    if (api && typeof (api as Record<string, unknown>)[PROBE[version]] === 'function') return api;
  } catch {
    /* cross-origin */
  }
  return null;
}

function parentOf(win: Window): Window | null {
  try {
    const p = win.parent;
    return p && p !== win ? p : null;
  } catch {
    return null;
  }
}

function openerOf(win: Window): Window | null {
  try {
    return (win.opener as Window | null) ?? null;
  } catch {
    return null;
  }
}

function searchChain(start: Window | null, version: ScormVersion): unknown {
  let win = start;
  for (let hops = 0; win && hops <= MAX_HOPS; hops += 1) {
    const api = apiOn(win, version);
    if (api) return api;
    win = parentOf(win);
  }
  return null;
}

function topOf(win: Window): Window | null {
  try {
    return win.top;
  } catch {
    return null;
  }
}

/** Finds the API of `version` from `start` (default: this window), or returns null. */
export function findScormApi(version: '1.2', start?: Window): Scorm12Api | null;
export function findScormApi(version: '2004', start?: Window): Scorm2004Api | null;
export function findScormApi(version: ScormVersion, start?: Window): Scorm12Api | Scorm2004Api | null;
export function findScormApi(version: ScormVersion, start: Window = window): Scorm12Api | Scorm2004Api | null {
  const found =
    searchChain(start, version) ??
    searchChain(openerOf(start), version) ??
    (() => {
      const top = topOf(start);
      return top && top !== start ? searchChain(openerOf(top), version) : null;
    })();
  return (found as Scorm12Api | Scorm2004Api | null) ?? null;
}

/** Which SCORM version this page was launched with (2004 first, as the standard says), if any. */
export function detectScorm(start: Window = window): ScormVersion | null {
  if (findScormApi('2004', start)) return '2004';
  if (findScormApi('1.2', start)) return '1.2';
  return null;
}

/** The outcome of one API call. `error` is a short developer message (code, name, diagnostic). */
export interface CallResult {
  ok: boolean;
  value: string;
  error?: string;
  /** The LMS's error code after a failed call (absent when the call threw). */
  code?: number;
}

/**
 * Error codes by which an LMS that is answering refuses one value: wrong type or format, out of range,
 * an element it does not take, read- or write-only, out of order. 1.2: 201, 401–405; 2004: 201, 351,
 * 401, 402, 404–408. Anything else (101 general, 301 not initialised, 391 commit failed, 132/143
 * after the end, an exception) means the LMS is not answering properly.
 */
const REFUSALS = { '1.2': [201, 401, 402, 403, 404, 405], '2004': [201, 351, 401, 402, 404, 405, 406, 407, 408] } as const;

/** True when `code` says the LMS refused one value (see `REFUSALS`), not that it stopped answering. */
export function isRefusal(version: ScormVersion, code: number | undefined): boolean {
  return code !== undefined && (REFUSALS[version] as readonly number[]).includes(code);
}

/**
 * One SCORM session, version-neutral: the method names differ, the rules do not. Every call is wrapped:
 * a thrown exception, `"false"`, or a non-zero error code after `GetValue` becomes `{ ok: false }`.
 */
export class ScormConnection {
  readonly version: ScormVersion;
  readonly #api: Record<string, (...args: unknown[]) => unknown>;
  readonly #names: { init: string; finish: string; get: string; set: string; commit: string; err: string; errStr: string; diag: string };

  constructor(version: ScormVersion, api: Scorm12Api | Scorm2004Api) {
    this.version = version;
    this.#api = api as unknown as Record<string, (...args: unknown[]) => unknown>;
    this.#names =
      version === '1.2'
        ? { init: 'LMSInitialize', finish: 'LMSFinish', get: 'LMSGetValue', set: 'LMSSetValue', commit: 'LMSCommit', err: 'LMSGetLastError', errStr: 'LMSGetErrorString', diag: 'LMSGetDiagnostic' }
        : { init: 'Initialize', finish: 'Terminate', get: 'GetValue', set: 'SetValue', commit: 'Commit', err: 'GetLastError', errStr: 'GetErrorString', diag: 'GetDiagnostic' };
  }

  #invoke(method: string, ...args: unknown[]): { value: unknown; thrown?: string } {
    try {
      return { value: this.#api[method](...args) };
    } catch (err) {
      return { value: undefined, thrown: `${method} threw: ${(err as Error)?.message ?? String(err)}` };
    }
  }

  /** The last error code, `0` when there is none (or the API cannot say). */
  lastError(): number {
    const { value } = this.#invoke(this.#names.err);
    const code = Number(value ?? 0);
    return Number.isFinite(code) ? code : 0;
  }

  #describe(method: string, code: number, element?: string): string {
    let name = '';
    let diagnostic = '';
    try {
      name = String(this.#api[this.#names.errStr](String(code)) ?? '');
      diagnostic = String(this.#api[this.#names.diag](String(code)) ?? '');
    } catch {
      /* the API cannot describe its own errors */
    }
    const what = element ? `${method}(${element})` : method;
    return `${what} failed: ${code}${name ? ` ${name}` : ''}${diagnostic && diagnostic !== name ? ` (${diagnostic})` : ''}`;
  }

  #bool(method: string, args: unknown[], element?: string): CallResult {
    const { value, thrown } = this.#invoke(method, ...args);
    if (thrown) return { ok: false, value: '', error: thrown };
    if (value === true || value === 'true') return { ok: true, value: 'true' };
    const code = this.lastError();
    return { ok: false, value: String(value), error: this.#describe(method, code, element), code };
  }

  initialize(): CallResult {
    const result = this.#bool(this.#names.init, ['']);
    if (result.ok) return result;
    // Already initialised (1.2: 101 in Moodle; 2004: 103): the session is open, which is what we want.
    const code = this.lastError();
    if ((this.version === '1.2' && code === 101) || (this.version === '2004' && code === 103)) return { ok: true, value: 'true' };
    return result;
  }

  get(element: string): CallResult {
    const { value, thrown } = this.#invoke(this.#names.get, element);
    if (thrown) return { ok: false, value: '', error: thrown };
    const text = value === undefined || value === null ? '' : String(value);
    if (text !== '') return { ok: true, value: text };
    const code = this.lastError();
    // 2004's 403 "value not initialized" is how a first launch reads an empty suspend_data or location.
    if (code === 0 || (this.version === '2004' && code === 403)) return { ok: true, value: '' };
    return { ok: false, value: '', error: this.#describe(this.#names.get, code, element) };
  }

  set(element: string, value: string): CallResult {
    return this.#bool(this.#names.set, [element, value], element);
  }

  commit(): CallResult {
    return this.#bool(this.#names.commit, ['']);
  }

  finish(): CallResult {
    return this.#bool(this.#names.finish, ['']);
  }
}
