// `query` as a library: filters in, records with their evidence out. All user input is bound, never spliced.
import type { DB } from '../store/db.js';
import { findActors, suggestActors, type ActorMatch } from './actors.js';

export const RECORD_KINDS = ['quote', 'agreement', 'mention', 'date', 'actor', 'article'] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

export interface Query {
  actor?: string;
  types?: RecordKind[];
  article?: string;
  since?: string;
  until?: string;
  text?: string;
  /** Per record type. */
  limit?: number;
}

/** One output row: `record` names its type; the other fields use the names of the extract contract. */
export type QueryRecord = { record: RecordKind } & Record<string, unknown>;

export interface QueryResult {
  records: QueryRecord[];
  /** The actors --actor matched (empty when none did), or null without --actor. */
  actors: ActorMatch[] | null;
  suggestions: string[];
  /**
   * Per type, how many more records matched than --limit let through. Counting stops at COUNT_CAP matches
   * (`exact: false`): counting every match of a broad filter in a large archive took seconds.
   */
  more: Partial<Record<RecordKind, { n: number; exact: boolean }>>;
}

/** Matches counted at most, per type, to say how many more there are. */
export const COUNT_CAP = 10_000;

/** A query the user wrote that SQLite cannot run (e.g. FTS syntax). */
export class QueryError extends Error {}

export function defaultTypes(q: Query): RecordKind[] {
  if (q.types?.length) return q.types;
  if (q.actor) return ['quote', 'agreement', 'mention'];
  if (!q.text && !q.since && !q.until && !q.article) return ['article'];
  return ['quote', 'agreement'];
}

export function runQuery(db: DB, q: Query, countCap = COUNT_CAP): QueryResult {
  let actors: ActorMatch[] | null = null;
  let suggestions: string[] = [];
  if (q.actor !== undefined) {
    actors = findActors(db, q.actor);
    if (actors.length === 0) {
      suggestions = suggestActors(db, q.actor);
      return { records: [], actors, suggestions, more: {} };
    }
  }
  const byActor: ActorSql | null = actors && {
    in: actors.length === 1 ? '= @a0' : 'IN (SELECT value FROM json_each(@actors))',
    ranges: actors.length <= MAX_RANGES ? actors.length : 0,
  };
  const params = {
    ...Object.fromEntries((actors ?? []).slice(0, MAX_RANGES).map((a, i) => [`a${i}`, a.seq])),
    actors: JSON.stringify(actors?.map((a) => a.seq) ?? []),
    article: q.article ? `${q.article}%` : null,
    since: q.since ?? null,
    until: q.until ?? null,
    text: q.text ?? null,
    limit: q.limit === undefined ? -1 : q.limit + 1,
    // The count must reach past --limit, or a limit above the cap would leave "more" negative.
    cap: Math.max(countCap, (q.limit ?? 0) + 1),
  };
  const texts = new ArticleTexts(db);
  const records: QueryRecord[] = [];
  const more: QueryResult['more'] = {};
  for (const kind of defaultTypes(q)) {
    const sql = SQL[kind](byActor, q);
    let rows: Record<string, unknown>[];
    try {
      rows = db.prepare(sql.rows).all(params) as Record<string, unknown>[];
    } catch (e) {
      if (q.text && /fts5|syntax|unterminated|no such column/i.test((e as Error).message)) {
        throw new QueryError(`--text: not a valid full-text query (${(e as Error).message}); put phrases in double quotes`);
      }
      throw e;
    }
    if (q.limit !== undefined && rows.length > q.limit) {
      rows = rows.slice(0, q.limit);
      const n = (db.prepare(sql.count).get(params) as { n: number }).n;
      more[kind] = { n: n - q.limit, exact: n < params.cap };
    }
    for (const row of rows) records.push(finish(kind, row, texts));
  }
  return { records, actors, suggestions, more };
}

// ---- SQL per record type ----------------------------------------------------------------------------------------

const ARTICLE_COLS = 'ar.id AS article, ar.title AS title, ar.published AS published, ar.source AS source, ar.seq AS article_seq';
const EVIDENCE_COLS = 'x.start, x.end, x.text, x.sentence';

/** The date columns a record type is filtered and listed by. */
interface Dated {
  from: string;
  to: string;
}
/** Quotes, agreements, events: their own date range, else their article's publication date (see migration 2). */
const WHEN: Dated = { from: 'x.when_from', to: 'x.when_to' };

/**
 * Conditions shared by every evidence record: article, dates, full text. They read only the record's own columns
 * (the article's date is copied into them), so choosing and ordering an actor's latest records is one index range.
 */
function common(q: Query, dated: Dated, fts = 'x.article_seq IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH @text)'): string[] {
  const where: string[] = [];
  if (q.article) where.push('x.article_seq IN (SELECT seq FROM articles WHERE id LIKE @article)');
  if (q.since) where.push(`${dated.to} >= @since`);
  if (q.until) where.push(`${dated.from} <= @until`);
  if (q.text) where.push(fts);
  return where;
}

const whereSql = (w: string[]): string => (w.length ? `WHERE ${w.join(' AND ')}` : '');
/** Newest first; within a day, the latest article first; within an article, in text order. */
const order = (dated: Dated): string => `${dated.from} DESC, x.article_seq DESC, x.start`;

/** The SQL for one record type: the rows (at most @limit, in order) and how many match, up to @cap. */
interface Sql {
  rows: string;
  count: string;
}

const capped = (from: string): string => `SELECT count(*) AS n FROM (SELECT 1 ${from} LIMIT @cap)`;

/** --actor's matches in SQL: `in` matches any of them; the first `ranges` of them are bound as @a0, @a1 ... */
interface ActorSql {
  in: string;
  ranges: number;
}
/** Up to this many matched actors, each one's latest records are read as an index range of its own. */
const MAX_RANGES = 50;

/**
 * An evidence record type: the matching ids are chosen and ordered first, on the record's own narrow columns;
 * the details (article, names, parties) are then looked up for those rows only (CROSS JOIN: from the chosen ids,
 * whatever index the planner might prefer for the order). With `byActor`, the records of the
 * matched actors, one index range per actor (merged, when several actors match: cheaper than sorting them all).
 */
function evidence(table: string, where: string[], dated: Dated, cols: string, joins = '',
  byActor?: { column: string; actors: ActorSql }, from = `${table} x`): Sql {
  const base = `FROM ${from} ${whereSql(byActor ? [...where, `${byActor.column} ${byActor.actors.in}`] : where)}`;
  let pick = `SELECT x.id ${base} ORDER BY ${order(dated)} LIMIT @limit`;
  if (byActor && byActor.actors.ranges > 1) {
    const branch = (i: number): string => `SELECT * FROM (SELECT x.id, ${dated.from} AS day, x.article_seq, x.start FROM ${table} x
      ${whereSql([...where, `${byActor.column} = @a${i}`])} ORDER BY ${order(dated)} LIMIT @limit)`;
    const branches = Array.from({ length: byActor.actors.ranges }, (_, i) => branch(i));
    pick = `SELECT x.id FROM (${branches.join(' UNION ALL ')}) x ORDER BY ${order({ from: 'x.day', to: 'x.day' })} LIMIT @limit`;
  }
  return {
    rows: `SELECT ${ARTICLE_COLS}, ${EVIDENCE_COLS}, ${cols}
      FROM (${pick}) h
      CROSS JOIN ${table} x ON x.id = h.id JOIN articles ar ON ar.seq = x.article_seq ${joins} ORDER BY ${order(dated)}`,
    count: capped(base),
  };
}

/** A listing whose rows are cheap to compute whole. */
function listing(sql: string, order: string): Sql {
  return { rows: `${sql} ORDER BY ${order} LIMIT @limit`, count: capped(`FROM (${sql})`) };
}

/** `actors` is null without --actor. */
const SQL: Record<RecordKind, (actors: ActorSql | null, q: Query) => Sql> = {
  quote: (actors, q) => {
    const w = common(q, WHEN, 'x.id IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH @text)');
    return evidence('quotes', w, WHEN, `x.kind, sp.id AS speaker, sp.name AS speaker_name,
      x.speaker_start, x.speaker_end, x.cue, x.date, x.rule`, 'LEFT JOIN actors sp ON sp.seq = x.speaker_seq',
    actors ? { column: 'x.speaker_seq', actors } : undefined);
  },
  agreement: (actors, q) => {
    const w = common(q, WHEN);
    if (actors) w.push(`x.id IN (SELECT agreement_id FROM agreement_parties WHERE actor_seq ${actors.in})`);
    return evidence('agreements', w, WHEN, `x.trigger, x.subject, x.status, x.date, x.rule,
      (SELECT json_group_array(a.id) FROM agreement_parties p JOIN actors a ON a.seq = p.actor_seq WHERE p.agreement_id = x.id) AS parties,
      (SELECT json_group_array(a.name) FROM agreement_parties p JOIN actors a ON a.seq = p.actor_seq WHERE p.agreement_id = x.id) AS party_names`);
  },
  mention: (actors, q) => {
    const cols = 'a.id AS actor, a.name AS actor_name';
    const joins = 'JOIN actors a ON a.seq = x.actor_seq';
    if (actors) {
      const dated = { from: 'x.published', to: 'x.published' };
      return evidence('mentions', common(q, dated), dated, cols, joins, { column: 'x.actor_seq', actors });
    }
    // Without --actor: the latest articles first, by their publication-date index, then each one's mentions. Sorting
    // every mention by the date it carries read them all (0.2 s on 1.9 million).
    const dated = { from: 'ar.published', to: 'ar.published' };
    return evidence('mentions', common(q, dated), dated, cols, joins, undefined,
      'articles ar CROSS JOIN mentions x ON x.article_seq = ar.seq');
  },
  date: (actors, q) => {
    const dated = { from: 'x.date_from', to: 'x.date_to' };
    const w = common(q, dated);
    if (actors) w.push(`x.article_seq IN (SELECT article_seq FROM mentions WHERE actor_seq ${actors.in})`);
    return evidence('dates', w, dated, `x.type, x.value, x.granularity, x.mod,
      x.date_from AS "from", x.date_to AS "to", x.rule`);
  },
  actor: (actors, q) => {
    const w: string[] = [];
    if (actors) w.push(`a.seq ${actors.in}`);
    if (q.article) {
      w.push('a.seq IN (SELECT m.actor_seq FROM mentions m JOIN articles ar ON ar.seq = m.article_seq WHERE ar.id LIKE @article)');
    }
    if (q.text) w.push("a.seq IN (SELECT actor_seq FROM aliases WHERE norm LIKE '%' || lower(@text) || '%')");
    // The counts are kept by the writer, so listing the most-named actors reads one index, whatever the corpus size.
    return listing(`SELECT a.id, a.name, a.kind, a.role, a.country,
      (SELECT json_group_array(alias) FROM aliases s WHERE s.actor_seq = a.seq AND s.alias <> a.name) AS aliases,
      (SELECT json_group_array(json_object('role', role, 'country', country, 'from', first, 'to', last))
        FROM (SELECT role, country, min(date) AS first, max(date) AS last FROM actor_roles r
          WHERE r.actor_seq = a.seq GROUP BY role, country ORDER BY first)) AS roles,
      a.mentions, a.articles, a.quotes, a.agreements
      FROM actors a ${whereSql(w)}`, 'a.mentions DESC, a.name');
  },
  article: (actors, q) => {
    const w: string[] = [];
    if (q.article) w.push('ar.id LIKE @article');
    if (q.since) w.push('ar.published >= @since');
    if (q.until) w.push('ar.published <= @until');
    if (q.text) w.push('ar.seq IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH @text)');
    if (actors) w.push(`ar.seq IN (SELECT article_seq FROM mentions WHERE actor_seq ${actors.in})`);
    return listing(`SELECT ar.id, ar.source, ar.title, ar.byline, ar.outlet, ar.url, ar.published, ar.text
      FROM articles ar ${whereSql(w)}`, 'published DESC, id');
  },
};

// ---- shaping rows into records ------------------------------------------------------------------------------------

/** Article texts and sentence offsets, read once per article however many of its records are shown. */
class ArticleTexts {
  private readonly cache = new Map<number, { text: string; sentences: [number, number, number][] }>();
  private readonly stmt;
  constructor(db: DB) {
    this.stmt = db.prepare<[number], { text: string; sentences: string }>('SELECT text, sentences FROM articles WHERE seq = ?');
  }
  get(seq: number): { text: string; sentences: [number, number, number][] } {
    let t = this.cache.get(seq);
    if (t === undefined) {
      const row = this.stmt.get(seq);
      t = { text: row?.text ?? '', sentences: JSON.parse(row?.sentences ?? '[]') as [number, number, number][] };
      this.cache.set(seq, t);
    }
    return t;
  }
}

function finish(kind: RecordKind, row: Record<string, unknown>, texts: ArticleTexts): QueryRecord {
  const out: QueryRecord = { record: kind, ...row };
  for (const k of ['parties', 'party_names', 'aliases', 'roles']) {
    if (typeof out[k] === 'string') out[k] = JSON.parse(out[k] as string);
  }
  if (typeof row.article_seq === 'number' && typeof row.sentence === 'number') {
    out.evidence = evidenceOf(texts.get(row.article_seq), row.sentence, row.start as number, row.end as number);
  }
  delete out.article_seq;
  return out;
}

/**
 * The evidence runs from the start of the record's first sentence to the end of the sentence its span ends in
 * (a direct quote can run over several sentences).
 */
function evidenceOf(article: { text: string; sentences: [number, number, number][] }, sentence: number, start: number, end: number): string {
  const first = article.sentences[sentence];
  let to = end;
  for (let i = sentence; i < article.sentences.length && article.sentences[i]![0] < end; i++) to = Math.max(to, article.sentences[i]![1]);
  return article.text.slice(Math.min(first?.[0] ?? start, start), to);
}
