// Pass 1a: spans in quotation marks, paragraph by paragraph. A quote still open at the end of its paragraph runs
// to the paragraph end (news style for a quote that goes on in the next paragraph, which reopens it).
import type { Span } from '../../model.js';
import { isSpace } from './phrases.js';
import { firstAtOrAfter } from '../sorted.js';

export interface QuotedSpan {
  /** Offset of the opening mark. */
  open: number;
  /** Offset of the closing mark, or null when the quote runs on past its paragraph. */
  close: number | null;
  /** The words inside the marks, trimmed of white space. */
  start: number;
  end: number;
  paragraph: number;
}

const PAIRS: Record<string, string> = { '“': '”', '«': '»', '„': '“', '"': '"', '‘': '’' };
const LETTER = /[\p{L}\p{N}]/u;
const MARK = /[“”«»„"‘’]/g;

export function findQuotedSpans(text: string, paragraphs: Span[]): QuotedSpan[] {
  const out: QuotedSpan[] = [];
  // The marks of the whole text, found in one scan (a scan per paragraph would run on to the next mark).
  const marks: number[] = [];
  MARK.lastIndex = 0;
  let hit: RegExpExecArray | null;
  while ((hit = MARK.exec(text)) !== null) marks.push(hit.index);
  if (marks.length === 0) return out;
  paragraphs.forEach((para, p) => {
    let open = -1;
    let closer = '';
    for (let k = firstAtOrAfter(marks, para.start); k < marks.length && marks[k]! < para.end; k++) {
      const i = marks[k]!;
      const ch = text[i]!;
      if (open < 0) {
        const c = PAIRS[ch];
        // A single mark opens a quote only where it cannot be an apostrophe: after a space or bracket, before a word.
        if (c && (ch !== '‘' || (!LETTER.test(text[i - 1] ?? ' ') && LETTER.test(text[i + 1] ?? ' ')))) {
          open = i;
          closer = c;
        }
      } else if (ch === closer && (closer !== '’' || !LETTER.test(text[i + 1] ?? ' '))) {
        push(out, text, open, i, i, p);
        open = -1;
      }
    }
    if (open >= 0) push(out, text, open, null, para.end, p);
  });
  return out;
}

function push(out: QuotedSpan[], text: string, open: number, close: number | null, end: number, paragraph: number): void {
  let s = open + 1;
  let e = end;
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  if (e > s) out.push({ open, close, start: s, end: e, paragraph });
}

/** Whether the text holds more than `limit` runs of non-space characters. */
function wordCountAbove(text: string, limit: number): boolean {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = isSpace(text.charCodeAt(i));
    if (!space && !inWord && ++count > limit) return true;
    inWord = !space;
  }
  return false;
}

const FUNCTION_WORDS = new Set(['of', 'the', 'and', 'for', 'a', 'an', 'in', 'on', 'to', 'at', 'de', 'la', 'le', 'von', '&']);

/**
 * Titles, names and slogans in quote marks are not speech: short capitalised phrases without sentence punctuation
 * ("Izvestia", "Make America Great Again"), and short phrases after a naming cue ("the so-called 'shadow fleet'").
 */
export function isTitleLike(content: string, before: string, namingCues: string[]): boolean {
  // Most quotes are sentences: past eight words neither rule applies, and the long ones are not split.
  if (wordCountAbove(content, 8)) return false;
  const words = content.split(/\s+/).filter(Boolean);
  const punctuated = /[.,!?;:]/.test(content);
  if (!punctuated && words.length <= 8 && words.every((w) => FUNCTION_WORDS.has(w) || /^[\p{Lu}\p{N}]/u.test(w))
    && /^[\p{Lu}\p{N}]/u.test(words[0] ?? '')) return true;
  if (words.length <= 5) {
    const tail = before.slice(-24).toLowerCase().replace(/\s+/g, ' ').trimEnd();
    if (namingCues.some((c) => tail.endsWith(` ${c}`) || tail === c || tail.endsWith(`-${c}`))) return true;
  }
  return false;
}
