// Which way a weekday or a month without a year points: a small lexicon-driven look at the verbs around it
// (src/lexicons/dates-tense.txt), not a part-of-speech tagger.
import { lexicon } from '../../lexicons/load.js';
import { alternation } from './words.js';
let compiled;
function cues() {
    if (compiled)
        return compiled;
    const kinds = new Map();
    for (const [w, t] of lexicon('dates-tense')) {
        kinds.set(w.toLowerCase(), t === 'future' || t === 'past' || t === 'present' ? t : null);
    }
    // Listed phrases first (longest first), then the perfect ("has been", "have risen"), then any word in -ed.
    const perfect = String.raw `\b(?:has|have)\s+(?:not\s+|already\s+|also\s+)?(?:been|[a-z]+(?:ed|en|wn|un|ne|ht))\b`;
    const re = new RegExp(`(?<![\\w'])(?:${alternation(kinds.keys())})(?![\\w'])|${perfect}|\\b[a-z]{2,}ed\\b`, 'gi');
    compiled = { re, kinds };
    return compiled;
}
const FUTURE_PASSIVE = /\b(?:will|would|shall|to|'ll|may|might|could|should|must|can)\s+(?:not\s+)?(?:be|have\s+been)\s+$/i;
/** The verb cues of a stretch of text, in order, with offsets relative to `base`. */
function scan(text, base) {
    const { re, kinds } = cues();
    const out = [];
    re.lastIndex = 0;
    let m;
    while ((m = re.exec(text)) !== null) {
        const w = m[0].toLowerCase().replace(/\s+/g, ' ');
        let kind = kinds.get(w);
        if (kind === undefined && /^ha(?:s|ve)\s/.test(w))
            kind = 'past';
        if (kind === undefined) {
            if (/^\p{Lu}/u.test(m[0]))
                continue; // a name such as "Ahmed", not a verb
            kind = FUTURE_PASSIVE.test(text.slice(Math.max(0, m.index - 24), m.index)) ? 'future' : 'past';
        }
        if (kind)
            out.push({ at: base + m.index, kind });
    }
    return out;
}
// A clause ends at a semicolon or dash, or at a comma before a coordinating word.
const CLAUSE_BREAK = /[;—–]|,\s+(?:and|but|while|whereas|although|though|yet)\b/g;
/**
 * The tense governing the expression [start, end) inside `sentence`: the nearest cue before it in its clause,
 * else the nearest after it in the clause, else the same search over the whole sentence. A present-tense cue
 * leaves the direction open (null).
 */
export function tenseAround(text, sentence, start, end) {
    const body = text.slice(sentence.start, sentence.end);
    const found = scan(body, sentence.start);
    let clauseStart = sentence.start;
    let clauseEnd = sentence.end;
    CLAUSE_BREAK.lastIndex = 0;
    let b;
    while ((b = CLAUSE_BREAK.exec(body)) !== null) {
        const at = sentence.start + b.index;
        if (at < start)
            clauseStart = at;
        else if (at >= end) {
            clauseEnd = at;
            break;
        }
    }
    const pick = (lo, hi) => {
        let before;
        let after;
        for (const c of found) {
            if (c.at < lo || c.at >= hi)
                continue;
            if (c.at < start)
                before = c;
            else if (c.at >= end && !after)
                after = c;
        }
        return before ?? after;
    };
    const cue = pick(clauseStart, clauseEnd) ?? pick(sentence.start, sentence.end);
    return cue && cue.kind !== 'present' ? cue.kind : null;
}
//# sourceMappingURL=tense.js.map