// A file whose records do not hold together (an extractor bug: a record naming an actor its article does not list)
// is refused on its own; the files around it, in the same batch, are stored. The extractor is wrapped to produce
// such a file, since the real one never should; the database is real.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ingest, type IngestEvent } from '../src/ingest.js';
import { openStore } from '../src/store/db.js';
import { counts, tempDir } from './helpers.js';

vi.mock('../src/pipeline.js', async (original) => {
  const real = await original<typeof import('../src/pipeline.js')>();
  return {
    extractArticle: (...args: Parameters<typeof real.extractArticle>) => {
      const ex = real.extractArticle(...args);
      if (ex.article.source.endsWith('broken.txt')) ex.mentions[0] = { ...ex.mentions[0]!, actor: 'person:nobody' };
      return ex;
    },
  };
});

let tmp: ReturnType<typeof tempDir>;
beforeAll(() => {
  tmp = tempDir();
});
afterAll(() => tmp.cleanup());

describe('a file with invalid records', () => {
  it('is reported and not stored, and the rest of its batch is', async () => {
    const text = (name: string): string => `Prime Minister Nikol Pashinyan said on Monday that Armenia would sign (${name}).\n`;
    for (const name of ['a.txt', 'broken.txt', 'c.txt']) writeFileSync(join(tmp.dir, name), text(name));
    const path = join(tmp.dir, 'store.db');
    const db = openStore(path);
    const events: IngestEvent[] = [];
    const summary = await ingest(db, [join(tmp.dir, 'a.txt'), join(tmp.dir, 'broken.txt'), join(tmp.dir, 'c.txt')],
      { jobs: 1, timeout: 0, onEvent: (e) => events.push(e) });
    db.close();

    expect(summary.articles).toMatchObject({ new: 2, failed: 1 });
    expect(summary.failedFiles).toBe(1);
    expect(events.filter((e) => e.type === 'error')).toEqual([
      { type: 'error', path: join(tmp.dir, 'broken.txt'), reason: expect.stringMatching(/not stored: a record names actor person:nobody/) },
    ]);
    const stored = counts(path);
    expect(stored.articles).toBe(2);
    expect(stored.files).toBe(2);
  });
});
