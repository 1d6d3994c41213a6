// Writing extractions: each article is stored whole or not at all, and storing the same content twice adds nothing.
import type { Extraction } from '../model.js';
import { EXTRACTOR_VERSION } from '../model.js';
import type { DB } from './db.js';
import { ActorResolver } from './actors.js';

export type Outcome = 'new' | 'unchanged' | 'replaced';

/** What the full-text indexes need for one stored article. */
interface IndexEntry {
  seq: number | bigint;
  title: string | null;
  text: string;
  quotes: [number | bigint, string][];
}

/** Full-text changes made inside one file's savepoint, applied to the batch only if the savepoint is released. */
interface Staged {
  index: Map<string, IndexEntry>;
  unindexed: string[];
}

export class Writer {
  private readonly actors: ActorResolver;
  /** Full-text entries of the articles written in the open batch, by article id. */
  private readonly pendingIndex = new Map<string, IndexEntry>();
  private readonly stmts;

  constructor(private readonly db: DB) {
    this.actors = new ActorResolver(db);
    const p = <T extends unknown[] = unknown[]>(sql: string) => db.prepare<T>(sql);
    this.stmts = {
      fileHash: db.prepare<[string], { hash: string; extractor: string }>('SELECT hash, extractor FROM files WHERE path = ?'),
      putFile: p('INSERT OR REPLACE INTO files (path, hash, extractor, ingested_at) VALUES (?, ?, ?, ?)'),
      articleById: db.prepare<[string], { id: string; extractor: string }>('SELECT id, extractor FROM articles WHERE id = ?'),
      articlesBySource: db.prepare<[string], { id: string }>('SELECT id FROM articles WHERE source = ?'),
      countByFile: db.prepare<[string], { n: number }>('SELECT count(*) AS n FROM articles WHERE file = ?'),
      articlesByFile: db.prepare<[string], { id: string; source: string }>('SELECT id, source FROM articles WHERE file = ?'),
      actorsOf: db.prepare<[string, string, string, string], { actor_id: string }>(`
        SELECT actor_id FROM mentions WHERE article_id = ?
        UNION SELECT speaker_id FROM quotes WHERE article_id = ? AND speaker_id IS NOT NULL
        UNION SELECT p.actor_id FROM agreement_parties p JOIN agreements g ON g.id = p.agreement_id WHERE g.article_id = ?
        UNION SELECT p.actor_id FROM event_participants p JOIN events e ON e.id = p.event_id WHERE e.article_id = ?`),
      deleteArticle: p('DELETE FROM articles WHERE id = ?'),
      unindexQuotes: p('DELETE FROM quotes_fts WHERE rowid IN (SELECT id FROM quotes WHERE article_id = ?)'),
      unindexArticle: p('DELETE FROM articles_fts WHERE rowid = (SELECT seq FROM articles WHERE id = ?)'),
      indexQuote: p('INSERT INTO quotes_fts (rowid, text) VALUES (?, ?)'),
      indexArticle: p('INSERT INTO articles_fts (rowid, title, text) VALUES (?, ?, ?)'),
      deleteOrphanActor: db.prepare<[{ id: string }]>(`DELETE FROM actors WHERE id = @id
        AND NOT EXISTS (SELECT 1 FROM mentions WHERE actor_id = @id)
        AND NOT EXISTS (SELECT 1 FROM quotes WHERE speaker_id = @id)
        AND NOT EXISTS (SELECT 1 FROM agreement_parties WHERE actor_id = @id)
        AND NOT EXISTS (SELECT 1 FROM event_participants WHERE actor_id = @id)`),
      article: p(`INSERT INTO articles (id, source, file, title, byline, outlet, url, published, text, captions, extractor, ingested_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
      sentence: p('INSERT INTO sentences (article_id, idx, start, end, paragraph) VALUES (?, ?, ?, ?, ?)'),
      mention: p('INSERT INTO mentions (article_id, start, end, text, sentence, actor_id) VALUES (?, ?, ?, ?, ?, ?)'),
      date: p(`INSERT INTO dates (article_id, start, end, text, sentence, type, value, granularity, mod, date_from, date_to, rule)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
      quote: p(`INSERT INTO quotes (article_id, start, end, text, sentence, kind, speaker_id, speaker_start, speaker_end, cue, date, date_from, date_to, rule)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
      agreement: p(`INSERT INTO agreements (article_id, start, end, text, sentence, trigger, subject, status, date, date_from, date_to, rule)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
      party: p('INSERT OR IGNORE INTO agreement_parties (agreement_id, actor_id) VALUES (?, ?)'),
      event: p(`INSERT INTO events (article_id, start, end, text, sentence, kind, place, status, date, date_from, date_to, rule)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
      participant: p('INSERT OR IGNORE INTO event_participants (event_id, actor_id) VALUES (?, ?)'),
    };
  }

  /** True when this file was stored before with the same bytes and the same extractor: nothing to do. */
  fileUnchanged(path: string, hash: string): boolean {
    const row = this.stmts.fileHash.get(path);
    return row !== undefined && row.hash === hash && row.extractor === EXTRACTOR_VERSION;
  }

  /** Ids of the articles stored from this file (for counting unchanged articles without reading it). */
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
      const staged: Staged = { index: new Map(), unindexed: [] };
      const outcomes = this.db.transaction(() => {
        const result = extractions.map((ex) => this.writeArticle(ex, file, staged));
        if (file !== null && hash !== null) {
          const keep = new Set(extractions.map((ex) => ex.article.id));
          for (const old of this.stmts.articlesByFile.all(file)) if (!keep.has(old.id)) this.deleteArticle(old.id, staged);
          this.stmts.putFile.run(file, hash, EXTRACTOR_VERSION, new Date().toISOString());
        }
        return result;
      })();
      // Only now that the savepoint is released do its full-text entries join the batch.
      for (const id of staged.unindexed) this.pendingIndex.delete(id);
      for (const [id, entry] of staged.index) this.pendingIndex.set(id, entry);
      if (standalone) this.commit();
      return outcomes;
    } catch (e) {
      if (standalone) this.rollback();
      throw e;
    }
  }

  /** Opens a batch: the files written until commit() are committed together. */
  begin(): void {
    if (!this.db.inTransaction) this.db.exec('BEGIN IMMEDIATE');
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
    this.db.exec('COMMIT');
  }

  rollback(): void {
    this.pendingIndex.clear();
    if (this.db.inTransaction) this.db.exec('ROLLBACK');
  }

  private writeArticle(ex: Extraction, file: string | null, staged: Staged): Outcome {
    const a = ex.article;
    const existing = this.stmts.articleById.get(a.id);
    if (existing && existing.extractor === EXTRACTOR_VERSION) return 'unchanged';
    let outcome: Outcome = 'new';
    // A file's entry that now holds different content replaces what it held (stdin has no such identity).
    const previous = file === null ? [] : this.stmts.articlesBySource.all(a.source);
    for (const old of previous) {
      this.deleteArticle(old.id, staged);
      outcome = 'replaced';
    }
    if (existing) {
      this.deleteArticle(a.id, staged);
      outcome = 'replaced';
    }
    staged.index.set(a.id, this.insert(ex, file));
    return outcome;
  }

  private deleteArticle(id: string, staged: Staged): void {
    const actors = this.stmts.actorsOf.all(id, id, id, id).map((r) => r.actor_id);
    if (this.pendingIndex.has(id) || staged.index.has(id)) {
      staged.index.delete(id);
      staged.unindexed.push(id);
    } else {
      this.stmts.unindexQuotes.run(id);
      this.stmts.unindexArticle.run(id);
    }
    this.stmts.deleteArticle.run(id);
    for (const id of actors) this.stmts.deleteOrphanActor.run({ id });
  }

  private insert(ex: Extraction, file: string | null): IndexEntry {
    const s = this.stmts;
    const a = ex.article;
    const seq = s.article.run(a.id, a.source, file, a.title, a.byline, a.outlet, a.url, a.published, a.text,
      JSON.stringify(a.captions), EXTRACTOR_VERSION, new Date().toISOString()).lastInsertRowid;
    const entry: IndexEntry = { seq, title: a.title, text: a.text, quotes: [] };
    ex.sentences.forEach((x, i) => s.sentence.run(a.id, i, x.start, x.end, x.paragraph));
    const actorId = this.actors.resolve(ex.actors, a.id, a.published);
    const global = (local: string): string => actorId.get(local) ?? local;
    const interval = new Map(ex.dates.map((d) => [d.value, d] as const));
    const range = (value: string | null): [string | null, string | null] => {
      const d = value === null ? undefined : interval.get(value);
      return [d?.from ?? null, d?.to ?? null];
    };
    for (const m of ex.mentions) s.mention.run(a.id, m.start, m.end, m.text, m.sentence, global(m.actor));
    for (const d of ex.dates) {
      s.date.run(a.id, d.start, d.end, d.text, d.sentence, d.type, d.value, d.granularity, d.mod, d.from, d.to, d.rule);
    }
    for (const q of ex.quotes) {
      const id = s.quote.run(a.id, q.start, q.end, q.text, q.sentence, q.kind, q.speaker === null ? null : global(q.speaker),
        q.speaker_start, q.speaker_end, q.cue, q.date, ...range(q.date), q.rule).lastInsertRowid;
      entry.quotes.push([id, q.text]);
    }
    for (const g of ex.agreements) {
      const id = s.agreement.run(a.id, g.start, g.end, g.text, g.sentence, g.trigger, g.subject, g.status, g.date,
        ...range(g.date), g.rule).lastInsertRowid;
      for (const party of g.parties) s.party.run(id, global(party));
    }
    for (const e of ex.events) {
      const id = s.event.run(a.id, e.start, e.end, e.text, e.sentence, e.kind, e.place, e.status, e.date,
        ...range(e.date), e.rule).lastInsertRowid;
      for (const p of e.participants) s.participant.run(id, global(p));
    }
    return entry;
  }
}
