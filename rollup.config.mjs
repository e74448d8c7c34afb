import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import { minifyLitCss } from './scripts/rollup-minify-css.mjs';

/**
 * The embed bundle: one entry file for a `<script type="module">` tag, plus chunks loaded only when a
 * module needs them (Markdown parsing, LMS adapters, other question kinds). The npm output is built
 * by `tsc -p tsconfig.build.json` (one module per source file, dependencies not bundled).
 */
const plugins = () => [
  nodeResolve({ browser: true }),
  minifyLitCss(),
  esbuild({ target: 'es2022', tsconfig: './tsconfig.json' }),
  terser({ ecma: 2020, module: true, format: { comments: /allFunctionsCalledOnLoad/ } }),
];

const embed = {
  input: { netwise: 'src/embed/netwise.ts' },
  // The entry exports registerTranslation for pages; let the chunks import shared code from it too.
  preserveEntrySignatures: 'allow-extension',
  output: {
    dir: 'dist/embed',
    format: 'es',
    entryFileNames: '[name].min.js',
    // The player (src/embed/player.ts) keeps one name beside the entry, so pages can preload it by name:
    // the entry does (src/embed/netwise.ts), and so do the snippet in the README and the pages we write.
    chunkFileNames: (chunk) => (chunk.name === 'player' ? 'player.min.js' : 'chunks/[name]-[hash].js'),
    sourcemap: true,
    // V8's explicit compile hint: compile every function while the file downloads, not on first call
    // (the player runs nearly all of its code to show the first question). Other engines ignore it.
    banner: '//# allFunctionsCalledOnLoad',
  },
  plugins: plugins(),
};

/**
 * The script of the pages with their first step written in (`src/embed/prerendered.ts`): built apart, so
 * that it shares no chunk with the entry (it must not make the browser load the entry before it has drawn
 * the page), beside it in `dist/embed`.
 */
const prerendered = {
  input: { prerendered: 'src/embed/prerendered.ts' },
  output: { dir: 'dist/embed', format: 'es', entryFileNames: '[name].min.js', sourcemap: true },
  plugins: plugins(),
};

export default [embed, prerendered];
