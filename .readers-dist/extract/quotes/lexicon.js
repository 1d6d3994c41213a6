// The quote extractor's word lists, compiled once per process from src/lexicons/*.txt.
import { lexicon, listField, wordSet } from '../../lexicons/load.js';
let cached;
const FRAMES = new Set(['bare', 'object', 'that', 'source']);
export function escapeRe(s) {
    return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
/** An alternation of phrases, longest first, where spaces match any run of white space. */
export function alternation(phrases) {
    return [...new Set(phrases)].sort((a, b) => b.length - a.length)
        .map((p) => escapeRe(p).replace(/ /g, '\\s+')).join('|');
}
export function quoteLexicon() {
    if (cached)
        return cached;
    const forms = new Map();
    for (const [lemma, formList, frame] of lexicon('speech-verbs')) {
        const f = (frame ?? 'that');
        if (!lemma || !FRAMES.has(f))
            continue;
        for (const form of listField(formList))
            forms.set(form, { lemma, frame: f });
    }
    const roles = new Map();
    for (const [head, synonyms, kind] of lexicon('speaker-roles')) {
        if (head)
            roles.set(head.toLowerCase(), { synonyms: listField(synonyms).map((s) => s.toLowerCase()), kind: (kind ?? 'person') });
    }
    cached = {
        // Case-sensitive on purpose: "Said" mid-sentence is usually a name, not the verb.
        cueRe: new RegExp(`(?<![\\p{L}\\p{N}'’-])(${alternation(forms.keys())})(?![\\p{L}\\p{N}-])`, 'gu'),
        forms,
        gapWords: wordSet('speech-gap'),
        roles,
        reportingNouns: wordSet('reporting-nouns', true),
        namingCues: lexicon('quote-naming-cues').map((r) => r[0].toLowerCase()),
    };
    return cached;
}
/** The form as listed in the lexicon, whatever white space the text put inside it. */
export function normalForm(matched) {
    return matched.replace(/\s+/g, ' ');
}
//# sourceMappingURL=lexicon.js.map