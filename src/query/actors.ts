// Finding actors by any name they go by: aliases, case- and accent-insensitive, then transliteration variants.
import type { DB } from '../store/db.js';
import { norm, translitKey } from '../store/keys.js';

export interface ActorMatch {
  seq: number;
  id: string;
  name: string;
  kind: string;
}

export function findActors(db: DB, name: string): ActorMatch[] {
  // Two indexed look-ups joined by UNION (an OR across the two tables would scan every alias).
  const byAlias = db.prepare<[string, string], ActorMatch>(`
    SELECT a.seq, a.id, a.name, a.kind FROM aliases s JOIN actors a ON a.seq = s.actor_seq WHERE s.norm = ?
    UNION SELECT seq, id, name, kind FROM actors WHERE id = ? ORDER BY name`).all(norm(name), name);
  if (byAlias.length > 0) return byAlias;
  return db.prepare<[string], ActorMatch>(`
    SELECT DISTINCT a.seq, a.id, a.name, a.kind FROM aliases s JOIN actors a ON a.seq = s.actor_seq
    WHERE s.key = ? ORDER BY a.name`).all(translitKey(name));
}

/** The closest names to a query that matched nothing, for "did you mean ...". */
export function suggestActors(db: DB, name: string, limit = 3): string[] {
  const q = norm(name);
  const scored: { alias: string; d: number }[] = [];
  for (const { alias, n } of db.prepare<[], { alias: string; n: string }>('SELECT alias, norm AS n FROM aliases').iterate()) {
    const d = Math.min(editDistance(q, n), ...n.split(' ').map((w) => editDistance(q, w) + 0.5));
    if (d <= Math.max(2, q.length / 3)) scored.push({ alias, d });
  }
  scored.sort((a, b) => a.d - b.d || a.alias.localeCompare(b.alias));
  return [...new Set(scored.map((s) => s.alias))].slice(0, limit);
}

function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 4) return 99;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length]!;
}
