// A worker thread of `ingest --jobs N`: reads, hashes and extracts one input; the main thread alone writes to SQLite.
import { threadId } from 'node:worker_threads';
import { pack, STAMP, type Job, type JobResult } from './job.js';
import { runJob } from './process.js';

export interface Task {
  job: Job;
  /** Written by the thread as it works on the task (see STAMP), read by the main thread. */
  stamps: BigInt64Array;
}

// A thread reads its lexicons and compiles its rules (the first article takes ~50 ms more than the next) before its
// first input's clock starts: a time bound counts an input's own work.
runJob({ source: 'warm-up.txt', bytes: new TextEncoder().encode(
  'Prime Minister Nikol Pashinyan said on Monday that Armenia and Azerbaijan had agreed to sign a peace treaty.\n',
), knownHash: null, options: {} });

export default function run({ job, stamps }: Task): JobResult {
  Atomics.store(stamps, STAMP.thread, BigInt(threadId));
  Atomics.store(stamps, STAMP.start, BigInt(Date.now()));
  const result = runJob(job, (bytes) => Atomics.store(stamps, STAMP.bytes, BigInt(bytes)));
  const out: JobResult = result.kind === 'processed' ? { ...result, kind: 'packed', extractions: pack(result.extractions) } : result;
  Atomics.store(stamps, STAMP.finished, 1n);
  return out;
}
