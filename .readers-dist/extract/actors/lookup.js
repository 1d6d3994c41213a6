/** The actor mentioned at `offset` (the innermost mention covering it), or null. */
export function actorAt(result, offset) {
    let best = null;
    for (const m of result.mentions) {
        if (m.start > offset)
            break;
        if (offset < m.end && (!best || m.end - m.start < best.end - best.start))
            best = m;
    }
    return best ? actorById(result, best.actor) : null;
}
/** Mentions lying wholly inside [start, end), in text order. */
export function mentionsIn(result, start, end) {
    return result.mentions.filter((m) => m.start >= start && m.end <= end);
}
export function actorById(result, id) {
    return result.actors.find((a) => a.id === id) ?? null;
}
/** The actor whose name or an alias equals `name`, case- and accent-insensitively. */
export function actorNamed(result, name) {
    const f = fold(name);
    return result.actors.find((a) => fold(a.name) === f || a.aliases.some((x) => fold(x) === f)) ?? null;
}
function fold(s) {
    return s.normalize('NFKD').replace(/\p{M}/gu, '').replace(/\s+/g, ' ').trim().toLowerCase();
}
//# sourceMappingURL=lookup.js.map