// The temporal tagger: parsers find and normalize temporal expressions (TIMEX3 values) against the
// publication date, refiners merge, widen and de-duplicate them. See parsers.ts and refiners.ts.
import { sentenceOf, type Doc } from '../../analyse/document.js';
import type { DateRef } from '../../model.js';
import { granularityOf, interval, parseIso, type Day } from './calendar.js';
import { buildParsers, type Context, type Parser } from './parsers.js';
import { matchAll } from './starts.js';
import { anchorRelative, applyModifiers, dateClockTimes, dropLinks, mergeNeighbours, removeOverlaps, type Hit } from './refiners.js';
import { tenseOracle } from './tense.js';

let parsers: Parser[] | undefined;

/** Every temporal expression in the document, normalized against its publication date. */
export function extractDates(doc: Doc): DateRef[] {
  parsers ??= buildParsers();
  const text = doc.text;
  const tenseAt = tenseOracle(text);
  const ctx: Context = {
    text,
    ref: referenceDay(doc.published),
    tense: (start, end) => {
      const s = doc.sentences[sentenceOf(doc, start)];
      return s ? tenseAt(s, start, end) : null;
    },
  };
  const hits: Hit[] = [];
  const matches = matchAll(parsers, text);
  parsers.forEach((p, rank) => {
    for (const m of matches[rank]!) {
      const found = p.extract(m, ctx);
      // Every hit is built with the same fields in the same order: one object shape keeps the refiners fast.
      if (found) {
        hits.push({
          type: found.type, value: found.value, mod: found.mod ?? null, start: found.start ?? m.index,
          end: m.index + m[0].length, rule: p.rule, rank, anchor: found.anchor,
        });
      }
    }
  });
  const merged = mergeNeighbours(text, removeOverlaps(dropLinks(text, hits)));
  const refined = anchorRelative(removeOverlaps(applyModifiers(text, dateClockTimes(merged, (at) => sentenceOf(doc, at)))));
  return refined.map((h) => toDateRef(doc, h));
}

/**
 * The publication day relative expressions count from. A day in the years 1000 to 9998 only: values are written
 * with four-digit years, so "last month" in an article dated 0010 or "next year" in one dated 9999 (a placeholder
 * in a CMS export) cannot be written; such an article is treated as undated.
 */
function referenceDay(published: string | null): Day | null {
  const day = published ? parseIso(published) : null;
  return day && day.y >= 1000 && day.y <= 9998 ? day : null;
}

function toDateRef(doc: Doc, h: Hit): DateRef {
  const span = h.type === 'DATE' || h.type === 'TIME' ? interval(h.value) : null;
  return {
    start: h.start,
    end: h.end,
    text: doc.text.slice(h.start, h.end),
    sentence: sentenceOf(doc, h.start),
    type: h.type,
    value: h.value,
    granularity: granularityOf(h.type, h.value),
    mod: (h.mod ?? null) as DateRef['mod'],
    from: span?.from ?? null,
    to: span?.to ?? null,
    rule: h.rule,
  };
}

