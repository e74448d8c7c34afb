/**
 * Every file the command line writes goes through here: the name is checked, joined to its folder,
 * resolved, and confirmed to lie inside that folder, so no module value (an id, a language, an image
 * path) can make `netwise` write anywhere else. Node only.
 */
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { printable } from '../content/grammar.js';

/** A problem the command line reports as `file:line: error: message` (or `netwise: error:` without a file). */
export class CliError extends Error {
  constructor(
    message: string,
    readonly file?: string,
    readonly line = 1,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

/** Characters no file or zip entry name of ours may hold: controls, bidi marks, `\` and `:`. */
// eslint-disable-next-line no-control-regex -- these control characters are what it refuses
const FORBIDDEN = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\\:*?"<>|]/;

/**
 * True for a relative `/`-separated path with no empty, `.` or `..` part and no forbidden character:
 * a safe zip entry name, and a safe path below a folder.
 */
export function isSafeRelativePath(path: string): boolean {
  if (!path || path.length > 240 || path.startsWith('/') || FORBIDDEN.test(path)) return false;
  return path.split('/').every((part) => part !== '' && part !== '.' && part !== '..');
}

/** `dir/name`, resolved, after checking that it stays inside `dir`; throws a `CliError` otherwise. */
export function inside(dir: string, name: string): string {
  const base = resolve(dir);
  const target = resolve(base, ...name.split('/'));
  const rel = relative(base, target);
  if (!isSafeRelativePath(name) || !rel || rel.startsWith(`..${sep}`) || rel === '..' || isAbsolute(rel)) {
    throw new CliError(`Refusing to write "${printable(name)}": it would land outside ${dir}.`);
  }
  return target;
}
