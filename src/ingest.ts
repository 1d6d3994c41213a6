// `ingest` as a library: inputs in, articles and records stored, a summary out. The CLI only parses options.
// Reading and extraction run on worker threads (--jobs); one writer stores results in input order, in batched
// transactions, so the database is the same whatever the number of jobs.
import { availableParallelism } from 'node:os';
import type { Extraction } from './model.js';
import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { articlesIn, hashBytes, noTimes, unpack, type Extractions, type Job, type JobResult, type StageTimes } from './job.js';
import { describe, expandInputs, readStdin as defaultReadStdin, type Input } from './read/inputs.js';
import type { ReadOptions } from './read/index.js';
import { asStoreError, type DB } from './store/db.js';
import { InvalidRecords, Writer, type Outcome } from './store/write.js';
import { BoundedPool } from './pool.js';

export const RECORD_TYPES = ['actors', 'mentions', 'dates', 'quotes', 'agreements', 'events'] as const;
type RecordType = (typeof RECORD_TYPES)[number];

export interface Summary {
  files: number;
  skipped: number;
  failedFiles: number;
  bytes: number;
  articles: Record<Outcome | 'failed', number>;
  records: Record<RecordType, number>;
  jobs: number;
  seconds: number;
  /** Seconds per stage, summed over all workers (so they can exceed `seconds`). */
  stages: StageTimes;
}

export type IngestEvent =
  | { type: 'skipped'; path: string; reason: string }
  | { type: 'error'; path: string; reason: string }
  | { type: 'warning'; path: string; reason: string }
  | { type: 'file'; path: string; bytes: number };

export interface IngestOptions extends ReadOptions {
  /** Worker threads for reading and extraction (default: the number of cores). */
  jobs?: number;
  /**
   * Seconds an input may take to be read and extracted before it is reported as failed (default 30), per MB
   * for inputs over 1 MB (a JSON Lines archive holds many articles). 0 sets no bound: then --jobs 1 runs
   * in-process, as a thread that is stuck can only be stopped when it is not the main one.
   */
  timeout?: number;
  /** The most old-generation heap (MB) a worker thread may use; an input that needs more fails (default 1024). */
  threadHeapMb?: number;
  onEvent?: (e: IngestEvent) => void;
  /** Where `-` reads from (tests pass bytes; the CLI uses process.stdin). */
  readStdin?: () => Promise<Uint8Array>;
}

/**
 * Write a batch after this many articles, bytes of input or milliseconds, whichever comes first. The bounds keep
 * the results waiting in memory small.
 */
const BATCH_ARTICLES = 500;
const BATCH_BYTES = 4 * (1 << 20);
const BATCH_MS = 1000;
/**
 * Several batches share a transaction: a commit falls due this many times its last duration after the transaction
 * began, within the bounds. A commit costs in proportion to the index pages the transaction touched (and checkpoints
 * them into the database file), and once the indexes outgrow SQLite's cache a batch of new records touches nearly all
 * of them, so the cost of a commit grows with the database. Spacing commits by their cost keeps it at about a tenth
 * of the time at any size: into an empty database a commit is due every second, as each batch was before; into one
 * of 35,000 articles, committing every 500 articles had spent a third of the store's time in COMMIT. The upper bound
 * keeps the work a crash can lose, and the time another writer waits, small.
 */
const COMMIT_SPACING = 10;
const COMMIT_MIN_MS = 1000;
const COMMIT_MAX_MS = 10_000;
/**
 * While a batch is written, the event loop gets a turn at least this often. The worker pool hands the next input to
 * a worker only from the main thread's event loop: a batch written in one go would leave the workers idle meanwhile.
 */
const WRITE_SLICE_MS = 1;
/** At most this many bytes of input whose results are ready but not yet written. */
const MAX_READY_BYTES = 16 * (1 << 20);
export const DEFAULT_TIMEOUT_SECONDS = 30;
const DEFAULT_THREAD_HEAP_MB = 1024;

type Pending =
  | { kind: 'done'; input: Exclude<Input, { kind: 'file' | 'stdin' }> }
  | { kind: 'work'; path: string; file: string | null; result: Promise<JobResult> };

export async function ingest(db: DB, paths: string[], options: IngestOptions = {}): Promise<Summary> {
  const started = performance.now();
  const jobs = Math.max(1, options.jobs ?? availableParallelism());
  const readOptions: ReadOptions = { format: options.format, published: options.published };
  const timeout = options.timeout ?? DEFAULT_TIMEOUT_SECONDS;
  // Threads start with the first input that needs one (a re-run over unchanged files needs none).
  const threads: { pool?: BoundedPool } = {};
  // In-process (one job, no time bound), the extraction code is loaded here, and only then.
  const run = async (job: Job): Promise<JobResult> => (jobs > 1 || timeout > 0
    ? (threads.pool ??= new BoundedPool(jobs, timeout, options.threadHeapMb ?? DEFAULT_THREAD_HEAP_MB)).run(job)
    : (await import('./process.js')).runJob(job));

  const writer = new Writer(db);
  const emit = options.onEvent ?? (() => {});
  const summary: Summary = {
    files: 0, skipped: 0, failedFiles: 0, bytes: 0,
    articles: { new: 0, unchanged: 0, replaced: 0, failed: 0 },
    records: noRecords(),
    jobs, seconds: 0, stages: noTimes(),
  };
  const failed = (path: string, reason: string): void => {
    summary.failedFiles++;
    emit({ type: 'error', path, reason });
  };

  const settle = async (p: Pending): Promise<void> => {
    if (p.kind === 'done') {
      if (p.input.kind === 'skipped') {
        summary.skipped++;
        emit({ type: 'skipped', path: p.input.path, reason: p.input.reason });
      } else failed(p.input.path, p.input.reason);
      return;
    }
    // A worker died (out of memory, a native crash): this file failed, the run goes on. What whileWaiting throws is
    // the store's failure, which ends the run.
    const result = await buffer.whileWaiting(p.result.catch((e: unknown): JobResult =>
      ({ kind: 'unreadable', reason: `worker failed: ${(e as Error).message}` })));
    if (result.kind === 'unreadable') {
      failed(p.path, result.reason);
      return;
    }
    readyBytes -= result.bytes;
    summary.files++;
    summary.bytes += result.bytes;
    if (result.kind === 'unchanged') {
      summary.articles.unchanged += writer.articlesOfFile(p.file!);
      emit({ type: 'file', path: p.path, bytes: result.bytes });
      return;
    }
    for (const stage of ['read', 'analyse', 'extract'] as const) summary.stages[stage] += result.times[stage];
    for (const w of result.warnings) emit({ type: 'warning', path: p.path, reason: w });
    if (result.errors.length > 0) {
      summary.failedFiles++;
      for (const reason of result.errors) emit({ type: 'error', path: p.path, reason });
    }
    summary.articles.failed += result.errors.length;
    // A file with a bad entry is stored without its hash, so the next run reads it again.
    await buffer.add({ path: p.path, file: p.file, hash: result.errors.length === 0 ? result.hash : null, bytes: result.bytes,
      articles: articlesIn(result.extractions), extractions: result.extractions });
  };
  const written = (item: Buffered, outcomes: Outcome[] | InvalidRecords, records: Summary['records']): void => {
    if (outcomes instanceof InvalidRecords) {
      summary.articles.failed += item.articles;
      failed(item.path, `not stored: ${outcomes.message}`);
      return;
    }
    for (const o of outcomes) summary.articles[o]++;
    for (const t of RECORD_TYPES) summary.records[t] += records[t];
    emit({ type: 'file', path: item.path, bytes: item.bytes });
  };
  const buffer = new WriteBuffer(writer, db.name, written, (ms) => (summary.stages.store += ms));

  // Results are settled in input order. Files are read on the workers: the main thread only walks directories and
  // writes. The window is wide, so the workers still have inputs queued while a batch is being written; memory stays
  // bounded by the window and by the bytes of finished results waiting to be settled.
  const window = jobs * 64;
  const queue: Pending[] = [];
  let readyBytes = 0;
  const tracked = (result: Promise<JobResult>): Promise<JobResult> => {
    result.then((r) => {
      if (r.kind !== 'unreadable') readyBytes += r.bytes;
    }, () => {});
    return result;
  };
  const readStdin = options.readStdin ?? defaultReadStdin;
  // A file stored before is read and hashed right here: when it is unchanged (the common case on a re-run) no
  // worker is involved; when it changed, the worker gets the bytes already read.
  const cwd = process.cwd();
  const unlessUnchanged = (path: string): Promise<JobResult> => {
    let knownHash = writer.storedHash(path);
    // An older version stored files under the name they were given: a row under this file's relative name is its own.
    if (knownHash === null && writer.adoptFile(relative(cwd, path), path)) knownHash = writer.storedHash(path);
    if (knownHash === null) return run({ source: path, knownHash, options: readOptions });
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(path);
    } catch {
      return run({ source: path, knownHash, options: readOptions });
    }
    const hash = hashBytes(bytes);
    if (hash === knownHash) return Promise.resolve({ kind: 'unchanged', hash, bytes: bytes.length });
    return run({ source: path, bytes, knownHash, options: readOptions });
  };
  try {
    for await (const input of expandInputs(paths)) {
      if (input.kind === 'skipped' || input.kind === 'error') queue.push({ kind: 'done', input });
      else if (input.kind === 'stdin') {
        let bytes: Uint8Array | null = null;
        try {
          bytes = await readStdin();
        } catch (e) {
          queue.push({ kind: 'done', input: { kind: 'error', path: '-', reason: describe(e) } });
        }
        if (bytes) {
          queue.push({ kind: 'work', path: '-', file: null, result: tracked(run({ source: 'stdin', bytes, knownHash: null, options: readOptions })) });
        }
      } else {
        // A file is known by its absolute path, however it was named: `seeds/a.txt` from one directory is
        // `../seeds/a.txt` from another.
        const file = resolve(input.path);
        queue.push({ kind: 'work', path: input.path, file, result: tracked(unlessUnchanged(file)) });
      }
      while (queue.length >= window || (queue.length > 0 && readyBytes >= MAX_READY_BYTES)) await settle(queue.shift()!);
    }
    while (queue.length > 0) await settle(queue.shift()!);
    await buffer.flush();
  } finally {
    // After a failure, results still in flight are dropped with the pool: none of them may go unhandled. A batch
    // being written is finished (or rolled back), and what was written but not committed is rolled back, before the
    // caller may close the database.
    for (const p of queue) if (p.kind === 'work') p.result.catch(() => {});
    await buffer.settled().catch(() => {});
    buffer.abandon();
    await threads.pool?.destroy();
  }
  summary.seconds = (performance.now() - started) / 1000;
  for (const stage of Object.keys(summary.stages) as (keyof StageTimes)[]) summary.stages[stage] /= 1000;
  return summary;
}

/** A file's extractions, read and ready to be stored. */
interface Buffered {
  path: string;
  file: string | null;
  hash: string | null;
  bytes: number;
  articles: number;
  extractions: Extractions;
}

/**
 * Results wait here and are written together, a batch at a time, in a transaction that several batches may share
 * (see COMMIT_SPACING). A batch is written when it is full, or when it is due and the next result is still being
 * worked on; the transaction is committed when it is due, when the next result is slow to come, and at the end.
 *
 * A batch is written in the background, in slices: meanwhile the main loop goes on settling results and handing
 * inputs to the workers, which would otherwise run out of work while a batch is written. At most one batch is being
 * written while the next one fills.
 */
class WriteBuffer {
  private items: Buffered[] = [];
  private articles = 0;
  private bytes = 0;
  private since = 0;
  /** The batch being written, if any. */
  private writing: Promise<void> | null = null;
  /** When the open transaction began (null: none is open). */
  private openSince: number | null = null;
  /** How long the last commit took. */
  private commitMs = 0;

  constructor(private readonly writer: Writer, private readonly dbName: string,
    private readonly written: (item: Buffered, outcomes: Outcome[] | InvalidRecords, records: Summary['records']) => void,
    private readonly timed: (ms: number) => void) {}

  async add(item: Buffered): Promise<void> {
    if (this.items.length === 0) this.since = performance.now();
    this.items.push(item);
    this.articles += item.articles;
    this.bytes += item.bytes;
    if (this.articles >= BATCH_ARTICLES || this.bytes >= BATCH_BYTES || this.dueIn() <= 0) await this.startWrite();
  }

  /** Waits for a result, writing the buffer and committing meanwhile as they fall due. */
  async whileWaiting<T>(result: Promise<T>): Promise<T> {
    for (;;) {
      if (this.writing) {
        // A slow result keeps the transaction open no longer than a commit is due: once this batch is written, wait again.
        const written = this.writing.then(() => 'written' as const, () => 'written' as const);
        if ((await Promise.race([result, written])) !== 'written') return result;
        await this.settled();
      }
      const dueIn = Math.min(this.dueIn(), this.commitDueIn());
      if (dueIn === Infinity) return result;
      let timer: NodeJS.Timeout | undefined;
      const due = new Promise<'due'>((resolve) => (timer = setTimeout(resolve, Math.max(0, dueIn), 'due')));
      try {
        if ((await Promise.race([result, due])) !== 'due') return result;
      } finally {
        clearTimeout(timer);
      }
      await this.startWrite();
    }
  }

  /** Writes and commits everything buffered, and waits until it is stored. */
  async flush(): Promise<void> {
    await this.startWrite(true);
    await this.settled();
  }

  /**
   * After a failure: rolls back what was written but not committed. Those files are not stored, so the next run
   * reads them again. (After flush() nothing is left open.)
   */
  abandon(): void {
    if (this.openSince === null) return;
    this.writer.rollback();
    this.openSince = null;
  }

  /** Waits for the batch being written, if any (its failure is thrown here). */
  async settled(): Promise<void> {
    const writing = this.writing;
    this.writing = null;
    await writing;
  }

  /** Starts writing what is buffered (and committing, when `commit` or when due), once the batch before it is stored. */
  private async startWrite(commit = false): Promise<void> {
    await this.settled();
    if (this.items.length === 0 && this.openSince === null) return;
    const items = this.items;
    this.items = [];
    this.articles = 0;
    this.bytes = 0;
    this.writing = this.write(items, commit);
    // Its failure is thrown to whoever waits for it next; it must not count as unhandled meanwhile.
    this.writing.catch(() => {});
  }

  /** Writes one batch, giving the event loop a turn every few milliseconds (WRITE_SLICE_MS). */
  private async write(items: Buffered[], commit: boolean): Promise<void> {
    const outcomes: (Outcome[] | InvalidRecords)[] = [];
    const records: Summary['records'][] = [];
    let slice = performance.now();
    try {
      if (this.openSince === null) {
        this.writer.begin();
        this.openSince = slice;
      }
      for (const item of items) {
        // Unpacked only now, so the objects live as long as writing one file takes.
        const extractions = unpack(item.extractions);
        let stored: Outcome[];
        try {
          stored = this.writer.writeFile(item.file, item.hash, extractions);
        } catch (e) {
          // Refused before anything of it was written: this file failed, the batch goes on.
          if (!(e instanceof InvalidRecords)) throw e;
          outcomes.push(e);
          records.push(noRecords());
          continue;
        }
        outcomes.push(stored);
        records.push(count(extractions, stored));
        const now = performance.now();
        if (now - slice >= WRITE_SLICE_MS) {
          this.timed(now - slice);
          await nextTurn();
          slice = performance.now();
        }
      }
      if (commit || this.commitDueIn() <= 0) {
        const started = performance.now();
        this.writer.commit();
        this.commitMs = performance.now() - started;
        this.openSince = null;
      }
    } catch (e) {
      this.writer.rollback();
      this.openSince = null;
      // The database itself failed (locked, full, read-only): no later file could be stored either.
      throw asStoreError(this.dbName, e);
    }
    this.timed(performance.now() - slice);
    items.forEach((item, i) => this.written(item, outcomes[i]!, records[i]!));
  }

  private dueIn(): number {
    return this.items.length === 0 ? Infinity : this.since + BATCH_MS - performance.now();
  }

  private commitDueIn(): number {
    if (this.openSince === null) return Infinity;
    return this.openSince + Math.min(COMMIT_MAX_MS, Math.max(COMMIT_MIN_MS, this.commitMs * COMMIT_SPACING)) - performance.now();
  }
}

const noRecords = (): Summary['records'] => ({ actors: 0, mentions: 0, dates: 0, quotes: 0, agreements: 0, events: 0 });

/** The records of the articles a file stored (an unchanged article stores none). */
function count(extractions: Extraction[], outcomes: Outcome[]): Summary['records'] {
  const records = noRecords();
  extractions.forEach((ex, i) => {
    if (outcomes[i] !== 'unchanged') for (const t of RECORD_TYPES) records[t] += ex[t].length;
  });
  return records;
}
