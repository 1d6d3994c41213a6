// `ingest PATH...`: read articles, extract their records, store them in SQLite.
import chalk from 'chalk';
import { Option } from 'commander';
import { z } from 'zod';
import { DEFAULT_TIMEOUT_SECONDS, ingest, RECORD_TYPES, type Summary } from '../ingest.js';
import { FORMATS } from '../read/formats.js';
import { defaultDbPath, openStore } from '../store/db.js';
import { command, dateOption, dbOption, EXIT, parseOptions, run } from './run.js';
import { Progress } from './progress.js';
import { availableParallelism } from 'node:os';

const Options = z.object({
  db: z.string().optional(),
  published: dateOption('start').optional(),
  format: z.enum(FORMATS).optional(),
  verbose: z.boolean().optional(),
  quiet: z.boolean().optional(),
  json: z.boolean().optional(),
  jobs: z.coerce.number().int().min(1, 'must be at least 1').max(256).optional(),
  timeout: z.coerce.number().min(0, 'must be 0 (no bound) or more').max(86_400).optional(),
});

export async function main(argv: string[]): Promise<void> {
  const program = command('ingest', 'Read news articles, extract who said what, who agreed to what with whom and when, and store it.')
    .argument('<paths...>', 'article files or directories (searched recursively); - reads standard input')
    .addOption(dbOption())
    .option('--published <date>', 'publication date (YYYY-MM-DD) for articles that carry none, e.g. stdin or a single file')
    .addOption(new Option('--format <format>', 'read every input as this format instead of guessing from its name').choices(FORMATS))
    .option('-v, --verbose', 'also report skipped files and warnings')
    .option('-q, --quiet', 'print nothing but errors')
    .option('-j, --jobs <n>', `worker threads for reading and extraction (default: ${availableParallelism()}, the number of cores)`)
    .option('--timeout <seconds>', `report an input as failed when reading and extracting it takes longer than this, per MB for inputs over 1 MB; 0 sets no bound (default: ${DEFAULT_TIMEOUT_SECONDS})`)
    .option('--json', 'print the summary as JSON')
    .addHelpText('after', `
Exit status: 0 when every file was stored, 1 when any failed (the others are still stored), 2 on a usage error.
Re-running is safe: unchanged files are skipped by their hash, changed ones replace their old records.`)
    .action(async (paths: string[], raw: unknown) => {
      const opts = parseOptions(Options, raw);
      const dbPath = defaultDbPath(opts.db);
      const db = openStore(dbPath);
      const progress = !opts.quiet && !opts.json && process.stderr.isTTY ? new Progress(paths) : null;
      const say = (line: string): void => (progress ? progress.log(line) : void process.stderr.write(line));
      try {
        const summary = await ingest(db, paths, {
          published: opts.published ?? null,
          format: opts.format,
          jobs: opts.jobs,
          timeout: opts.timeout,
          onEvent: (e) => {
            if (e.type === 'file') progress?.tick(e.bytes);
            else if (e.type === 'error') say(`ingest: ${e.path}: ${e.reason}\n`);
            else if (opts.verbose) say(`ingest: ${e.path}: ${e.type === 'skipped' ? 'skipped, ' : 'warning: '}${e.reason}\n`);
          },
        });
        progress?.stop();
        // The process as a whole, every thread included: what the run cost the machine.
        const usage = process.resourceUsage();
        const peakRssMb = Math.round(usage.maxRSS / 1024);
        const cpuSeconds = Number(((usage.userCPUTime + usage.systemCPUTime) / 1e6).toFixed(2));
        if (opts.json) process.stdout.write(`${JSON.stringify({ db: dbPath, ...summary, peak_rss_mb: peakRssMb, cpu_seconds: cpuSeconds })}\n`);
        else if (!opts.quiet) process.stdout.write(describeSummary(summary, dbPath));
        process.exitCode = summary.failedFiles > 0 ? EXIT.failed : EXIT.ok;
      } finally {
        progress?.stop();
        db.close();
      }
    });
  await run(program, argv);
}

function describeSummary(s: Summary, dbPath: string): string {
  const a = s.articles;
  const failed = a.failed > 0 || s.failedFiles > 0 ? chalk.red : (x: string) => x;
  const lines = [
    `Read ${s.files} file${s.files === 1 ? '' : 's'} in ${s.seconds.toFixed(2)} s` +
      (s.skipped ? ` (${s.skipped} skipped, --verbose lists them)` : '') + '.',
    `Articles: ${chalk.green(`${a.new} new`)}, ${a.unchanged} unchanged, ${a.replaced} replaced, ${failed(`${a.failed} failed`)}` +
      (s.failedFiles ? failed(` (${s.failedFiles} file${s.failedFiles === 1 ? '' : 's'} with errors)`) : '') + '.',
    `Records stored: ${RECORD_TYPES.map((t) => `${s.records[t]} ${t}`).join(', ')}.`,
    chalk.dim(`Database: ${dbPath}`),
  ];
  return `${lines.join('\n')}\n`;
}
