// Cross-article resolution: each actor an article names becomes one canonical actor in the store.
// Same id, or same alias, merges; a transliteration variant merges only when role or country agree too,
// never on string similarity alone.
import type { Actor } from '../model.js';
import type { DB } from './db.js';
import { norm, translitKey } from './keys.js';

export interface StoredActor {
  seq: number;
  id: string;
  name: string;
  kind: string;
  role: string | null;
  country: string | null;
}

/** Past this many cached entries the caches start over: memory stays bounded on archives with millions of actors. */
const MAX_CACHED = 200_000;
const COLUMNS = 'a.seq, a.id, a.name, a.kind, a.role, a.country';

/**
 * Look-ups are cached in memory: an article names a handful of actors, nearly all seen before, and reading them
 * back from SQLite was most of the cost of storing an article. The caches hold only what this connection has read
 * or written; `forget()` drops them whenever that may no longer be what the database holds (a rollback, or a
 * commit by another process, which the writer detects).
 */
export class ActorResolver {
  private readonly byId = new Map<string, StoredActor | null>();
  private readonly byAlias = new Map<string, StoredActor[]>();
  private readonly byKey = new Map<string, StoredActor[]>();
  private readonly knownAliases = new Set<string>();
  private readonly stmts;

  constructor(db: DB) {
    this.stmts = {
      byId: db.prepare<[string], StoredActor>(`SELECT ${COLUMNS} FROM actors a WHERE a.id = ?`),
      byAlias: db.prepare<[string, string], StoredActor>(
        `SELECT ${COLUMNS} FROM aliases s JOIN actors a ON a.seq = s.actor_seq WHERE s.norm = ? AND a.kind = ?`),
      byKey: db.prepare<[string, string], StoredActor>(`SELECT ${COLUMNS} FROM actors a WHERE a.kind = ? AND a.key = ?`),
      insertActor: db.prepare('INSERT INTO actors (id, name, kind, role, country, key) VALUES (?, ?, ?, ?, ?, ?)'),
      fill: db.prepare('UPDATE actors SET role = coalesce(role, ?), country = coalesce(country, ?) WHERE seq = ?'),
      rename: db.prepare('UPDATE actors SET name = ? WHERE seq = ?'),
      insertAlias: db.prepare('INSERT OR IGNORE INTO aliases (actor_seq, alias, norm, key) VALUES (?, ?, ?, ?)'),
      insertRole: db.prepare('INSERT OR REPLACE INTO actor_roles (actor_seq, article_seq, role, country, date) VALUES (?, ?, ?, ?, ?)'),
    };
  }

  forget(): void {
    this.byId.clear();
    this.byAlias.clear();
    this.byKey.clear();
    this.knownAliases.clear();
  }

  /** Maps each of the article's actor ids to a stored actor, creating actors as needed. */
  resolve(actors: Actor[], articleSeq: number, date: string | null): Map<string, StoredActor> {
    if (this.byId.size + this.byAlias.size + this.knownAliases.size > MAX_CACHED) this.forget();
    const out = new Map<string, StoredActor>();
    for (const a of actors) {
      let row = this.find(a);
      if (row) {
        if ((a.role && !row.role) || (a.country && !row.country)) {
          this.stmts.fill.run(a.role, a.country, row.seq);
          row.role ??= a.role;
          row.country ??= a.country;
        }
        // "Putin" stored first, "Vladimir Putin" seen now: the fuller name becomes canonical.
        if (fuller(a.name, row.name)) {
          this.stmts.rename.run(a.name, row.seq);
          row.name = a.name;
        }
      } else {
        row = this.create(a);
      }
      for (const alias of [a.name, ...a.aliases]) this.addAlias(row, alias);
      // Roles change over time, so each article's role is kept with its date; a country has no role to keep.
      if ((a.role || a.country) && a.kind !== 'country') this.stmts.insertRole.run(row.seq, articleSeq, a.role, a.country, date);
      out.set(a.id, row);
    }
    return out;
  }

  private find(a: Actor): StoredActor | undefined {
    const same = this.actorWithId(a.id);
    if (same && same.kind === a.kind && compatible(same, a)) return same;
    const agree = (rows: StoredActor[]): StoredActor | undefined => {
      const fit = rows.filter((r) => compatible(r, a));
      if (fit.length === 1) return fit[0];
      const strong = fit.filter((r) => sharesContext(r, a));
      return strong.length === 1 ? strong[0] : undefined;
    };
    for (const name of [a.name, ...a.aliases]) {
      const hit = agree(this.withAlias(norm(name), a.kind));
      if (hit) return hit;
    }
    if (a.kind !== 'person') return undefined;
    // A transliteration variant needs more than the spelling: the same role or country.
    return this.withKey(a.kind, translitKey(a.name)).find((r) => sharesContext(r, a));
  }

  private create(a: Actor): StoredActor {
    const id = this.freeId(a.id);
    const key = translitKey(a.name);
    const seq = Number(this.stmts.insertActor.run(id, a.name, a.kind, a.role, a.country, key).lastInsertRowid);
    const row: StoredActor = { seq, id, name: a.name, kind: a.kind, role: a.role, country: a.country };
    this.byId.set(id, row);
    this.byKey.get(`${a.kind}\t${key}`)?.push(row);
    return row;
  }

  private addAlias(row: StoredActor, alias: string): void {
    const n = norm(alias);
    const known = `${row.seq}\t${n}`;
    if (this.knownAliases.has(known)) return;
    this.knownAliases.add(known);
    if (this.stmts.insertAlias.run(row.seq, alias, n, translitKey(alias)).changes > 0) {
      this.byAlias.get(`${row.kind}\t${n}`)?.push(row);
    }
  }

  private actorWithId(id: string): StoredActor | null {
    let row = this.byId.get(id);
    if (row === undefined) {
      row = this.stmts.byId.get(id) ?? null;
      this.byId.set(id, row);
    }
    return row;
  }

  private withAlias(n: string, kind: string): StoredActor[] {
    return this.cached(this.byAlias, `${kind}\t${n}`, () => this.stmts.byAlias.all(n, kind));
  }

  private withKey(kind: string, key: string): StoredActor[] {
    return this.cached(this.byKey, `${kind}\t${key}`, () => this.stmts.byKey.all(kind, key));
  }

  /** Rows read from the database are shared through `byId`, so an update made through one list shows in all. */
  private cached(map: Map<string, StoredActor[]>, k: string, load: () => StoredActor[]): StoredActor[] {
    let rows = map.get(k);
    if (rows === undefined) {
      rows = load().map((r) => {
        const known = this.byId.get(r.id);
        if (known) return known;
        this.byId.set(r.id, r);
        return r;
      });
      map.set(k, rows);
    }
    return rows;
  }

  /** A new actor whose canonical slug is taken by an incompatible actor gets a numbered id. */
  private freeId(id: string): string {
    let candidate = id;
    for (let n = 2; this.actorWithId(candidate); n++) candidate = `${id}-${n}`;
    return candidate;
  }
}

function fuller(name: string, than: string): boolean {
  const words = name.split(/\s+/);
  return words.length > than.split(/\s+/).length && norm(words[words.length - 1]!) === norm(than.split(/\s+/).pop()!);
}

/** Nothing known about the two contradicts: a different country means a different actor. */
function compatible(r: StoredActor, a: Actor): boolean {
  return !(r.country && a.country && norm(r.country) !== norm(a.country));
}

function sharesContext(r: StoredActor, a: Actor): boolean {
  return Boolean((r.country && a.country && norm(r.country) === norm(a.country)) || (r.role && a.role && norm(r.role) === norm(a.role)));
}
