// Lexicons are plain-text data files beside this module, so a user can extend them without touching code.
// Format: one entry per line; `#` starts a comment; fields are separated by `|`; lists inside a field by `;`.
import { readFileSync } from 'node:fs';
// Resolves to <package>/src/lexicons/ both from src/ (tests) and from dist/ (the built CLI).
const DIR = new URL('../../src/lexicons/', import.meta.url);
const cache = new Map();
/** The entries of `<name>.txt`: each a list of trimmed fields. Read once per process. */
export function lexicon(name) {
    let rows = cache.get(name);
    if (!rows) {
        rows = parseLexicon(readFileSync(new URL(`${name}.txt`, DIR), 'utf8'));
        cache.set(name, rows);
    }
    return rows;
}
export function parseLexicon(source) {
    const rows = [];
    for (const raw of source.split(/\r?\n/)) {
        const line = raw.replace(/(^|\s)#.*$/, '').trim();
        if (line)
            rows.push(line.split('|').map((f) => f.trim()));
    }
    return rows;
}
/** A field holding a `;`-separated list. */
export function listField(field) {
    return field ? field.split(';').map((s) => s.trim()).filter(Boolean) : [];
}
/** The first field of every entry, as a set (word lists). */
export function wordSet(name, fold = false) {
    return new Set(lexicon(name).map((r) => (fold ? r[0].toLowerCase() : r[0])));
}
//# sourceMappingURL=load.js.map