// `ingest --timeout`: an input that takes too long is reported as failed with the reason, the run goes on,
// nothing of it is stored, and the next run (with time enough) stores it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli, counts, SEEDS, tempDir } from './helpers.js';

let tmp: ReturnType<typeof tempDir>;
let corpus: string;
const FILES = 3;

beforeAll(() => {
  tmp = tempDir();
  corpus = join(tmp.dir, 'corpus');
  mkdirSync(corpus);
  // Articles of about 400 KB: whatever the machine, reading and extracting one takes well over 50 ms.
  const news = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(SEEDS, f), 'utf8'));
  for (let i = 0; i < FILES; i++) {
    const body = news.join('\n\n');
    writeFileSync(join(corpus, `long-${i}.txt`), `${body}\n\n`.repeat(Math.ceil(400_000 / body.length)) + `Story ${i}.`);
  }
});
afterAll(() => tmp.cleanup());

describe('ingest --timeout', () => {
  it('reports every input that takes too long, goes on to the next, and stores none of them', () => {
    const db = join(tmp.dir, 'short.db');
    for (const jobs of ['1', '2']) {
      const r = cli('ingest', [corpus, '--db', db, '--timeout', '0.05', '--jobs', jobs, '--json']);
      expect(r.status).toBe(1);
      const lines = r.stderr.trim().split('\n');
      expect(lines).toHaveLength(FILES);
      for (let i = 0; i < FILES; i++) expect(lines[i]).toBe(`ingest: ${join(corpus, `long-${i}.txt`)}: timed out after 0.05 s`);
      const summary = JSON.parse(r.stdout) as { files: number; failedFiles: number; articles: { failed: number; new: number } };
      expect(summary).toMatchObject({ files: FILES, failedFiles: FILES, articles: { failed: FILES, new: 0 } });
      expect(counts(db).articles).toBe(0);
    }
  });

  it('counts only the time an input is worked on, not the time it waits for a free thread', () => {
    // Eight inputs of 800 KB on one thread: each takes well under the 2 s bound, but the last ones in the queue
    // wait longer than that before a thread is free.
    const queued = join(tmp.dir, 'queued');
    mkdirSync(queued);
    const body = readFileSync(join(corpus, 'long-0.txt'), 'utf8');
    for (let i = 0; i < 8; i++) writeFileSync(join(queued, `q-${i}.txt`), `${body}\n\n${body}\n\nQueued ${i}.`);
    const db = join(tmp.dir, 'queued.db');
    const r = cli('ingest', [queued, '--db', db, '--timeout', '2', '--jobs', '1', '--json']);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toMatchObject({ articles: { new: 8, failed: 0 } });
  });

  it('stores the inputs queued behind one that timed out on the same thread', () => {
    // One thread: the short inputs wait on it behind the long one, whose thread is stopped when its time is up.
    // The long one (under 1 MB, so its bound is not scaled up) takes most of a second; a one-line article, a
    // millisecond or two on a thread that is new (it has loaded its lexicons before its first input's clock starts).
    const mixed = join(tmp.dir, 'mixed');
    mkdirSync(mixed);
    const body = readFileSync(join(corpus, 'long-0.txt'), 'utf8');
    writeFileSync(join(mixed, 'a-long.txt'), `${body}\n\n${body}`.slice(0, 950_000));
    for (const name of ['b', 'c', 'd']) {
      writeFileSync(join(mixed, `${name}-short.txt`), `Prime Minister Nikol Pashinyan said on Monday that Armenia would sign (${name}).\n`);
    }
    const db = join(tmp.dir, 'mixed.db');
    const r = cli('ingest', [mixed, '--db', db, '--timeout', '0.1', '--jobs', '1', '--json']);
    expect(r.stderr).toBe(`ingest: ${join(mixed, 'a-long.txt')}: timed out after 0.1 s\n`);
    expect(JSON.parse(r.stdout)).toMatchObject({ failedFiles: 1, articles: { new: 3, failed: 1 } });
    expect(counts(db).articles).toBe(3);
  });

  it('a later run with the default bound stores what timed out before', () => {
    const db = join(tmp.dir, 'again.db');
    expect(cli('ingest', [corpus, '--db', db, '--timeout', '0.05', '--quiet']).status).toBe(1);
    const r = cli('ingest', [corpus, '--db', db, '--json']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ articles: { new: FILES, failed: 0 } });
    expect(counts(db).articles).toBe(FILES);
  });

  it('--timeout 0 sets no bound (and --jobs 1 then runs in-process)', () => {
    const db = join(tmp.dir, 'unbounded.db');
    const r = cli('ingest', [corpus, '--db', db, '--timeout', '0', '--jobs', '1', '--json']);
    expect(r.status).toBe(0);
    expect(counts(db).articles).toBe(FILES);
  });

  it('refuses a bound that is not a number of seconds', () => {
    for (const bad of ['soon', '-1']) {
      const r = cli('ingest', [corpus, '--db', join(tmp.dir, 'bad.db'), '--timeout', bad]);
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(/timeout/);
    }
  });

  it('is described in --help', () => {
    expect(cli('ingest', ['--help']).stdout).toMatch(/--timeout <seconds>/);
  });
});
