// Finding lexicon phrases in text by words and Map look-ups, which is much faster than one big regex alternation
// of hundreds of forms. A word is a run of letters and digits, with inner hyphens and apostrophes ("cease-fire",
// "Armenia’s"), so "co-signed" is not "signed".

export interface PhraseHit {
  start: number;
  end: number;
  /** The phrase as listed in the lexicon. */
  phrase: string;
}

/**
 * True for a letter or digit. By code range rather than \p{L}: it only leaves out letters of scripts above U+D7FF,
 * where no English lexicon word lives. General punctuation (U+2000–U+2BFF) is not a letter.
 */
export function isWordChar(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
    || (code >= 0xc0 && code <= 0x1fff && code !== 0xd7 && code !== 0xf7) || (code >= 0x2c00 && code <= 0xd7ff);
}

// The same test as a table, for the scanner's inner loop.
const WORD_CHAR = new Uint8Array(65536);
for (let c = 0; c < 65536; c++) WORD_CHAR[c] = isWordChar(c) ? 1 : 0;
const isJoiner = (c: number): boolean => c === 0x2d || c === 0x27 || c === 0x2019; // - ' ’

/** Word boundaries of a text as [start, end) pairs. The last text's words are kept: quotes and agreements both scan it. */
export function words(text: string): Int32Array {
  if (text === lastText && lastWords) return lastWords;
  const n = text.length;
  const out = new Int32Array(n + 1);
  let count = 0;
  let i = 0;
  while (i < n) {
    if (WORD_CHAR[text.charCodeAt(i)] === 0) {
      i++;
      continue;
    }
    const start = i;
    i = runEnd(text, i + 1);
    // Inner hyphens and apostrophes join two runs of letters: "cease-fire", "Armenia’s".
    while (i + 1 < n && isJoiner(text.charCodeAt(i)) && WORD_CHAR[text.charCodeAt(i + 1)] === 1) i = runEnd(text, i + 2);
    out[count++] = start;
    out[count++] = i;
  }
  lastText = text;
  lastWords = out.slice(0, count);
  return lastWords;
}

function runEnd(text: string, from: number): number {
  let i = from;
  while (i < text.length && WORD_CHAR[text.charCodeAt(i)] === 1) i++;
  return i;
}

let lastText: string | null = null;
let lastWords: Int32Array | null = null;

export class PhraseMatcher {
  /** First word → the phrases starting with it, longest first, each with a sticky matcher for its other words. */
  private readonly byFirst = new Map<string, { phrase: string; rest: RegExp | null }[]>();
  /** Cheap filters before a word is cut out of the text: its length, first character and first two characters. */
  private readonly lengths: boolean[] = [];
  private readonly firstChars = new Uint8Array(65536);
  private readonly heads = new Set<number>();
  /** The phrase lists of `byFirst` again, by a hash of the first word (see `wordHash`), so no word is cut out. */
  private readonly byHash = new Map<number, { first: string; list: { phrase: string; rest: RegExp | null }[] }[]>();

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
        this.firstChars[form.charCodeAt(0)] = 1;
      }
      this.lengths[first.length] = true;
    }
    for (const [first, list] of this.byFirst) {
      const h = wordHash(first, 0, first.length, false);
      this.byHash.set(h, [...(this.byHash.get(h) ?? []), { first, list }]);
    }
  }

  /** The phrases starting with the word text[start, end), or undefined. */
  private candidates(text: string, start: number, end: number): { phrase: string; rest: RegExp | null }[] | undefined {
    const h = wordHash(text, start, end, this.foldCase);
    // Letters beyond ASCII: their lower case is not a matter of one bit, so the word is cut out and looked up.
    if (h < 0) return this.byFirst.get(text.slice(start, end).toLowerCase());
    return findWord(this.byHash.get(h), text, start, end, this.foldCase);
  }

  /** Every phrase occurrence in the text, in text order, the longest at each start. */
  all(text: string): PhraseHit[] {
    const out: PhraseHit[] = [];
    const ws = words(text);
    let skipTo = 0;
    for (let i = 0; i < ws.length; i += 2) {
      const start = ws[i]!;
      const wordEnd = ws[i + 1]!;
      if (start < skipTo || this.lengths[wordEnd - start] !== true || this.firstChars[text.charCodeAt(start)] === 0
        || !this.heads.has(head(text, start, wordEnd))) continue;
      const candidates = this.candidates(text, start, wordEnd);
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

/**
 * A word's first two characters as one number. Below U+4000 it stays under 2^30, so V8 keeps it a small integer
 * (a larger one is boxed, and every Set look-up of it allocates).
 */
export function head(s: string, start: number, end: number): number {
  const c0 = s.charCodeAt(start);
  const c1 = end - start > 1 ? s.charCodeAt(start + 1) : 0;
  return c0 < 0x4000 ? (c0 << 16) | c1 : -(c0 * 65536 + c1);
}

/**
 * A hash of text[start, end), kept below 2^30; with `fold`, of its lower case, and -1 when a character outside
 * ASCII makes folding more than flipping one bit.
 */
export function wordHash(text: string, start: number, end: number, fold: boolean): number {
  let h = 0;
  for (let i = start; i < end; i++) {
    let c = text.charCodeAt(i);
    if (fold) {
      if (c >= 128) return -1;
      if (c >= 65 && c <= 90) c |= 32;
    }
    h = (Math.imul(h, 31) + c) & 0x3fffffff;
  }
  return h;
}

/** Whether text[start, end) is `word` (with `fold`, in any case; only called for ASCII words then). */
function sameWord(word: string, text: string, start: number, end: number, fold: boolean): boolean {
  if (word.length !== end - start) return false;
  for (let k = 0; k < word.length; k++) {
    let c = text.charCodeAt(start + k);
    if (fold && c >= 65 && c <= 90) c |= 32;
    if (c !== word.charCodeAt(k)) return false;
  }
  return true;
}

/** The list of the entry for the word text[start, end) among those its hash found. */
export function findWord<L>(entries: { first: string; list: L }[] | undefined, text: string, start: number, end: number,
  fold: boolean): L | undefined {
  if (!entries) return undefined;
  for (let k = 0; k < entries.length; k++) if (sameWord(entries[k]!.first, text, start, end, fold)) return entries[k]!.list;
  return undefined;
}
