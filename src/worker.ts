// A worker thread of `ingest --jobs N`: reads and extracts one input; the main thread alone writes to SQLite.
import { processInput, type Processed } from './process.js';
import type { ReadOptions } from './read/index.js';

export interface Task {
  source: string;
  bytes: Uint8Array;
  options: ReadOptions;
}

export default function run(task: Task): Processed {
  return processInput(task.source, task.bytes, task.options);
}
