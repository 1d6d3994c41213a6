// Word tokens with offsets: one regex pass over the text. Abbreviation dots ("Mr.", "U.S.", "W.") stay on the
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
  /** What separates it from the token before: only white space, a possessive 's and white space, or else. */
  gap: 'space' | 'possessive' | 'other';
}

// Letters/digits, joined by single - ' ’ . & (no nested quantifier over the same characters).
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:[-'’.&][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*\.?/gu;
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
  const chunk = text.slice(start, end);
  WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WORD.exec(chunk)) !== null) {
    let word = m[0];
    if (word.charCodeAt(word.length - 1) === 46) {
      // "posted on X. Firefighters said": the social network, not an initial.
      if (!keepsDot(word) || (word === 'X.' && out.length > 0 && !out[out.length - 1]!.upper)) word = word.slice(0, -1);
    }
    let possessive = false;
    const n = word.length;
    if (n > 2 && word.charCodeAt(n - 1) === 115 && (word.charCodeAt(n - 2) === 39 || word.charCodeAt(n - 2) === 0x2019)) {
      word = word.slice(0, -2);
      possessive = true;
    }
    const s = start + m.index;
    const prev = out[out.length - 1];
    const gap = prev ? gapKind(text, prev.end, s) : 'other';
    out.push({ start: s, end: s + word.length, text: word, possessive, upper: isUpper(word), lower: word.toLowerCase(), gap });
  }
  // "posted on X.": a lone capital after a lower-case word, last in the sentence, is no initial;
  // "leader Hun Sen.": a title's abbreviation does not end a sentence, so the dot is a full stop.
  const last = out[out.length - 1];
  const before = out[out.length - 2];
  if (last && before && ((!before.upper && /^\p{Lu}\.$/u.test(last.text)) || TITLE_DOT.has(last.text))) {
    last.text = last.text.slice(0, -1);
    last.lower = last.text.toLowerCase();
    last.end--;
  }
  return out;
}

/** First letter is upper case (ASCII answered without allocating). */
function isUpper(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  const first = String.fromCodePoint(word.codePointAt(0)!);
  return first !== first.toLowerCase() && first === first.toUpperCase();
}

/** "U.S.", "W.", "Mr." keep their final dot; "Putin." does not. */
function keepsDot(word: string): boolean {
  return KEEP_DOT.has(word) || /^(?:\p{Lu}\.)+$/u.test(word) || /^\p{Lu}$/u.test(word.slice(0, -1));
}
