// National institutions named in lower case: "the Armenian foreign ministry", "Russia's defence ministry",
// "Yemen's internationally recognised government", "the energy ministry".
import type { Emit } from './candidate.js';
import type { Entry, Gazetteer } from './gazetteer.js';
import { isLowerWord, joined, titleCase, type Sentence } from './sentence.js';

// Words that may follow a body named by an adjective-like head ("the Israeli military said ...").
const AFTER_BODY = new Set(['said', 'says', 'has', 'had', 'have', 'is', 'was', 'will', 'would', 'could', 'on', 'in',
  'and', 'also', 'reported', 'announced', 'confirmed', 'denied', 'added', 'struck', 'launched', 'carried']);

/** Index of the institution head ("ministry") reached from token i over at most three lower-case words, or -1. */
export function institutionHead(g: Gazetteer, s: Sentence, i: number): number {
  for (let k = i; k < i + 4 && k < s.tokens.length; k++) {
    const t = s.tokens[k]!;
    if (!joined(s, k) && !(k === i && /^(?:['’]s)?\s+$/.test(s.text.slice(s.tokens[k - 1]?.end ?? 0, t.start)))) return -1;
    const word = t.lower;
    const next = s.tokens[k + 1];
    if (next && g.institutionStarts.has(word) && g.institutions.has(`${word} ${next.lower}`) && joined(s, k + 1)) return k + 1;
    // "Russian military" is the body only when no noun follows it ("the Russian military base" is not).
    if (word === 'military' && /^\p{Ll}/u.test(s.tokens[k + 1]?.text ?? '') && joined(s, k + 1)
      && !AFTER_BODY.has(s.tokens[k + 1]!.lower)) return -1;
    if (g.institutions.has(word)) {
      // "Qatar's Ministry of Foreign Affairs" is a proper name: the capitalised-run rules take it.
      const after = s.tokens[k + 1];
      return after && /^(?:of|for)$/.test(after.text) && s.tokens[k + 2]?.upper ? -1 : k;
    }
    if (g.stopwords.has(word) || !/^\p{L}[\p{L}-]*$/u.test(t.text) || t.possessive) return -1;
  }
  return -1;
}

/**
 * "the Armenian foreign ministry", "Russia's Foreign Ministry", "Yemen's internationally recognised government":
 * a national institution named after a demonym or country possessive. Emits it and returns its last token, or -1.
 */
export function institutionAfter(g: Gazetteer, s: Sentence, first: number, last: number, e: Entry, emit: Emit): number {
  const t = s.tokens[last]!;
  if (!(e.via === 'demonym' || (e.kind === 'country' && e.via === 'name' && t.possessive)) || !e.country) return -1;
  const head = institutionHead(g, s, last + 1);
  if (head < 0) return -1;
  const start = s.tokens[first]!.start;
  const end = s.tokens[head]!.end;
  // A ministry keeps its portfolio ("Water Resources Ministry"); other bodies drop epithets ("recognised government").
  // ... and a two-word head keeps both words ("Kazakhstan's central bank" -> "Kazakh Central Bank").
  const pair = head > last + 1 && g.institutions.has(`${s.tokens[head - 1]!.lower} ${s.tokens[head]!.lower}`);
  const from = s.tokens[head]!.lower === 'ministry' ? last + 1 : pair ? head - 1 : head;
  const words = s.tokens.slice(from, head + 1).map((w) => w.text[0]!.toUpperCase() + w.text.slice(1));
  const name = `${g.demonymOf.get(e.country) ?? e.country} ${words.join(' ')}`;
  emit({ start, end, kind: 'organization', name, country: e.country, rule: 'institution' });
  return head;
}


/** "the energy ministry said": a ministry named by its portfolio alone. */
export function bareMinistry(g: Gazetteer, s: Sentence, i: number, emit: Emit): void {
  const tokens = s.tokens;
  if (tokens[i]?.lower !== 'the') return;
  for (let k = i + 2; k <= i + 3 && k < tokens.length; k++) {
    if (!joined(s, k)) return;
    const t = tokens[k]!;
    if (t.text === 'ministry' || t.text === 'Ministry') {
      if (tokens[k + 1]?.text === 'of') return;
      const words = tokens.slice(i + 1, k + 1);
      if (words.slice(0, -1).some((w) => !/^\p{L}+$/u.test(w.text) || g.stopwords.has(w.lower)
        || g.surfaces.has(w.text))) return;
      const name = titleCase(words.map((w) => w.text).join(' '));
      emit({ start: words[0]!.start, end: t.end, kind: 'organization', name, rule: 'institution:bare-ministry' });
      return;
    }
    if (!isLowerWord(t.text)) return;
  }
}

