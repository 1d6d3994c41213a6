// The analysed document every extractor receives: the article plus its paragraph and sentence structure.
import type { Article, SentenceSpan, Span } from '../model.js';
import { splitParagraphs, splitSentences } from './sentences.js';

export interface Sentence extends SentenceSpan {
  index: number;
  /** True when the sentence lies in a photo caption or credit: mentions count, quotes and agreements do not. */
  caption: boolean;
}

export interface Doc {
  article: Article;
  text: string;
  /** The reference date for relative expressions; null when the article carries none. */
  published: string | null;
  paragraphs: Span[];
  sentences: Sentence[];
}

export function analyse(article: Article): Doc {
  const text = article.text;
  const paragraphs = splitParagraphs(text);
  const sentences: Sentence[] = [];
  paragraphs.forEach((para, p) => {
    for (const s of splitSentences(text, para)) {
      const caption = article.captions.some((c) => s.start >= c.start && s.end <= c.end);
      sentences.push({ start: s.start, end: s.end, paragraph: p, index: sentences.length, caption });
    }
  });
  return { article, text, published: article.published, paragraphs, sentences };
}

/** Index of the sentence containing `offset` (binary search), or -1. */
export function sentenceAt(doc: Doc, offset: number): number {
  let lo = 0;
  let hi = doc.sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = doc.sentences[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** The sentence holding `offset`; an offset between two sentences belongs to the one before it. */
export function sentenceOf(doc: Doc, offset: number): number {
  let lo = 0;
  let hi = doc.sentences.length - 1;
  let found = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (doc.sentences[mid]!.start <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}
