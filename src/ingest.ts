// `ingest` as a library: inputs in, articles and records stored, a summary out. The CLI only parses options.
import type { Extraction } from './model.js';
import { hashBytes, processInput } from './process.js';
import { loadInputs } from './read/inputs.js';
import type { ReadOptions } from './read/index.js';
import { asStoreError, type DB } from './store/db.js';
import { Writer, type Outcome } from './store/write.js';

export const RECORD_TYPES = ['actors', 'mentions', 'dates', 'quotes', 'agreements', 'events'] as const;
type RecordType = (typeof RECORD_TYPES)[number];

export interface Summary {
  files: number;
  skipped: number;
  failedFiles: number;
  articles: Record<Outcome | 'failed', number>;
  records: Record<RecordType, number>;
  seconds: number;
}

export type IngestEvent =
  | { type: 'skipped'; path: string; reason: string }
  | { type: 'error'; path: string; reason: string }
  | { type: 'warning'; path: string; reason: string }
  | { type: 'file'; path: string; bytes: number };

export interface IngestOptions extends ReadOptions {
  onEvent?: (e: IngestEvent) => void;
  /** Where `-` reads from (tests pass bytes; the CLI uses process.stdin). */
  readStdin?: () => Promise<Uint8Array>;
}

export async function ingest(db: DB, paths: string[], options: IngestOptions = {}): Promise<Summary> {
  const started = performance.now();
  const writer = new Writer(db);
  const emit = options.onEvent ?? (() => {});
  const summary: Summary = {
    files: 0, skipped: 0, failedFiles: 0,
    articles: { new: 0, unchanged: 0, replaced: 0, failed: 0 },
    records: { actors: 0, mentions: 0, dates: 0, quotes: 0, agreements: 0, events: 0 },
    seconds: 0,
  };
  const fail = (path: string, reasons: string[]): void => {
    summary.failedFiles++;
    for (const reason of reasons) emit({ type: 'error', path, reason });
  };

  for await (const input of loadInputs(paths, options.readStdin)) {
    if (input.kind === 'skipped') {
      summary.skipped++;
      emit({ type: 'skipped', path: input.path, reason: input.reason });
      continue;
    }
    if (input.kind === 'error') {
      fail(input.path, [input.reason]);
      continue;
    }
    const { path, file, bytes } = input;
    summary.files++;
    emit({ type: 'file', path, bytes: bytes.length });
    const hash = hashBytes(bytes);
    if (file !== null && writer.fileUnchanged(file, hash)) {
      summary.articles.unchanged += writer.articlesOfFile(file);
      continue;
    }
    const processed = processInput(file ?? 'stdin', bytes, options);
    for (const w of processed.warnings) emit({ type: 'warning', path, reason: w });
    if (processed.errors.length > 0) fail(path, processed.errors);
    summary.articles.failed += processed.errors.length;
    // A file with a bad entry is stored without recording its hash, so the next run reads it again.
    let outcomes: Outcome[];
    try {
      outcomes = writer.writeFile(file, processed.errors.length === 0 ? hash : null, processed.extractions);
    } catch (e) {
      // The database itself failed (locked, full, read-only): no later file could be stored either.
      throw asStoreError(db.name, e);
    }
    outcomes.forEach((o, i) => {
      summary.articles[o]++;
      if (o !== 'unchanged') count(summary.records, processed.extractions[i]!);
    });
  }
  summary.seconds = (performance.now() - started) / 1000;
  return summary;
}

function count(records: Summary['records'], ex: Extraction): void {
  for (const t of RECORD_TYPES) records[t] += ex[t].length;
}
