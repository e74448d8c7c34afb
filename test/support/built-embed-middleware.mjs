/**
 * Serves the built player (`/dist/embed/…`) exactly as it is on disk, as any static server would: the
 * test server would otherwise run it through esbuild again (adding an inline source map). The write
 * page's zips are compared byte for byte with `netwise pack`'s, so the player's bytes must be the file's.
 */
import { readFile } from 'node:fs/promises';
import { join, normalize } from 'node:path';

const TYPES = { '.js': 'text/javascript; charset=utf-8', '.map': 'application/json' };

export function builtEmbedMiddleware(root = process.cwd()) {
  return async function builtEmbed(ctx, next) {
    const path = normalize(ctx.path);
    const ext = path.slice(path.lastIndexOf('.'));
    if (!path.startsWith('/dist/embed/') || !(ext in TYPES)) return next();
    try {
      ctx.body = await readFile(join(root, path));
      ctx.type = TYPES[ext];
    } catch {
      await next();
    }
  };
}
