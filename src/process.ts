// One input, from bytes to extractions, with no database: shared by `ingest` (and its workers) and `extract`.
import { readFileSync } from 'node:fs';
import { hashBytes, noTimes, type Job, type JobResult, type Processed } from './job.js';
import type { Extraction } from './model.js';
import { extractArticle } from './pipeline.js';
import { readArticles, ReadError, type ReadOptions } from './read/index.js';
import { describe } from './read/inputs.js';

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
