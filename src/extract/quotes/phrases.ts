// Finding lexicon phrases in text by words and Map look-ups, which is much faster than one big regex alternation
// of hundreds of forms. A word is a run of letters and digits, with inner hyphens and apostrophes ("cease-fire",
// "Armenia’s"), so "co-signed" is not "signed".

export interface PhraseHit {
  start: number;
  end: number;
  /** The phrase as listed in the lexicon. */
  phrase: string;
}

// Letters and digits by code range rather than \p{L}: about twice as fast, and it only leaves out letters of
// scripts above U+D7FF, where no English lexicon word lives. General punctuation (U+2000–U+2BFF) is not a letter.
const LETTERS = '0-9A-Za-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u1FFF\\u2C00-\\uD7FF';
const WORD = new RegExp(`[${LETTERS}]+(?:[-'’][${LETTERS}]+)*`, 'g');

/** True for a letter or digit (same ranges as the word scanner). */
export function isWordChar(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
    || (code >= 0xc0 && code <= 0x1fff && code !== 0xd7 && code !== 0xf7) || (code >= 0x2c00 && code <= 0xd7ff);
}

/** Word boundaries of a text as [start, end) pairs. The last text's words are kept: quotes and agreements both scan it. */
export function words(text: string): Int32Array {
  if (text === lastText && lastWords) return lastWords;
  const out: number[] = [];
  WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WORD.exec(text)) !== null) out.push(m.index, m.index + m[0].length);
  lastText = text;
  lastWords = Int32Array.from(out);
  return lastWords;
}

let lastText: string | null = null;
let lastWords: Int32Array | null = null;

export class PhraseMatcher {
  /** First word → the phrases starting with it, longest first, each with a sticky matcher for its other words. */
  private readonly byFirst = new Map<string, { phrase: string; rest: RegExp | null }[]>();
  /** Cheap filters before a word is cut out of the text: its first two characters and its length. */
  private readonly heads = new Set<number>();
  private readonly lengths = new Set<number>();

  constructor(phrases: Iterable<string>, private readonly foldCase = false) {
    const sorted = [...new Set(phrases)].sort((a, b) => b.length - a.length);
    for (const phrase of sorted) {
      const ws = phrase.split(/\s+/).filter(Boolean);
      if (ws.length === 0) continue;
      const first = foldCase ? ws[0]!.toLowerCase() : ws[0]!;
      const rest = ws.length > 1
        ? new RegExp(ws.slice(1).map((w) => `\\s+${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`).join('') + '(?![\\p{L}\\p{N}])', foldCase ? 'iuy' : 'uy')
        : null;
      const list = this.byFirst.get(first) ?? [];
      list.push({ phrase, rest });
      this.byFirst.set(first, list);
      for (const form of foldCase ? [first, first.toUpperCase(), first[0]!.toUpperCase() + first.slice(1)] : [first]) {
        this.heads.add(head(form, 0, form.length));
      }
      this.lengths.add(first.length);
    }
  }

  /** Every phrase occurrence in the text, in text order, the longest at each start. */
  all(text: string): PhraseHit[] {
    const out: PhraseHit[] = [];
    const ws = words(text);
    let skipTo = 0;
    for (let i = 0; i < ws.length; i += 2) {
      const start = ws[i]!;
      const wordEnd = ws[i + 1]!;
      if (start < skipTo || !this.lengths.has(wordEnd - start) || !this.heads.has(head(text, start, wordEnd))) continue;
      const w = text.slice(start, wordEnd);
      const candidates = this.byFirst.get(this.foldCase ? w.toLowerCase() : w);
      if (!candidates) continue;
      for (const c of candidates) {
        if (!c.rest) {
          out.push({ start, end: wordEnd, phrase: c.phrase });
          break;
        }
        c.rest.lastIndex = wordEnd;
        const r = c.rest.exec(text);
        if (r) {
          out.push({ start, end: wordEnd + r[0].length, phrase: c.phrase });
          skipTo = wordEnd + r[0].length;
          break;
        }
      }
    }
    return out;
  }
}

function head(s: string, start: number, end: number): number {
  return s.charCodeAt(start) * 65536 + (end - start > 1 ? s.charCodeAt(start + 1) : 0);
}
