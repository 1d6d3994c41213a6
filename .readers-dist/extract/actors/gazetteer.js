import { lexicon, listField } from '../../lexicons/load.js';
import { spellingKey } from './translit.js';
let cached;
/** Spelling key of a whole name, word by word. */
export function nameKey(name) {
    return name.split(/\s+/).map(spellingKey).join(' ');
}
export function gazetteer() {
    cached ??= build();
    return cached;
}
function build() {
    const surfaces = new Map();
    const countries = new Map();
    // The first listing of a surface wins, so the order of the files decides clashes (London: UK before England).
    const put = (surface, e) => {
        if (surface && !surfaces.has(surface))
            surfaces.set(surface, e);
    };
    for (const [name = '', aliases, demonyms, capitals] of lexicon('countries')) {
        const country = { kind: 'country', name, country: name, via: 'name' };
        countries.set(name, country);
        put(name, country);
        for (const a of listField(aliases))
            put(a, country);
        for (const d of listField(demonyms)) {
            const e = { ...country, via: 'demonym' };
            put(d, e);
            if (/(an|i)$/.test(d))
                put(`${d}s`, e);
        }
        for (const c of listField(capitals))
            put(c, { kind: 'place', name: c, country: name, via: 'capital' });
    }
    for (const [surface = '', kind, referent = ''] of lexicon('metonyms')) {
        surfaces.set(surface, { kind: kind, name: referent, country: null, via: 'metonym' });
    }
    for (const [name = '', , aliases, country] of lexicon('organizations')) {
        const e = { kind: 'organization', name, country: country || null, via: 'name' };
        put(name, e);
        for (const a of listField(aliases))
            put(a, e);
    }
    for (const [name = '', aliases, country] of lexicon('places')) {
        const e = { kind: 'place', name, country: country || null, via: 'name' };
        put(name, e);
        for (const a of listField(aliases))
            put(a, e);
    }
    const people = new Map();
    for (const [name = '', variants] of lexicon('people')) {
        const e = { kind: 'person', name, country: null, via: 'person' };
        for (const v of [name, ...listField(variants)]) {
            put(v, e);
            people.set(nameKey(v), name);
        }
    }
    let maxWords = 1;
    const lowerStarts = new Set();
    for (const s of surfaces.keys()) {
        maxWords = Math.max(maxWords, s.split(' ').length);
        if (/^\p{Ll}/u.test(s))
            lowerStarts.add(s.split(' ')[0]);
    }
    const roles = new Map();
    let roleMaxWords = 1;
    for (const [head = '', cls = 'official'] of lexicon('roles')) {
        roles.set(head.toLowerCase(), cls);
        roleMaxWords = Math.max(roleMaxWords, head.split(' ').length);
    }
    const pairs = (name) => new Map(lexicon(name).map(([a = '', b = '']) => [a, b]));
    const nounsAfter = new Map();
    const nounsBefore = new Map();
    for (const [noun = '', kind = '', side = ''] of lexicon('type-nouns')) {
        if (side === 'after' || side === 'both')
            nounsAfter.set(noun, kind);
        if (side === 'before' || side === 'both')
            nounsBefore.set(noun, kind);
    }
    return {
        surfaces,
        maxWords,
        lowerStarts,
        countries,
        roles,
        roleMaxWords,
        modifiers: new Set(lexicon('role-modifiers').map((r) => r[0].toLowerCase())),
        honorifics: new Set(lexicon('honorifics').map((r) => r[0])),
        stopwords: new Set(lexicon('name-stopwords').map((r) => r[0].toLowerCase())),
        nameCues: pairs('name-cues'),
        nounsAfter,
        nounsBefore,
        people,
    };
}
//# sourceMappingURL=gazetteer.js.map