/**
 * What the embed bundle is made of: each file of dist/embed with its gzip size and the chunks it
 * imports (statically, so they load with it, or dynamically, so they load on demand).
 * Shared by `npm run size` and `npm run bench`.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

export const EMBED_DIR = 'dist/embed';
export const ENTRY = 'netwise.min.js';
/** The player, which the entry runs once the first step shows (it starts its download at once). */
export const PLAYER = 'player.min.js';

const STATIC = /(?:^|[;}\s])(?:import|export)\s*(?:[\w*${}\s,]*from\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g;
const DYNAMIC = /\bimport\(\s*["'](\.{1,2}\/[^"']+\.js)["']\s*\)/g;

/** Reads one file of the bundle: its sizes and the files it imports, as paths relative to dist/embed. */
export function readEmbedFile(file, dir = EMBED_DIR) {
  const code = readFileSync(join(dir, file), 'utf8');
  const resolve = (spec) => relative(dir, join(dir, dirname(file), spec));
  return {
    file,
    bytes: Buffer.byteLength(code),
    gzip: gzipSync(code, { level: 9 }).length,
    imports: [...code.matchAll(STATIC)].map((m) => resolve(m[1])),
    dynamicImports: [...code.matchAll(DYNAMIC)].map((m) => resolve(m[1])),
  };
}

/** Every file reachable from `start` through static imports: what the browser loads with it. */
export function staticClosure(start, dir = EMBED_DIR) {
  const seen = new Map();
  const visit = (file) => {
    if (seen.has(file)) return;
    const info = readEmbedFile(file, dir);
    seen.set(file, info);
    info.imports.forEach(visit);
  };
  visit(start);
  return [...seen.values()];
}

/** Every file of the bundle reachable from the entry, static or dynamic. */
export function allFiles(dir = EMBED_DIR) {
  const seen = new Map();
  const visit = (file) => {
    if (seen.has(file)) return;
    const info = readEmbedFile(file, dir);
    seen.set(file, info);
    [...info.imports, ...info.dynamicImports].forEach(visit);
  };
  visit(ENTRY);
  return [...seen.values()];
}

export const sum = (files, key = 'gzip') => files.reduce((n, f) => n + f[key], 0);
export const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
