// The whole per-article path after reading: analyse, then extract. Pure: same article in, same records out.
import { analyse } from './analyse/document.js';
import { extractAll } from './extract/index.js';
import type { Article, Extraction } from './model.js';

export function extractArticle(article: Article): Extraction {
  const doc = analyse(article);
  const records = extractAll(doc);
  const sentences = doc.sentences.map(({ start, end, paragraph }) => ({ start, end, paragraph }));
  return { article, sentences, ...records };
}
