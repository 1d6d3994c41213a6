import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cpSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { cli, counts, ROOT, SEEDS, tempDir } from './helpers.js';
import { writeCorpus } from '../src/bench/corpus.js';

let tmp: ReturnType<typeof tempDir>;
let db: string;
beforeEach(() => {
  tmp = tempDir();
  db = join(tmp.dir, 'test.db');
});
afterEach(() => tmp.cleanup());

describe('ingest', () => {
  it('stores the seeds once: a second run reports them unchanged and adds no rows', () => {
    const first = cli('ingest', [SEEDS, '--db', db, '--json']);
    expect(first.status).toBe(0);
    expect(JSON.parse(first.stdout).articles).toMatchObject({ new: 3, unchanged: 0, failed: 0 });
    const before = counts(db);
    expect(before.articles).toBe(3);

    const second = cli('ingest', [SEEDS, '--db', db, '--json']);
    expect(second.status).toBe(0);
    expect(JSON.parse(second.stdout).articles).toMatchObject({ new: 0, unchanged: 3, replaced: 0 });
    expect(counts(db)).toEqual(before);
  });

  it('knows a file by its absolute path: named from another directory or another way, it is still unchanged', () => {
    const corpus = join(tmp.dir, 'corpus');
    cpSync(SEEDS, corpus, { recursive: true });
    expect(cli('ingest', ['corpus', '--db', db], { cwd: tmp.dir }).status).toBe(0);
    const before = counts(db);
    for (const [name, cwd] of [[corpus, ROOT], ['.', corpus], ['../corpus/', join(tmp.dir, 'corpus')]] as const) {
      const again = cli('ingest', [name, '--db', db, '--json'], { cwd });
      expect(JSON.parse(again.stdout).articles).toMatchObject({ new: 0, unchanged: 3, replaced: 0 });
      expect(counts(db)).toEqual(before);
    }
    const check = new Database(db, { readonly: true });
    const rows = check.prepare('SELECT f.path, a.source FROM files f JOIN articles a ON a.file = f.path').all() as { path: string; source: string }[];
    check.close();
    expect(rows.map((r) => r.path).sort()).toEqual(readdirSync(corpus).map((f) => join(corpus, f)).sort());
    for (const r of rows) expect(r.source).toBe(r.path);
  });

  it('adopts files an older version stored under a relative name, without reading them again', () => {
    const corpus = join(tmp.dir, 'corpus');
    cpSync(SEEDS, corpus, { recursive: true });
    expect(cli('ingest', [corpus, '--db', db]).status).toBe(0);
    const before = counts(db);
    // What an older version left when run from tmp.dir as `ingest corpus`: paths as typed.
    const sqlite = new Database(db);
    sqlite.prepare("UPDATE files SET path = replace(path, ?, 'corpus/')").run(`${corpus}/`);
    sqlite.prepare("UPDATE articles SET file = replace(file, ?, 'corpus/'), source = replace(source, ?, 'corpus/')").run(`${corpus}/`, `${corpus}/`);
    sqlite.close();
    const again = cli('ingest', ['corpus', '--db', db, '--json'], { cwd: tmp.dir });
    expect(JSON.parse(again.stdout).articles).toMatchObject({ new: 0, unchanged: 3, replaced: 0 });
    expect(counts(db)).toEqual(before);
    const check = new Database(db, { readonly: true });
    const relative = check.prepare("SELECT count(*) AS n FROM articles WHERE file NOT LIKE '/%' OR source NOT LIKE '/%'").get() as { n: number };
    check.close();
    expect(relative.n).toBe(0);
  });

  it('extracts again what an older extractor stored, replacing its records', () => {
    expect(cli('ingest', [SEEDS, '--db', db]).status).toBe(0);
    const before = counts(db);
    const sqlite = new Database(db);
    sqlite.exec("UPDATE files SET extractor = '0.0.1'; UPDATE articles SET extractor = '0.0.1'");
    sqlite.close();
    const again = cli('ingest', [SEEDS, '--db', db, '--json']);
    expect(JSON.parse(again.stdout).articles).toMatchObject({ new: 0, unchanged: 0, replaced: 3 });
    expect(counts(db)).toEqual(before);
    const check = new Database(db, { readonly: true });
    const versions = check.prepare('SELECT DISTINCT extractor FROM articles').all() as { extractor: string }[];
    check.close();
    expect(versions).toHaveLength(1);
    expect(versions[0]!.extractor).toMatch(/^\d+\.\d+\.\d+\+[0-9a-f]{12}$/);
  });

  it('prints a readable summary by default and nothing with --quiet', () => {
    const r = cli('ingest', [SEEDS, '--db', db]);
    expect(r.stdout).toMatch(/Read 3 files/);
    expect(r.stdout).toMatch(/3 new/);
    expect(cli('ingest', [SEEDS, '--db', db, '--quiet']).stdout).toBe('');
  });

  it('uses STRINGER_DB when --db is not given', () => {
    const r = cli('ingest', [join(SEEDS, '001_57beb543db8a9ec5.txt'), '--quiet'], { env: { STRINGER_DB: db } });
    expect(r.status).toBe(0);
    expect(counts(db).articles).toBe(1);
  });

  it('replaces the records of a file whose content changed', () => {
    const file = join(tmp.dir, 'story.txt');
    writeFileSync(file, 'Kremlin spokesperson Dmitry Peskov said on Monday that talks would continue.\n');
    cli('ingest', [file, '--db', db, '--published', '2026-03-02']);
    writeFileSync(file, 'Kremlin spokesperson Dmitry Peskov said on Tuesday that talks had ended.\n');
    const r = cli('ingest', [file, '--db', db, '--published', '2026-03-03', '--json']);
    expect(JSON.parse(r.stdout).articles).toMatchObject({ new: 0, replaced: 1 });
    const sqlite = new Database(db, { readonly: true });
    const rows = sqlite.prepare('SELECT text, published FROM articles').all() as { text: string; published: string }[];
    sqlite.close();
    expect(rows).toHaveLength(1);
    expect(rows[0]!.text).toMatch(/Tuesday/);
    expect(rows[0]!.published).toBe('2026-03-03');
  });

  it('reads stdin with -', () => {
    const r = cli('ingest', ['-', '--db', db, '--published', '2026-01-15', '--json'], {
      input: 'Foreign Minister Sergei Lavrov said on Wednesday that Moscow was ready for talks.\n',
    });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).articles.new).toBe(1);
    const sqlite = new Database(db, { readonly: true });
    expect(sqlite.prepare('SELECT published FROM articles').get()).toEqual({ published: '2026-01-15' });
    sqlite.close();
  });

  it('skips files that are not articles, and says so with --verbose', () => {
    cpSync(SEEDS, join(tmp.dir, 'in'), { recursive: true });
    writeFileSync(join(tmp.dir, 'in', 'photo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    const r = cli('ingest', [join(tmp.dir, 'in'), '--db', db, '--verbose', '--json']);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ files: 3, skipped: 1 });
    expect(r.stderr).toMatch(/photo\.png: skipped, not an article file/);
  });

  it('rejects a bad --published date as a usage error', () => {
    const r = cli('ingest', [SEEDS, '--db', db, '--published', '2026-02-30']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--published: 2026-02-30 is not a calendar date/);
  });
});

describe('parallel ingest', () => {
  // One job with no time bound runs in-process (results stay objects); threads send theirs serialized.
  it('--jobs 2 stores and counts exactly what one in-process job does', () => {
    const corpus = join(tmp.dir, 'corpus');
    writeCorpus(corpus, 120, 7);
    const runs = [['--jobs', '1', '--timeout', '0'], ['--jobs', '2']].map((args, i) => {
      const path = join(tmp.dir, `jobs${i}.db`);
      const r = cli('ingest', [corpus, '--db', path, ...args, '--json']);
      expect(r.status, r.stderr).toBe(0);
      const summary = JSON.parse(r.stdout) as { articles: { new: number }; records: Record<string, number> };
      expect(summary.articles.new).toBe(120);
      return { rows: dump(path), records: summary.records };
    });
    expect(runs[0]!.rows.length).toBeGreaterThan(1000);
    expect(runs[0]!.records.quotes).toBeGreaterThan(0);
    expect(runs[1]!.rows).toEqual(runs[0]!.rows);
    expect(runs[1]!.records).toEqual(runs[0]!.records);
  });
});

/** Every row of every table, without the time of ingestion. */
function dump(path: string): string[] {
  const sqlite = new Database(path, { readonly: true });
  const tables = (sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '%fts%'").all() as { name: string }[]).map((t) => t.name);
  const rows: string[] = [];
  for (const t of tables.sort()) {
    for (const row of sqlite.prepare(`SELECT * FROM ${t}`).all() as Record<string, unknown>[]) {
      delete row.ingested_at;
      rows.push(`${t} ${JSON.stringify(row)}`);
    }
  }
  sqlite.close();
  return rows.sort();
}
