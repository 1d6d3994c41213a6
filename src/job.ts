// What passes between the ingest loop and the threads that read and extract: an input to work on, and its result.
// Kept apart from the work itself (process.ts), so the main thread, which only walks and writes, loads no reader or
// extractor.
import { createHash } from 'node:crypto';
import { deserialize, serialize } from 'node:v8';
import type { Extraction } from './model.js';
import type { ReadOptions } from './read/index.js';

/** Milliseconds spent per stage, summed over articles (and over workers). */
export interface StageTimes {
  read: number;
  analyse: number;
  extract: number;
  store: number;
}

export const noTimes = (): StageTimes => ({ read: 0, analyse: 0, extract: 0, store: 0 });

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

/** The cells of the stamps a worker thread writes as it works on a task, read by the main thread. */
export const STAMP = {
  /** When (ms) the thread started on the task: a time bound counts running time only. */
  start: 0,
  /** The input's size in bytes: the bound grows with it. */
  bytes: 1,
  /** The thread running it: the one to stop when its time is up. */
  thread: 2,
  /** Non-zero once the task is done: if its thread dies afterwards, the task was not the cause. */
  finished: 3,
  size: 4,
} as const;

export type JobResult =
  | { kind: 'unreadable'; reason: string }
  | { kind: 'unchanged'; hash: string; bytes: number }
  | ({ kind: 'processed'; hash: string; bytes: number } & Processed)
  | ({ kind: 'packed'; hash: string; bytes: number } & Omit<Processed, 'extractions'> & { extractions: Packed });

/**
 * Extractions as a worker thread sends them: serialized, with their count. Results wait to be written for a second or
 * more; as one buffer each they stay off the writer's heap, where thousands of small objects per file would live long
 * enough to be promoted and grow it by the size of two batches. (Sending objects costs the same serialization, done by
 * postMessage instead.)
 */
export interface Packed {
  bytes: Uint8Array;
  articles: number;
}

export function pack(extractions: Extraction[]): Packed {
  return { bytes: serialize(extractions), articles: extractions.length };
}

/** A result's extractions, as objects (in-process) or packed (from a worker thread). */
export type Extractions = Extraction[] | Packed;

export function articlesIn(extractions: Extractions): number {
  return Array.isArray(extractions) ? extractions.length : extractions.articles;
}

export function unpack(extractions: Extractions): Extraction[] {
  return Array.isArray(extractions) ? extractions : (deserialize(extractions.bytes) as Extraction[]);
}
