import { finishArticle } from './finish.js';
import { frontMatter, markdownBlocks } from './markdown.js';
export function readText(source, text) {
    const { fields, body } = frontMatter(text);
    return finishArticle(source, markdownBlocks(body), fields);
}
//# sourceMappingURL=text.js.map