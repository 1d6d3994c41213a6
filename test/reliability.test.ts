// Crash safety and concurrency: a killed ingest leaves only whole articles and a re-run completes it exactly;
// two ingests on one database both finish; query works while an ingest writes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { writeCorpus } from '../src/bench/corpus.js';
import { cli, ROOT, tempDir } from './helpers.js';

let tmp: ReturnType<typeof tempDir>;
let corpus: string;
let reference: string[];
let referenceMs = 0;

beforeAll(() => {
  tmp = tempDir();
  corpus = join(tmp.dir, 'corpus');
  writeCorpus(corpus, 600, 11);
  const db = join(tmp.dir, 'reference.db');
  const t0 = performance.now();
  expect(cli('ingest', [corpus, '--db', db, '--quiet']).status).toBe(0);
  referenceMs = performance.now() - t0;
  reference = dump(db);
}, 120_000);
afterAll(() => tmp.cleanup());

/** Every row of every record table, keyed by table, without ingestion times. */
function dump(path: string): string[] {
  const db = new Database(path, { readonly: true });
  const rows: string[] = [];
  // Killed before the schema was created: an empty database is a sound one.
  if (!db.prepare("SELECT 1 FROM sqlite_master WHERE name = 'articles'").get()) {
    db.close();
    return rows;
  }
  for (const t of ['articles', 'actors', 'aliases', 'actor_roles', 'mentions', 'dates', 'quotes', 'agreements', 'agreement_parties', 'files']) {
    for (const row of db.prepare(`SELECT * FROM ${t}`).all() as Record<string, unknown>[]) {
      delete row.ingested_at;
      rows.push(`${t} ${JSON.stringify(row)}`);
    }
  }
  db.close();
  return rows.sort();
}

function ingestAsync(db: string, paths: string[], extra: string[] = []) {
  const child = spawn(process.execPath, [join(ROOT, 'bin/ingest.js'), ...paths, '--db', db, '--quiet', ...extra], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal, stderr })));
  return { child, done };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('crash safety', () => {
  // Three random kill points, one in each third of the run; the test name says where, to reproduce a failure.
  const fractions = [0, 1, 2].map((third) => Math.round((0.05 + third * 0.3 + Math.random() * 0.28) * 100) / 100);
  for (const fraction of fractions) {
    it(`SIGKILL at ${Math.round(fraction * 100)}% of a run leaves a sound database of whole articles, and a re-run completes it exactly`, async () => {
      const db = join(tmp.dir, `killed-${fraction}.db`);
      const run = ingestAsync(db, [corpus]);
      await sleep(referenceMs * fraction);
      run.child.kill('SIGKILL');
      await run.done;

      const sqlite = new Database(db);
      expect(sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
      sqlite.close();
      const partial = dump(db);
      // Whole articles only: every stored row is one the uninterrupted run has (ids included, since writes
      // happen in input order), and each stored article has all of its rows.
      // Actor rows are shared across articles and filled in by later ones (role, country), so they are compared
      // by id here and in full after the re-run.
      const ref = new Set(reference);
      const actorId = (r: string) => /"id":"([^"]+)"/.exec(r)?.[1];
      const refActors = new Set(reference.filter((r) => r.startsWith('actors ')).map(actorId));
      expect(partial.filter((r) => !r.startsWith('actors ') && !ref.has(r))).toEqual([]);
      expect(partial.filter((r) => r.startsWith('actors ') && !refActors.has(actorId(r)))).toEqual([]);
      const perArticle = (rows: string[]) => {
        const n = new Map<string, number>();
        for (const r of rows) {
          const id = /"article_seq":(\d+)/.exec(r)?.[1] ?? (r.startsWith('articles ') ? /"seq":(\d+)/.exec(r)?.[1] : undefined);
          if (id) n.set(id, (n.get(id) ?? 0) + 1);
        }
        return n;
      };
      const want = perArticle(reference);
      for (const [id, n] of perArticle(partial)) expect(n, id).toBe(want.get(id));

      expect(cli('ingest', [corpus, '--db', db, '--quiet']).status).toBe(0);
      expect(dump(db)).toEqual(reference);
    }, 120_000);
  }
});

describe('concurrency', () => {
  it('two ingests of the same corpus into one database both finish, with nothing lost or duplicated', async () => {
    const db = join(tmp.dir, 'shared.db');
    expect(cli('ingest', [join(corpus, '0000', 'article-000000.txt'), '--db', db, '--quiet']).status).toBe(0);
    const a = ingestAsync(db, [corpus]);
    const b = ingestAsync(db, [corpus], ['--jobs', '1']);
    const [ra, rb] = await Promise.all([a.done, b.done]);
    expect(ra.code, ra.stderr).toBe(0);
    expect(rb.code, rb.stderr).toBe(0);
    const sqlite = new Database(db, { readonly: true });
    const articles = (sqlite.prepare('SELECT count(*) AS n, count(DISTINCT id) AS d FROM articles').get()) as { n: number; d: number };
    const mentions = (sqlite.prepare('SELECT count(*) AS n FROM mentions').get()) as { n: number };
    sqlite.close();
    expect(articles).toEqual({ n: 600, d: 600 });
    expect(mentions.n).toBe(reference.filter((r) => r.startsWith('mentions ')).length);
  }, 120_000);

  it('query answers while an ingest is writing', async () => {
    const db = join(tmp.dir, 'busy.db');
    expect(cli('ingest', [join(corpus, '0000', 'article-000000.txt'), '--db', db, '--quiet']).status).toBe(0);
    const run = ingestAsync(db, [corpus]);
    await sleep(300);
    const q = cli('query', ['--db', db, '--type', 'article', '--limit', '1']);
    expect(q.status, q.stderr).toBe(0);
    expect(q.stdout.trim().split('\n')).toHaveLength(1);
    const r = await run.done;
    expect(r.code, r.stderr).toBe(0);
  }, 120_000);
});
