// A worker thread of `ingest --jobs N`: reads and extracts one input; the main thread alone writes to SQLite.
import { processInput, type Processed } from './process.js';
import type { ReadOptions } from './read/index.js';

export interface Task {
  source: string;
  bytes: Uint8Array;
  options: ReadOptions;
  /** Stamped with the time (ms) this worker starts on the task, so a time bound counts running time only. */
  started?: BigInt64Array;
}

export default function run(task: Task): Processed {
  if (task.started) Atomics.store(task.started, 0, BigInt(Date.now()));
  return processInput(task.source, task.bytes, task.options);
}
