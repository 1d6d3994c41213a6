// The whole per-article path after reading: analyse, then extract. Pure: same article in, same records out.
import { analyse } from './analyse/document.js';
import { extractAll } from './extract/index.js';
import type { StageTimes } from './job.js';
import type { Article, Extraction } from './model.js';

export function extractArticle(article: Article, times?: StageTimes): Extraction {
  const t0 = performance.now();
  const doc = analyse(article);
  const t1 = performance.now();
  const records = extractAll(doc);
  if (times) {
    times.analyse += t1 - t0;
    times.extract += performance.now() - t1;
  }
  const sentences = doc.sentences.map(({ start, end, paragraph }) => ({ start, end, paragraph }));
  return { article, sentences, ...records };
}
