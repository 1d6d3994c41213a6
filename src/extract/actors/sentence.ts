// One sentence's tokens and the small look-ups every actor rule shares: adjacency, phrases, gazetteer hits.
import type { Entry, Gazetteer, Head } from './gazetteer.js';
import type { Title } from './titles.js';
import type { Token } from './tokens.js';

/** Tokens of one sentence with the text they come from. */
export interface Sentence {
  text: string;
  tokens: Token[];
  /** Gazetteer hits by starting token, filled on demand. */
  hits?: (Hit | null)[];
  /** The one sports score in the sentence ("1-0"), null when there is none or several; filled on demand. */
  score?: [number, number] | null;
  /** Titles before / after a name, by the name's first token / the token after it; filled on demand. */
  titlesBefore?: (Title | null)[];
  titlesAfter?: (Omit<Title, 'start'> | null)[];
}

export interface Hit {
  last: number;
  entry: Entry;
}

/** Only white space between tokens i-1 and i, and i-1 is not a possessive. */
export function joined(s: Sentence, i: number): boolean {
  return i > 0 && s.tokens[i]?.gap === 'space';
}

/** Only white space between tokens i-1 and i once a possessive 's on i-1 is set aside. */
export function adjacent(s: Sentence, i: number): boolean {
  const gap = i > 0 ? s.tokens[i]?.gap : undefined;
  return gap === 'space' || gap === 'possessive';
}

/** Exactly " & " between tokens i-1 and i ("Procter & Gamble"). */
export function ampersandGap(s: Sentence, i: number): boolean {
  const from = s.tokens[i - 1]!.end;
  return s.tokens[i]!.start - from === 3 && s.text.charCodeAt(from) === 32 && s.text.charCodeAt(from + 1) === 38
    && s.text.charCodeAt(from + 2) === 32;
}

/** The words of tokens[first..last] joined by single spaces. */
export function phrase(s: Sentence, first: number, last: number): string {
  if (first < 0 || last >= s.tokens.length) return s.tokens.slice(first, last + 1).map((t) => t.text).join(' ');
  let out = s.tokens[first]?.text ?? '';
  for (let k = first + 1; k <= last; k++) out += ` ${s.tokens[k]!.text}`;
  return out;
}

/** The same phrase in lower case (a space breaks the context of any case mapping, so word by word is the same). */
export function lowerPhrase(s: Sentence, first: number, last: number): string {
  if (first < 0 || last >= s.tokens.length) return phrase(s, first, last).toLowerCase();
  let out = s.tokens[first]?.lower ?? '';
  for (let k = first + 1; k <= last; k++) out += ` ${s.tokens[k]!.lower}`;
  return out;
}

/** The words of tokens[first..last] (what `phrase(...).split(' ')` gives: a token holds no space). */
export function wordsOf(s: Sentence, first: number, last: number): string[] {
  if (first < 0 || last >= s.tokens.length || first > last) return phrase(s, first, last).split(' ');
  const out: string[] = [];
  for (let k = first; k <= last; k++) out.push(s.tokens[k]!.text);
  return out;
}

/** Only lower-case letters (/^\p{Ll}+$/), ASCII answered without the pattern. */
export function isLowerWord(word: string): boolean {
  if (word.length === 0) return false;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 128) return LOWER_WORD.test(word);
    if (c < 97 || c > 122) return false;
  }
  return true;
}
const LOWER_WORD = /^\p{Ll}+$/u;

// Arabic and similar name prefixes written in lower case: "al-Sudani", "el-Sisi", "bin-Zayed".
export const PREFIXED = /^(?:al|el|ad|as|ash|at|az|bin|ibn|abu)-\p{Lu}/u;

// "Dubai-based", "TotalEnergies-led": a modifier made from a name, not part of the next name.
const DERIVED = /-(?:based|led|backed|owned|listed|born|run|funded|controlled|linked|allied|aligned|made|style)$/;

export function isNameWord(g: Gazetteer, t: Token): boolean {
  if (t.upper) return !g.stopwords.has(t.lower) && !(t.hyphen && DERIVED.test(t.text));
  return t.hyphen && PREFIXED.test(t.text);
}


/** Longest gazetteer surface starting at token i (exact case; an all-capitals dateline word also in title case). */
export function gazetteerAt(g: Gazetteer, s: Sentence, i: number): Hit | null {
  // Rules look one token ahead ("and" + a listed name) and may ask past the sentence's last token.
  if (i < 0 || i >= s.tokens.length) return null;
  s.hits ??= new Array<Hit | null>(s.tokens.length);
  let hit = s.hits[i];
  if (hit === undefined) {
    hit = longestSurface(g, s, i);
    s.hits[i] = hit;
  }
  return hit;
}

function longestSurface(g: Gazetteer, s: Sentence, i: number): Hit | null {
  const tokens = s.tokens;
  const t = tokens[i]!;
  let best: Hit | null = null;
  // Word by word down the tree of listed surfaces: `head` is the prefix matched so far, `level` where its last
  // word was looked up (a possessive 's joins that word: "People's Bank of China").
  let level: Map<string, Head> | undefined = g.heads;
  let head = level.get(t.text);
  if (head || (t.possessive && level.has(`${t.text}'s`))) {
    let owned = false;
    for (let k = i; k < tokens.length; k++) {
      const tk = tokens[k]!;
      if (k > i) {
        // "Procter & Gamble": the ampersand stays in the listed name.
        const amp = tk.gap === 'other' && ampersandGap(s, k);
        if (owned ? tk.gap !== 'possessive' : !joined(s, k) && !amp) break;
        level = amp ? head!.next?.get('&')?.next : head!.next;
        head = level?.get(tk.text);
        owned = false;
      }
      if (head?.entry) best = { last: k, entry: head.entry };
      const ownedHead = tk.possessive && tokens[k + 1]?.gap === 'possessive' ? level?.get(`${tk.text}'s`) : undefined;
      if (ownedHead) {
        head = ownedHead;
        owned = true;
      } else if (!head?.next) break; // no listed name goes on after these words
    }
  }
  if (!best && t.text.length >= 4 && isCapitals(t.text)) {
    const e = g.surfaces.get(t.text[0] + t.text.slice(1).toLowerCase());
    if (e && e.kind !== 'person') best = { last: i, entry: e };
  }
  return best;
}

/** /^\p{Lu}+$/: ASCII answered without the pattern. */
export function isCapitals(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 128) return CAPITALS.test(word);
    if (c < 65 || c > 90) return false;
  }
  return word.length > 0;
}
const CAPITALS = /^\p{Lu}+$/u;

export function titleCase(text: string): string {
  return text.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_m, sep: string, c: string) => sep + c.toUpperCase());
}

