import { EXTRACTOR_VERSION } from '../model.js';
import { ActorResolver } from './actors.js';
export class Writer {
    db;
    actors;
    stmts;
    constructor(db) {
        this.db = db;
        this.actors = new ActorResolver(db);
        const p = (sql) => db.prepare(sql);
        this.stmts = {
            fileHash: db.prepare('SELECT hash, extractor FROM files WHERE path = ?'),
            putFile: p('INSERT OR REPLACE INTO files (path, hash, extractor, ingested_at) VALUES (?, ?, ?, ?)'),
            articleById: db.prepare('SELECT id, extractor FROM articles WHERE id = ?'),
            articlesBySource: db.prepare('SELECT id FROM articles WHERE source = ?'),
            articlesByFile: db.prepare('SELECT id, source FROM articles WHERE file = ?'),
            actorsOf: db.prepare(`
        SELECT actor_id FROM mentions WHERE article_id = ?
        UNION SELECT speaker_id FROM quotes WHERE article_id = ? AND speaker_id IS NOT NULL
        UNION SELECT p.actor_id FROM agreement_parties p JOIN agreements g ON g.id = p.agreement_id WHERE g.article_id = ?
        UNION SELECT p.actor_id FROM event_participants p JOIN events e ON e.id = p.event_id WHERE e.article_id = ?`),
            deleteArticle: p('DELETE FROM articles WHERE id = ?'),
            deleteOrphanActor: db.prepare(`DELETE FROM actors WHERE id = @id
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
    fileUnchanged(path, hash) {
        const row = this.stmts.fileHash.get(path);
        return row !== undefined && row.hash === hash && row.extractor === EXTRACTOR_VERSION;
    }
    /** Ids of the articles stored from this file (for counting unchanged articles without reading it). */
    articlesOfFile(path) {
        return this.stmts.articlesByFile.all(path).length;
    }
    /**
     * Stores a file's articles in one transaction. With the file's hash (it was read without error) the hash is
     * recorded and articles the file no longer holds are removed; without it, nothing stored before is touched.
     */
    writeFile(file, hash, extractions) {
        return this.db.transaction(() => {
            const outcomes = extractions.map((ex) => this.writeArticle(ex, file));
            if (file !== null && hash !== null) {
                const keep = new Set(extractions.map((ex) => ex.article.id));
                for (const old of this.stmts.articlesByFile.all(file))
                    if (!keep.has(old.id))
                        this.deleteArticle(old.id);
                this.stmts.putFile.run(file, hash, EXTRACTOR_VERSION, new Date().toISOString());
            }
            return outcomes;
        }).immediate();
    }
    writeArticle(ex, file) {
        const a = ex.article;
        const existing = this.stmts.articleById.get(a.id);
        if (existing && existing.extractor === EXTRACTOR_VERSION)
            return 'unchanged';
        let outcome = 'new';
        // A file's entry that now holds different content replaces what it held (stdin has no such identity).
        const previous = file === null ? [] : this.stmts.articlesBySource.all(a.source);
        for (const old of previous) {
            this.deleteArticle(old.id);
            outcome = 'replaced';
        }
        if (existing) {
            this.deleteArticle(a.id);
            outcome = 'replaced';
        }
        this.insert(ex, file);
        return outcome;
    }
    deleteArticle(id) {
        const actors = this.stmts.actorsOf.all(id, id, id, id).map((r) => r.actor_id);
        this.stmts.deleteArticle.run(id);
        for (const id of actors)
            this.stmts.deleteOrphanActor.run({ id });
    }
    insert(ex, file) {
        const s = this.stmts;
        const a = ex.article;
        s.article.run(a.id, a.source, file, a.title, a.byline, a.outlet, a.url, a.published, a.text, JSON.stringify(a.captions), EXTRACTOR_VERSION, new Date().toISOString());
        ex.sentences.forEach((x, i) => s.sentence.run(a.id, i, x.start, x.end, x.paragraph));
        const actorId = this.actors.resolve(ex.actors, a.id, a.published);
        const global = (local) => actorId.get(local) ?? local;
        const interval = new Map(ex.dates.map((d) => [d.value, d]));
        const range = (value) => {
            const d = value === null ? undefined : interval.get(value);
            return [d?.from ?? null, d?.to ?? null];
        };
        for (const m of ex.mentions)
            s.mention.run(a.id, m.start, m.end, m.text, m.sentence, global(m.actor));
        for (const d of ex.dates) {
            s.date.run(a.id, d.start, d.end, d.text, d.sentence, d.type, d.value, d.granularity, d.mod, d.from, d.to, d.rule);
        }
        for (const q of ex.quotes) {
            s.quote.run(a.id, q.start, q.end, q.text, q.sentence, q.kind, q.speaker === null ? null : global(q.speaker), q.speaker_start, q.speaker_end, q.cue, q.date, ...range(q.date), q.rule);
        }
        for (const g of ex.agreements) {
            const id = s.agreement.run(a.id, g.start, g.end, g.text, g.sentence, g.trigger, g.subject, g.status, g.date, ...range(g.date), g.rule).lastInsertRowid;
            for (const party of g.parties)
                s.party.run(id, global(party));
        }
        for (const e of ex.events) {
            const id = s.event.run(a.id, e.start, e.end, e.text, e.sentence, e.kind, e.place, e.status, e.date, ...range(e.date), e.rule).lastInsertRowid;
            for (const p of e.participants)
                s.participant.run(id, global(p));
        }
    }
}
//# sourceMappingURL=write.js.map