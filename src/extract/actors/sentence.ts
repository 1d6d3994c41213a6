// One sentence's tokens and the small look-ups every actor rule shares: adjacency, phrases, gazetteer hits.
import type { Entry, Gazetteer } from './gazetteer.js';
import type { Token } from './tokens.js';

/** Tokens of one sentence with the text they come from. */
export interface Sentence {
  text: string;
  tokens: Token[];
  /** Gazetteer hits by starting token, filled on demand. */
  hits?: (Hit | null)[];
  /** The one sports score in the sentence ("1-0"), null when there is none or several; filled on demand. */
  score?: [number, number] | null;
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

export function phrase(s: Sentence, first: number, last: number): string {
  return s.tokens.slice(first, last + 1).map((t) => t.text).join(' ');
}

// Arabic and similar name prefixes written in lower case: "al-Sudani", "el-Sisi", "bin-Zayed".
export const PREFIXED = /^(?:al|el|ad|as|ash|at|az|bin|ibn|abu)-\p{Lu}/u;

// "Dubai-based", "TotalEnergies-led": a modifier made from a name, not part of the next name.
const DERIVED = /-(?:based|led|backed|owned|listed|born|run|funded|controlled|linked|allied|aligned|made|style)$/;

export function isNameWord(g: Gazetteer, t: Token): boolean {
  if (t.upper) return !g.stopwords.has(t.lower) && !DERIVED.test(t.text);
  return t.text.includes('-') && PREFIXED.test(t.text);
}


/** Longest gazetteer surface starting at token i (exact case; an all-capitals dateline word also in title case). */
export function gazetteerAt(g: Gazetteer, s: Sentence, i: number): Hit | null {
  // Rules look one token ahead ("and" + a listed name) and may ask past the sentence's last token.
  if (i < 0 || i >= s.tokens.length) return null;
  s.hits ??= [];
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
  const caps = t.text.length >= 4 && /^\p{Lu}+$/u.test(t.text);
  let best: Hit | null = null;
  if (g.prefixes.has(t.text) || (t.possessive && g.prefixes.has(`${t.text}'s`))) {
    let key = '';
    for (let k = i; k < tokens.length; k++) {
      const tk = tokens[k]!;
      if (k > i) {
        // "Procter & Gamble": the ampersand stays in the listed name.
        const amp = tk.gap === 'other' && s.text.slice(tokens[k - 1]!.end, tk.start) === ' & ';
        if (key.endsWith("'s") ? tk.gap !== 'possessive' : !joined(s, k) && !amp) break;
        key = amp ? `${key} & ${tk.text}` : `${key} ${tk.text}`;
      } else key = tk.text;
      const e = g.surfaces.get(key);
      if (e) best = { last: k, entry: e };
      // "People's Bank of China": a listed name may hold a possessive.
      if (tk.possessive && tokens[k + 1]?.gap === 'possessive' && g.prefixes.has(`${key}'s`)) key = `${key}'s`;
      else if (!g.prefixes.has(key)) break;
    }
  }
  if (!best && caps) {
    const e = g.surfaces.get(t.text[0] + t.text.slice(1).toLowerCase());
    if (e && e.kind !== 'person') best = { last: i, entry: e };
  }
  return best;
}

export function titleCase(text: string): string {
  return text.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_m, sep: string, c: string) => sep + c.toUpperCase());
}

