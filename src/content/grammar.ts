/**
 * The shapes of values that become file names, storage keys and LMS ids (module ids, language tags),
 * and of source URLs. Shared by the parser, the compiled-module check and the command line; no
 * dependencies, so the player's JSON path stays small.
 */

/**
 * A module id: lower-case letters and digits in groups joined by single hyphens, at most 64 characters.
 * It becomes part of file names, storage keys and LMS ids, so nothing else is allowed.
 */
export const MODULE_ID = /^(?=.{1,64}$)[a-z0-9]+(?:-[a-z0-9]+)*$/;
/**
 * A language tag (a simple BCP 47 form): a 2–3 letter language code in lower case, then optional
 * `-` subtags of 2–8 letters or digits (`en`, `pt-BR`, `sr-Latn`). It becomes part of file names.
 */
export const LANGUAGE_TAG = /^(?=.{2,35}$)[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;

/** True for an https URL that a browser can open: a host name with a dot, nothing malformed. */
export function isSourceUrl(url: string): boolean {
  if (!/^https:\/\/[^\s/?#]+(?:[/?#]\S*)?$/.test(url)) return false;
  try {
    const u = new URL(url);
    return u.protocol === 'https:' && !u.username && !u.password && /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}$/i.test(u.hostname);
  } catch {
    return false;
  }
}

/** Control and bidirectional-formatting characters: they could make a message or a file name read backwards. */
// eslint-disable-next-line no-control-regex -- these control characters are what it escapes
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** `text` with control and bidi characters written as `\\u202e` escapes, safe to print. */
export function printable(text: string): string {
  return text.replace(UNPRINTABLE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
