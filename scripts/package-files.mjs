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
 * in all and `joined`: the closure's gzip size were its files one.
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
  const seen = new Set();
  const visit = (name) => {
    if (seen.has(name)) return;
    seen.add(name);
    for (const i of outputs[name].imports) if (i.kind === 'import-statement' && !i.external) visit(i.path);
  };
  visit(entry);
  const files = [...seen].map((name) => {
    const code = contents.get(name) ?? new Uint8Array();
    return { file: name, bytes: code.length, gzip: gzipSync(code, { level: 9 }).length };
  });
  const inputs = [...new Set([...seen].flatMap((name) => Object.keys(outputs[name].inputs)))];
  const all = Object.keys(outputs).filter((name) => name.endsWith('.js'));
  // The same code as one file: how much of the download is the bundler's split into several files.
  const joined = gzipSync(Buffer.concat([...seen].map((name) => contents.get(name) ?? new Uint8Array())), { level: 9 }).length;
  return { files, inputs, chunks: all.length, joined };
}
