/**
 * `npm start`: serves the repository at http://localhost:8000/ (the demo site is /demo/). The demo
 * loads the built embed bundle (/dist/embed/netwise.min.js) and the compiled modules
 * (/dist/modules/*.json), as a teacher's site would, so run `npm run build` first (`npm start` does).
 *
 * `nodeResolve` is only for the teacher page, which imports the sanitiser from the npm output
 * (/dist/content/sanitize.js imports `dompurify` by its bare name).
 */

/** The pages' Content-Security-Policy, sent as a header too (the pages also carry it in a meta tag).
 * No `frame-ancestors`: the player page is meant to be embedded in other sites' iframes. */
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
  "base-uri 'self'; form-action 'self'";

export default {
  rootDir: '.',
  hostname: 'localhost',
  port: 8000,
  open: false,
  watch: false,
  nodeResolve: true,
  middleware: [
    async function demoSite(ctx, next) {
      if (ctx.path === '/' || ctx.path === '/demo' || ctx.path === '/index.html') {
        ctx.redirect('/demo/');
        return;
      }
      await next();
      if (ctx.path.startsWith('/demo/') && ctx.response.is('html')) ctx.set('Content-Security-Policy', CSP);
    },
  ],
};
