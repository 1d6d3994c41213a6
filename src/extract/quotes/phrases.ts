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

/** White space as `\s` reads it, by its character code. */
export function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || (c >= 128 && SPACE.test(String.fromCharCode(c)));
}
const SPACE = /\s/u;

// The same test as a table, for the scanner's inner loop.
const WORD_CHAR = new Uint8Array(65536);
for (let c = 0; c < 65536; c++) WORD_CHAR[c] = isWordChar(c) ? 1 : 0;
const isJoiner = (c: number): boolean => c === 0x2d || c === 0x27 || c === 0x2019; // - ' ’

/** Word boundaries of a text as [start, end) pairs. The last text's words are kept: quotes and agreements both scan it. */
export function words(text: string): Int32Array {
  if (text === lastText && lastWords) return lastWords;
  const n = text.length;
  // The words are cut into a buffer kept between calls, then copied out at their count: one allocation a text.
  if (scratch.length < n + 1) scratch = new Int32Array(Math.max(n + 1, scratch.length * 2));
  const out = scratch;
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
let scratch = new Int32Array(4096);
let lastWords: Int32Array | null = null;

export class PhraseMatcher {
  /** First word → the phrases starting with it, longest first, each with a sticky matcher for its other words. */
  private readonly byFirst = new Map<string, { phrase: string; rest: RegExp | null }[]>();
  /** Cheap filters before a word is looked up: its length and first two characters. */
  private readonly lengths: boolean[] = [];
  private readonly heads2 = new WordHeads();
  /** The phrase lists of `byFirst` again, looked up at a word of the text without cutting it out. */
  private readonly table = new WordTable<{ phrase: string; rest: RegExp | null }[]>();
  /**
   * The first two characters of each first word as listed, in capitals and capitalised: a folded phrase matches
   * in those forms, not in odd mixed case ("sIGNED").
   */
  private readonly heads = new Set<number>();

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
        this.heads2.add(form);
      }
      this.lengths[first.length] = true;
    }
    for (const [first, list] of this.byFirst) this.table.set(first, list);
  }

  /** The phrases starting with the word text[start, end), or undefined. */
  private candidates(text: string, start: number, end: number): { phrase: string; rest: RegExp | null }[] | undefined {
    let found = this.table.get(text, start, end, this.foldCase);
    // Letters beyond ASCII: their lower case is not a matter of one bit, so the word is cut out and looked up.
    if (found === null) found = this.byFirst.get(text.slice(start, end).toLowerCase());
    return found && (!this.foldCase || this.heads.has(head(text, start, end))) ? found : undefined;
  }

  /** Every phrase occurrence in the text, in text order, the longest at each start. */
  all(text: string): PhraseHit[] {
    const out: PhraseHit[] = [];
    const ws = words(text);
    let skipTo = 0;
    for (let i = 0; i < ws.length; i += 2) {
      const start = ws[i]!;
      const wordEnd = ws[i + 1]!;
      if (start < skipTo || this.lengths[wordEnd - start] !== true || !this.heads2.mayStart(text, start, wordEnd)) continue;
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
 * The first two characters of a set of words, as a table: a word of the text whose first two characters are ASCII
 * and not those of any of the words is passed over without a look-up. Most words of a text are.
 */
export class WordHeads {
  private readonly table = new Uint8Array(1 << 14);

  add(word: string): void {
    const c0 = word.charCodeAt(0);
    const c1 = word.length > 1 ? word.charCodeAt(1) : 0;
    if (c0 < 128 && c1 < 128) this.table[(c0 << 7) | c1] = 1;
  }

  /** False when the word text[start, end) begins unlike every word added (a word beyond ASCII is never ruled out). */
  mayStart(text: string, start: number, end: number): boolean {
    const c0 = text.charCodeAt(start);
    const c1 = end - start > 1 ? text.charCodeAt(start + 1) : 0;
    return c0 >= 128 || c1 >= 128 || this.table[(c0 << 7) | c1] === 1;
  }
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

/**
 * A word's first two characters as one number. Below U+4000 it stays under 2^30, so V8 keeps it a small integer
 * (a larger one is boxed, and every Set look-up of it allocates).
 */
export function head(s: string, start: number, end: number): number {
  const c0 = s.charCodeAt(start);
  const c1 = end - start > 1 ? s.charCodeAt(start + 1) : 0;
  return c0 < 0x4000 ? (c0 << 16) | c1 : -(c0 * 65536 + c1);
}

const TABLE_SIZE = 1024;

/**
 * Values by word, looked up at a word of the text without cutting it out: by a hash of its characters into an
 * array of buckets, most of them empty, so that a word that is no key costs one hash and one array read.
 */
export class WordTable<V> {
  private readonly buckets: ({ word: string; hash: number; value: V }[] | undefined)[] = new Array(TABLE_SIZE);

  /** Sets the value of `word` (in lower case when it is to be looked up folded). */
  set(word: string, value: V): void {
    const hash = wordHash(word, 0, word.length, false);
    const bucket = (this.buckets[hash & (TABLE_SIZE - 1)] ??= []);
    const known = bucket.find((e) => e.word === word);
    if (known) known.value = value;
    else bucket.push({ word, hash, value });
  }

  /**
   * The value of the word text[start, end) (with `fold`, of its lower case), undefined when it has none, and null
   * when folding is asked for a word with letters beyond ASCII, which this table cannot tell.
   */
  get(text: string, start: number, end: number, fold: boolean): V | undefined | null {
    const hash = wordHash(text, start, end, fold);
    if (hash < 0) return null;
    const bucket = this.buckets[hash & (TABLE_SIZE - 1)];
    if (bucket === undefined) return undefined;
    for (let k = 0; k < bucket.length; k++) {
      const e = bucket[k]!;
      if (e.hash === hash && sameWord(e.word, text, start, end, fold)) return e.value;
    }
    return undefined;
  }
}
