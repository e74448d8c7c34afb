/**
 * The bytes of a Netwise package (the zips of `netwise pack`: SCORM 1.2, SCORM 2004 4th edition, cmi5,
 * offline HTML), built from a compiled module and the player's files. Browser-safe (no `node:*`): the
 * CLI reads the player from disk and the write page (demo/write.html) fetches it, and both give the same
 * bytes for the same module and player.
 */
import { zipSync } from 'fflate';
import type { ModuleDoc } from '../content/types.js';

export type PackFormat = 'scorm12' | 'scorm2004' | 'html' | 'cmi5';
export const PACK_FORMATS: readonly PackFormat[] = ['scorm12', 'scorm2004', 'cmi5', 'html'];

/** The `tracking` of a package's launch page: the offline page saves on the device. */
export function launchTracking(format: PackFormat): 'scorm12' | 'scorm2004' | 'local' | 'cmi5' {
  return format === 'html' ? 'local' : format;
}

/** The player's folder inside the zip. */
const PLAYER = 'player';
/** The script of a page with its first step written in (`embed/prerendered.ts`), in the player's folder. */
const PRERENDERED_SCRIPT = 'prerendered.min.js';
/**
 * Zip entries get one fixed date, so the same module packs to the same bytes. Zip dates have no time
 * zone (fflate writes the local one), so it is midnight local time: the same bytes in every time zone.
 */
const MTIME = new Date(2020, 0, 1);

const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');

/** An `xs:ID`: starts with a letter, then letters, digits, `-`, `_`, `.`; stable for a module and language. */
function xmlId(...parts: string[]): string {
  return `netwise-${parts.join('-')}`.replace(/[^A-Za-z0-9_.-]/g, '_');
}


/**
 * The player files: `netwise.min.js` (and `prerendered.min.js`, when built) and every chunk they can
 * load, followed through their relative `import`s (so a chunk left over from an older build is not
 * shipped, and a missing one is an error).
 * `read` gives a file of the built player by its path (`chunks/x.js`), or `undefined` when it is missing.
 */
export async function collectPlayer(read: (path: string) => Promise<Uint8Array | undefined>): Promise<Map<string, Uint8Array>> {
  const files = new Map<string, Uint8Array>();
  // The script of a pre-rendered page, when built: it asks for the entry and the player by URL, and imports nothing.
  const prerendered = await read(PRERENDERED_SCRIPT);
  if (prerendered) files.set(`${PLAYER}/${PRERENDERED_SCRIPT}`, prerendered);
  const queue = ['netwise.min.js'];
  while (queue.length) {
    const path = queue.shift()!;
    if (files.has(`${PLAYER}/${path}`)) continue;
    const data = await read(path);
    if (!data) {
      throw new Error(path === 'netwise.min.js'
        ? 'The player bundle is missing. Run `npm run build:embed` first.'
        : `The player bundle is incomplete: ${path} is imported but missing. Run \`npm run build:embed\` again.`);
    }
    files.set(`${PLAYER}/${path}`, data);
    const code = new TextDecoder().decode(data);
    for (const m of code.matchAll(/(?:\bimport\s*\(\s*|\bfrom\s*|\bimport\s*)["'](\.{1,2}\/[^"']+)["']/g)) {
      const target = normalize(`${dirname(path)}/${m[1]}`);
      if (target.startsWith('..')) throw new Error(`The player imports ${m[1]} from outside its folder.`);
      queue.push(target);
    }
  }
  return new Map([...files].sort(([a], [b]) => a.localeCompare(b)));
}

/** `a/b.js` → `a`; `b.js` → `.` (POSIX paths inside the bundle). */
const dirname = (path: string) => (path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '.');

/** Resolves `.` and `..` in a POSIX path (`chunks/../x.js` → `x.js`); a path leaving the root keeps its `..`. */
function normalize(path: string): string {
  const out: string[] = [];
  for (const part of path.split('/')) {
    if (part === '.' || part === '') continue;
    if (part === '..' && out.length && out[out.length - 1] !== '..') out.pop();
    else out.push(part);
  }
  return out.join('/');
}

/** A first step written into the launch page (`elements/prerender.ts`), with its style texts' CSP hashes. */
export interface PrerenderedPage {
  html: string;
  /** One `'sha256-…'` source per `<style>` in `html`. */
  hashes: string[];
}

/**
 * The page form of a pre-rendered step: its `<style>` texts hashed for the page's policy, with Web Crypto
 * (the same bytes in Node and in the browser, so the write page's zips equal `netwise pack`'s).
 */
export async function prerenderedPage(step: { html: string; styles: string[] } | undefined): Promise<PrerenderedPage | undefined> {
  if (!step) return undefined;
  const hashes: string[] = [];
  for (const css of step.styles) {
    const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(css)));
    hashes.push(`'sha256-${btoa(String.fromCharCode(...digest))}'`);
  }
  return { html: step.html, hashes };
}

/**
 * The launch page's own style, written in the page: a style sheet file would hold the first paint back by
 * a request (a round trip to the platform's server). `PAGE_CSS_HASH` is its `'sha256-…'` source for the
 * page's policy (`test/cli/pack.test.mjs` checks it against the text).
 */
export const PAGE_CSS = `body { margin: 0; font-family: system-ui, sans-serif; }
main { max-width: 52rem; margin: 0 auto; padding: 1rem; }
`;
export const PAGE_CSS_HASH = "'sha256-ZkDf+jFvMcQ7InEoZyzPW2INtWwxsB/EfXt7OrHiUk4='";

/** The player's scripts: preloaded with the module, so that all download while the page is read. */
const SCRIPTS = `<link rel="modulepreload" href="${PLAYER}/netwise.min.js" />
    <link rel="modulepreload" href="${PLAYER}/player.min.js" />
    <link rel="preload" as="fetch" crossorigin href="module.json" />
    <script type="module" src="${PLAYER}/netwise.min.js"></script>`;
/** A page with its first step written in: the player starts once that step has been drawn. */
const PRERENDERED_SCRIPTS = `<link rel="preload" as="fetch" crossorigin href="module.json" />
    <script type="module" src="${PLAYER}/${PRERENDERED_SCRIPT}"></script>`;

/**
 * The launch page: the player and one `<nw-module>`, no inline script. A cmi5 LMS names its own endpoint
 * in the launch URL, which may be on another (HTTPS) host: only that page may connect beyond its origin.
 * With `prerendered`, the first step is in the page (shown before any script runs), and its script
 * (`prerendered.min.js`) starts the player once the browser has drawn it; the module is preloaded.
 * Without, the player and the module are preloaded, so both download while the page is read. The policy
 * allows the page's own `<style>` and the step's by their hashes, and nothing else inline.
 */
export function indexHtml(doc: ModuleDoc, tracking: 'scorm12' | 'scorm2004' | 'local' | 'cmi5', prerendered?: PrerenderedPage): string {
  const connect = tracking === 'cmi5' ? "'self' https:" : "'self'";
  const hashes = [PAGE_CSS_HASH, ...(prerendered?.hashes ?? [])].map((h) => ` ${h}`).join('');
  const csp = `default-src 'self'; script-src 'self'; style-src 'self'${hashes}; img-src 'self' data:; connect-src ${connect}; object-src 'none'; base-uri 'none'; form-action 'none'`;
  return `<!doctype html>
<html lang="${xml(doc.meta.lang)}">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta http-equiv="Content-Security-Policy" content="${csp}" />
    <title>${xml(doc.meta.title)}</title>
    <style>${PAGE_CSS}</style>
    ${prerendered ? PRERENDERED_SCRIPTS : SCRIPTS}
  </head>
  <body>
    <main>
      <nw-module src="module.json" tracking="${tracking}" loading="eager">${prerendered?.html ?? ''}</nw-module>
      <noscript>${xml(doc.meta.title)} needs JavaScript.</noscript>
    </main>
  </body>
</html>
`;
}


/** `imsmanifest.xml` for SCORM 1.2 (IMS CP 1.1.2 + ADL CP 1.2): one SCO. */
export function manifest12(doc: ModuleDoc, files: string[]): string {
  const m = doc.meta;
  const mastery = m.mode === 'graded' ? `\n        <adlcp:masteryscore>${Math.round(m.passMark)}</adlcp:masteryscore>` : '';
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${xmlId(m.id, m.lang)}" version="1"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="${xmlId(m.id, 'org')}">
    <organization identifier="${xmlId(m.id, 'org')}">
      <title>${xml(m.title)}</title>
      <item identifier="${xmlId(m.id, 'item')}" identifierref="${xmlId(m.id, 'sco')}" isvisible="true">
        <title>${xml(m.title)}</title>${mastery}
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="${xmlId(m.id, 'sco')}" type="webcontent" adlcp:scormtype="sco" href="index.html">
${files.map((f) => `      <file href="${xml(f)}"/>`).join('\n')}
    </resource>
  </resources>
</manifest>
`;
}

/** `imsmanifest.xml` for SCORM 2004 4th edition (IMS CP 1.1 + ADL CP 1.3): one SCO. */
export function manifest2004(doc: ModuleDoc, files: string[]): string {
  const m = doc.meta;
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${xmlId(m.id, m.lang)}" version="1"
  xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"
  xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3"
  xmlns:adlnav="http://www.adlnet.org/xsd/adlnav_v1p3"
  xmlns:imsss="http://www.imsglobal.org/xsd/imsss"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsglobal.org/xsd/imscp_v1p1 imscp_v1p1.xsd http://www.adlnet.org/xsd/adlcp_v1p3 adlcp_v1p3.xsd http://www.adlnet.org/xsd/adlseq_v1p3 adlseq_v1p3.xsd http://www.adlnet.org/xsd/adlnav_v1p3 adlnav_v1p3.xsd http://www.imsglobal.org/xsd/imsss imsss_v1p0.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>2004 4th Edition</schemaversion>
  </metadata>
  <organizations default="${xmlId(m.id, 'org')}">
    <organization identifier="${xmlId(m.id, 'org')}">
      <title>${xml(m.title)}</title>
      <item identifier="${xmlId(m.id, 'item')}" identifierref="${xmlId(m.id, 'sco')}" isvisible="true">
        <title>${xml(m.title)}</title>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="${xmlId(m.id, 'sco')}" type="webcontent" adlcp:scormType="sco" href="index.html">
${files.map((f) => `      <file href="${xml(f)}"/>`).join('\n')}
    </resource>
  </resources>
</manifest>
`;
}

/**
 * The cmi5 course id and AU id: IRIs that stay the same for a module and language, so a re-upload keeps
 * the LMS's records. `publisher` is an IRI prefix of your own (default `urn:netwise:`).
 */
export function cmi5Ids(doc: ModuleDoc, publisher = 'urn:netwise:'): { course: string; au: string } {
  const id = `${publisher}${encodeURIComponent(doc.meta.id)}${publisher.startsWith('urn:') ? ':' : '/'}${encodeURIComponent(doc.meta.lang)}`;
  return { course: id, au: `${id}${publisher.startsWith('urn:') ? ':' : '/'}au` };
}

/**
 * `cmi5.xml` (cmi5 §14, CourseStructure.xsd): a course with one AU launched from `index.html`.
 * A graded module needs completing and passing (`CompletedAndPassed`) at `passMark / 100`; a practice
 * module needs completing only, with no mastery score.
 */
export function cmi5Xml(doc: ModuleDoc, publisher?: string): string {
  const m = doc.meta;
  const ids = cmi5Ids(doc, publisher);
  const lang = xml(m.lang);
  const text = (s: string) => `<langstring lang="${lang}">${xml(s)}</langstring>`;
  const graded = m.mode === 'graded';
  const mastery = graded ? ` masteryScore="${Math.round(Math.max(0, Math.min(100, m.passMark)) * 100) / 10000}"` : '';
  return `<?xml version="1.0" encoding="UTF-8"?>
<courseStructure xmlns="https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd">
  <course id="${xml(ids.course)}">
    <title>${text(m.title)}</title>
    <description>${text(m.summary || m.title)}</description>
  </course>
  <au id="${xml(ids.au)}" moveOn="${graded ? 'CompletedAndPassed' : 'Completed'}"${mastery} launchMethod="AnyWindow">
    <title>${text(m.title)}</title>
    <description>${text(m.summary || m.title)}</description>
    <url>index.html</url>
  </au>
</courseStructure>
`;
}

/**
 * Every file of the package, by path inside the zip. `player`: the files from `collectPlayer`; `assets`:
 * the module's own pictures, by their path inside the zip (a name the package already uses is refused).
 */
export function packageFilesWith(
  doc: ModuleDoc,
  format: PackFormat,
  player: Map<string, Uint8Array>,
  publisher?: string,
  assets: Map<string, Uint8Array> = new Map(),
  prerendered?: PrerenderedPage,
): Map<string, Uint8Array> {
  const enc = new TextEncoder();
  const tracking = launchTracking(format);
  if (prerendered && !player.has(`${PLAYER}/${PRERENDERED_SCRIPT}`)) {
    throw new Error(`The player bundle is incomplete: ${PRERENDERED_SCRIPT} is missing. Run \`npm run build:embed\` again.`);
  }
  const files = new Map<string, Uint8Array>([
    ['index.html', enc.encode(indexHtml(doc, tracking, prerendered))],
    ['module.json', enc.encode(JSON.stringify(doc))],
    ...player,
  ]);
  for (const [to, data] of assets) {
    if (files.has(to) || to.startsWith(`${PLAYER}/`)) throw new Error(`The picture ${to} has the name of a file the zip already holds; rename it.`);
    files.set(to, data);
  }
  const listed = [...files.keys()];
  if (format === 'scorm12') files.set('imsmanifest.xml', enc.encode(manifest12(doc, listed)));
  if (format === 'scorm2004') files.set('imsmanifest.xml', enc.encode(manifest2004(doc, listed)));
  if (format === 'cmi5') files.set('cmi5.xml', enc.encode(cmi5Xml(doc, publisher)));
  return files;
}

/**
 * The zip's bytes, manifest (or `cmi5.xml`) first. `safeName` vets each entry name first (the command
 * line passes its own path check; the names this module makes itself are safe).
 */
export function zipPackage(files: Map<string, Uint8Array>, safeName: (path: string) => boolean = () => true): Uint8Array {
  const ordered: Record<string, Uint8Array> = {};
  const first = ['imsmanifest.xml', 'cmi5.xml'];
  for (const name of first) if (files.has(name)) ordered[name] = files.get(name)!;
  for (const [path, data] of files) if (!first.includes(path)) ordered[path] = data;
  for (const path of Object.keys(ordered)) {
    if (!safeName(path)) throw new Error(`Refusing to put "${path}" into a zip: entry names are relative paths without "..".`);
  }
  return zipSync(ordered, { level: 9, mtime: MTIME });
}

/** The zip's file name, e.g. `passwords.en.scorm12.zip`. */
export function packageName(doc: ModuleDoc, format: PackFormat): string {
  return `${doc.meta.id}.${doc.meta.lang}.${format}.zip`;
}
