import { splitParagraphs, splitSentences } from './sentences.js';
export function analyse(article) {
    const text = article.text;
    const paragraphs = splitParagraphs(text);
    const sentences = [];
    paragraphs.forEach((para, p) => {
        for (const s of splitSentences(text, para)) {
            const caption = article.captions.some((c) => s.start >= c.start && s.end <= c.end);
            sentences.push({ ...s, paragraph: p, index: sentences.length, caption });
        }
    });
    return { article, text, published: article.published, paragraphs, sentences };
}
/** Index of the sentence containing `offset` (binary search), or -1. */
export function sentenceAt(doc, offset) {
    let lo = 0;
    let hi = doc.sentences.length - 1;
    while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const s = doc.sentences[mid];
        if (offset < s.start)
            hi = mid - 1;
        else if (offset >= s.end)
            lo = mid + 1;
        else
            return mid;
    }
    return -1;
}
//# sourceMappingURL=document.js.map