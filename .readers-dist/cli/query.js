// `query`: answer from the database: an actor's quotes, agreements and mentions, dates in a range, full text.
import { Option } from 'commander';
import { z } from 'zod';
import { RECORD_KINDS, runQuery } from '../query/index.js';
import { defaultDbPath, openStore } from '../store/db.js';
import { OUTPUT_FORMATS, render } from './format.js';
import { command, dateOption, dbOption, EXIT, parseOptions, run, UsageError } from './run.js';
const Options = z.object({
    db: z.string().optional(),
    actor: z.string().min(1, 'needs a name').optional(),
    type: z.array(z.enum(RECORD_KINDS)).optional(),
    article: z.string().min(1).optional(),
    since: dateOption('start').optional(),
    until: dateOption('end').optional(),
    text: z.string().min(1, 'needs words to search for').optional(),
    limit: z.coerce.number().int().positive('must be a positive whole number').optional(),
    format: z.enum(OUTPUT_FORMATS).optional(),
});
export async function main(argv) {
    const program = command('query', 'Answer from the Stringer database: who said what, who agreed to what with whom, and when.')
        .addOption(dbOption())
        .option('-a, --actor <name>', 'records about an actor: any name or spelling it goes by, case- and accent-insensitive')
        .addOption(new Option('-t, --type <types>', `record types, comma-separated: ${RECORD_KINDS.join(', ')}`)
        .argParser((v, prev = []) => [...prev, ...v.split(',').map((x) => x.trim()).filter(Boolean)]))
        .option('--article <id>', 'only records from this article (an id or its prefix)')
        .option('--since <date>', 'records dated on or after DATE (YYYY-MM-DD, YYYY-MM or YYYY); undated records use their article date')
        .option('--until <date>', 'records dated on or before DATE')
        .option('--text <words>', 'full-text search (SQLite FTS5 syntax) in quotes, or in article text for other types')
        .option('-n, --limit <n>', 'at most N records per type (default: 20 in a table, all otherwise)')
        .addOption(new Option('-f, --format <format>', 'output format (default: table on a terminal, jsonl when piped)').choices(OUTPUT_FORMATS))
        .addHelpText('after', `
Without --type: an actor's quotes, agreements and mentions with --actor; otherwise quotes and agreements,
or the list of articles when no filter is given.
Examples:
  query --actor Pashinyan
  query --type agreement --since 2026-05 --until 2026-05 --format csv
  query --text '"strategic partnership"' --format jsonl | jq .text`)
        .action((raw) => {
        const opts = parseOptions(Options, raw);
        if (opts.since && opts.until && opts.since > opts.until)
            throw new UsageError('--since is after --until');
        const format = opts.format ?? (process.stdout.isTTY ? 'table' : 'jsonl');
        const db = openStore(defaultDbPath(opts.db), { readonly: true });
        try {
            const result = runQuery(db, {
                actor: opts.actor,
                types: opts.type,
                article: opts.article,
                since: opts.since,
                until: opts.until,
                text: opts.text,
                limit: opts.limit ?? (format === 'table' ? 20 : undefined),
            });
            if (result.actors?.length === 0) {
                const hint = result.suggestions.length ? `; did you mean ${result.suggestions.map((x) => `"${x}"`).join(', ')}?` : '';
                process.stderr.write(`query: no actor matches "${opts.actor}"${hint}\n`);
                process.exitCode = EXIT.failed;
                return;
            }
            process.stdout.write(render(result, format, process.stdout.columns ?? 100));
        }
        finally {
            db.close();
        }
    });
    await run(program, argv);
}
//# sourceMappingURL=query.js.map