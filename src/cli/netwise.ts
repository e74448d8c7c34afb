#!/usr/bin/env node
/**
 * The Netwise command line.
 *
 *   netwise check [dir|file…]            list every problem in module sources (exit 1 on errors)
 *   netwise build [dir|file…] --out DIR  compile modules to `<id>.<lang>.json` (+ `catalog.json`);
 *                [--packages DIR]       and every module's zips in the four formats, listed in the catalogue
 *   netwise pack <module> --format F     a zip for an LMS (scorm12, scorm2004, cmi5) or an offline page (html)
 */
import { parseArgs } from 'node:util';
import { runCheck, runBuild } from './commands.js';
import { runPack } from './pack.js';
import { runLti, runServe } from './serve.js';

const HELP = `Usage:
  netwise check [modules-dir | file.md …]
  netwise build [modules-dir | file.md …] --out <dir> [--packages <dir>] [--publisher <IRI prefix for cmi5 ids>]
  netwise pack <module.md | modules/<slug>> --format scorm12|scorm2004|html|cmi5 [--lang en] [--out <dir>]
  netwise serve [--port 3000] [--public-url URL] [--data DIR] …   the LTI 1.3 tool server (serve --help)
  netwise lti add-platform|list|rotate-key|delete|purge …          manage it (lti --help)
`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const inputs = rest.filter((a) => !a.startsWith('--'));
  switch (command) {
    case 'pack':
      return runPack(rest);
    case 'serve':
      return runServe(rest);
    case 'lti':
      return runLti(rest);
    case 'check':
      return runCheck(inputs.length ? inputs : ['modules']);
    case 'build': {
      let parsed;
      try {
        parsed = parseArgs({
          args: rest,
          allowPositionals: true,
          options: { out: { type: 'string' }, packages: { type: 'string' }, publisher: { type: 'string' }, embed: { type: 'string' } },
        });
      } catch (err) {
        process.stderr.write(`netwise build: ${(err as Error).message}\n${HELP}`);
        return 2;
      }
      const { values, positionals } = parsed;
      if (!values.out) {
        process.stderr.write('netwise build needs --out <dir>.\n');
        return 2;
      }
      return runBuild(positionals.length ? positionals : ['modules'], values.out, {
        packages: values.packages, publisher: values.publisher, embedDir: values.embed,
      });
    }
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
