import { transform } from 'esbuild';

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
          transform(m[1], { loader: 'css', minify: true }).then((r) => ({ start: m.index, end: m.index + m[0].length, css: r.code.trim() })),
        );
      }
      if (!jobs.length) return null;
      let out = code;
      for (const j of (await Promise.all(jobs)).reverse()) {
        out = `${out.slice(0, j.start)}css\`${j.css.replace(/`/g, '\\`')}\`${out.slice(j.end)}`;
      }
      return { code: out, map: null };
    },
  };
}
