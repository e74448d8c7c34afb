import { transform } from 'esbuild';

/** The CSS a template literal's source text stands for (its JS escapes undone: `\\` → `\`). */
const cook = (source) => source.replace(/\\([\\`$])/g, '$1');
/**
 * CSS as template-literal source text. A CSS escape such as `\2713` must reach the browser as written:
 * left bare in a template literal it would be an invalid escape, and Lit's `css` would get `undefined`.
 */
const raw = (css) => css.replace(/[\\`]/g, (c) => `\\${c}`).replace(/\$\{/g, '\\${');

/**
 * Minifies the CSS inside Lit's css`…` tagged templates with esbuild's CSS minifier (templates with
 * `${}` interpolations are left alone). Every byte of the embed bundle goes over a school network.
 */
export function minifyLitCss() {
  const literal = /\bcss`((?:[^`\\$]|\\.|\$(?!\{))*)`/g;
  return {
    name: 'minify-lit-css',
    async transform(code, id) {
      if (!/\.[cm]?[jt]s$/.test(id) || !code.includes('css`')) return null;
      const jobs = [];
      for (const m of code.matchAll(literal)) {
        jobs.push(
          transform(cook(m[1]), { loader: 'css', minify: true, charset: 'utf8' }).then((r) => ({
            start: m.index,
            end: m.index + m[0].length,
            css: r.code.trim(),
          })),
        );
      }
      if (!jobs.length) return null;
      let out = code;
      for (const j of (await Promise.all(jobs)).reverse()) {
        out = `${out.slice(0, j.start)}css\`${raw(j.css)}\`${out.slice(j.end)}`;
      }
      return { code: out, map: null };
    },
  };
}
