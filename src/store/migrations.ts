// Numbered schema migrations. PRAGMA user_version records how many have run; each runs in one transaction, with
// foreign keys checked at its end (so a migration may rebuild tables). Append new migrations; never edit one that
// has shipped.

const EVIDENCE = `article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  start INTEGER NOT NULL, end INTEGER NOT NULL, text TEXT NOT NULL, sentence INTEGER NOT NULL`;

/** Migration 2's evidence columns: the article by its integer key. */
const EVIDENCE_V2 = `id INTEGER PRIMARY KEY,
  article_seq INTEGER NOT NULL REFERENCES articles_v2(seq) ON DELETE CASCADE,
  start INTEGER NOT NULL, end INTEGER NOT NULL, text TEXT NOT NULL, sentence INTEGER NOT NULL`;

export const MIGRATIONS: string[] = [
  /* 1: the record model */ `
CREATE TABLE files (
  path TEXT PRIMARY KEY,
  hash TEXT NOT NULL,
  extractor TEXT NOT NULL,
  ingested_at TEXT NOT NULL
);
CREATE TABLE articles (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  source TEXT NOT NULL,
  file TEXT,
  title TEXT, byline TEXT, outlet TEXT, url TEXT, published TEXT,
  text TEXT NOT NULL,
  captions TEXT NOT NULL DEFAULT '[]',
  extractor TEXT NOT NULL,
  ingested_at TEXT NOT NULL
);
CREATE INDEX articles_file ON articles(file);
CREATE INDEX articles_source ON articles(source);
CREATE INDEX articles_published ON articles(published);
-- Record queries join to articles only for the date and order: a covering index spares reading the article text.
CREATE INDEX articles_id_published ON articles(id, published, seq);

CREATE TABLE sentences (
  article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  idx INTEGER NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL, paragraph INTEGER NOT NULL,
  PRIMARY KEY (article_id, idx)
) WITHOUT ROWID;

CREATE TABLE actors (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  kind TEXT NOT NULL,
  role TEXT,
  country TEXT,
  key TEXT NOT NULL
);
CREATE INDEX actors_key ON actors(kind, key);
CREATE TABLE aliases (
  actor_id TEXT NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
  alias TEXT NOT NULL,
  norm TEXT NOT NULL,
  key TEXT NOT NULL,
  PRIMARY KEY (actor_id, norm)
) WITHOUT ROWID;
CREATE INDEX aliases_norm ON aliases(norm);
CREATE INDEX aliases_key ON aliases(key);
CREATE TABLE actor_roles (
  actor_id TEXT NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
  article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  role TEXT, country TEXT, date TEXT,
  PRIMARY KEY (actor_id, article_id)
) WITHOUT ROWID;

CREATE TABLE mentions (
  id INTEGER PRIMARY KEY,
  ${EVIDENCE},
  actor_id TEXT NOT NULL REFERENCES actors(id)
);
CREATE INDEX mentions_actor ON mentions(actor_id);
CREATE INDEX mentions_article ON mentions(article_id);

CREATE TABLE dates (
  id INTEGER PRIMARY KEY,
  ${EVIDENCE},
  type TEXT NOT NULL, value TEXT NOT NULL, granularity TEXT NOT NULL, mod TEXT,
  date_from TEXT, date_to TEXT, rule TEXT NOT NULL
);
CREATE INDEX dates_article ON dates(article_id);
CREATE INDEX dates_range ON dates(date_from, date_to);

CREATE TABLE quotes (
  id INTEGER PRIMARY KEY,
  ${EVIDENCE},
  kind TEXT NOT NULL,
  speaker_id TEXT REFERENCES actors(id),
  speaker_start INTEGER, speaker_end INTEGER,
  cue TEXT, date TEXT, date_from TEXT, date_to TEXT, rule TEXT NOT NULL
);
CREATE INDEX quotes_article ON quotes(article_id);
CREATE INDEX quotes_speaker ON quotes(speaker_id);
CREATE INDEX quotes_range ON quotes(date_from, date_to);

CREATE TABLE agreements (
  id INTEGER PRIMARY KEY,
  ${EVIDENCE},
  trigger TEXT NOT NULL, subject TEXT, status TEXT NOT NULL,
  date TEXT, date_from TEXT, date_to TEXT, rule TEXT NOT NULL
);
CREATE INDEX agreements_article ON agreements(article_id);
CREATE INDEX agreements_range ON agreements(date_from, date_to);
CREATE TABLE agreement_parties (
  agreement_id INTEGER NOT NULL REFERENCES agreements(id) ON DELETE CASCADE,
  actor_id TEXT NOT NULL REFERENCES actors(id),
  PRIMARY KEY (agreement_id, actor_id)
) WITHOUT ROWID;
CREATE INDEX agreement_parties_actor ON agreement_parties(actor_id);

CREATE TABLE events (
  id INTEGER PRIMARY KEY,
  ${EVIDENCE},
  kind TEXT NOT NULL, place TEXT, status TEXT,
  date TEXT, date_from TEXT, date_to TEXT, rule TEXT NOT NULL
);
CREATE INDEX events_article ON events(article_id);
CREATE TABLE event_participants (
  event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
  actor_id TEXT NOT NULL REFERENCES actors(id),
  PRIMARY KEY (event_id, actor_id)
) WITHOUT ROWID;
CREATE INDEX event_participants_actor ON event_participants(actor_id);

-- Full-text indexes. Contentless (the text lives in quotes and articles); the writer keeps them in step, in the
-- same transaction as the rows they index (see store/write.ts for why not triggers).
CREATE VIRTUAL TABLE quotes_fts USING fts5(text, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 2');
CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 2');
`,
  /* 2: integer keys. Record tables point to articles and actors by integer (half the database, a third of the
     store time); an article's sentences are one packed column; actors carry their record counts. */ `
CREATE TABLE articles_v2 (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  source TEXT NOT NULL,
  file TEXT,
  title TEXT, byline TEXT, outlet TEXT, url TEXT, published TEXT,
  text TEXT NOT NULL,
  captions TEXT NOT NULL DEFAULT '[]',
  -- [[start, end, paragraph], ...] per sentence, in order
  sentences TEXT NOT NULL DEFAULT '[]',
  extractor TEXT NOT NULL,
  ingested_at TEXT NOT NULL
);
INSERT INTO articles_v2 SELECT a.seq, a.id, a.source, a.file, a.title, a.byline, a.outlet, a.url, a.published, a.text,
  a.captions, coalesce((SELECT json_group_array(json_array(s.start, s.end, s.paragraph))
    FROM (SELECT * FROM sentences s WHERE s.article_id = a.id ORDER BY s.idx) s), '[]'), a.extractor, a.ingested_at
  FROM articles a;

CREATE TABLE actors_v2 (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  kind TEXT NOT NULL,
  role TEXT,
  country TEXT,
  key TEXT NOT NULL,
  -- kept by the writer: how many records and articles name this actor
  mentions INTEGER NOT NULL DEFAULT 0,
  articles INTEGER NOT NULL DEFAULT 0,
  quotes INTEGER NOT NULL DEFAULT 0,
  agreements INTEGER NOT NULL DEFAULT 0,
  events INTEGER NOT NULL DEFAULT 0
);
INSERT INTO actors_v2 (id, name, kind, role, country, key, mentions, articles, quotes, agreements, events)
  SELECT a.id, a.name, a.kind, a.role, a.country, a.key,
    (SELECT count(*) FROM mentions m WHERE m.actor_id = a.id),
    (SELECT count(*) FROM (SELECT article_id FROM mentions WHERE actor_id = a.id
      UNION SELECT article_id FROM quotes WHERE speaker_id = a.id
      UNION SELECT g.article_id FROM agreement_parties p JOIN agreements g ON g.id = p.agreement_id WHERE p.actor_id = a.id
      UNION SELECT e.article_id FROM event_participants p JOIN events e ON e.id = p.event_id WHERE p.actor_id = a.id)),
    (SELECT count(*) FROM quotes q WHERE q.speaker_id = a.id),
    (SELECT count(*) FROM agreement_parties p WHERE p.actor_id = a.id),
    (SELECT count(*) FROM event_participants p WHERE p.actor_id = a.id)
  FROM actors a ORDER BY a.rowid;

CREATE TABLE aliases_v2 (
  actor_seq INTEGER NOT NULL REFERENCES actors_v2(seq) ON DELETE CASCADE,
  alias TEXT NOT NULL,
  norm TEXT NOT NULL,
  key TEXT NOT NULL,
  PRIMARY KEY (actor_seq, norm)
) WITHOUT ROWID;
INSERT INTO aliases_v2 SELECT n.seq, s.alias, s.norm, s.key FROM aliases s JOIN actors_v2 n ON n.id = s.actor_id;

CREATE TABLE actor_roles_v2 (
  actor_seq INTEGER NOT NULL REFERENCES actors_v2(seq) ON DELETE CASCADE,
  article_seq INTEGER NOT NULL REFERENCES articles_v2(seq) ON DELETE CASCADE,
  role TEXT, country TEXT, date TEXT,
  PRIMARY KEY (actor_seq, article_seq)
) WITHOUT ROWID;
INSERT INTO actor_roles_v2 SELECT n.seq, a.seq, r.role, r.country, r.date
  FROM actor_roles r JOIN actors_v2 n ON n.id = r.actor_id JOIN articles a ON a.id = r.article_id;

-- Record rows carry the date they are listed by (mentions: their article's publication date; quotes, agreements and
-- events: their own date range, else the article's), so "an actor's latest records" is one index range.
CREATE TABLE mentions_v2 (
  ${EVIDENCE_V2},
  actor_seq INTEGER NOT NULL REFERENCES actors_v2(seq),
  published TEXT
);
INSERT INTO mentions_v2 SELECT m.id, a.seq, m.start, m.end, m.text, m.sentence, n.seq, a.published
  FROM mentions m JOIN articles a ON a.id = m.article_id JOIN actors_v2 n ON n.id = m.actor_id;

CREATE TABLE dates_v2 (
  ${EVIDENCE_V2},
  type TEXT NOT NULL, value TEXT NOT NULL, granularity TEXT NOT NULL, mod TEXT,
  date_from TEXT, date_to TEXT, rule TEXT NOT NULL
);
INSERT INTO dates_v2 SELECT d.id, a.seq, d.start, d.end, d.text, d.sentence, d.type, d.value, d.granularity, d.mod,
  d.date_from, d.date_to, d.rule FROM dates d JOIN articles a ON a.id = d.article_id;

CREATE TABLE quotes_v2 (
  ${EVIDENCE_V2},
  kind TEXT NOT NULL,
  speaker_seq INTEGER REFERENCES actors_v2(seq),
  speaker_start INTEGER, speaker_end INTEGER,
  cue TEXT, date TEXT, date_from TEXT, date_to TEXT, rule TEXT NOT NULL,
  when_from TEXT, when_to TEXT
);
INSERT INTO quotes_v2 SELECT q.id, a.seq, q.start, q.end, q.text, q.sentence, q.kind, n.seq, q.speaker_start,
  q.speaker_end, q.cue, q.date, q.date_from, q.date_to, q.rule,
  coalesce(q.date_from, a.published), coalesce(q.date_to, a.published)
  FROM quotes q JOIN articles a ON a.id = q.article_id LEFT JOIN actors_v2 n ON n.id = q.speaker_id;

CREATE TABLE agreements_v2 (
  ${EVIDENCE_V2},
  trigger TEXT NOT NULL, subject TEXT, status TEXT NOT NULL,
  date TEXT, date_from TEXT, date_to TEXT, rule TEXT NOT NULL,
  when_from TEXT, when_to TEXT
);
INSERT INTO agreements_v2 SELECT g.id, a.seq, g.start, g.end, g.text, g.sentence, g.trigger, g.subject, g.status,
  g.date, g.date_from, g.date_to, g.rule, coalesce(g.date_from, a.published), coalesce(g.date_to, a.published)
  FROM agreements g JOIN articles a ON a.id = g.article_id;
CREATE TABLE agreement_parties_v2 (
  agreement_id INTEGER NOT NULL REFERENCES agreements_v2(id) ON DELETE CASCADE,
  actor_seq INTEGER NOT NULL REFERENCES actors_v2(seq),
  PRIMARY KEY (agreement_id, actor_seq)
) WITHOUT ROWID;
INSERT INTO agreement_parties_v2 SELECT p.agreement_id, n.seq FROM agreement_parties p JOIN actors_v2 n ON n.id = p.actor_id;

CREATE TABLE events_v2 (
  ${EVIDENCE_V2},
  kind TEXT NOT NULL, place TEXT, status TEXT,
  date TEXT, date_from TEXT, date_to TEXT, rule TEXT NOT NULL,
  when_from TEXT, when_to TEXT
);
INSERT INTO events_v2 SELECT e.id, a.seq, e.start, e.end, e.text, e.sentence, e.kind, e.place, e.status,
  e.date, e.date_from, e.date_to, e.rule, coalesce(e.date_from, a.published), coalesce(e.date_to, a.published)
  FROM events e JOIN articles a ON a.id = e.article_id;
CREATE TABLE event_participants_v2 (
  event_id INTEGER NOT NULL REFERENCES events_v2(id) ON DELETE CASCADE,
  actor_seq INTEGER NOT NULL REFERENCES actors_v2(seq),
  PRIMARY KEY (event_id, actor_seq)
) WITHOUT ROWID;
INSERT INTO event_participants_v2 SELECT p.event_id, n.seq FROM event_participants p JOIN actors_v2 n ON n.id = p.actor_id;

CREATE TABLE files_v2 (
  path TEXT PRIMARY KEY,
  hash TEXT NOT NULL,
  extractor TEXT NOT NULL,
  ingested_at TEXT NOT NULL
) WITHOUT ROWID;
INSERT INTO files_v2 SELECT * FROM files;

DROP TABLE event_participants; DROP TABLE events; DROP TABLE agreement_parties; DROP TABLE agreements;
DROP TABLE quotes; DROP TABLE dates; DROP TABLE mentions; DROP TABLE actor_roles; DROP TABLE aliases;
DROP TABLE actors; DROP TABLE sentences; DROP TABLE articles; DROP TABLE files;
ALTER TABLE files_v2 RENAME TO files;
ALTER TABLE articles_v2 RENAME TO articles;
ALTER TABLE actors_v2 RENAME TO actors;
ALTER TABLE aliases_v2 RENAME TO aliases;
ALTER TABLE actor_roles_v2 RENAME TO actor_roles;
ALTER TABLE mentions_v2 RENAME TO mentions;
ALTER TABLE dates_v2 RENAME TO dates;
ALTER TABLE quotes_v2 RENAME TO quotes;
ALTER TABLE agreements_v2 RENAME TO agreements;
ALTER TABLE agreement_parties_v2 RENAME TO agreement_parties;
ALTER TABLE events_v2 RENAME TO events;
ALTER TABLE event_participants_v2 RENAME TO event_participants;

CREATE INDEX articles_file ON articles(file);
CREATE INDEX articles_published ON articles(published);
CREATE INDEX actors_key ON actors(kind, key);
CREATE INDEX actors_by_mentions ON actors(mentions DESC, name);
CREATE INDEX aliases_norm ON aliases(norm);
CREATE INDEX aliases_key ON aliases(key);
CREATE INDEX mentions_actor ON mentions(actor_seq, published);
CREATE INDEX mentions_article ON mentions(article_seq);
CREATE INDEX dates_article ON dates(article_seq);
CREATE INDEX dates_range ON dates(date_from, date_to);
CREATE INDEX quotes_article ON quotes(article_seq);
CREATE INDEX quotes_speaker ON quotes(speaker_seq, when_from);
CREATE INDEX quotes_when ON quotes(when_from);
CREATE INDEX agreements_article ON agreements(article_seq);
CREATE INDEX agreements_when ON agreements(when_from);
CREATE INDEX agreement_parties_actor ON agreement_parties(actor_seq);
CREATE INDEX events_article ON events(article_seq);
CREATE INDEX event_participants_actor ON event_participants(actor_seq);
`,
  /* 3: an article's roles by article. Replacing an article (a changed file, a new extractor version) deletes its
     actors' roles for it; without this index each replacement read every role in the database (17 ms on 35k
     articles). */ `
CREATE INDEX actor_roles_article ON actor_roles(article_seq);
`,
];
