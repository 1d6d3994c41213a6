import { sentenceAt } from '../../analyse/document.js';
const AFTER_CLOSE = /^[\s,—–-]*/;
const MIN_UNATTRIBUTED_WORDS = 4;
export function attributeQuotes(doc, quotes, cues) {
    const text = doc.text;
    const cueBySpeakerStart = new Map();
    const cueByVerbStart = new Map();
    for (const c of cues) {
        if (c.speaker && !c.inverted && !c.participle)
            cueBySpeakerStart.set(c.speaker.start, c);
        cueByVerbStart.set(c.start, c);
    }
    const out = [];
    for (const quote of quotes) {
        const si = sentenceAt(doc, quote.open);
        if (si < 0 || doc.sentences[si].caption)
            continue;
        const para = doc.paragraphs[quote.paragraph];
        const found = cueAfter(text, quote, para.end, cueBySpeakerStart, cueByVerbStart) ?? cueBefore(doc, quote, si, cues);
        if (found) {
            out.push({ quote, cue: found.cue, speaker: found.cue.speaker, rule: found.rule });
            continue;
        }
        const prev = out[out.length - 1];
        const continues = prev && prev.speaker && (prev.quote.paragraph === quote.paragraph
            || (prev.quote.paragraph === quote.paragraph - 1 && quote.open === para.start && lastQuoteOf(quotes, prev.quote)));
        if (continues) {
            out.push({ quote, cue: prev.cue, speaker: prev.speaker, rule: 'quote:direct:follow-on' });
        }
        else if (text.slice(quote.start, quote.end).split(/\s+/).length >= MIN_UNATTRIBUTED_WORDS) {
            out.push({ quote, cue: null, speaker: null, rule: 'quote:direct:unattributed' });
        }
    }
    return out;
}
function cueAfter(text, quote, paraEnd, bySpeaker, byVerb) {
    if (quote.close === null)
        return null;
    const p = quote.close + 1 + AFTER_CLOSE.exec(text.slice(quote.close + 1, quote.close + 8))[0].length;
    if (p >= paraEnd)
        return null;
    const subjectFirst = bySpeaker.get(p);
    if (subjectFirst)
        return { cue: subjectFirst, rule: 'quote:direct:cue-after' };
    const verbFirst = byVerb.get(p);
    if (verbFirst?.speaker)
        return { cue: verbFirst, rule: 'quote:direct:cue-after' };
    return null;
}
function cueBefore(doc, quote, si, cues) {
    for (let i = cues.length - 1; i >= 0; i--) {
        const c = cues[i];
        if (c.end > quote.open)
            continue;
        if (c.sentence === si && c.speaker)
            return { cue: c, rule: 'quote:direct:cue-before' };
        if (c.sentence < si)
            break;
    }
    // 'Peskov said:' closing the paragraph before the quote.
    const para = doc.paragraphs[quote.paragraph];
    if (quote.open === para.start && quote.paragraph > 0) {
        const prevPara = doc.paragraphs[quote.paragraph - 1];
        if (doc.text[prevPara.end - 1] === ':') {
            const last = [...cues].reverse().find((c) => c.end <= prevPara.end && c.start >= prevPara.start && c.speaker);
            if (last)
                return { cue: last, rule: 'quote:direct:cue-colon' };
        }
    }
    return null;
}
function lastQuoteOf(quotes, q) {
    const i = quotes.indexOf(q);
    return i >= 0 && (i === quotes.length - 1 || quotes[i + 1].paragraph !== q.paragraph);
}
export function toDirectRecord(doc, d, date) {
    const { quote, speaker, cue } = d;
    return {
        start: quote.start,
        end: quote.end,
        text: doc.text.slice(quote.start, quote.end),
        sentence: Math.max(0, sentenceAt(doc, quote.start)),
        kind: 'direct',
        speaker: speaker?.actor ?? null,
        speaker_start: speaker?.start ?? null,
        speaker_end: speaker?.end ?? null,
        cue: cue?.form ?? null,
        date,
        rule: d.rule,
    };
}
//# sourceMappingURL=direct.js.map