// Quotes: who said what. Passes, each a pure function of the document:
//   1. quoted spans (quote-marks.ts), minus titles and names in quote marks;
//   2. speech cues outside quotes with their speakers (cues.ts, speakers.ts);
//   3. direct quotes attributed to a cue or to the quote before them (direct.ts);
//   4. reported speech: the clause a cue introduces or closes (reported.ts).
import type { Doc } from '../../analyse/document.js';
import { sentenceAt } from '../../analyse/document.js';
import type { Quote, Span } from '../../model.js';
import type { ExtractContext } from '../context.js';
import { findCues } from './cues.js';
import { dateFor, datesByParagraph } from '../link.js';
import { attributeQuotes, toDirectRecord } from './direct.js';
import { quoteLexicon } from './lexicon.js';
import { MentionIndex } from './mentions.js';
import { findQuotedSpans, isTitleLike, type QuotedSpan } from './quote-marks.js';
import { reportedClauses } from './reported.js';

export function extractQuotes(doc: Doc, ctx: ExtractContext): Quote[] {
  const lex = quoteLexicon();
  const mi = MentionIndex.of(ctx);
  const text = doc.text;
  const quoted = findQuotedSpans(text, doc.paragraphs).filter((q) =>
    !isTitleLike(text.slice(q.start, q.end), text.slice(Math.max(0, q.open - 30), q.open), lex.namingCues));
  const cues = findCues(doc, quoted, mi, lex);

  // A quote is dated by when it was said, near its cue: a date inside quoted words is what they talk about.
  const byParagraph = datesByParagraph(doc, ctx.dates.filter((d) => !insideAny(d, quoted)));
  const dateOf = (said: Span, cue: Span | null): string | null => {
    const at = cue ?? said;
    const nearby = (byParagraph.get(doc.sentences[sentenceAt(doc, at.start)]?.paragraph ?? -1) ?? [])
      .filter((d) => d.end <= said.start || d.start >= said.end);
    return dateFor(doc, nearby, at)?.value ?? null;
  };

  const out: Quote[] = [];
  for (const d of attributeQuotes(doc, quoted, cues, mi)) {
    out.push(toDirectRecord(doc, d, dateOf(d.quote, d.cue)));
  }
  for (const r of reportedClauses(doc, cues, quoted)) {
    const span = { start: r.start, end: r.end };
    out.push({
      start: r.start,
      end: r.end,
      text: text.slice(r.start, r.end),
      sentence: Math.max(0, sentenceAt(doc, r.start)),
      kind: 'reported',
      speaker: r.cue.speaker?.actor ?? null,
      speaker_start: r.cue.speaker?.start ?? null,
      speaker_end: r.cue.speaker?.end ?? null,
      cue: r.cue.form,
      date: dateOf(span, r.cue),
      rule: r.rule,
    });
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Whether a date lies inside one of the quoted spans (both lists in text order). */
function insideAny(d: Span, quoted: QuotedSpan[]): boolean {
  let lo = 0;
  let hi = quoted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (quoted[mid]!.end <= d.start) lo = mid + 1;
    else hi = mid;
  }
  const q = quoted[lo];
  return q !== undefined && q.start < d.end && q.end > d.start;
}
