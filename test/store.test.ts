import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { openStore, StoreError, type DB } from '../src/store/db.js';
import { MIGRATIONS } from '../src/store/migrations.js';
import { Writer } from '../src/store/write.js';
import { runQuery } from '../src/query/index.js';
import type { Actor, Extraction } from '../src/model.js';
import { tempDir } from './helpers.js';

let tmp: ReturnType<typeof tempDir>;
let path: string;
let db: DB;
beforeEach(() => {
  tmp = tempDir();
  path = join(tmp.dir, 's.db');
  db = openStore(path);
});
afterEach(() => {
  db.close();
  tmp.cleanup();
});

function article(id: string, text: string, actors: Actor[], published: string | null = '2026-05-01'): Extraction {
  return {
    article: { id, source: `${id}.txt`, title: null, byline: null, outlet: null, url: null, published, text, captions: [] },
    sentences: [{ start: 0, end: text.length, paragraph: 0 }],
    actors,
    mentions: actors.map((a) => {
      const start = text.indexOf(a.aliases[0] ?? a.name);
      return { actor: a.id, start, end: start + (a.aliases[0] ?? a.name).length, text: a.aliases[0] ?? a.name, sentence: 0 };
    }),
    dates: [], quotes: [], agreements: [], events: [],
  };
}

const person = (name: string, alias: string, country: string | null, role: string | null = null): Actor => ({
  id: `person:${name.toLowerCase().replace(/\W+/g, '-')}`, name, kind: 'person', role, country, aliases: [alias],
});

describe('store', () => {
  it('creates the schema at the latest version with WAL and foreign keys', () => {
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
  });

  it('refuses a database from a newer Stringer', () => {
    db.pragma(`user_version = ${MIGRATIONS.length + 1}`);
    db.close();
    expect(() => openStore(path)).toThrow(StoreError);
    expect(() => openStore(path)).toThrow(/newer than this Stringer supports/);
    db = new Database(path);
  });

  it('migrates an empty (version 0) database in place', () => {
    db.close();
    const other = join(tmp.dir, 'old.db');
    new Database(other).close();
    db = openStore(other);
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
  });

  it('migrates a version 1 database (text keys, a sentences table) without losing a record', () => {
    db.close();
    const old = join(tmp.dir, 'v1.db');
    const v1 = new Database(old);
    v1.exec(MIGRATIONS[0]!);
    const text = '“We will sign,” Nikol Pashinyan said. Armenia and Azerbaijan agreed.';
    v1.exec(`
      INSERT INTO articles (id, source, file, title, published, text, extractor, ingested_at)
        VALUES ('a1', 'a.txt', 'a.txt', 'Talks', '2026-05-01', '${text}', '0.1.0', 'now');
      INSERT INTO sentences VALUES ('a1', 0, 0, 37, 0), ('a1', 1, 38, 69, 0);
      INSERT INTO actors VALUES ('person:nikol-pashinyan', 'Nikol Pashinyan', 'person', 'Prime Minister', 'Armenia', 'nikol pashinian'),
        ('country:armenia', 'Armenia', 'country', NULL, NULL, 'armenia');
      INSERT INTO aliases VALUES ('person:nikol-pashinyan', 'Pashinyan', 'pashinyan', 'pashinian'), ('country:armenia', 'Armenia', 'armenia', 'armenia');
      INSERT INTO actor_roles VALUES ('person:nikol-pashinyan', 'a1', 'Prime Minister', 'Armenia', '2026-05-01');
      INSERT INTO mentions (article_id, start, end, text, sentence, actor_id) VALUES
        ('a1', 16, 31, 'Nikol Pashinyan', 0, 'person:nikol-pashinyan'), ('a1', 38, 45, 'Armenia', 1, 'country:armenia');
      INSERT INTO quotes (id, article_id, start, end, text, sentence, kind, speaker_id, rule)
        VALUES (7, 'a1', 1, 13, 'We will sign', 0, 'direct', 'person:nikol-pashinyan', 'test');
      INSERT INTO quotes_fts (rowid, text) VALUES (7, 'We will sign');
      INSERT INTO agreements (id, article_id, start, end, text, sentence, trigger, status, rule)
        VALUES (3, 'a1', 38, 69, 'Armenia and Azerbaijan agreed.', 1, 'agreed', 'concluded', 'test');
      INSERT INTO agreement_parties VALUES (3, 'country:armenia');
      INSERT INTO files VALUES ('a.txt', 'h', '0.1.0', 'now');
      PRAGMA user_version = 1;`);
    v1.close();
    db = openStore(old);
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(db.prepare('SELECT sentences FROM articles').get()).toEqual({ sentences: '[[0,37,0],[38,69,0]]' });
    expect(db.prepare('SELECT id, mentions, articles, quotes, agreements FROM actors ORDER BY id').all()).toEqual([
      { id: 'country:armenia', mentions: 1, articles: 1, quotes: 0, agreements: 1 },
      { id: 'person:nikol-pashinyan', mentions: 1, articles: 1, quotes: 1, agreements: 0 },
    ]);
    const found = runQuery(db, { actor: 'Pashinian', text: 'sign', types: ['quote'] }).records;
    expect(found).toMatchObject([{ text: 'We will sign', speaker: 'person:nikol-pashinyan', evidence: '“We will sign,” Nikol Pashinyan said.' }]);
    expect(runQuery(db, { actor: 'Armenia', types: ['agreement'] }).records).toMatchObject([{ parties: ['country:armenia'] }]);
  });

  it('migrates a version 2 database in place: same records and answers, and replacing an article reads its roles by index', () => {
    db.close();
    const old = join(tmp.dir, 'v2.db');
    const v2 = new Database(old);
    v2.exec(MIGRATIONS[0]!);
    v2.exec(MIGRATIONS[1]!);
    v2.pragma('user_version = 2');
    v2.pragma('foreign_keys = ON');
    const w = new Writer(v2);
    w.writeFile('a.txt', 'h1', [article('a', 'Prime Minister Nikol Pashinyan said.', [person('Nikol Pashinyan', 'Pashinyan', 'Armenia', 'Prime Minister')])]);
    w.writeFile('b.txt', 'h2', [article('b', 'Sergei Lavrov said.', [person('Sergei Lavrov', 'Sergei Lavrov', 'Russia', 'Foreign Minister')])]);
    const ask = (d: DB) => ['Pashinyan', 'Sergei Lavrov'].map((actor) => runQuery(d, { actor, types: ['mention', 'actor', 'article'] }).records);
    const before = ask(v2);
    v2.close();

    db = openStore(old);
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(ask(db)).toEqual(before);
    expect(before[0]).toMatchObject([{ record: 'mention', text: 'Pashinyan' }, { record: 'actor', roles: [{ role: 'Prime Minister' }] }, { record: 'article', id: 'a' }]);
    const plan = db.prepare('EXPLAIN QUERY PLAN DELETE FROM actor_roles WHERE article_seq = 1').all() as { detail: string }[];
    expect(plan.map((p) => p.detail).join()).toMatch(/SEARCH actor_roles USING (COVERING )?INDEX actor_roles_article/);
    new Writer(db).writeFile('a.txt', 'h3', [article('a2', 'Sergei Lavrov spoke.', [person('Sergei Lavrov', 'Sergei Lavrov', 'Russia', 'Foreign Minister')])]);
    expect(db.prepare('SELECT a.id, count(*) AS n FROM actor_roles r JOIN actors a ON a.seq = r.actor_seq GROUP BY a.id').all())
      .toEqual([{ id: 'person:sergei-lavrov', n: 2 }]);
  });

  it('writing the same article twice adds nothing', () => {
    const w = new Writer(db);
    const ex = article('a1', 'Nikol Pashinyan spoke.', [person('Nikol Pashinyan', 'Nikol Pashinyan', 'Armenia')]);
    expect(w.writeFile('a1.txt', 'h1', [ex])).toEqual(['new']);
    expect(w.writeFile('a1.txt', 'h1', [ex])).toEqual(['unchanged']);
    expect(db.prepare('SELECT count(*) AS n FROM mentions').get()).toEqual({ n: 1 });
  });

  it('merges an actor across articles by alias, and a transliteration variant only when the country agrees', () => {
    const w = new Writer(db);
    w.writeFile('a.txt', 'ha', [article('a', 'Prime Minister Nikol Pashinyan said.', [person('Nikol Pashinyan', 'Pashinyan', 'Armenia')])]);
    w.writeFile('b.txt', 'hb', [article('b', 'Pashinyan said.', [{ ...person('Pashinyan', 'Pashinyan', null), aliases: [] }])]);
    w.writeFile('c.txt', 'hc', [article('c', 'Nikol Pashinian said.', [person('Nikol Pashinian', 'Nikol Pashinian', 'Armenia')])]);
    w.writeFile('d.txt', 'hd', [article('d', 'Nikol Pashinian, a chess player from Canada.', [person('Nikol Pashinian', 'Nikol Pashinian', 'Canada')])]);
    const actors = db.prepare('SELECT a.id, a.country, count(m.id) AS n FROM actors a JOIN mentions m ON m.actor_seq = a.seq GROUP BY a.id ORDER BY a.id').all();
    expect(actors).toEqual([
      { id: 'person:nikol-pashinian', country: 'Canada', n: 1 },
      { id: 'person:nikol-pashinyan', country: 'Armenia', n: 3 },
    ]);
    // The counts `query --type actor` lists are kept by the writer and agree with the records.
    expect(db.prepare("SELECT mentions, articles FROM actors WHERE id = 'person:nikol-pashinyan'").get()).toEqual({ mentions: 3, articles: 3 });
  });

  it('a writer sees what another process wrote between its batches (its actor cache starts over)', () => {
    const w1 = new Writer(db);
    const other = openStore(path);
    const w2 = new Writer(other);
    w1.writeFile('a.txt', 'ha', [article('a', 'Lavrov said.', [{ ...person('Lavrov', 'Lavrov', null), aliases: [] }])]);
    // Another process learns that this Lavrov is Russian ...
    w2.writeFile('b.txt', 'hb', [article('b', 'Sergei Lavrov said.', [person('Sergei Lavrov', 'Lavrov', 'Russia')])]);
    other.close();
    // ... so a Ukrainian Lavrov is someone else, although the first writer had cached him without a country.
    w1.writeFile('c.txt', 'hc', [article('c', 'Lavrov said.', [{ ...person('Lavrov', 'Lavrov', 'Ukraine'), aliases: [] }])]);
    expect(db.prepare('SELECT name, country, mentions FROM actors ORDER BY seq').all()).toEqual([
      { name: 'Sergei Lavrov', country: 'Russia', mentions: 2 },
      { name: 'Lavrov', country: 'Ukraine', mentions: 1 },
    ]);
  });

  it('a file that fails inside a batch leaves nothing behind, not even in the writer\'s actor cache', () => {
    const w = new Writer(db);
    const bad = article('bad', 'Dmitry Peskov said.', [person('Dmitry Peskov', 'Dmitry Peskov', 'Russia')]);
    bad.mentions.push({ ...bad.mentions[0]!, actor: 'person:nobody' });
    w.begin();
    expect(() => w.writeFile('bad.txt', 'h1', [bad])).toThrow(/person:nobody/);
    w.writeFile('good.txt', 'h2', [article('good', 'Dmitry Peskov said.', [person('Dmitry Peskov', 'Dmitry Peskov', 'Russia')])]);
    w.commit();
    expect(db.prepare('SELECT id, mentions FROM actors').all()).toEqual([{ id: 'person:dmitry-peskov', mentions: 1 }]);
    expect(db.prepare('SELECT count(*) AS n FROM articles').get()).toEqual({ n: 1 });
  });

  it('a file the database fails to store half-way rolls its whole batch back, and the writer goes on afterwards', () => {
    const w = new Writer(db);
    // The database refuses the second article's mention after its article row is written (as a full disk would).
    db.exec(`CREATE TEMP TRIGGER refuse BEFORE INSERT ON main.mentions WHEN NEW.text = 'Sergei Lavrov'
      BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END`);
    w.begin();
    w.writeFile('a.txt', 'h1', [article('a', 'Dmitry Peskov said.', [person('Dmitry Peskov', 'Dmitry Peskov', 'Russia')])]);
    const lavrov = article('b', 'Sergei Lavrov said.', [person('Sergei Lavrov', 'Sergei Lavrov', 'Russia')]);
    expect(() => w.writeFile('b.txt', 'h2', [lavrov])).toThrow(/disk is full/);
    expect(db.inTransaction).toBe(false);
    w.commit();
    expect(db.prepare('SELECT count(*) AS n FROM articles').get()).toEqual({ n: 0 });
    expect(db.prepare('SELECT count(*) AS n FROM files').get()).toEqual({ n: 0 });

    db.exec('DROP TRIGGER refuse');
    w.writeFile('b.txt', 'h2', [lavrov]);
    expect(db.prepare('SELECT id, mentions, articles FROM actors').all()).toEqual([{ id: 'person:sergei-lavrov', mentions: 1, articles: 1 }]);
    expect(runQuery(db, { actor: 'Sergei Lavrov', types: ['mention'] }).records).toMatchObject([{ text: 'Sergei Lavrov', article: 'b' }]);
  });

  it('a changed file leaves none of its old records behind in any table, and foreign keys are enforced again after a batch', () => {
    const w = new Writer(db);
    const text = '“We will sign,” Nikol Pashinyan said. Armenia and Azerbaijan agreed to meet in Geneva.';
    const armenia: Actor = { id: 'country:armenia', name: 'Armenia', kind: 'country', role: null, country: 'Armenia', aliases: ['Armenia'] };
    const full = article('talks', text, [person('Nikol Pashinyan', 'Nikol Pashinyan', 'Armenia', 'Prime Minister'), armenia]);
    full.quotes = [{ start: 1, end: 13, text: 'We will sign', sentence: 0, kind: 'direct', speaker: 'person:nikol-pashinyan',
      speaker_start: 16, speaker_end: 31, cue: 'said', date: null, rule: 'test' }];
    full.agreements = [{ start: 38, end: 86, text: text.slice(38, 86), sentence: 1, trigger: 'agreed', parties: ['country:armenia'],
      subject: null, status: 'concluded', date: null, rule: 'test' }];
    full.events = [{ start: 38, end: 86, text: text.slice(38, 86), sentence: 1, kind: 'meeting', participants: ['country:armenia'],
      place: 'Geneva', status: null, date: null, rule: 'test' }];
    full.dates = [{ start: 0, end: 5, text: text.slice(0, 5), sentence: 0, type: 'DATE', value: '2026-05-01', granularity: 'day', mod: null,
      from: '2026-05-01', to: '2026-05-01', rule: 'test' }];
    w.begin();
    w.writeFile('talks.txt', 'h1', [full]);
    w.commit();
    w.begin();
    w.writeFile('talks.txt', 'h2', [article('other', 'Sergei Lavrov spoke.', [person('Sergei Lavrov', 'Sergei Lavrov', 'Russia')])]);
    w.commit();
    const left = (table: string): number => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
    expect(['quotes', 'agreements', 'agreement_parties', 'events', 'event_participants', 'dates'].map(left)).toEqual([0, 0, 0, 0, 0, 0]);
    expect(['articles', 'mentions', 'actors', 'aliases'].map(left)).toEqual([1, 1, 1, 1]);
    expect(db.prepare('SELECT a.id FROM actor_roles r JOIN actors a ON a.seq = r.actor_seq').all()).toEqual([{ id: 'person:sergei-lavrov' }]);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
  });

  it('removes an article with all its records, and actors left without records', () => {
    const w = new Writer(db);
    w.writeFile('a.txt', 'h1', [article('a', 'Dmitry Peskov said.', [person('Dmitry Peskov', 'Dmitry Peskov', 'Russia')])]);
    w.writeFile('a.txt', 'h2', [article('a2', 'Sergei Lavrov said.', [person('Sergei Lavrov', 'Sergei Lavrov', 'Russia')])]);
    expect(db.prepare('SELECT id, mentions, articles FROM actors').all()).toEqual([{ id: 'person:sergei-lavrov', mentions: 1, articles: 1 }]);
    expect(db.prepare('SELECT count(*) AS n FROM articles').get()).toEqual({ n: 1 });
    expect(db.pragma('foreign_key_check')).toEqual([]);
  });

  it('keeps the full-text indexes in step when an article is replaced, within a batch and across batches', () => {
    const w = new Writer(db);
    const withQuote = (id: string, word: string): Extraction => {
      const text = `“We ${word} the plan,” Dmitry Peskov said.`;
      const ex = article(id, text, [person('Dmitry Peskov', 'Dmitry Peskov', 'Russia')]);
      ex.quotes = [{ start: 1, end: 14 + word.length, text: text.slice(1, 14 + word.length), sentence: 0, kind: 'direct', speaker: 'person:dmitry-peskov',
        speaker_start: null, speaker_end: null, cue: 'said', date: null, rule: 'test' }];
      return ex;
    };
    const hits = (word: string) => ({
      quotes: (db.prepare('SELECT count(*) AS n FROM quotes_fts WHERE quotes_fts MATCH ?').get(word) as { n: number }).n,
      articles: (db.prepare('SELECT count(*) AS n FROM articles_fts WHERE articles_fts MATCH ?').get(word) as { n: number }).n,
    });
    w.writeFile('a.txt', 'h1', [withQuote('a1', 'welcome')]);
    w.writeFile('a.txt', 'h2', [withQuote('a2', 'reject')]);
    expect(hits('welcome')).toEqual({ quotes: 0, articles: 0 });
    expect(hits('reject')).toEqual({ quotes: 1, articles: 1 });

    w.begin();
    w.writeFile('b.txt', 'h3', [withQuote('b1', 'applaud')]);
    w.writeFile('b.txt', 'h4', [withQuote('b2', 'question')]);
    w.commit();
    expect(hits('applaud')).toEqual({ quotes: 0, articles: 0 });
    expect(hits('question')).toEqual({ quotes: 1, articles: 1 });
  });
});
