#!/usr/bin/env node
/**
 * The Netwise command line.
 *
 *   netwise check [dir|file…]            list every problem in module sources (exit 1 on errors)
 *   netwise build [dir|file…] --out DIR  compile modules to `<id>.<lang>.json` (+ `catalog.json`)
 *   netwise pack <module> --format F     a zip for an LMS (scorm12, scorm2004, cmi5) or an offline page (html)
 */
import { runCheck, runBuild } from './commands.js';
import { runPack } from './pack.js';

const HELP = `Usage:
  netwise check [modules-dir | file.md …]
  netwise build [modules-dir | file.md …] --out <dir>
  netwise pack <module.md | modules/<slug>> --format scorm12|scorm2004|html|cmi5 [--lang en] [--out <dir>]
`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const outAt = rest.indexOf('--out');
  const out = outAt === -1 ? undefined : rest[outAt + 1];
  const inputs = rest.filter((a, i) => !a.startsWith('--') && (outAt === -1 || i !== outAt + 1));
  switch (command) {
    case 'pack':
      return runPack(rest);
    case 'check':
      return runCheck(inputs.length ? inputs : ['modules']);
    case 'build':
      if (!out) {
        process.stderr.write('netwise build needs --out <dir>.\n');
        return 2;
      }
      return runBuild(inputs.length ? inputs : ['modules'], out);
    default:
      process.stdout.write(HELP);
      return command === undefined || command === '--help' ? 0 : 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`netwise: ${(err as Error).stack ?? String(err)}\n`);
    process.exit(1);
  },
);
