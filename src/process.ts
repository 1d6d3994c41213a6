// One input, from bytes to extractions, with no database: shared by `ingest` (and its workers) and `extract`.
import { createHash } from 'node:crypto';
import type { Extraction } from './model.js';
import { extractArticle, noTimes, type StageTimes } from './pipeline.js';
import { readArticles, ReadError, type ReadOptions } from './read/index.js';

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
