// Which date a quote, agreement or event carries: a calendar date stated in its own sentence (the nearest one),
// else the nearest earlier one in the same paragraph, else none. The publication date is never used silently.
import { sentenceAt } from '../analyse/document.js';
/** A date that can anchor a record: a calendar date or time, not a duration, a set or a vague PAST_REF. */
export function canGovern(d) {
    return (d.type === 'DATE' || d.type === 'TIME') && !d.value.endsWith('_REF');
}
export function dateFor(doc, dates, span) {
    const first = sentenceOf(doc, span.start);
    const last = Math.max(first, sentenceOf(doc, Math.max(span.start, span.end - 1)));
    const candidates = dates.filter(canGovern);
    let best = null;
    let bestDistance = Infinity;
    for (const d of candidates) {
        if (d.sentence < first || d.sentence > last)
            continue;
        const distance = d.end <= span.start ? span.start - d.end : d.start >= span.end ? d.start - span.end : 0;
        if (distance < bestDistance) {
            best = d;
            bestDistance = distance;
        }
    }
    if (best)
        return best;
    const paragraph = doc.sentences[first]?.paragraph;
    if (paragraph === undefined)
        return null;
    let governing = null;
    for (const d of candidates) {
        const s = doc.sentences[d.sentence];
        if (!s || s.paragraph !== paragraph || d.sentence >= first)
            continue;
        if (!governing || d.end > governing.end)
            governing = d;
    }
    return governing;
}
function sentenceOf(doc, offset) {
    const i = sentenceAt(doc, offset);
    if (i >= 0)
        return i;
    let k = 0;
    while (k + 1 < doc.sentences.length && doc.sentences[k + 1].start <= offset)
        k++;
    return k;
}
//# sourceMappingURL=link.js.map