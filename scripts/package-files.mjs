/**
 * What a developer's bundle of the npm package downloads first: `import 'netwise'` (or another
 * import) bundled by esbuild with code splitting, as an app would, from the built package in dist/
 * (`npm run build:lib`). The static closure is the entry file and every chunk it imports statically;
 * chunks behind a dynamic `import()` load only when needed. Used by `npm run size`.
 */
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';

/**
 * Bundles `source` (e.g. `import 'netwise';`) from the package's root and returns the static
 * closure's files (name, raw and gzip bytes), the package inputs bundled into them, the number of chunks
 * in all and `joined`: the closure's gzip size were its files one. `player` is the same for the static
 * closure together with the chunk of `<nw-module>` (`dist/elements/nw-module.js`, which the package's
 * entry imports once the first step is on screen), when the bundle has one: what the app downloads before
 * the first question is answerable.
 */
export async function consumerClosure(source = "import 'netwise';", root = process.cwd()) {
  const result = await build({
    stdin: { contents: source, resolveDir: root, loader: 'js', sourcefile: 'app.js' },
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    metafile: true,
    write: false,
    outdir: 'consumer',
    absWorkingDir: root,
    logLevel: 'error',
  });
  const outputs = result.metafile.outputs;
  const contents = new Map(result.outputFiles.map((f) => [f.path.slice(f.path.lastIndexOf('/consumer/') + 1), f.contents]));
  const entry = Object.keys(outputs).find((name) => outputs[name].entryPoint === 'app.js');
  const closure = (starts) => {
    const seen = new Set();
    const visit = (name) => {
      if (seen.has(name)) return;
      seen.add(name);
      for (const i of outputs[name].imports) if (i.kind === 'import-statement' && !i.external) visit(i.path);
    };
    starts.forEach(visit);
    return seen;
  };
  const describe = (names) => ({
    files: [...names].map((name) => {
      const code = contents.get(name) ?? new Uint8Array();
      return { file: name, bytes: code.length, gzip: gzipSync(code, { level: 9 }).length };
    }),
    inputs: [...new Set([...names].flatMap((name) => Object.keys(outputs[name].inputs)))],
  });
  const first = closure([entry]);
  const playerChunk = Object.keys(outputs).find((name) => outputs[name].entryPoint === 'dist/elements/nw-module.js');
  const all = Object.keys(outputs).filter((name) => name.endsWith('.js'));
  // The same code as one file: how much of the download is the bundler's split into several files.
  const joined = gzipSync(Buffer.concat([...first].map((name) => contents.get(name) ?? new Uint8Array())), { level: 9 }).length;
  return { ...describe(first), chunks: all.length, joined, player: playerChunk ? describe(closure([entry, playerChunk])) : undefined };
}
