import { sentenceAt } from '../../analyse/document.js';
import { findCues } from './cues.js';
import { dateFor } from './date-for.js';
import { attributeQuotes, toDirectRecord } from './direct.js';
import { quoteLexicon } from './lexicon.js';
import { MentionIndex } from './mentions.js';
import { findQuotedSpans, isTitleLike } from './quote-marks.js';
import { reportedClauses } from './reported.js';
export function extractQuotes(doc, ctx) {
    const lex = quoteLexicon();
    const mi = new MentionIndex(ctx);
    const text = doc.text;
    const quoted = findQuotedSpans(text, doc.paragraphs).filter((q) => !isTitleLike(text.slice(q.start, q.end), text.slice(Math.max(0, q.open - 30), q.open), lex.namingCues));
    const cues = findCues(doc, quoted, mi, lex);
    const out = [];
    for (const d of attributeQuotes(doc, quoted, cues)) {
        out.push(toDirectRecord(doc, d, dateFor(doc, ctx.dates, d.quote)));
    }
    for (const r of reportedClauses(doc, cues, quoted)) {
        const span = { start: r.start, end: r.end };
        out.push({
            ...span,
            text: text.slice(r.start, r.end),
            sentence: Math.max(0, sentenceAt(doc, r.start)),
            kind: 'reported',
            speaker: r.cue.speaker?.actor ?? null,
            speaker_start: r.cue.speaker?.start ?? null,
            speaker_end: r.cue.speaker?.end ?? null,
            cue: r.cue.form,
            date: dateFor(doc, ctx.dates, span),
            rule: r.rule,
        });
    }
    return out.sort((a, b) => a.start - b.start || a.end - b.end);
}
//# sourceMappingURL=index.js.map