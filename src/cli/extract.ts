// `extract PATH...|-`: the pipeline without a database: one JSON object per article on stdout.
import { Option } from 'commander';
import { z } from 'zod';
import { processInput } from '../process.js';
import { loadInputs } from '../read/inputs.js';
import { FORMATS } from '../read/formats.js';
import { command, dateOption, EXIT, parseOptions, run } from './run.js';

const Options = z.object({
  published: dateOption('start').optional(),
  format: z.enum(FORMATS).optional(),
  verbose: z.boolean().optional(),
});

export async function main(argv: string[]): Promise<void> {
  const program = command('extract', 'Print each article and all its records as one JSON object per line (no database).')
    .argument('<paths...>', 'article files or directories; - reads standard input')
    .option('--published <date>', 'publication date (YYYY-MM-DD) for articles that carry none')
    .addOption(new Option('--format <format>', 'read every input as this format instead of guessing').choices(FORMATS))
    .option('-v, --verbose', 'also report skipped files and warnings')
    .addHelpText('after', `
Output: one line per article, {"article", "sentences", "actors", "mentions", "dates", "quotes", "agreements", "events"};
every record's start/end are offsets into article.text. Exit status: 0, or 1 when any input failed.`)
    .action(async (paths: string[], raw: unknown) => {
      const opts = parseOptions(Options, raw);
      let failed = false;
      const fail = (path: string, reason: string): void => {
        failed = true;
        process.stderr.write(`extract: ${path}: ${reason}\n`);
      };
      for await (const input of loadInputs(paths)) {
        if (input.kind === 'skipped') {
          if (opts.verbose) process.stderr.write(`extract: ${input.path}: skipped, ${input.reason}\n`);
          continue;
        }
        if (input.kind === 'error') {
          fail(input.path, input.reason);
          continue;
        }
        const { path, file, bytes } = input;
        const out = processInput(file ?? 'stdin', bytes, { published: opts.published ?? null, format: opts.format });
        for (const w of out.warnings) if (opts.verbose) process.stderr.write(`extract: ${path}: warning: ${w}\n`);
        for (const e of out.errors) fail(path, e);
        for (const ex of out.extractions) {
          if (!process.stdout.write(`${JSON.stringify(ex)}\n`)) await new Promise((r) => process.stdout.once('drain', r));
        }
      }
      process.exitCode = failed ? EXIT.failed : EXIT.ok;
    });
  await run(program, argv);
}
