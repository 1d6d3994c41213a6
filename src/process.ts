// One input, from bytes to extractions, with no database: shared by `ingest` (and its workers) and `extract`.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Extraction } from './model.js';
import { extractArticle, noTimes, type StageTimes } from './pipeline.js';
import { readArticles, ReadError, type ReadOptions } from './read/index.js';
import { describe } from './read/inputs.js';

export interface Processed {
  extractions: Extraction[];
  /** Entries (or whole inputs) that could not be read or extracted, one line each. */
  errors: string[];
  warnings: string[];
  times: StageTimes;
}

/** sha256 of an input's bytes: unchanged files are recognised without reading them again. */
export function hashBytes(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export function processInput(source: string, bytes: Uint8Array, options: ReadOptions): Processed {
  const times = noTimes();
  const t0 = performance.now();
  let read;
  try {
    read = readArticles(source, bytes, options);
  } catch (e) {
    const message = e instanceof ReadError ? e.message : `could not be read: ${(e as Error).message}`;
    return { extractions: [], errors: [message], warnings: [], times };
  } finally {
    times.read = performance.now() - t0;
  }
  const extractions: Extraction[] = [];
  const errors = [...read.errors];
  for (const article of read.articles) {
    try {
      extractions.push(extractArticle(article, times));
    } catch (e) {
      const where = article.source === source ? '' : `${article.source.slice(source.length)}: `;
      errors.push(`${where}extraction failed: ${(e as Error).message}`);
    }
  }
  return { extractions, errors, warnings: read.warnings, times };
}

/** One input of an ingest: a file to read (on the worker, so the main thread only writes), or stdin's bytes. */
export interface Job {
  /** The path, or `stdin`. */
  source: string;
  /** Present for stdin; a file is read by whoever runs the job. */
  bytes?: Uint8Array;
  /** The hash stored for this file by the same extractor version: the file is not processed if it still has it. */
  knownHash: string | null;
  options: ReadOptions;
}

export type JobResult =
  | { kind: 'unreadable'; reason: string }
  | { kind: 'unchanged'; hash: string; bytes: number }
  | ({ kind: 'processed'; hash: string; bytes: number } & Processed);

export function runJob(job: Job, onSize: (bytes: number) => void = () => {}): JobResult {
  let bytes = job.bytes;
  if (bytes === undefined) {
    try {
      bytes = readFileSync(job.source);
    } catch (e) {
      return { kind: 'unreadable', reason: describe(e) };
    }
  }
  onSize(bytes.length);
  const hash = hashBytes(bytes);
  if (hash === job.knownHash) return { kind: 'unchanged', hash, bytes: bytes.length };
  return { kind: 'processed', hash, bytes: bytes.length, ...processInput(job.source, bytes, job.options) };
}
