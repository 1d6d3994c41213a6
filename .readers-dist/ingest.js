// `ingest` as a library: inputs in, articles and records stored, a summary out. The CLI only parses options.
// Reading and extraction run on worker threads (--jobs); one writer stores results in input order, in batched
// transactions, so the database is the same whatever the number of jobs.
import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import { noTimes } from './pipeline.js';
import { hashBytes, processInput } from './process.js';
import { loadInputs } from './read/inputs.js';
import { asStoreError } from './store/db.js';
import { Writer } from './store/write.js';
export const RECORD_TYPES = ['actors', 'mentions', 'dates', 'quotes', 'agreements', 'events'];
/** Commit a batch after this many articles or this many milliseconds, whichever comes first. */
const BATCH_ARTICLES = 200;
const BATCH_MS = 500;
export async function ingest(db, paths, options = {}) {
    const started = performance.now();
    const jobs = Math.max(1, options.jobs ?? availableParallelism());
    const readOptions = { format: options.format, published: options.published };
    const pool = jobs > 1 ? new Piscina({
        filename: new URL('./worker.js', import.meta.url).href, minThreads: jobs, maxThreads: jobs,
    }) : null;
    const process = (source, bytes) => pool ? pool.run({ source, bytes, options: readOptions }) : Promise.resolve(processInput(source, bytes, readOptions));
    const writer = new Writer(db);
    const emit = options.onEvent ?? (() => { });
    const summary = {
        files: 0, skipped: 0, failedFiles: 0, bytes: 0,
        articles: { new: 0, unchanged: 0, replaced: 0, failed: 0 },
        records: { actors: 0, mentions: 0, dates: 0, quotes: 0, agreements: 0, events: 0 },
        jobs, seconds: 0, stages: noTimes(),
    };
    const batch = new Batch(db);
    const settle = async (p) => {
        if (p.kind === 'done') {
            if (p.input.kind === 'skipped') {
                summary.skipped++;
                emit({ type: 'skipped', path: p.input.path, reason: p.input.reason });
            }
            else {
                summary.failedFiles++;
                emit({ type: 'error', path: p.input.path, reason: p.input.reason });
            }
            return;
        }
        summary.files++;
        summary.bytes += p.bytes;
        if (p.kind === 'unchanged') {
            summary.articles.unchanged += p.articles;
            emit({ type: 'file', path: p.path, bytes: p.bytes });
            return;
        }
        let processed;
        try {
            processed = await p.result;
        }
        catch (e) {
            // A worker died (out of memory, a native crash): this file failed, the run goes on.
            processed = { extractions: [], errors: [`worker failed: ${e.message}`], warnings: [], times: noTimes() };
        }
        for (const stage of ['read', 'analyse', 'extract'])
            summary.stages[stage] += processed.times[stage];
        for (const w of processed.warnings)
            emit({ type: 'warning', path: p.path, reason: w });
        if (processed.errors.length > 0) {
            summary.failedFiles++;
            for (const reason of processed.errors)
                emit({ type: 'error', path: p.path, reason });
        }
        summary.articles.failed += processed.errors.length;
        const t0 = performance.now();
        let outcomes;
        try {
            batch.open();
            // A file with a bad entry is stored without its hash, so the next run reads it again.
            outcomes = writer.writeFile(p.file, processed.errors.length === 0 ? p.hash : null, processed.extractions);
            batch.wrote(processed.extractions.length);
        }
        catch (e) {
            // The database itself failed (locked, full, read-only): no later file could be stored either.
            throw asStoreError(db.name, e);
        }
        summary.stages.store += performance.now() - t0;
        outcomes.forEach((o, i) => {
            summary.articles[o]++;
            if (o !== 'unchanged')
                count(summary.records, processed.extractions[i]);
        });
        emit({ type: 'file', path: p.path, bytes: p.bytes });
    };
    // Results are settled in input order; at most `window` inputs are in flight, so memory stays bounded.
    const window = jobs * 4;
    const queue = [];
    try {
        for await (const input of loadInputs(paths, options.readStdin)) {
            if (input.kind !== 'loaded')
                queue.push({ kind: 'done', input });
            else {
                const hash = hashBytes(input.bytes);
                const bytes = input.bytes.length;
                queue.push(input.file !== null && writer.fileUnchanged(input.file, hash)
                    ? { kind: 'unchanged', path: input.path, articles: writer.articlesOfFile(input.file), bytes }
                    : { kind: 'work', path: input.path, file: input.file, hash, bytes, result: process(input.file ?? 'stdin', input.bytes) });
            }
            while (queue.length >= window)
                await settle(queue.shift());
        }
        while (queue.length > 0)
            await settle(queue.shift());
        batch.commit();
    }
    finally {
        batch.rollback();
        await pool?.destroy();
    }
    summary.seconds = (performance.now() - started) / 1000;
    for (const stage of Object.keys(summary.stages))
        summary.stages[stage] /= 1000;
    return summary;
}
/** Groups many files' writes into one transaction: each file's own transaction becomes a savepoint inside it. */
class Batch {
    db;
    articles = 0;
    since = 0;
    constructor(db) {
        this.db = db;
    }
    open() {
        if (this.db.inTransaction)
            return;
        this.db.exec('BEGIN IMMEDIATE');
        this.articles = 0;
        this.since = performance.now();
    }
    wrote(articles) {
        this.articles += articles;
        if (this.articles >= BATCH_ARTICLES || performance.now() - this.since >= BATCH_MS)
            this.commit();
    }
    commit() {
        if (this.db.inTransaction)
            this.db.exec('COMMIT');
    }
    rollback() {
        if (this.db.inTransaction)
            this.db.exec('ROLLBACK');
    }
}
function count(records, ex) {
    for (const t of RECORD_TYPES)
        records[t] += ex[t].length;
}
//# sourceMappingURL=ingest.js.map