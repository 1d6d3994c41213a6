// A worker thread of `ingest --jobs N`: reads, hashes and extracts one input; the main thread alone writes to SQLite.
import { threadId } from 'node:worker_threads';
import { pack, type Job, type JobResult } from './job.js';
import { runJob } from './process.js';

/** The cells of a task's stamps. */
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

export interface Task {
  job: Job;
  /** Written by the thread as it works on the task (see STAMP), read by the main thread. */
  stamps: BigInt64Array;
}

export default function run({ job, stamps }: Task): JobResult {
  Atomics.store(stamps, STAMP.thread, BigInt(threadId));
  Atomics.store(stamps, STAMP.start, BigInt(Date.now()));
  const result = runJob(job, (bytes) => Atomics.store(stamps, STAMP.bytes, BigInt(bytes)));
  const out: JobResult = result.kind === 'processed' ? { ...result, kind: 'packed', extractions: pack(result.extractions) } : result;
  Atomics.store(stamps, STAMP.finished, 1n);
  return out;
}
