// Shared by the date tests: an analysed document from a bit of news text.
import { analyse, type Doc } from '../src/analyse/document.js';
import { extractDates } from '../src/extract/dates/index.js';
import type { DateRef } from '../src/model.js';

export function docOf(text: string, published: string | null = null): Doc {
  return analyse({ id: 't', source: 't', title: null, byline: null, outlet: null, url: null, published, text, captions: [] });
}

export function datesIn(text: string, published: string | null = null): DateRef[] {
  return extractDates(docOf(text, published));
}

/** The one date whose text is `surface`; fails the test if there is none. */
export function dateAt(text: string, surface: string, published: string | null = null): DateRef {
  const found = datesIn(text, published).find((d) => d.text === surface);
  if (!found) throw new Error(`no date "${surface}" in: ${JSON.stringify(datesIn(text, published).map((d) => d.text))}`);
  return found;
}
