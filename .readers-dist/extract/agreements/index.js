import { dateFor } from '../quotes/date-for.js';
import { quoteLexicon } from '../quotes/lexicon.js';
import { MentionIndex } from '../quotes/mentions.js';
import { agreementLexicon } from './lexicon.js';
import { findParties } from './parties.js';
import { subjectOf } from './subject.js';
import { findTrigger, statusOf } from './triggers.js';
export function extractAgreements(doc, ctx) {
    const lex = agreementLexicon();
    const qlex = quoteLexicon();
    const mi = new MentionIndex(ctx);
    const text = doc.text;
    const out = [];
    for (const sentence of doc.sentences) {
        if (sentence.caption)
            continue;
        const trig = findTrigger(text, sentence, lex);
        if (!trig)
            continue;
        const parties = findParties(doc, sentence, trig, mi, qlex);
        if (parties.ids.length === 0)
            continue;
        out.push({
            start: sentence.start,
            end: sentence.end,
            text: text.slice(sentence.start, sentence.end),
            sentence: sentence.index,
            trigger: text.slice(trig.start, trig.end),
            parties: parties.ids,
            subject: subjectOf(text, sentence, trig, lex),
            status: statusOf(text, sentence, trig, lex),
            date: dateFor(doc, ctx.dates, sentence),
            rule: `agreement:${trig.frame}/${parties.rule}`,
        });
    }
    return out;
}
//# sourceMappingURL=index.js.map