// Every bad input gets one clear line on stderr naming the file and the reason, the right exit code,
// no stack trace, and no partial rows; the good files beside it are still stored.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { cli, counts, tempDir } from './helpers.js';

let tmp: ReturnType<typeof tempDir>;
let db: string;
const GOOD = 'Kazakh President Kassym-Jomart Tokayev said on Monday that Astana would host the summit.\n';

beforeEach(() => {
  tmp = tempDir();
  db = join(tmp.dir, 'test.db');
});
afterEach(() => tmp.cleanup());

function ingestBeside(name: string, content: string | Buffer) {
  writeFileSync(join(tmp.dir, 'good.txt'), GOOD);
  const bad = join(tmp.dir, name);
  writeFileSync(bad, content);
  const r = cli('ingest', [join(tmp.dir, 'good.txt'), bad, '--db', db, '--published', '2026-05-01']);
  return { r, bad };
}

function expectOneLineError(stderr: string, file: string, reason: RegExp): void {
  const lines = stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toContain(file);
  expect(lines[0]).toMatch(reason);
  expect(stderr).not.toMatch(/\n\s+at /);
}

describe('bad input', () => {
  const cases: [string, string | Buffer, RegExp][] = [
    ['empty.txt', '', /empty/],
    ['blank.txt', '   \n\n  ', /empty|no text/],
    ['image.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]), /binary/],
    ['broken.txt', Buffer.from([0x48, 0x69, 0x20, 0xc3, 0x28, 0x81, 0x8d, 0x20, 0x77, 0x6f, 0x72, 0x6c, 0x64]), /invalid UTF-8/],
    ['broken.json', '{"title": "Talks", "text": "The minister said', /malformed JSON/],
    ['shape.json', '{"headline": "Talks", "numbers": [1, 2]}', /no article text/],
  ];
  for (const [name, content, reason] of cases) {
    it(`${name}: reported, exit 1, the good file still stored, nothing partial`, () => {
      const { r, bad } = ingestBeside(name, content);
      expect(r.status).toBe(1);
      expectOneLineError(r.stderr, bad, reason);
      const c = counts(db);
      expect(c.articles).toBe(1);
      const sqlite = new Database(db, { readonly: true });
      const dangling = sqlite.pragma('foreign_key_check');
      sqlite.close();
      expect(dangling).toEqual([]);
    });
  }

  it('a malformed line in a JSONL file is reported with its line number; the other lines are stored', () => {
    const file = join(tmp.dir, 'feed.jsonl');
    writeFileSync(file, [
      JSON.stringify({ title: 'One', text: 'Kremlin spokesperson Dmitry Peskov said talks would go on.', published: '2026-05-02' }),
      '{"title": "Two", "text": ',
      JSON.stringify({ title: 'Three', text: 'Armenian Prime Minister Nikol Pashinyan met Kazakh officials.', published: '2026-05-03' }),
    ].join('\n'));
    const r = cli('ingest', [file, '--db', db]);
    expect(r.status).toBe(1);
    expectOneLineError(r.stderr, file, /line 2: malformed JSON/);
    expect(counts(db).articles).toBe(2);
  });

  it('a missing path is reported and the other paths are still read', () => {
    writeFileSync(join(tmp.dir, 'good.txt'), GOOD);
    const missing = join(tmp.dir, 'nope.txt');
    const r = cli('ingest', [missing, join(tmp.dir, 'good.txt'), '--db', db]);
    expect(r.status).toBe(1);
    expectOneLineError(r.stderr, missing, /no such file/);
    expect(counts(db).articles).toBe(1);
  });

  it('an unreadable file (a link to nowhere) is reported', () => {
    writeFileSync(join(tmp.dir, 'good.txt'), GOOD);
    symlinkSync(join(tmp.dir, 'gone.txt'), join(tmp.dir, 'dangling.txt'));
    const r = cli('ingest', [tmp.dir, '--db', db]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/dangling\.txt: no such file/);
    expect(counts(db).articles).toBe(1);
  });

  it('a database file that is not SQLite is refused with one line, exit 1', () => {
    const fake = join(tmp.dir, 'notes.db');
    writeFileSync(fake, 'these are my notes, not a database '.repeat(200));
    writeFileSync(join(tmp.dir, 'good.txt'), GOOD);
    for (const [command, args] of [['ingest', [join(tmp.dir, 'good.txt')]], ['query', []]] as const) {
      const r = cli(command, [...args, '--db', fake]);
      expect(r.status).toBe(1);
      expectOneLineError(r.stderr, fake, /not a SQLite database/);
    }
  });

  it('a database locked by another process is reported after the busy timeout, nothing written', () => {
    writeFileSync(join(tmp.dir, 'good.txt'), GOOD);
    cli('ingest', [join(tmp.dir, 'good.txt'), '--db', db]);
    writeFileSync(join(tmp.dir, 'other.txt'), 'The European Union said on Friday it would sign the accord.\n');
    const holder = new Database(db);
    holder.exec('BEGIN EXCLUSIVE');
    try {
      const r = cli('ingest', [join(tmp.dir, 'other.txt'), '--db', db], { env: { STRINGER_BUSY_TIMEOUT: '200' } });
      expect(r.status).toBe(1);
      expectOneLineError(r.stderr, db, /locked/);
    } finally {
      holder.exec('ROLLBACK');
      holder.close();
    }
    expect(counts(db).articles).toBe(1);
  });

  it('usage errors exit 2: no paths, an unknown option, a bad date', () => {
    expect(cli('ingest', []).status).toBe(2);
    expect(cli('ingest', ['x', '--frobnicate']).status).toBe(2);
    const r = cli('query', ['--since', 'yesterday', '--db', db]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--since: expected a date/);
  });

  it('--debug adds the stack trace that is otherwise hidden', () => {
    const fake = join(tmp.dir, 'notes.db');
    writeFileSync(fake, 'x'.repeat(5000));
    const r = cli('query', ['--db', fake, '--debug']);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/\n\s+at /);
  });
});
