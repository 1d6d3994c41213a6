import { norm, translitKey } from './keys.js';
export class ActorResolver {
    byId;
    byAlias;
    byKey;
    insertActor;
    fillActor;
    rename;
    insertAlias;
    insertRole;
    constructor(db) {
        this.byId = db.prepare('SELECT id, name, kind, role, country FROM actors WHERE id = ?');
        this.byAlias = db.prepare('SELECT a.id, a.name, a.kind, a.role, a.country FROM aliases s JOIN actors a ON a.id = s.actor_id WHERE s.norm = ? AND a.kind = ?');
        this.byKey = db.prepare('SELECT id, name, kind, role, country FROM actors WHERE kind = ? AND key = ?');
        this.insertActor = db.prepare('INSERT INTO actors (id, name, kind, role, country, key) VALUES (?, ?, ?, ?, ?, ?)');
        this.fillActor = db.prepare('UPDATE actors SET role = coalesce(role, ?), country = coalesce(country, ?) WHERE id = ?');
        this.rename = db.prepare('UPDATE actors SET name = ? WHERE id = ?');
        this.insertAlias = db.prepare('INSERT OR IGNORE INTO aliases (actor_id, alias, norm, key) VALUES (?, ?, ?, ?)');
        this.insertRole = db.prepare('INSERT OR REPLACE INTO actor_roles (actor_id, article_id, role, country, date) VALUES (?, ?, ?, ?, ?)');
    }
    /** Maps each of the article's actor ids to a stored actor id, creating actors as needed. */
    resolve(actors, articleId, date) {
        const ids = new Map();
        for (const a of actors) {
            const found = this.find(a);
            let id;
            if (found) {
                id = found.id;
                this.fillActor.run(a.role, a.country, id);
                // "Putin" stored first, "Vladimir Putin" seen now: the fuller name becomes canonical.
                if (fuller(a.name, found.name))
                    this.rename.run(a.name, id);
            }
            else {
                id = this.freeId(a.id);
                this.insertActor.run(id, a.name, a.kind, a.role, a.country, translitKey(a.name));
            }
            for (const alias of [a.name, ...a.aliases])
                this.insertAlias.run(id, alias, norm(alias), translitKey(alias));
            if (a.role || a.country)
                this.insertRole.run(id, articleId, a.role, a.country, date);
            ids.set(a.id, id);
        }
        return ids;
    }
    find(a) {
        const same = this.byId.get(a.id);
        if (same && same.kind === a.kind && compatible(same, a))
            return same;
        const agree = (rows) => {
            const fit = rows.filter((r) => compatible(r, a));
            if (fit.length === 1)
                return fit[0];
            const strong = fit.filter((r) => sharesContext(r, a));
            return strong.length === 1 ? strong[0] : undefined;
        };
        for (const name of [a.name, ...a.aliases]) {
            const hit = agree(this.byAlias.all(norm(name), a.kind));
            if (hit)
                return hit;
        }
        if (a.kind !== 'person')
            return undefined;
        // A transliteration variant needs more than the spelling: the same role or country.
        return this.byKey.all(a.kind, translitKey(a.name)).find((r) => sharesContext(r, a));
    }
    /** A new actor whose canonical slug is taken by an incompatible actor gets a numbered id. */
    freeId(id) {
        let candidate = id;
        for (let n = 2; this.byId.get(candidate); n++)
            candidate = `${id}-${n}`;
        return candidate;
    }
}
function fuller(name, than) {
    const words = name.split(/\s+/);
    return words.length > than.split(/\s+/).length && norm(words[words.length - 1]) === norm(than.split(/\s+/).pop());
}
/** Nothing known about the two contradicts: a different country means a different actor. */
function compatible(r, a) {
    return !(r.country && a.country && norm(r.country) !== norm(a.country));
}
function sharesContext(r, a) {
    return Boolean((r.country && a.country && norm(r.country) === norm(a.country)) || (r.role && a.role && norm(r.role) === norm(a.role)));
}
//# sourceMappingURL=actors.js.map