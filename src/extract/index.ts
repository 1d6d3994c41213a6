// extract: pure functions from an analysed document to records. Order matters only where one family
// consumes another's output: quotes and agreements need actors (speakers, parties) and dates.
import type { Doc } from '../analyse/document.js';
import type { Extraction } from '../model.js';
import { extractDates } from './dates/index.js';
import { extractActors } from './actors/index.js';
import { extractQuotes } from './quotes/index.js';
import { extractAgreements } from './agreements/index.js';

export type Records = Omit<Extraction, 'article' | 'sentences'>;

export function extractAll(doc: Doc): Records {
  const dates = extractDates(doc);
  const { actors, mentions } = extractActors(doc);
  const context = { actors, mentions, dates };
  const quotes = extractQuotes(doc, context);
  const agreements = extractAgreements(doc, context);
  return { actors, mentions, dates, quotes, agreements, events: [] };
}
