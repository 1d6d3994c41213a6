// Word tokens with offsets: one pass over the text. Abbreviation dots ("Mr.", "U.S.", "W.") stay on the
// token; a sentence-final dot does not. A possessive 's is cut off and remembered.
export interface Token {
  start: number;
  end: number;
  text: string;
  /** The word was followed by 's / ’s (not part of the token). */
  possessive: boolean;
  /** First letter is upper case. */
  upper: boolean;
  /** The token in lower case. */
  lower: string;
  /** The word holds a hyphen ("Russia-led", "al-Sudani"). */
  hyphen: boolean;
  /** What separates it from the token before: only white space, a possessive 's and white space, or else. */
  gap: 'space' | 'possessive' | 'other';
}

// A word is what the pattern [\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:[-'’.&][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*\.? matches:
// letters/digits joined by single - ' ’ . & and an optional final dot. A hand-written scanner finds the same words
// without a match object per word (test/extract-speed.test.ts checks it against the pattern).
const KEEP_DOT = new Set(['Mr.', 'Mrs.', 'Ms.', 'Dr.', 'Prof.', 'St.', 'Jr.', 'Sr.', 'Inc.', 'Corp.', 'Co.', 'Ltd.',
  'Gen.', 'Sen.', 'Rep.', 'Gov.', 'Col.', 'Lt.', 'Capt.', 'Rev.', 'Hon.', 'No.']);

const TITLE_DOT = new Set(['Mr.', 'Mrs.', 'Ms.', 'Dr.', 'Prof.', 'Gen.', 'Sen.', 'Rep.', 'Gov.', 'Col.', 'Lt.', 'Capt.', 'Rev.',
  'Hon.']);

/** White space only ('space'), a possessive 's then white space ('possessive'), or anything else. */
function gapKind(text: string, from: number, to: number): Token['gap'] {
  let i = from;
  let kind: Token['gap'] = 'space';
  if ((text[i] === "'" || text[i] === '’') && text[i + 1] === 's') {
    kind = 'possessive';
    i += 2;
  }
  if (i >= to) return 'other';
  for (; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 160) return 'other';
  }
  return kind;
}

export function tokenize(text: string, start: number, end: number): Token[] {
  const out: Token[] = [];
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    let width = 1;
    if (c < 128) {
      if (!ASCII_WORD[c]) {
        i++;
        continue;
      }
    } else {
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < end) width = pairWidth(text, i);
      if (!(classAt(text, i, width) & WORD_START)) {
        i += width;
        continue;
      }
    }
    const stop = wordEnd(text, i + width, end);
    // A capital, or any character past ASCII, anywhere in the word: only then may its lower case differ.
    addWord(text, i, stop, hyphenSeen, caseSeen || c >= 128 || (c >= 65 && c <= 90), out);
    i = stop;
  }
  // "posted on X.": a lone capital after a lower-case word, last in the sentence, is no initial;
  // "leader Hun Sen.": a title's abbreviation does not end a sentence, so the dot is a full stop.
  const last = out[out.length - 1];
  const before = out[out.length - 2];
  if (last && before && ((!before.upper && isInitial(last.text)) || TITLE_DOT.has(last.text))) {
    last.text = last.text.slice(0, -1);
    last.lower = last.text.toLowerCase();
    last.end--;
  }
  return out;
}

/** Adds the word text[s, stop) as a token: a final dot that is no abbreviation's and a possessive 's cut off. */
function addWord(text: string, s: number, stop: number, hyphen: boolean, cased: boolean, out: Token[]): void {
  let e = stop;
  const prev = out.length > 0 ? out[out.length - 1]! : undefined;
  if (text.charCodeAt(e - 1) === 46) {
    // Only a word that starts with a capital keeps its dot: no need to cut "said." out to ask.
    const first = text.charCodeAt(s);
    const kept = (first >= 128 || (first >= 65 && first <= 90)) && keepsDot(text.slice(s, e));
    // "posted on X. Firefighters said": the social network, not an initial.
    if (!kept || (e - s === 2 && first === 88 && prev !== undefined && !prev.upper)) e--;
  }
  let possessive = false;
  if (e - s > 2 && text.charCodeAt(e - 1) === 115 && (text.charCodeAt(e - 2) === 39 || text.charCodeAt(e - 2) === 0x2019)) {
    e -= 2;
    possessive = true;
  }
  const word = text.slice(s, e);
  const gap = prev ? gapKind(text, prev.end, s) : 'other';
  // An uncased word starts with an ASCII character that is no capital, so it is not upper case.
  const forms = cased ? casedWord(word) : null;
  out.push({ start: s, end: e, text: word, possessive, upper: forms ? forms.upper : false, lower: forms ? forms.lower : word,
    hyphen, gap });
}

interface CasedWord {
  upper: boolean;
  lower: string;
}

/** Words that may change in lower case, with their lower case: names recur, so each is folded once (capped). */
const casedWords = new Map<string, CasedWord>();

function casedWord(word: string): CasedWord {
  let known = casedWords.get(word);
  if (known === undefined) {
    if (casedWords.size > 50_000) casedWords.clear();
    known = { upper: isUpper(word), lower: word.toLowerCase() };
    casedWords.set(word, known);
  }
  return known;
}

// Character classes of the word pattern: a word starts with a letter or digit and goes on with letters, marks and
// digits. ASCII is answered from a table; other characters are asked once of the Unicode pattern and remembered.
const WORD_START = 1;
const WORD_PART = 2;
const KNOWN = 4;
const START_CLASS = /^[\p{L}\p{N}]$/u;
const PART_CLASS = /^[\p{L}\p{M}\p{N}]$/u;
const bmp = new Uint8Array(0x10000);
/**
 * ASCII letters and digits (non-zero: in ASCII a word's first character and its other characters are the same class);
 * capitals are marked apart, as only they make a word's lower case differ.
 */
const ASCII_CAPITAL = 2;
const ASCII_WORD = new Uint8Array(128).map((_, c) => (classify(c) & WORD_START ? (c >= 65 && c <= 90 ? ASCII_CAPITAL | 1 : 1) : 0));
const astral = new Map<number, number>();

function classify(cp: number): number {
  const ch = String.fromCodePoint(cp);
  return KNOWN | (START_CLASS.test(ch) ? WORD_START : 0) | (PART_CLASS.test(ch) ? WORD_PART : 0);
}

/** 2 when a surrogate pair starts at i (the caller knows i + 1 is in range), else 1. */
function pairWidth(text: string, i: number): number {
  const d = text.charCodeAt(i + 1);
  return d >= 0xdc00 && d <= 0xdfff ? 2 : 1;
}

function classAt(text: string, i: number, width: number): number {
  if (width === 2) {
    const cp = text.codePointAt(i)!;
    let cls = astral.get(cp);
    if (cls === undefined) astral.set(cp, (cls = classify(cp)));
    return cls;
  }
  const c = text.charCodeAt(i);
  let cls = bmp[c]!;
  if (cls === 0) bmp[c] = cls = classify(c);
  return cls;
}

/** Set by wordEnd: the word it last measured joins parts with a hyphen. */
let hyphenSeen = false;
/** Set by wordEnd: after its first character the word holds a capital or a character past ASCII. */
let caseSeen = false;

/** The end of the word whose first character ends at i: parts, joined parts, and an optional final dot. */
function wordEnd(text: string, from: number, end: number): number {
  let i = from;
  hyphenSeen = false;
  let cased = 0;
  for (;;) {
    while (i < end) {
      const c = text.charCodeAt(i);
      if (c < 128) {
        const w = ASCII_WORD[c]!;
        if (!w) break;
        cased |= w;
        i++;
        continue;
      }
      const width = c >= 0xd800 && c <= 0xdbff && i + 1 < end ? pairWidth(text, i) : 1;
      if (!(classAt(text, i, width) & WORD_PART)) break;
      cased = ASCII_CAPITAL;
      i += width;
    }
    if (i + 1 >= end || !isJoiner(text.charCodeAt(i))) break;
    const c = text.charCodeAt(i + 1);
    const width = c >= 0xd800 && c <= 0xdbff && i + 2 < end ? pairWidth(text, i + 1) : 1;
    if (!(classAt(text, i + 1, width) & WORD_START)) break;
    if (text.charCodeAt(i) === 45) hyphenSeen = true;
    if (c >= 128 || ASCII_WORD[c]! & ASCII_CAPITAL) cased = ASCII_CAPITAL;
    i += 1 + width;
  }
  caseSeen = (cased & ASCII_CAPITAL) !== 0;
  return i < end && text.charCodeAt(i) === 46 ? i + 1 : i;
}

/** - ' ’ . & */
function isJoiner(c: number): boolean {
  return c === 45 || c === 39 || c === 0x2019 || c === 46 || c === 38;
}

/** First letter is upper case (ASCII answered without allocating). */
function isUpper(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  const first = String.fromCodePoint(word.codePointAt(0)!);
  return first !== first.toLowerCase() && first === first.toUpperCase();
}

/** "U.S.", "W.", "Mr." keep their final dot; "Putin." does not. */
export function keepsDot(word: string): boolean {
  // Every such word starts with a capital: an ASCII word that does not ("said.", "2024.") is answered at once,
  // and an ASCII capital's word keeps its dot only when listed, a lone initial, or initials ("U.S.").
  const c = word.charCodeAt(0);
  if (c < 128) {
    if (c < 65 || c > 90) return false;
    if (word.length === 2 || KEEP_DOT.has(word)) return true;
    if (word.charCodeAt(1) !== 46) return false;
  }
  return KEEP_DOT.has(word) || /^(?:\p{Lu}\.)+$/u.test(word) || /^\p{Lu}$/u.test(word.slice(0, -1));
}

/** /^\p{Lu}\.$/: a lone initial ("B."). */
export function isInitial(word: string): boolean {
  if (word.length > 3 || word.charCodeAt(word.length - 1) !== 46) return false;
  const c = word.charCodeAt(0);
  if (c < 128) return word.length === 2 && c >= 65 && c <= 90;
  return /^\p{Lu}\.$/u.test(word);
}
