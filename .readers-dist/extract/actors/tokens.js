// Letters/digits, joined by single - ' ’ . & (no nested quantifier over the same characters).
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:[-'’.&][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*\.?/gu;
const KEEP_DOT = new Set(['Mr.', 'Mrs.', 'Ms.', 'Dr.', 'Prof.', 'St.', 'Jr.', 'Sr.', 'Inc.', 'Corp.', 'Co.', 'Ltd.',
    'Gen.', 'Sen.', 'Rep.', 'Gov.', 'Col.', 'Lt.', 'Capt.', 'Rev.', 'Hon.', 'No.']);
export function tokenize(text, start, end) {
    const out = [];
    const chunk = text.slice(start, end);
    WORD.lastIndex = 0;
    let m;
    while ((m = WORD.exec(chunk)) !== null) {
        let word = m[0];
        if (word.endsWith('.') && !keepsDot(word))
            word = word.slice(0, -1);
        let possessive = false;
        if (/['’]s$/.test(word) && word.length > 2) {
            word = word.slice(0, -2);
            possessive = true;
        }
        const s = start + m.index;
        out.push({ start: s, end: s + word.length, text: word, possessive, upper: /^\p{Lu}/u.test(word) });
    }
    return out;
}
/** "U.S.", "W.", "Mr." keep their final dot; "Putin." does not. */
function keepsDot(word) {
    return KEEP_DOT.has(word) || /^(?:\p{Lu}\.)+$/u.test(word) || /^\p{Lu}$/u.test(word.slice(0, -1));
}
//# sourceMappingURL=tokens.js.map