// The temporal tagger: parsers find and normalize temporal expressions (TIMEX3 values) against the
// publication date, refiners merge, widen and de-duplicate them. See parsers.ts and refiners.ts.
import { sentenceAt } from '../../analyse/document.js';
import { granularityOf, interval, parseIso } from './calendar.js';
import { buildParsers } from './parsers.js';
import { anchorRelative, applyModifiers, dropLinks, mergeNeighbours, removeOverlaps } from './refiners.js';
import { tenseAround } from './tense.js';
let parsers;
/** Every temporal expression in the document, normalized against its publication date. */
export function extractDates(doc) {
    parsers ??= buildParsers();
    const text = doc.text;
    const ctx = {
        text,
        ref: doc.published ? parseIso(doc.published) : null,
        tense: (start, end) => {
            const s = doc.sentences[sentenceIndex(doc, start)];
            return s ? tenseAround(text, s, start, end) : null;
        },
    };
    const hits = [];
    parsers.forEach((p, rank) => {
        p.re.lastIndex = 0;
        let m;
        while ((m = p.re.exec(text)) !== null) {
            const found = p.extract(m, ctx);
            if (found)
                hits.push({ ...found, mod: found.mod ?? null, start: m.index, end: m.index + m[0].length, rule: p.rule, rank });
        }
    });
    const refined = anchorRelative(removeOverlaps(applyModifiers(text, mergeNeighbours(text, removeOverlaps(dropLinks(text, hits))))));
    return refined.map((h) => toDateRef(doc, h));
}
function toDateRef(doc, h) {
    const span = h.type === 'DATE' || h.type === 'TIME' ? interval(h.value) : null;
    return {
        start: h.start,
        end: h.end,
        text: doc.text.slice(h.start, h.end),
        sentence: sentenceIndex(doc, h.start),
        type: h.type,
        value: h.value,
        granularity: granularityOf(h.type, h.value),
        mod: (h.mod ?? null),
        from: span?.from ?? null,
        to: span?.to ?? null,
        rule: h.rule,
    };
}
/** The sentence holding `offset`; text between sentences belongs to the one before it. */
function sentenceIndex(doc, offset) {
    const i = sentenceAt(doc, offset);
    if (i >= 0)
        return i;
    let k = 0;
    while (k + 1 < doc.sentences.length && doc.sentences[k + 1].start <= offset)
        k++;
    return k;
}
//# sourceMappingURL=index.js.map