// Writing extractions: each article is stored whole or not at all, and storing the same content twice adds nothing.
import type { Extraction } from '../model.js';
import { extractorVersion } from '../version.js';
import type { DB } from './db.js';
import { ActorResolver, type StoredActor } from './actors.js';

export type Outcome = 'new' | 'unchanged' | 'replaced';

/** What the full-text indexes need for one stored article. */
interface IndexEntry {
  seq: number;
  title: string | null;
  text: string;
  quotes: [number, string][];
}

/** How many records of each kind, and how many articles, name one actor. */
interface Tally {
  mentions: number;
  quotes: number;
  agreements: number;
  events: number;
  articles: number;
}

/** Changes made inside one file's savepoint that join the batch only if the savepoint is released. */
interface Staged {
  index: Map<number, IndexEntry>;
  unindexed: number[];
  deleted: Set<number>;
  tallies: Map<number, Tally>;
}

export class Writer {
  private readonly actors: ActorResolver;
  /** Full-text entries of the articles written in the open batch, by article seq. */
  private readonly pendingIndex = new Map<number, IndexEntry>();
  /** Changes to actors' counts in the open batch, by actor seq. */
  private readonly pendingTallies = new Map<number, Tally>();
  /** The database's data_version when this connection last wrote: another value means another process wrote. */
  private seenVersion: number | null = null;
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
      deleteArticle: p('DELETE FROM articles WHERE seq = ?'),
      renameFile: p('UPDATE files SET path = ? WHERE path = ?'),
      renameArticles: db.prepare<{ path: string; older: string }>(`UPDATE articles
        SET file = @path, source = CASE WHEN substr(source, 1, length(@older)) = @older THEN @path || substr(source, length(@older) + 1)
          ELSE source END WHERE file = @older`),
      deleteOrphanActor: db.prepare<{ seq: number }>(`DELETE FROM actors WHERE seq = @seq
        AND NOT EXISTS (SELECT 1 FROM mentions WHERE actor_seq = @seq)
        AND NOT EXISTS (SELECT 1 FROM quotes WHERE speaker_seq = @seq)
        AND NOT EXISTS (SELECT 1 FROM agreement_parties WHERE actor_seq = @seq)
        AND NOT EXISTS (SELECT 1 FROM event_participants WHERE actor_seq = @seq)`),
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
   * Between begin() and commit() the file joins the open batch (as a savepoint); otherwise it is committed at once.
   */
  writeFile(file: string | null, hash: string | null, extractions: Extraction[]): Outcome[] {
    const standalone = !this.db.inTransaction;
    if (standalone) this.begin();
    try {
      const staged: Staged = { index: new Map(), unindexed: [], deleted: new Set(), tallies: new Map() };
      const outcomes = this.db.transaction(() => {
        // What this file held before, by entry: an entry whose content changed replaces what it held
        // (stdin has no such identity).
        const before = new Map<string, { seq: number; id: string }[]>();
        for (const row of file === null ? [] : this.stmts.articlesByFile.all(file)) {
          before.set(row.source, [...(before.get(row.source) ?? []), row]);
        }
        const result = extractions.map((ex) => this.writeArticle(ex, file, before.get(ex.article.source) ?? [], staged));
        if (file !== null && hash !== null) {
          const keep = new Set(extractions.map((ex) => ex.article.id));
          for (const old of [...before.values()].flat()) if (!keep.has(old.id)) this.deleteArticle(old.seq, staged);
          this.stmts.putFile.run(file, hash, this.version, new Date().toISOString());
        }
        return result;
      })();
      // Only now that the savepoint is released do its full-text entries join the batch.
      for (const seq of staged.unindexed) this.pendingIndex.delete(seq);
      for (const [seq, entry] of staged.index) this.pendingIndex.set(seq, entry);
      for (const [seq, t] of staged.tallies) addTally(this.pendingTallies, seq, t);
      if (standalone) this.commit();
      return outcomes;
    } catch (e) {
      // The savepoint was rolled back, so actors cached while writing it may not exist.
      this.actors.forget();
      if (standalone) this.rollback();
      throw e;
    }
  }

  /** Opens a batch: the files written until commit() are committed together. */
  begin(): void {
    if (this.db.inTransaction) return;
    this.db.exec('BEGIN IMMEDIATE');
    const version = this.db.pragma('data_version', { simple: true }) as number;
    if (version !== this.seenVersion) this.actors.forget();
    this.seenVersion = version;
  }

  commit(): void {
    if (!this.db.inTransaction) return;
    // Full-text rows are written once per batch, outside any savepoint: FTS5 flushes its in-memory index at every
    // savepoint, which made per-row indexing (triggers) the most expensive part of storing an article.
    for (const { seq, title, text, quotes } of this.pendingIndex.values()) {
      this.stmts.indexArticle.run(seq, title, text);
      for (const [id, quote] of quotes) this.stmts.indexQuote.run(id, quote);
    }
    this.pendingIndex.clear();
    // Counts too: one update per actor a batch names, not one per article.
    for (const [seq, t] of this.pendingTallies) this.stmts.count.run({ seq, ...t });
    this.pendingTallies.clear();
    this.db.exec('COMMIT');
  }

  rollback(): void {
    this.pendingIndex.clear();
    this.pendingTallies.clear();
    this.actors.forget();
    if (this.db.inTransaction) this.db.exec('ROLLBACK');
  }

  private writeArticle(ex: Extraction, file: string | null, previous: { seq: number; id: string }[], staged: Staged): Outcome {
    const existing = this.stmts.articleById.get(ex.article.id);
    if (existing && existing.extractor === this.version) return 'unchanged';
    let outcome: Outcome = 'new';
    for (const old of previous) {
      if (old.seq === existing?.seq) continue;
      this.deleteArticle(old.seq, staged);
      outcome = 'replaced';
    }
    if (existing) {
      this.deleteArticle(existing.seq, staged);
      outcome = 'replaced';
    }
    const entry = this.insert(ex, file, staged);
    staged.index.set(entry.seq, entry);
    return outcome;
  }

  private deleteArticle(seq: number, staged: Staged): void {
    if (staged.deleted.has(seq)) return;
    staged.deleted.add(seq);
    if (this.pendingIndex.has(seq) || staged.index.has(seq)) {
      staged.index.delete(seq);
      staged.unindexed.push(seq);
    } else {
      this.stmts.unindexQuotes.run(seq);
      this.stmts.unindexArticle.run(seq);
    }
    const tallies = new Map<number, Tally>();
    for (const { actor, kind, n } of this.stmts.tallies.all({ seq })) tallyOf(tallies, actor)[kind] -= n;
    for (const [actor, t] of tallies) addTally(staged.tallies, actor, { ...t, articles: -1 });
    this.stmts.deleteArticle.run(seq);
    let orphans = 0;
    for (const actor of tallies.keys()) orphans += this.stmts.deleteOrphanActor.run({ seq: actor }).changes;
    if (orphans > 0) this.actors.forget();
  }

  private insert(ex: Extraction, file: string | null, staged: Staged): IndexEntry {
    const s = this.stmts;
    const a = ex.article;
    const sentences = JSON.stringify(ex.sentences.map((x) => [x.start, x.end, x.paragraph]));
    const seq = Number(s.article.run(a.id, a.source, file, a.title, a.byline, a.outlet, a.url, a.published, a.text,
      JSON.stringify(a.captions), sentences, this.version, new Date().toISOString()).lastInsertRowid);
    const entry: IndexEntry = { seq, title: a.title, text: a.text, quotes: [] };
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
      entry.quotes.push([id, q.text]);
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
    for (const [actor, t] of tallies) addTally(staged.tallies, actor, { ...t, articles: 1 });
    return entry;
  }
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
