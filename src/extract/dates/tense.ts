// Which way a weekday or a month without a year points: a small lexicon-driven look at the verbs around it
// (src/lexicons/dates-tense.txt), not a part-of-speech tagger.
import { lexicon } from '../../lexicons/load.js';
import { alternation } from './words.js';

export type Tense = 'past' | 'future' | null;

interface Cue {
  at: number;
  tense: 'past' | 'future';
}

let compiled: { re: RegExp; tense: Map<string, Tense>; notPast: Set<string> } | undefined;

function cues(): NonNullable<typeof compiled> {
  if (compiled) return compiled;
  const tense = new Map<string, Tense>();
  const notPast = new Set<string>();
  for (const [w, t] of lexicon('dates-tense')) {
    if (t === 'not-past') notPast.add(w!.toLowerCase());
    else tense.set(w!.toLowerCase(), t === 'future' ? 'future' : 'past');
  }
  // Listed phrases first, then any word ending in -ed (a past form unless it follows "will be" / "to be").
  const re = new RegExp(`(?<![\\w'])(?:${alternation(tense.keys())})(?![\\w'])|\\b[a-z]{2,}ed\\b`, 'gi');
  compiled = { re, tense, notPast };
  return compiled;
}

const FUTURE_PASSIVE = /\b(?:will|would|shall|to|'ll|may|might|could|should|must|can)\s+(?:not\s+)?(?:be|have\s+been)\s+$/i;

/** The verb cues of a stretch of text, in order, with offsets relative to `base`. */
function scan(text: string, base: number): Cue[] {
  const { re, tense, notPast } = cues();
  const out: Cue[] = [];
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const w = m[0].toLowerCase().replace(/\s+/g, ' ');
    let t = tense.get(w);
    if (t === undefined) {
      if (notPast.has(w) || /^\p{Lu}/u.test(m[0])) continue; // a name such as "Ahmed", not a verb
      t = FUTURE_PASSIVE.test(text.slice(Math.max(0, m.index - 24), m.index)) ? 'future' : 'past';
    }
    if (t) out.push({ at: base + m.index, tense: t });
  }
  return out;
}

/**
 * The tense governing the expression [start, end) inside `sentence`: the nearest cue before it in the sentence,
 * else the nearest after it, else null.
 */
export function tenseAround(text: string, sentence: { start: number; end: number }, start: number, end: number): Tense {
  const found = scan(text.slice(sentence.start, sentence.end), sentence.start);
  let before: Cue | undefined;
  let after: Cue | undefined;
  for (const c of found) {
    if (c.at < start) before = c;
    else if (c.at >= end && !after) after = c;
  }
  return (before ?? after)?.tense ?? null;
}
