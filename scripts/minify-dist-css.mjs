/**
 * After `tsc`: minifies the CSS of Lit's css`…` templates in the npm package (dist/**), as the embed
 * bundle does, so an app that bundles the package downloads no comments or indentation of our styles.
 * (The source maps of the styles files then point at the lines before minifying; they hold only CSS.)
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { minifyLitCss } from './rollup-minify-css.mjs';

const plugin = minifyLitCss();
// Only what tsc wrote from src/ (never the embed bundle, or a player unzipped from a package by the tests:
// bundled code holds Lit's own css`…` in an error message, which is no template of ours).
const files = readdirSync('dist', { recursive: true }).filter((f) => /\.js$/.test(f) && existsSync(join('src', f.replace(/\.js$/, '.ts'))));
let saved = 0;
for (const file of files) {
  const path = join('dist', file);
  // tsc puts a space between the tag and its template: `css` followed by a space and a backtick.
  const code = readFileSync(path, 'utf8').replace(/\bcss `/g, 'css`');
  const out = await plugin.transform(code, path);
  if (!out || out.code === code) continue;
  writeFileSync(path, out.code);
  saved += code.length - out.code.length;
}
if (process.argv.includes('--verbose')) console.log(`minified the CSS of dist: ${saved} bytes fewer`);
