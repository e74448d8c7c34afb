#!/usr/bin/env node
/**
 * The Netwise command line.
 *
 *   netwise check [dir|file…]            list every problem in module sources (exit 1 on errors)
 *   netwise build [dir|file…] --out DIR  compile modules to `<id>.<lang>.json` (+ `catalog.json`, pictures);
 *                [--packages DIR]       and every module's zips in the four formats, listed in the catalogue
 *   netwise pack <module> --format F     a zip for an LMS (scorm12, scorm2004, cmi5) or an offline page (html)
 *
 * Every command runs the same checks (`source.ts`), `--profile curriculum` adds our editorial rules,
 * and every problem is printed as `file:line: error: message` (or `netwise <command>: error: message`
 * when it concerns no file), never as a stack trace.
 */
import { parseArgs } from 'node:util';
import { printable } from '../content/grammar.js';
import { runBuild, runCheck } from './commands.js';
import { PACK_FORMATS, type PackFormat, runPack } from './pack.js';
import { CliError } from './paths.js';
import { runLti, runServe } from './serve.js';
import { PROFILES, type Profile } from './source.js';

const HELP = `Usage:
  netwise check [modules-dir | file.md | file.json …] [--profile curriculum]
  netwise build [modules-dir | file.md …] --out <dir> [--packages <dir>] [--publisher <IRI prefix for cmi5 ids>] [--profile curriculum]
  netwise pack <module.md | module.json | modules/<slug>> --format scorm12|scorm2004|html|cmi5 [--lang en] [--out <dir>] [--publisher <IRI>] [--profile curriculum]
  netwise serve [--port 3000] [--public-url URL] [--data DIR] …   the LTI 1.3 tool server (serve --help)
  netwise lti add-platform|list|rotate-key|delete|purge …          manage it (lti --help)
`;

const OPTIONS = {
  check: { profile: { type: 'string' } },
  build: { out: { type: 'string' }, packages: { type: 'string' }, publisher: { type: 'string' }, embed: { type: 'string' }, profile: { type: 'string' } },
  pack: { format: { type: 'string' }, lang: { type: 'string' }, out: { type: 'string' }, publisher: { type: 'string' }, embed: { type: 'string' }, profile: { type: 'string' } },
} as const;

type Command = keyof typeof OPTIONS;

/** A wrong command line: the message and the usage, exit code 2. */
class UsageError extends Error {}

function readProfile(value: string | undefined): Profile | undefined {
  if (value === undefined) return undefined;
  if (!(PROFILES as readonly string[]).includes(value)) throw new UsageError(`Unknown --profile "${value}" (known: ${PROFILES.join(', ')}).`);
  return value as Profile;
}

async function run(command: Command, args: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args, allowPositionals: true, strict: true, options: OPTIONS[command] });
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
  const values = parsed.values as Record<string, string | undefined>;
  const { positionals } = parsed;
  const profile = readProfile(values.profile);
  switch (command) {
    case 'check':
      return runCheck(positionals.length ? positionals : ['modules'], { profile });
    case 'build':
      if (!values.out) throw new UsageError('netwise build needs --out <dir>.');
      return runBuild(positionals.length ? positionals : ['modules'], values.out, {
        packages: values.packages, publisher: values.publisher, embedDir: values.embed, profile,
      });
    case 'pack': {
      const format = values.format as PackFormat;
      if (positionals.length !== 1) throw new UsageError('netwise pack takes one module.');
      if (!PACK_FORMATS.includes(format)) throw new UsageError(`--format must be one of ${PACK_FORMATS.join(', ')}.`);
      return runPack({ input: positionals[0], format, lang: values.lang, out: values.out, publisher: values.publisher, embed: values.embed, profile });
    }
  }
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === 'serve') return runServe(rest);
  if (command === 'lti') return runLti(rest);
  if (command !== 'check' && command !== 'build' && command !== 'pack') {
    process.stdout.write(HELP);
    return command === undefined || command === '--help' || command === 'help' ? 0 : 2;
  }
  try {
    return await run(command, rest);
  } catch (err) {
    if (err instanceof UsageError) {
      process.stderr.write(`netwise ${command}: error: ${printable(err.message)}\n${HELP}`);
      return 2;
    }
    const message = printable(err instanceof Error ? err.message : String(err));
    if (err instanceof CliError && err.file) process.stderr.write(`${printable(err.file)}:${err.line}: error: ${message}\n`);
    else process.stderr.write(`netwise ${command}: error: ${message}\n`);
    return 1;
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`netwise: error: ${printable(err instanceof Error ? err.message : String(err))}\n`);
    process.exit(1);
  },
);
