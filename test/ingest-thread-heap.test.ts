// A worker thread's heap is bounded (IngestOptions.threadHeapMb): an input that needs more fails on its own, with the
// reason, and the run goes on to store the others. Run on the built library, as worker threads load dist/worker.js.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { counts, ROOT, SEEDS, tempDir } from './helpers.js';

let tmp: ReturnType<typeof tempDir>;
beforeAll(() => {
  tmp = tempDir();
  // About 3 MB of news in one article: extracting it needs far more than a 48 MB heap.
  const news = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(SEEDS, f), 'utf8')).join('\n\n');
  writeFileSync(join(tmp.dir, 'b-big.txt'), `${news}\n\n`.repeat(Math.ceil(3_000_000 / news.length)));
  for (const name of ['a.txt', 'c.txt', 'd.txt']) {
    writeFileSync(join(tmp.dir, name), `Prime Minister Nikol Pashinyan said on Monday that Armenia would sign (${name}).\n`);
  }
});
afterAll(() => tmp.cleanup());

describe('a worker thread out of heap', () => {
  // One thread: the inputs after the big one wait on the thread that dies of it, and run again on a fresh one.
  it.each([2, 1])('fails its file with the reason, and the run stores the rest (%i threads)', (jobs) => {
    const db = join(tmp.dir, `store-${jobs}.db`);
    const lib = (file: string): string => pathToFileURL(join(ROOT, 'dist', file)).href;
    const script = `
      const { ingest } = await import(${JSON.stringify(lib('ingest.js'))});
      const { openStore } = await import(${JSON.stringify(lib('store/db.js'))});
      const db = openStore(${JSON.stringify(db)});
      const errors = [];
      const summary = await ingest(db, [${JSON.stringify(tmp.dir)}], {
        jobs: ${jobs}, threadHeapMb: 48, onEvent: (e) => { if (e.type === 'error') errors.push(e); } });
      db.close();
      console.log(JSON.stringify({ summary, errors }));`;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', timeout: 120_000 });
    expect(r.status).toBe(0);
    const { summary, errors } = JSON.parse(r.stdout) as {
      summary: { failedFiles: number; articles: { new: number } };
      errors: { path: string; reason: string }[];
    };
    expect(errors).toHaveLength(1);
    expect(errors[0]!.path).toBe(join(tmp.dir, 'b-big.txt'));
    expect(errors[0]!.reason).toMatch(/^worker failed: .*memory limit/);
    expect(summary).toMatchObject({ failedFiles: 1, articles: { new: 3 } });
    expect(counts(db).articles).toBe(3);
  }, 130_000);
});
