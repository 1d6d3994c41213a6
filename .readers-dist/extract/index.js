import { extractDates } from './dates/index.js';
import { extractActors } from './actors/index.js';
import { extractQuotes } from './quotes/index.js';
import { extractAgreements } from './agreements/index.js';
export function extractAll(doc) {
    const dates = extractDates(doc);
    const { actors, mentions } = extractActors(doc);
    const context = { actors, mentions, dates };
    const quotes = extractQuotes(doc, context);
    const agreements = extractAgreements(doc, context);
    return { actors, mentions, dates, quotes, agreements, events: [] };
}
//# sourceMappingURL=index.js.map