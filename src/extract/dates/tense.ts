// Which way a weekday or a month without a year points: a small lexicon-driven look at the verbs around it
// (src/lexicons/dates-tense.txt), not a part-of-speech tagger.
import { lexicon } from '../../lexicons/load.js';
import { forEachWordStart, isAsciiWordChar, WordKeys } from './starts.js';
import { alternation } from './words.js';
import { isSpace } from '../quotes/phrases.js';
import { firstAtOrAfter } from '../sorted.js';

export type Tense = 'past' | 'future' | null;
type CueKind = 'past' | 'future' | 'present';

interface Cue {
  at: number;
  kind: CueKind;
}

interface Compiled {
  /** The whole pattern as one regex: scanning a text with it finds the same cues (the tests compare the two). */
  whole: RegExp;
  kinds: Map<string, CueKind | null>;
  /**
   * The same pattern, anchored, for a word start: with only the listed phrases that begin with that word (a
   * regex alternation of hundreds of phrases is slow to try), or none (`other`, for "has"/"have" and -ed words).
   */
  byFirstWord: WordKeys<RegExp>;
  other: RegExp;
  /** Listed phrases that begin with no letter ("'ll"), anchored, and the characters they begin with. */
  odd: RegExp | null;
  oddFirst: string[];
}

let compiled: Compiled | undefined;

export function cuePatterns(): Compiled {
  if (compiled) return compiled;
  const kinds = new Map<string, CueKind | null>();
  for (const [w, t] of lexicon('dates-tense')) {
    kinds.set(w!.toLowerCase(), t === 'future' || t === 'past' || t === 'present' ? t : null);
  }
  // Listed phrases first (longest first), then the perfect ("has been", "have risen"), then any word in -ed.
  const perfect = String.raw`\b(?:has|have)\s+(?:not\s+|already\s+|also\s+)?(?:been|[a-z]+(?:ed|en|wn|un|ne|ht))\b`;
  const rest = `${perfect}|\\b[a-z]{2,}ed\\b`;
  const listed = (phrases: string[]): string => `(?<![\\w'])(?:${alternation(phrases)})(?![\\w'])`;
  // The alternation puts longer phrases first; the phrases of one first word keep that order among themselves.
  const groups = new Map<string, string[]>([['has', []], ['have', []]]);
  const odd: string[] = [];
  for (const p of kinds.keys()) {
    const first = /^[a-z]+/.exec(p)?.[0];
    if (first) groups.set(first, [...(groups.get(first) ?? []), p]);
    else odd.push(p);
  }
  const byFirstWord = new WordKeys<RegExp>();
  for (const [word, list] of groups) {
    const source = list.length ? `${listed(list)}|${rest}` : rest;
    byFirstWord.entry(word, () => new RegExp(source, 'iy'));
  }
  compiled = {
    whole: new RegExp(`${listed([...kinds.keys()])}|${rest}`, 'gi'), kinds, byFirstWord, other: new RegExp(rest, 'iy'),
    odd: odd.length ? new RegExp(listed(odd), 'iy') : null,
    oddFirst: [...new Set(odd.map((p) => p[0]!))],
  };
  return compiled;
}

/** The matches the tense pattern finds scanning `body`, in order, found by trying it only where a cue can begin. */
export function cueMatches(body: string): RegExpExecArray[] {
  const { byFirstWord, other, odd, oddFirst } = cuePatterns();
  const out: RegExpExecArray[] = [];
  let resume = 0;
  const tryAt = (re: RegExp, at: number): void => {
    re.lastIndex = at;
    const m = re.exec(body);
    if (m) {
      out.push(m);
      resume = at + m[0].length;
    }
  };
  // Phrases such as "'ll" begin at a character of their own; those places are visited in text order too.
  const nextOdd = (from: number): number => {
    let best = Infinity;
    for (const c of oddFirst) {
      const i = body.indexOf(c, from);
      if (i >= 0 && i < best) best = i;
    }
    return best;
  };
  let odds = odd ? nextOdd(0) : Infinity;
  const oddsBefore = (limit: number): void => {
    for (; odds < limit; odds = nextOdd(odds + 1)) if (odds >= resume) tryAt(odd!, odds);
  };
  forEachWordStart(body, (start, lettersEnd, hash) => {
    oddsBefore(start);
    if (start < resume || lettersEnd === start) return;
    const re = byFirstWord.get(body, start, lettersEnd, hash) ?? (endsInEd(body, start, lettersEnd) ? other : null);
    if (re) tryAt(re, start);
  });
  oddsBefore(body.length);
  return out;
}

/** A whole word of four letters or more in -ed, as `\b[a-z]{2,}ed\b` reads it. */
function endsInEd(text: string, start: number, end: number): boolean {
  return end - start >= 4 && (text.charCodeAt(end - 2) | 32) === 101 && (text.charCodeAt(end - 1) | 32) === 100
    && !(end < text.length && isAsciiWordChar(text.charCodeAt(end)));
}

export const FUTURE_PASSIVE = /\b(?:will|would|shall|to|'ll|may|might|could|should|must|can)\s+(?:not\s+)?(?:be|have\s+been)\s+$/i;

/** Whether "be" or "been" and white space come right before `at`: what FUTURE_PASSIVE needs, without a regex. */
export function afterBe(text: string, at: number): boolean {
  let i = at;
  while (i > 0 && isSpace(text.charCodeAt(i - 1))) i--;
  if (i === at) return false;
  const is = (k: number, c: number): boolean => k >= 0 && (text.charCodeAt(k) | 32) === c;
  const b = 98, e = 101, n = 110;
  return (is(i - 2, b) && is(i - 1, e)) || (is(i - 4, b) && is(i - 3, e) && is(i - 2, e) && is(i - 1, n));
}

/** The verb cues of a stretch of text, in order, with offsets relative to `base`. */
function scan(text: string, base: number): Cue[] {
  const out: Cue[] = [];
  for (const m of cueMatches(text)) {
    let kind = kindOf(m[0]);
    if (kind === SKIP) continue;
    // A past participle after "will be" / "to be" ("will be held") points ahead.
    if (kind === 'past' && !/\s/.test(m[0]) && afterBe(text, m.index)
      && FUTURE_PASSIVE.test(text.slice(Math.max(0, m.index - 24), m.index))) kind = 'future';
    if (kind) out.push({ at: base + m.index, kind });
  }
  return out;
}

const SKIP = 'skip';

/**
 * What a cue as written says on its own; SKIP for a capitalised -ed word, a name such as "Ahmed". A pure function
 * of a few hundred common forms, so it is remembered (up to a bound, for a long run over varied text).
 */
function kindOf(written: string): CueKind | null | typeof SKIP {
  let kind = kindMemo.get(written);
  if (kind === undefined) {
    if (kindMemo.size >= KIND_MEMO_LIMIT) kindMemo.clear();
    const lower = written.toLowerCase();
    const w = /\s/.test(lower) ? lower.replace(/\s+/g, ' ') : lower;
    kind = cuePatterns().kinds.get(w);
    if (kind === undefined && /^ha(?:s|ve)\s/.test(w)) kind = 'past';
    if (kind === undefined) kind = /^\p{Lu}/u.test(written) ? SKIP : 'past';
    kindMemo.set(written, kind);
  }
  return kind;
}
const KIND_MEMO_LIMIT = 10_000;
const kindMemo = new Map<string, CueKind | null | typeof SKIP>();

// A clause ends at a semicolon or dash, or at a comma before a coordinating word.
const CLAUSE_BREAK = /[;—–]|,\s+(?:and|but|while|whereas|although|though|yet)\b/g;

interface SentenceCues {
  cues: Cue[];
  /** Offsets of the cues, ascending. */
  positions: number[];
  breaks: number[];
}

/**
 * A tense oracle for one text: `tenseAt(sentence, start, end)` is the tense governing the expression
 * [start, end): the nearest cue before it in its clause, else the nearest after it in the clause, else the same
 * search over the whole sentence. A present-tense cue leaves the direction open (null). Each sentence is scanned
 * once, however many expressions it holds.
 */
export function tenseOracle(text: string): (sentence: { start: number; end: number }, start: number, end: number) => Tense {
  const cache = new Map<number, SentenceCues>();
  const cuesOf = (sentence: { start: number; end: number }): SentenceCues => {
    let found = cache.get(sentence.start);
    if (!found) {
      const body = text.slice(sentence.start, sentence.end);
      const breaks: number[] = [];
      CLAUSE_BREAK.lastIndex = 0;
      let b: RegExpExecArray | null;
      while ((b = CLAUSE_BREAK.exec(body)) !== null) breaks.push(sentence.start + b.index);
      const cues = scan(body, sentence.start);
      found = { cues, positions: cues.map((c) => c.at), breaks };
      cache.set(sentence.start, found);
    }
    return found;
  };
  return (sentence, start, end) => {
    const { cues: found, positions, breaks } = cuesOf(sentence);
    const at = firstAtOrAfter(breaks, start);
    const clauseStart = at > 0 ? breaks[at - 1]! : sentence.start;
    const clauseEnd = breaks[firstAtOrAfter(breaks, end)] ?? sentence.end;
    const pick = (lo: number, hi: number): Cue | undefined => {
      const before = found[firstAtOrAfter(positions, start) - 1];
      const after = found[firstAtOrAfter(positions, end)];
      if (before && before.at >= lo) return before;
      return after && after.at < hi ? after : undefined;
    };
    const cue = pick(clauseStart, clauseEnd) ?? pick(sentence.start, sentence.end);
    return cue && cue.kind !== 'present' ? cue.kind : null;
  };
}
