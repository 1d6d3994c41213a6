// Numbered schema migrations. PRAGMA user_version records how many have run; each runs in one transaction.
// Append new migrations; never edit one that has shipped.

const EVIDENCE = `article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
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
];
