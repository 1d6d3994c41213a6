// What every command shares: option parsing conventions, one-line errors, exit codes, and output that survives `| head`.
import { Command, CommanderError, Option } from 'commander';
import { createRequire } from 'node:module';
import { z } from 'zod';
import { ReadError } from '../read/errors.js';
import { StoreError } from '../store/db.js';
import { QueryError } from '../query/index.js';

/** A mistake in how the command was called: exit code 2. */
export class UsageError extends Error {}

export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

const pkg = createRequire(import.meta.url)('../../package.json') as { version: string };

/** A command with the options every Stringer command has (--debug, --version, help). */
export function command(name: string, description: string): Command {
  return new Command(name)
    .description(description)
    .version(pkg.version, '-V, --version', 'print the version and exit')
    .helpOption('-h, --help', 'show this help')
    .option('--debug', 'print stack traces for errors')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride();
}

export function dbOption(): Option {
  return new Option('--db <file>', 'SQLite database file (default: $STRINGER_DB or ./stringer.db)');
}

/** Runs a command: parse, act, and turn any error into one line on stderr and the right exit code. */
export async function run(program: Command, argv: string[]): Promise<void> {
  handleBrokenPipe();
  try {
    await program.parseAsync(argv);
  } catch (e) {
    process.exitCode = report(program, e);
  }
}

function report(program: Command, e: unknown): number {
  if (e instanceof CommanderError) {
    // Commander has already printed its message (or the help / version).
    return e.exitCode === 0 ? EXIT.ok : EXIT.usage;
  }
  const debug = Boolean(program.opts().debug);
  const name = program.name();
  if (e instanceof UsageError) {
    process.stderr.write(`${name}: ${e.message}\n(run with --help for usage)\n`);
    return EXIT.usage;
  }
  const known = e instanceof StoreError || e instanceof ReadError || e instanceof QueryError;
  const message = (e as Error)?.message ?? String(e);
  process.stderr.write(`${name}: ${known ? message : `internal error: ${message}`}\n`);
  if (debug && e instanceof Error && e.stack) process.stderr.write(`${e.stack}\n`);
  else if (!known) process.stderr.write('(run with --debug for details)\n');
  return EXIT.failed;
}

/** `query ... | head` closes our stdout early: that is not an error. */
function handleBrokenPipe(): void {
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
}

/** Validates parsed options with a zod schema, reporting the first problem as a usage error. */
export function parseOptions<T extends z.ZodType>(schema: T, options: unknown): z.infer<T> {
  const result = schema.safeParse(options);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const flag = issue.path.length ? `--${String(issue.path[0]).replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}: ` : '';
    throw new UsageError(`${flag}${issue.message}`);
  }
  return result.data;
}

const DAYS_IN_MONTH = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();

/**
 * A date option: YYYY-MM-DD, or YYYY-MM / YYYY meaning the first day (`edge` start) or last day (`edge` end)
 * of that month or year.
 */
export function dateOption(edge: 'start' | 'end') {
  return z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected a date as YYYY-MM-DD, YYYY-MM or YYYY').transform((s, ctx) => {
    const [y, m, d] = s.split('-').map(Number) as [number, number?, number?];
    const month = m ?? (edge === 'start' ? 1 : 12);
    const day = d ?? (edge === 'start' ? 1 : DAYS_IN_MONTH(y, month));
    if (month < 1 || month > 12 || day < 1 || day > DAYS_IN_MONTH(y, month)) {
      ctx.addIssue({ code: 'custom', message: `${s} is not a calendar date` });
      return z.NEVER;
    }
    return `${String(y).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  });
}
