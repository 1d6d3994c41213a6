// Context that makes an unlisted capitalised name an organization: market words ("shares in Equinor",
// "Hanwha Ocean shares rose"), corporate verbs ("Maersk said it would resume ..."), results ("Munich Re raised its
// profit target"), a job held there ("an economist at ING", "UAW president Shawn Fain") and sports results
// ("Flamengo beat Palmeiras 1-0"). The phrases are data: src/lexicons/org-context.txt.
import { lexicon } from '../../lexicons/load.js';
import type { Gazetteer } from './gazetteer.js';
import { joined, lowerPhrase, type Sentence } from './sentence.js';
import { roleEndingAt, roleStartingAt } from './titles.js';

type Where = 'before' | 'after' | 'possessive' | 'say' | 'act' | 'result' | 'figure' | 'match';

interface Contexts {
  sets: Map<Where, Set<string>>;
  /** First words of the phrases of more than one word: a longer key is built only when one may match. */
  firsts: Map<Where, Set<string>>;
  /** Longest phrase, in words. */
  maxWords: number;
}

let cached: Contexts | undefined;

function contexts(): Contexts {
  if (cached) return cached;
  const sets = new Map<Where, Set<string>>();
  const firsts = new Map<Where, Set<string>>();
  let maxWords = 1;
  for (const [phrase = '', where = ''] of lexicon('org-context')) {
    const set = sets.get(where as Where) ?? sets.set(where as Where, new Set()).get(where as Where)!;
    set.add(phrase);
    const words = phrase.split(' ');
    if (words.length > 1) (firsts.get(where as Where) ?? firsts.set(where as Where, new Set()).get(where as Where)!).add(words[0]!);
    maxWords = Math.max(maxWords, words.length);
  }
  cached = { sets, firsts, maxWords };
  return cached;
}

const has = (where: Where, phrase: string): boolean => contexts().sets.get(where)?.has(phrase) ?? false;

/** has(where, the lower-case words of tokens[from..to]), the key built only when a listed phrase starts so. */
function hasWords(where: Where, s: Sentence, from: number, to: number): boolean {
  return (contexts().firsts.get(where)?.has(s.tokens[from]!.lower) ?? false) && has(where, lowerPhrase(s, from, to));
}

// Role classes a company, club or body puts before a person's name ("Petrobras chief executive", "Flamengo coach");
// an adviser, aide or spokesperson may be a person's ("Putin spokesman Dmitry Peskov"), so those do not count.
const ORG_ROLE_CLASSES = new Set(['executive', 'sport', 'media']);
const ORG_ROLE_HEADS = new Set(['president', 'vice president']);
// Roles that describe the person, not an employer: "Californian investor General Catalyst", "tech billionaire X".
const SELF_ROLES = new Set(['investor', 'billionaire', 'tycoon', 'star', 'champion']);

// "said on Tuesday it would", "said late on Monday that it had", "said in a statement it planned to".
const SAY_TAIL = /^(?:\s+(?:on|late on|early on|earlier on)\s+\p{Lu}\p{Ll}+|\s+in\s+a\s+statement|\s+on\s+its\s+website)?(?:\s+that)?\s+it\s+(?:would|will|had|has|is|was|could|plans|planned|expects|expected|aims|intends|intended|agreed)\s+(?:(?:to|not|be|been|now|also)\s+){0,2}(\p{Ll}+)/u;
// "reported a 9 percent drop in output", "cut its sales forecast", "raised its profit target": a figure word
// within the next few words.
const RESULT_WORDS = 6;
// A single score: "1-0", "43-10", "120-109". Tennis sets ("6-4, 7-5") say nothing of organizations.
const SCORE = /(?<![\d-])(\d{1,3})[-–](\d{1,3})(?![\d-])/gu;

/** The rule that makes the capitalised chunk tokens[first..last] an organization by its context, or null. */
export function orgContext(g: Gazetteer, s: Sentence, first: number, last: number): string | null {
  const tokens = s.tokens;
  const t = tokens[last]!;
  const before2 = first >= 2 && joined(s, first) && joined(s, first - 1);
  const before3 = before2 && first >= 3 && joined(s, first - 2);
  if ((before2 && hasWords('before', s, first - 2, first - 1)) || (before3 && hasWords('before', s, first - 3, first - 1))) {
    return 'context:org-market';
  }
  const next = tokens[last + 1];
  if (next && joined(s, last + 1) && !t.possessive) {
    const two = !!tokens[last + 2] && joined(s, last + 2);
    if (has('after', next.lower) || (two && hasWords('after', s, last + 1, last + 2))) return 'context:org-market';
  }
  if (next && t.possessive && tokens[last + 1]!.gap === 'possessive') {
    const two = !!tokens[last + 2] && joined(s, last + 2);
    if (has('possessive', next.lower) || (two && hasWords('possessive', s, last + 1, last + 2))) return 'context:org-market';
  }
  // "an economist at ING", "a professor at Harvard", "analysts at Itau BBA": a job held at the name.
  const at = tokens[first - 1];
  const job = first >= 2 ? tokens[first - 2]! : undefined;
  if (at?.text === 'at' && job && joined(s, first) && joined(s, first - 1)
    && (roleEndingAt(g, s, first - 2) || (job.lower.endsWith('s') && g.roles.has(job.lower.slice(0, -1))))) {
    return 'context:org-workplace';
  }
  // "UAW president Shawn Fain", "Petrobras chief executive Magda Chambriard": the name employs the person after it.
  if (next && joined(s, last + 1) && !t.possessive) {
    const role = roleStartingAt(g, s, last + 1);
    const head = role ? tokens.slice(last + 1, role.last + 1).map((x) => x.lower).join(' ') : '';
    // "Europol executive director Catherine De Bolle": role words may follow one another.
    let end = role?.last ?? -1;
    for (let more = end >= 0 ? roleStartingAt(g, s, end + 1) : null; more && joined(s, end + 1); more = roleStartingAt(g, s, end + 1)) {
      end = more.last;
    }
    const person = tokens[end + 1];
    if (role && !SELF_ROLES.has(head) && (ORG_ROLE_CLASSES.has(role.cls) || ORG_ROLE_HEADS.has(head)) && person?.upper
      && joined(s, end + 1)) {
      return 'context:org-employer';
    }
  }
  const rest = (): string => s.text.slice(next!.end, Math.min(next!.end + 120, s.tokens[s.tokens.length - 1]!.end));
  if (!t.possessive && next && has('say', next.lower) && /^,?\s+$/.test(s.text.slice(t.end, next.start))) {
    const m = SAY_TAIL.exec(rest());
    if (m && has('act', m[1]!)) return 'context:org-corporate-verb';
  }
  if (!t.possessive && next && has('result', next.lower) && joined(s, last + 1)) {
    const words = rest().split(/[^\p{L}\p{N}-]+/u, RESULT_WORDS + 1);
    if (words.some((w) => has('figure', w))) return 'context:org-results';
  }
  if (sportsResult(s, first, last)) return 'context:org-match';
  return null;
}

/** A digit followed by a hyphen or an en dash in text[from, to): what any score holds. */
export function digitDash(text: string, from: number, to: number): boolean {
  for (let i = from + 1; i < to; i++) {
    const c = text.charCodeAt(i);
    if ((c === 45 || c === 0x2013) && text.charCodeAt(i - 1) >= 48 && text.charCodeAt(i - 1) <= 57) return true;
  }
  return false;
}

/** "Flamengo beat Palmeiras 1-0", "the Denver Nuggets beat the Los Angeles Lakers 120-109". */
function sportsResult(s: Sentence, first: number, last: number): boolean {
  const tokens = s.tokens;
  if (s.score === undefined) {
    const from = tokens[0]!.start;
    const to = tokens[tokens.length - 1]!.end;
    const scores = digitDash(s.text, from, to) ? [...s.text.slice(from, to).matchAll(SCORE)] : [];
    s.score = scores.length === 1 ? [Number(scores[0]![1]), Number(scores[0]![2])] : null;
  }
  if (!s.score) return false;
  const high = Math.max(...s.score);
  if (high === 6 || high === 7) return false;
  const after = tokens[last + 1];
  const after2 = after && tokens[last + 2] ? `${after.lower} ${tokens[last + 2]!.lower}` : '';
  if (after && !tokens[last]!.possessive && (has('match', after.lower) || has('match', after2))) return true;
  let k = first - 1;
  if (tokens[k]?.lower === 'the') k--;
  const prev = tokens[k];
  const prev2 = prev && tokens[k - 1] ? `${tokens[k - 1]!.lower} ${prev.lower}` : '';
  return !!prev && (has('match', prev.lower) || has('match', prev2));
}
