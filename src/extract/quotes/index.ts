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
import { dateFor } from '../link.js';
import { attributeQuotes, toDirectRecord } from './direct.js';
import { quoteLexicon } from './lexicon.js';
import { MentionIndex } from './mentions.js';
import { findQuotedSpans, isTitleLike } from './quote-marks.js';
import { reportedClauses } from './reported.js';

export function extractQuotes(doc: Doc, ctx: ExtractContext): Quote[] {
  const lex = quoteLexicon();
  const mi = new MentionIndex(ctx);
  const text = doc.text;
  const quoted = findQuotedSpans(text, doc.paragraphs).filter((q) =>
    !isTitleLike(text.slice(q.start, q.end), text.slice(Math.max(0, q.open - 30), q.open), lex.namingCues));
  const cues = findCues(doc, quoted, mi, lex);

  // A quote is dated by when it was said, near its cue: a date inside quoted words is what they talk about.
  const inside = (d: Span, s: Span): boolean => d.start < s.end && d.end > s.start;
  const unquotedDates = ctx.dates.filter((d) => !quoted.some((q) => inside(d, q)));
  const dateOf = (said: Span, cue: Span | null): string | null =>
    dateFor(doc, unquotedDates.filter((d) => !inside(d, said)), cue ?? said)?.value ?? null;

  const out: Quote[] = [];
  for (const d of attributeQuotes(doc, quoted, cues)) {
    out.push(toDirectRecord(doc, d, dateOf(d.quote, d.cue)));
  }
  for (const r of reportedClauses(doc, cues, quoted)) {
    const span = { start: r.start, end: r.end };
    out.push({
      ...span,
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
