// One input, from bytes to extractions, with no database: shared by `ingest` (and its workers) and `extract`.
import { createHash } from 'node:crypto';
import { extractArticle, noTimes } from './pipeline.js';
import { readArticles, ReadError } from './read/index.js';
/** sha256 of an input's bytes: unchanged files are recognised without reading them again. */
export function hashBytes(bytes) {
    return createHash('sha256').update(bytes).digest('hex');
}
export function processInput(source, bytes, options) {
    const times = noTimes();
    const t0 = performance.now();
    let read;
    try {
        read = readArticles(source, bytes, options);
    }
    catch (e) {
        const message = e instanceof ReadError ? e.message : `could not be read: ${e.message}`;
        return { extractions: [], errors: [message], warnings: [], times };
    }
    finally {
        times.read = performance.now() - t0;
    }
    const extractions = [];
    const errors = [...read.errors];
    for (const article of read.articles) {
        try {
            extractions.push(extractArticle(article, times));
        }
        catch (e) {
            const where = article.source === source ? '' : `${article.source.slice(source.length)}: `;
            errors.push(`${where}extraction failed: ${e.message}`);
        }
    }
    return { extractions, errors, warnings: read.warnings, times };
}
//# sourceMappingURL=process.js.map