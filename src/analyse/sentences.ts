// Paragraph and sentence boundaries, as spans into the article text.
import type { Span } from '../model.js';
import { wordSet } from '../lexicons/load.js';

/**
 * Paragraphs are separated by blank lines. A single newline also separates them (wire copy often puts one
 * paragraph per line) unless it only wraps a sentence: the line before ends mid-sentence and the next starts
 * in lower case.
 */
export function splitParagraphs(text: string): Span[] {
  const spans: Span[] = [];
  let start = -1;
  let end = -1;
  const lineRe = /[^\n]*(?:\n|$)/g;
  let m: RegExpExecArray | null;
  while ((m = lineRe.exec(text)) !== null && m.index < text.length) {
    const line = m[0];
    const lineStart = m.index;
    const body = line.trimEnd();
    const lead = body.length - body.trimStart().length;
    if (body.trim() === '') {
      if (start >= 0) spans.push({ start, end });
      start = -1;
    } else {
      const contStart = lineStart + lead;
      // Only the paragraph's last character matters (two code units: it may be a surrogate pair).
      const wraps = start >= 0 && /[\p{L},;\-–]$/u.test(text.slice(Math.max(start, end - 2), end)) && /^\p{Ll}/u.test(body.trimStart());
      if (start >= 0 && !wraps) spans.push({ start, end });
      if (start < 0 || !wraps) start = contStart;
      end = lineStart + body.length;
    }
    if (m[0].length === 0) break;
  }
  if (start >= 0) spans.push({ start, end });
  return spans;
}

let abbreviations: Set<string> | undefined;

// A sentence ends at . ! ? (or an ellipsis), possibly followed by closing quotes or brackets, then white space
// and something that can start a sentence.
// The look-behind starts a match only at the first mark of a run, so a run of 100,000 dots is scanned once.
const BOUNDARY = /(?<![.!?…])[.!?…]+["'”’)\]]*(?=\s+["'“‘([]?[\p{Lu}\p{N}])/gu;

/** Sentence spans inside one paragraph span. */
export function splitSentences(text: string, para: Span): Span[] {
  abbreviations ??= wordSet('abbreviations');
  const out: Span[] = [];
  const chunk = text.slice(para.start, para.end);
  let sentStart = 0;
  BOUNDARY.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = BOUNDARY.exec(chunk)) !== null) {
    const end = m.index + m[0].length;
    if (m[0].startsWith('.') && !m[0].startsWith('...') && isAbbreviation(chunk, m.index)) continue;
    pushTrimmed(out, chunk, sentStart, end, para.start);
    sentStart = end;
  }
  pushTrimmed(out, chunk, sentStart, chunk.length, para.start);
  return out;
}

function isAbbreviation(chunk: string, dot: number): boolean {
  const before = /([\p{L}.]+)$/u.exec(chunk.slice(Math.max(0, dot - 12), dot));
  if (!before) return false;
  const word = before[1]!.replace(/^\.+/, '');
  if (abbreviations!.has(word)) return true;
  // An initial ("J. Smith") is not a sentence end.
  return /^\p{Lu}$/u.test(word);
}

function pushTrimmed(out: Span[], chunk: string, start: number, end: number, offset: number): void {
  while (start < end && /\s/.test(chunk[start]!)) start++;
  while (end > start && /\s/.test(chunk[end - 1]!)) end--;
  if (end > start) out.push({ start: start + offset, end: end + offset });
}
