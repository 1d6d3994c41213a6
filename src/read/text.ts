// Plain text and Markdown: front matter and metadata lines come out, the story stays. Exports from publishing
// systems put front matter on .txt files too, and wire copy carries Markdown, so both formats take one path.
import type { Draft } from './index.js';
import { finishArticle } from './finish.js';
import { frontMatter, markdownBlocks } from './markdown.js';

export function readText(source: string, text: string): Draft {
  const { fields, body } = frontMatter(text);
  return finishArticle(source, markdownBlocks(body), fields);
}
