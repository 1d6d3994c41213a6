// A worker thread of `ingest --jobs N`: reads, hashes and extracts one input; the main thread alone writes to SQLite.
import { pack, type Job, type JobResult } from './job.js';
import { runJob } from './process.js';

export interface Task {
  job: Job;
  /**
   * Stamped by the worker: [0] the time (ms) it starts on the task, [1] the input's size in bytes. A time bound then
   * counts running time only, and grows with the input.
   */
  stamps?: BigInt64Array;
}

export default function run({ job, stamps }: Task): JobResult {
  if (stamps) Atomics.store(stamps, 0, BigInt(Date.now()));
  const result = runJob(job, (bytes) => {
    if (stamps) Atomics.store(stamps, 1, BigInt(bytes));
  });
  return result.kind === 'processed' ? { ...result, kind: 'packed', extractions: pack(result.extractions) } : result;
}
