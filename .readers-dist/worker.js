// A worker thread of `ingest --jobs N`: reads and extracts one input; the main thread alone writes to SQLite.
import { processInput } from './process.js';
export default function run(task) {
    return processInput(task.source, task.bytes, task.options);
}
//# sourceMappingURL=worker.js.map