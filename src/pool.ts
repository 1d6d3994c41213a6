// The worker threads of `ingest --jobs N` (piscina): each thread has the next few inputs at hand, each input has a
// time bound, and an input is never failed for what happened to another one on its thread.
import { Piscina } from 'piscina';
import { noTimes, STAMP, type Job, type JobResult } from './job.js';
import type { Task } from './worker.js';

/**
 * Inputs queued on each thread. With one at a time, a thread that finished an input waited for the main thread to
 * take the result and hand it the next, which the main thread does only between slices of writing: a quarter of the
 * threads' time on a corpus of small files. More would leave one thread with a queue while the others sit idle at
 * the end of a run.
 */
const QUEUED_PER_THREAD = 4;
/** An input is tried at most this many times when its thread dies before it began (or after it ended). */
const MAX_ATTEMPTS = 5;
const MB = 1 << 20;

export class BoundedPool {
  private readonly pool: Piscina<Task, JobResult>;
  private closed = false;

  /** `seconds` per input (per MB for inputs over 1 MB; 0: no bound); `heapMb`: each thread's old generation. */
  constructor(threads: number, private readonly seconds: number, heapMb: number) {
    this.pool = new Piscina<Task, JobResult>({
      filename: new URL('./worker.js', import.meta.url).href, minThreads: threads, maxThreads: threads,
      concurrentTasksPerWorker: QUEUED_PER_THREAD,
      // Extraction makes short-lived garbage: a small young generation keeps each thread's memory down (about 40 MB
      // less per thread on the bench) at no measurable cost in time.
      // A bound on the old generation also caps how far V8 lets the heap grow between full collections: by default a
      // thread's first few collections let it grow fourfold (from 25 MB live to over 100 MB), which made the run's peak.
      // A file that needs more than the bound fails on its own ("worker failed: ... out of memory"); the run goes on.
      resourceLimits: { maxYoungGenerationSizeMb: 8, maxOldGenerationSizeMb: heapMb },
    });
  }

  /**
   * Runs one input on a thread. Its clock runs from when a thread starts on it (the thread stamps a shared cell), not
   * from when it was queued. When its time is up its thread is terminated (the only way to stop a thread) and piscina
   * starts a fresh one; the inputs queued behind it on that thread, and those of a thread that died of another input
   * (out of memory), did not start or had finished: they run again.
   */
  async run(job: Job): Promise<JobResult> {
    for (let attempt = 1; ; attempt++) {
      const stamps = new BigInt64Array(new SharedArrayBuffer(STAMP.size * 8));
      const watch = this.seconds > 0 ? this.watch(stamps) : null;
      try {
        return await this.pool.run({ job, stamps });
      } catch (e) {
        if (watch?.expired) {
          const shown = String(Number((watch.limitMs() / 1000).toFixed(2)));
          return { kind: 'processed', hash: '', bytes: Number(Atomics.load(stamps, STAMP.bytes)), extractions: [],
            errors: [`timed out after ${shown} s`], warnings: [], times: noTimes() };
        }
        const innocent = Atomics.load(stamps, STAMP.start) === 0n || Atomics.load(stamps, STAMP.finished) !== 0n;
        if (!innocent || this.closed || attempt >= MAX_ATTEMPTS) throw e;
      } finally {
        watch?.stop();
      }
    }
  }

  destroy(): Promise<void> {
    this.closed = true;
    return this.pool.destroy();
  }

  /** Terminates the input's thread once the input has run longer than its bound. */
  private watch(stamps: BigInt64Array): { expired: boolean; limitMs(): number; stop(): void } {
    const limitMs = (): number => this.seconds * 1000 * Math.max(1, Number(Atomics.load(stamps, STAMP.bytes)) / MB);
    const state = { expired: false, limitMs, stop: () => clearTimeout(timer) };
    const check = (): void => {
      if (Atomics.load(stamps, STAMP.finished) !== 0n) return;
      const at = Number(Atomics.load(stamps, STAMP.start));
      const left = at === 0 ? limitMs() : at + limitMs() - Date.now();
      if (left > 0) {
        timer = setTimeout(check, left);
        return;
      }
      const thread = Number(Atomics.load(stamps, STAMP.thread));
      state.expired = true;
      void this.pool.threads.find((t) => t.threadId === thread)?.terminate();
    };
    let timer = setTimeout(check, limitMs());
    return state;
  }
}
