// Which way a weekday or a month without a year points: a small lexicon-driven look at the verbs around it
// (src/lexicons/dates-tense.txt), not a part-of-speech tagger.
import { lexicon } from '../../lexicons/load.js';
import { alternation } from './words.js';

export type Tense = 'past' | 'future' | null;
type CueKind = 'past' | 'future' | 'present';

interface Cue {
  at: number;
  kind: CueKind;
}

let compiled: { re: RegExp; kinds: Map<string, CueKind | null> } | undefined;

function cues(): NonNullable<typeof compiled> {
  if (compiled) return compiled;
  const kinds = new Map<string, CueKind | null>();
  for (const [w, t] of lexicon('dates-tense')) {
    kinds.set(w!.toLowerCase(), t === 'future' || t === 'past' || t === 'present' ? t : null);
  }
  // Listed phrases first (longest first), then the perfect ("has been", "have risen"), then any word in -ed.
  const perfect = String.raw`\b(?:has|have)\s+(?:not\s+|already\s+|also\s+)?(?:been|[a-z]+(?:ed|en|wn|un|ne|ht))\b`;
  const re = new RegExp(`(?<![\\w'])(?:${alternation(kinds.keys())})(?![\\w'])|${perfect}|\\b[a-z]{2,}ed\\b`, 'gi');
  compiled = { re, kinds };
  return compiled;
}

const FUTURE_PASSIVE = /\b(?:will|would|shall|to|'ll|may|might|could|should|must|can)\s+(?:not\s+)?(?:be|have\s+been)\s+$/i;

/** The verb cues of a stretch of text, in order, with offsets relative to `base`. */
function scan(text: string, base: number): Cue[] {
  const { re, kinds } = cues();
  const out: Cue[] = [];
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const w = m[0].toLowerCase().replace(/\s+/g, ' ');
    let kind = kinds.get(w);
    if (kind === undefined && /^ha(?:s|ve)\s/.test(w)) kind = 'past';
    if (kind === undefined) {
      if (/^\p{Lu}/u.test(m[0])) continue; // a name such as "Ahmed", not a verb
      kind = 'past';
    }
    // A past participle after "will be" / "to be" ("will be held") points ahead.
    if (kind === 'past' && !w.includes(' ') && FUTURE_PASSIVE.test(text.slice(Math.max(0, m.index - 24), m.index))) kind = 'future';
    if (kind) out.push({ at: base + m.index, kind });
  }
  return out;
}

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

/** Index of the first value >= x in an ascending list (the list length when there is none). */
function firstAtOrAfter(sorted: number[], x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
