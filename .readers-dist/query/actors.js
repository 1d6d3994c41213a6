import { norm, translitKey } from '../store/keys.js';
export function findActors(db, name) {
    const byAlias = db.prepare(`
    SELECT DISTINCT a.id, a.name, a.kind FROM aliases s JOIN actors a ON a.id = s.actor_id
    WHERE s.norm = ? OR a.id = ? ORDER BY a.name`).all(norm(name), name);
    if (byAlias.length > 0)
        return byAlias;
    return db.prepare(`
    SELECT DISTINCT a.id, a.name, a.kind FROM aliases s JOIN actors a ON a.id = s.actor_id
    WHERE s.key = ? ORDER BY a.name`).all(translitKey(name));
}
/** The closest names to a query that matched nothing, for "did you mean ...". */
export function suggestActors(db, name, limit = 3) {
    const q = norm(name);
    const scored = [];
    for (const { alias, n } of db.prepare('SELECT alias, norm AS n FROM aliases').iterate()) {
        const d = Math.min(editDistance(q, n), ...n.split(' ').map((w) => editDistance(q, w) + 0.5));
        if (d <= Math.max(2, q.length / 3))
            scored.push({ alias, d });
    }
    scored.sort((a, b) => a.d - b.d || a.alias.localeCompare(b.alias));
    return [...new Set(scored.map((s) => s.alias))].slice(0, limit);
}
function editDistance(a, b) {
    if (Math.abs(a.length - b.length) > 4)
        return 99;
    let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const cur = [i];
        for (let j = 1; j <= b.length; j++) {
            cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        }
        prev = cur;
    }
    return prev[b.length];
}
//# sourceMappingURL=actors.js.map