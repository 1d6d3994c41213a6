// Writing extractions: each article is stored whole or not at all, and storing the same content twice adds nothing.
import type { Extraction } from '../model.js';
import { extractorVersion } from '../version.js';
import type { DB } from './db.js';
import { ActorResolver, type StoredActor } from './actors.js';

export type Outcome = 'new' | 'unchanged' | 'replaced';

/** A file's records do not hold together (an extractor bug): the file is refused before anything of it is written. */
export class InvalidRecords extends Error {}

/** How many records of each kind, and how many articles, name one actor. */
interface Tally {
  mentions: number;
  quotes: number;
  agreements: number;
  events: number;
  articles: number;
}

export class Writer {
  private readonly actors: ActorResolver;
  /** Changes to actors' counts in the open batch, by actor seq. */
  private readonly pendingTallies = new Map<number, Tally>();
  /** The database's data_version when this connection last wrote: another value means another process wrote. */
  private seenVersion: number | null = null;
  /** The connection's foreign_keys setting while a batch has it off. */
  private foreignKeys: number | null = null;
  private readonly stmts;
  private readonly version = extractorVersion();

  constructor(private readonly db: DB) {
    this.actors = new ActorResolver(db);
    const p = <T extends unknown[] = unknown[]>(sql: string) => db.prepare<T>(sql);
    this.stmts = {
      fileHash: db.prepare<[string], { hash: string; extractor: string }>('SELECT hash, extractor FROM files WHERE path = ?'),
      putFile: p('INSERT OR REPLACE INTO files (path, hash, extractor, ingested_at) VALUES (?, ?, ?, ?)'),
      articleById: db.prepare<[string], { seq: number; extractor: string }>('SELECT seq, extractor FROM articles WHERE id = ?'),
      countByFile: db.prepare<[string], { n: number }>('SELECT count(*) AS n FROM articles WHERE file = ?'),
      articlesByFile: db.prepare<[string], { seq: number; id: string; source: string }>('SELECT seq, id, source FROM articles WHERE file = ?'),
      tallies: db.prepare<{ seq: number }, { actor: number; kind: Exclude<keyof Tally, 'articles'>; n: number }>(`
        SELECT actor_seq AS actor, 'mentions' AS kind, count(*) AS n FROM mentions WHERE article_seq = @seq GROUP BY actor_seq
        UNION ALL SELECT speaker_seq, 'quotes', count(*) FROM quotes WHERE article_seq = @seq AND speaker_seq IS NOT NULL GROUP BY speaker_seq
        UNION ALL SELECT p.actor_seq, 'agreements', count(*) FROM agreement_parties p JOIN agreements g ON g.id = p.agreement_id
          WHERE g.article_seq = @seq GROUP BY p.actor_seq
        UNION ALL SELECT p.actor_seq, 'events', count(*) FROM event_participants p JOIN events e ON e.id = p.event_id
          WHERE e.article_seq = @seq GROUP BY p.actor_seq`),
      count: db.prepare<Tally & { seq: number }>(`
        UPDATE actors SET mentions = mentions + @mentions, quotes = quotes + @quotes, agreements = agreements + @agreements,
          events = events + @events, articles = articles + @articles WHERE seq = @seq`),
      // Record rows go first, then the article: within a batch foreign keys are not enforced (see begin()).
      deleteRecords: [
        'DELETE FROM agreement_parties WHERE agreement_id IN (SELECT id FROM agreements WHERE article_seq = ?)',
        'DELETE FROM event_participants WHERE event_id IN (SELECT id FROM events WHERE article_seq = ?)',
        ...['mentions', 'dates', 'quotes', 'agreements', 'events', 'actor_roles'].map((t) => `DELETE FROM ${t} WHERE article_seq = ?`),
        'DELETE FROM articles WHERE seq = ?',
      ].map((sql) => p<[number]>(sql)),
      renameFile: p('UPDATE files SET path = ? WHERE path = ?'),
      renameArticles: db.prepare<{ path: string; older: string }>(`UPDATE articles
        SET file = @path, source = CASE WHEN substr(source, 1, length(@older)) = @older THEN @path || substr(source, length(@older) + 1)
          ELSE source END WHERE file = @older`),
      deleteOrphanActor: db.prepare<{ seq: number }>(`DELETE FROM actors WHERE seq = @seq
        AND NOT EXISTS (SELECT 1 FROM mentions WHERE actor_seq = @seq)
        AND NOT EXISTS (SELECT 1 FROM quotes WHERE speaker_seq = @seq)
        AND NOT EXISTS (SELECT 1 FROM agreement_parties WHERE actor_seq = @seq)
        AND NOT EXISTS (SELECT 1 FROM event_participants WHERE actor_seq = @seq)`),
      deleteActorRows: ['DELETE FROM aliases WHERE actor_seq = ?', 'DELETE FROM actor_roles WHERE actor_seq = ?'].map((sql) => p<[number]>(sql)),
      unindexQuotes: p('DELETE FROM quotes_fts WHERE rowid IN (SELECT id FROM quotes WHERE article_seq = ?)'),
      unindexArticle: p('DELETE FROM articles_fts WHERE rowid = ?'),
      indexQuote: p('INSERT INTO quotes_fts (rowid, text) VALUES (?, ?)'),
      indexArticle: p('INSERT INTO articles_fts (rowid, title, text) VALUES (?, ?, ?)'),
      article: p(`INSERT INTO articles (id, source, file, title, byline, outlet, url, published, text, captions, sentences, extractor, ingested_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
      mention: p('INSERT INTO mentions (article_seq, start, end, text, sentence, actor_seq, published) VALUES (?, ?, ?, ?, ?, ?, ?)'),
      date: p(`INSERT INTO dates (article_seq, start, end, text, sentence, type, value, granularity, mod, date_from, date_to, rule)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
      quote: p(`INSERT INTO quotes (article_seq, start, end, text, sentence, kind, speaker_seq, speaker_start, speaker_end, cue, date,
        date_from, date_to, when_from, when_to, rule) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
      agreement: p(`INSERT INTO agreements (article_seq, start, end, text, sentence, trigger, subject, status, date,
        date_from, date_to, when_from, when_to, rule) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
      party: p('INSERT OR IGNORE INTO agreement_parties (agreement_id, actor_seq) VALUES (?, ?)'),
      event: p(`INSERT INTO events (article_seq, start, end, text, sentence, kind, place, status, date,
        date_from, date_to, when_from, when_to, rule) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
      participant: p('INSERT OR IGNORE INTO event_participants (event_id, actor_seq) VALUES (?, ?)'),
    };
  }

  /** The hash this file had when this extractor version stored it: a file that still has it needs no work. */
  storedHash(path: string): string | null {
    const row = this.stmts.fileHash.get(path);
    return row !== undefined && row.extractor === this.version ? row.hash : null;
  }

  /**
   * Moves what was stored under an older name of a file (a relative path, before files were known by their absolute
   * path) to its absolute path, unless the absolute path is already known. Its articles' sources follow. Returns
   * whether anything moved.
   */
  adoptFile(older: string, path: string): boolean {
    if (older === path || this.stmts.fileHash.get(path) !== undefined || this.stmts.fileHash.get(older) === undefined) return false;
    this.db.transaction(() => {
      this.stmts.renameFile.run(path, older);
      this.stmts.renameArticles.run({ path, older });
    })();
    return true;
  }

  /** How many articles are stored from this file (for counting unchanged articles without reading it). */
  articlesOfFile(path: string): number {
    return this.stmts.countByFile.get(path)!.n;
  }

  /**
   * Stores a file's articles atomically. With the file's hash (it was read without error) the hash is recorded and
   * articles the file no longer holds are removed; without it, nothing stored before is touched.
   * Between begin() and commit() the file joins the open batch; otherwise it is committed at once.
   *
   * A file is not a savepoint of its own: SQLite copies every page a savepoint touches (16 KB each) to a sub-journal,
   * which cost a fifth of storing an article. What can be wrong with a file (a record naming an actor its article
   * does not list) is checked before anything is written, so a file that fails leaves the batch as it was; a file
   * that fails half-written (the database itself failed: full, I/O) rolls its whole batch back.
   */
  writeFile(file: string | null, hash: string | null, extractions: Extraction[]): Outcome[] {
    for (const ex of extractions) checkActors(ex);
    const standalone = !this.db.inTransaction;
    if (standalone) this.begin();
    try {
      // What this file held before, by entry: an entry whose content changed replaces what it held
      // (stdin has no such identity).
      const before = new Map<string, { seq: number; id: string }[]>();
      for (const row of file === null ? [] : this.stmts.articlesByFile.all(file)) {
        const rows = before.get(row.source);
        if (rows) rows.push(row);
        else before.set(row.source, [row]);
      }
      const deleted = new Set<number>();
      const outcomes = extractions.map((ex) => this.writeArticle(ex, file, before.get(ex.article.source) ?? [], deleted));
      if (file !== null && hash !== null) {
        const keep = new Set(extractions.map((ex) => ex.article.id));
        for (const rows of before.values()) for (const old of rows) if (!keep.has(old.id)) this.deleteArticle(old.seq, deleted);
        this.stmts.putFile.run(file, hash, this.version, new Date().toISOString());
      }
      if (standalone) this.commit();
      return outcomes;
    } catch (e) {
      this.rollback();
      throw e;
    }
  }

  /** Opens a batch: the files written until commit() are committed together. */
  begin(): void {
    if (this.db.inTransaction) return;
    // Within a batch the writer keeps references in step itself (deleteArticle removes an article's records before
    // the article): SQLite's check of every record's article and actor cost a fifth of storing it. The setting
    // can change only outside a transaction, so it is put back after each batch.
    this.foreignKeys = this.db.pragma('foreign_keys', { simple: true }) as number;
    this.db.pragma('foreign_keys = OFF');
    try {
      this.db.exec('BEGIN IMMEDIATE');
    } catch (e) {
      this.restoreForeignKeys();
      throw e;
    }
    const version = this.db.pragma('data_version', { simple: true }) as number;
    if (version !== this.seenVersion) this.actors.forget();
    this.seenVersion = version;
  }

  commit(): void {
    if (!this.db.inTransaction) return;
    // Counts: one update per actor a transaction names, not one per article.
    for (const [seq, t] of this.pendingTallies) this.stmts.count.run({ seq, ...t });
    this.pendingTallies.clear();
    this.db.exec('COMMIT');
    this.restoreForeignKeys();
  }

  rollback(): void {
    this.pendingTallies.clear();
    this.actors.forget();
    if (this.db.inTransaction) this.db.exec('ROLLBACK');
    this.restoreForeignKeys();
  }

  private restoreForeignKeys(): void {
    if (this.foreignKeys === null || this.db.inTransaction) return;
    this.db.pragma(`foreign_keys = ${this.foreignKeys}`);
    this.foreignKeys = null;
  }

  private writeArticle(ex: Extraction, file: string | null, previous: { seq: number; id: string }[], deleted: Set<number>): Outcome {
    const existing = this.stmts.articleById.get(ex.article.id);
    if (existing && existing.extractor === this.version) return 'unchanged';
    let outcome: Outcome = 'new';
    for (const old of previous) {
      if (old.seq === existing?.seq) continue;
      this.deleteArticle(old.seq, deleted);
      outcome = 'replaced';
    }
    if (existing) {
      this.deleteArticle(existing.seq, deleted);
      outcome = 'replaced';
    }
    this.insert(ex, file);
    return outcome;
  }

  private deleteArticle(seq: number, deleted: Set<number>): void {
    if (deleted.has(seq)) return;
    deleted.add(seq);
    this.stmts.unindexQuotes.run(seq);
    this.stmts.unindexArticle.run(seq);
    const tallies = new Map<number, Tally>();
    for (const { actor, kind, n } of this.stmts.tallies.all({ seq })) tallyOf(tallies, actor)[kind] -= n;
    for (const [actor, t] of tallies) addTally(this.pendingTallies, actor, { ...t, articles: -1 });
    for (const stmt of this.stmts.deleteRecords) stmt.run(seq);
    let orphans = 0;
    for (const actor of tallies.keys()) {
      if (this.stmts.deleteOrphanActor.run({ seq: actor }).changes === 0) continue;
      for (const stmt of this.stmts.deleteActorRows) stmt.run(actor);
      orphans++;
    }
    if (orphans > 0) this.actors.forget();
  }

  /**
   * The article, its records and its full-text rows. (Full-text rows once waited for the end of a batch: while each
   * file was a savepoint, FTS5 flushed its pending terms at every one; now they gather until the commit either way.)
   */
  private insert(ex: Extraction, file: string | null): void {
    const s = this.stmts;
    const a = ex.article;
    const sentences = JSON.stringify(ex.sentences.map((x) => [x.start, x.end, x.paragraph]));
    const seq = Number(s.article.run(a.id, a.source, file, a.title, a.byline, a.outlet, a.url, a.published, a.text,
      JSON.stringify(a.captions), sentences, this.version, new Date().toISOString()).lastInsertRowid);
    s.indexArticle.run(seq, a.title, a.text);
    const stored = this.actors.resolve(ex.actors, seq, a.published);
    const tallies = new Map<number, Tally>();
    /** The stored actor for one of the article's actor ids, counted as named by one more record of `kind`. */
    const actor = (local: string, kind: keyof Tally): number => {
      const row: StoredActor | undefined = stored.get(local);
      if (!row) throw new Error(`a record names actor ${local}, which the article's actors do not list`);
      tallyOf(tallies, row.seq)[kind]++;
      return row.seq;
    };
    /** Two of the article's actors may be one stored actor: a record lists each stored actor once. */
    const distinct = (locals: string[], kind: keyof Tally): number[] =>
      [...new Map(locals.map((l) => [stored.get(l)?.seq ?? l, l])).values()].map((l) => actor(l, kind));
    const interval = new Map(ex.dates.map((d) => [d.value, d] as const));
    /** A record's date range, then the range it is listed by: its own, else its article's publication date. */
    const range = (value: string | null): [string | null, string | null, string | null, string | null] => {
      const d = value === null ? undefined : interval.get(value);
      return [d?.from ?? null, d?.to ?? null, d?.from ?? a.published, d?.to ?? a.published];
    };
    for (const m of ex.mentions) s.mention.run(seq, m.start, m.end, m.text, m.sentence, actor(m.actor, 'mentions'), a.published);
    for (const d of ex.dates) {
      s.date.run(seq, d.start, d.end, d.text, d.sentence, d.type, d.value, d.granularity, d.mod, d.from, d.to, d.rule);
    }
    for (const q of ex.quotes) {
      const id = Number(s.quote.run(seq, q.start, q.end, q.text, q.sentence, q.kind, q.speaker === null ? null : actor(q.speaker, 'quotes'),
        q.speaker_start, q.speaker_end, q.cue, q.date, ...range(q.date), q.rule).lastInsertRowid);
      s.indexQuote.run(id, q.text);
    }
    for (const g of ex.agreements) {
      const id = s.agreement.run(seq, g.start, g.end, g.text, g.sentence, g.trigger, g.subject, g.status, g.date,
        ...range(g.date), g.rule).lastInsertRowid;
      for (const party of distinct(g.parties, 'agreements')) s.party.run(id, party);
    }
    for (const e of ex.events) {
      const id = s.event.run(seq, e.start, e.end, e.text, e.sentence, e.kind, e.place, e.status, e.date,
        ...range(e.date), e.rule).lastInsertRowid;
      for (const p of distinct(e.participants, 'events')) s.participant.run(id, p);
    }
    for (const [actor, t] of tallies) addTally(this.pendingTallies, actor, { ...t, articles: 1 });
  }
}

/** Every record names only actors its article lists: checked before writing, so a bad file writes nothing. */
function checkActors(ex: Extraction): void {
  const listed = new Set<string>();
  for (const a of ex.actors) listed.add(a.id);
  const check = (local: string): void => {
    if (!listed.has(local)) throw new InvalidRecords(`a record names actor ${local}, which the article's actors do not list`);
  };
  for (const m of ex.mentions) check(m.actor);
  for (const q of ex.quotes) if (q.speaker !== null) check(q.speaker);
  for (const g of ex.agreements) g.parties.forEach(check);
  for (const e of ex.events) e.participants.forEach(check);
}

function tallyOf(tallies: Map<number, Tally>, actor: number): Tally {
  let t = tallies.get(actor);
  if (!t) tallies.set(actor, (t = { mentions: 0, quotes: 0, agreements: 0, events: 0, articles: 0 }));
  return t;
}

function addTally(into: Map<number, Tally>, actor: number, t: Tally): void {
  const sum = tallyOf(into, actor);
  sum.mentions += t.mentions;
  sum.quotes += t.quotes;
  sum.agreements += t.agreements;
  sum.events += t.events;
  sum.articles += t.articles;
}
