// Which date a quote, agreement or event carries: a calendar date stated in its own sentence (the nearest one),
// else the nearest earlier one in the same paragraph, else none. The publication date is never used silently.
import { sentenceOf, type Doc } from '../analyse/document.js';
import type { DateRef } from '../model.js';

interface Range {
  start: number;
  end: number;
}

/** A date that can anchor a record: a calendar date or time, not a duration, a set or a vague PAST_REF. */
export function canGovern(d: DateRef): boolean {
  return (d.type === 'DATE' || d.type === 'TIME') && !d.value.endsWith('_REF');
}

export function dateFor(doc: Doc, dates: DateRef[], span: Range): DateRef | null {
  const first = sentenceOf(doc, span.start);
  const last = Math.max(first, sentenceOf(doc, Math.max(span.start, span.end - 1)));
  const candidates = dates.filter(canGovern);

  let best: DateRef | null = null;
  let bestDistance = Infinity;
  for (const d of candidates) {
    if (d.sentence < first || d.sentence > last) continue;
    const distance = d.end <= span.start ? span.start - d.end : d.start >= span.end ? d.start - span.end : 0;
    if (distance < bestDistance) {
      best = d;
      bestDistance = distance;
    }
  }
  if (best) return best;

  const paragraph = doc.sentences[first]?.paragraph;
  if (paragraph === undefined) return null;
  let governing: DateRef | null = null;
  for (const d of candidates) {
    const s = doc.sentences[d.sentence];
    if (!s || s.paragraph !== paragraph || d.sentence >= first) continue;
    if (!governing || d.end > governing.end) governing = d;
  }
  return governing;
}


/** Dates by the paragraph they sit in: `dateFor` only looks within a record's paragraph. */
export function datesByParagraph(doc: Doc, dates: DateRef[]): Map<number, DateRef[]> {
  const out = new Map<number, DateRef[]>();
  for (const d of dates) {
    const p = doc.sentences[d.sentence]?.paragraph;
    if (p === undefined) continue;
    const list = out.get(p);
    if (list) list.push(d);
    else out.set(p, [d]);
  }
  return out;
}
