// Running the date parsers over a text. A parser may list the words its matches can begin with (`Parser.starts`):
// its pattern is then tried, anchored, only where one of those words begins, instead of being scanned over
// every character. One pass over the text's word starts replaces some thirty full regex scans. A parser without
// `starts` is scanned as before (patterns that begin with a digit are cheap to scan: few positions pass the
// first character). Either way a parser finds exactly the matches a global `exec` loop would.
import type { Parser } from './parse-kit.js';

/** The start key of a match that begins with a digit. */
export const DIGIT = '#';

/**
 * The start keys of a list of phrases: each phrase's leading run of ASCII letters, lower-cased, or DIGIT.
 * Null when a phrase starts otherwise (the patterns' \b is ASCII-only, so no such key can be looked up).
 */
export function startKeys(phrases: Iterable<string>): string[] | null {
  const out: string[] = [];
  for (const p of phrases) {
    const m = /^(?:[a-z]+|\d)/.exec(p.toLowerCase());
    if (!m) return null;
    out.push(/\d/.test(m[0]) ? DIGIT : m[0]);
  }
  return out;
}

/**
 * Values keyed by lower-case words, looked up at a word of the text without cutting it out: the word's letters
 * are hashed as they are read (see `forEachWordStart`).
 */
export class WordKeys<T> {
  /** Entries by the low bits of their hash: an array index is cheaper than a Map look-up. */
  private readonly buckets: ({ word: string; hash: number; value: T }[] | undefined)[] = new Array(BUCKETS);
  /** Length of the longest key: longer words need no look-up. */
  longest = 0;

  /** The value for `word` (lower-case ASCII letters), created by `make` on first use. */
  entry(word: string, make: () => T): T {
    const hash = wordHash(word);
    const bucket = (this.buckets[hash & (BUCKETS - 1)] ??= []);
    let e = bucket.find((x) => x.word === word);
    if (!e) bucket.push((e = { word, hash, value: make() }));
    this.longest = Math.max(this.longest, word.length);
    return e.value;
  }

  /** The value for the letters text[start, end) in any case, given their hash. */
  get(text: string, start: number, end: number, hash: number): T | undefined {
    if (end - start > this.longest) return undefined;
    const bucket = this.buckets[hash & (BUCKETS - 1)];
    if (!bucket) return undefined;
    for (const e of bucket) {
      if (e.hash !== hash || e.word.length !== end - start) continue;
      let same = true;
      for (let k = 0; same && k < e.word.length; k++) same = (text.charCodeAt(start + k) | 32) === e.word.charCodeAt(k);
      if (same) return e.value;
    }
    return undefined;
  }
}

const BUCKETS = 4096;
// Kept within 30 bits so that V8 stores it as a small integer.
const step = (h: number, c: number): number => (Math.imul(h, 31) + (c | 32)) & 0x3fffffff;
const wordHash = (w: string): number => {
  let h = 0;
  for (let i = 0; i < w.length; i++) h = step(h, w.charCodeAt(i));
  return h;
};

// ASCII word characters, as \b sees them: letters, digits and the underscore.
const OTHER = 0;
const LETTER = 1;
const ASCII = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  ASCII[c] = /[A-Za-z]/.test(ch) ? LETTER : /\w/.test(ch) ? 2 : OTHER;
}
const isDigit = (c: number): boolean => c >= 48 && c <= 57;
export const isAsciiWordChar = (c: number): boolean => c < 128 && ASCII[c] !== OTHER;

/**
 * Every place where \b begins a word: `visit(start, lettersEnd, hash)` with the end and hash of the run of ASCII
 * letters there (lettersEnd === start when the word starts with a digit or "_").
 */
export function forEachWordStart(text: string, visit: (start: number, lettersEnd: number, hash: number) => void): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    let c = text.charCodeAt(i);
    if (c >= 128 || ASCII[c] === OTHER) {
      i++;
      continue;
    }
    const start = i;
    let h = 0;
    while (i < n && (c = text.charCodeAt(i)) < 128 && ASCII[c] === LETTER) {
      h = step(h, c);
      i++;
    }
    visit(start, i, h);
    // The rest of the word (digits, "_", letters after them) starts no word.
    while (i < n && (c = text.charCodeAt(i)) < 128 && ASCII[c] !== OTHER) i++;
  }
}

/** The parsers tried where one start word begins. */
interface Group {
  parsers: number[];
  /**
   * With several parsers, one pattern that matches where any of them does (their alternation), tried first:
   * after a common word such as "the" it usually fails, and one attempt replaces several.
   */
  gate: RegExp | null;
}

interface Plan {
  /** The parsers tried at a word start, by the word's leading letters. */
  byWord: WordKeys<Group>;
  /** The parsers tried where a digit starts a word. */
  digit: Group;
  /** Sticky copies of the dispatched parsers' patterns, by parser index. */
  sticky: (RegExp | null)[];
  scanned: number[];
}

const plans = new WeakMap<Parser[], Plan>();

function planFor(parsers: Parser[]): Plan {
  const known = plans.get(parsers);
  if (known) return known;
  const plan: Plan = { byWord: new WordKeys(), digit: { parsers: [], gate: null }, sticky: [], scanned: [] };
  const groups: Group[] = [plan.digit];
  parsers.forEach((parser, i) => {
    if (!parser.starts) {
      plan.sticky.push(null);
      plan.scanned.push(i);
      return;
    }
    plan.sticky.push(new RegExp(parser.re.source, parser.re.flags.replace('g', '') + 'y'));
    for (const key of parser.starts) {
      const group = key === DIGIT ? plan.digit : plan.byWord.entry(key, () => {
        const g: Group = { parsers: [], gate: null };
        groups.push(g);
        return g;
      });
      group.parsers.push(i);
    }
  });
  for (const g of groups) g.gate = gateOf(g.parsers.map((i) => plan.sticky[i]!));
  plans.set(parsers, plan);
  return plan;
}

/**
 * The alternation of several anchored patterns, or null when one would not do: fewer than three patterns, flags
 * that differ, or a back-reference or group name that joining them would break.
 */
function gateOf(patterns: RegExp[]): RegExp | null {
  if (patterns.length < 3 || patterns.some((p) => p.flags !== patterns[0]!.flags || /\\[1-9k]|\(\?<[^=!]/.test(p.source))) return null;
  return new RegExp(patterns.map((p) => `(?:${p.source})`).join('|'), patterns[0]!.flags);
}

let resumeAt = new Int32Array(0);

/** The matches of every parser over the text, per parser in text order (index = the parser's position). */
export function matchAll(parsers: Parser[], text: string): RegExpExecArray[][] {
  const plan = planFor(parsers);
  const out: RegExpExecArray[][] = parsers.map(() => []);
  for (const i of plan.scanned) {
    const re = parsers[i]!.re;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) out[i]!.push(m);
  }
  // Where each dispatched parser's scan stands: a global exec loop resumes after its last match. The array is
  // kept between texts (a typed array is costly to allocate) and cleared.
  if (resumeAt.length < parsers.length) resumeAt = new Int32Array(parsers.length);
  const resume = resumeAt.fill(0);
  forEachWordStart(text, (start, lettersEnd, hash) => {
    const group = lettersEnd > start ? plan.byWord.get(text, start, lettersEnd, hash)
      : isDigit(text.charCodeAt(start)) ? plan.digit : undefined;
    if (!group) return;
    if (group.gate) {
      group.gate.lastIndex = start;
      if (!group.gate.test(text)) return;
    }
    for (const k of group.parsers) {
      if (start < resume[k]!) continue;
      const re = plan.sticky[k]!;
      re.lastIndex = start;
      const m = re.exec(text);
      if (m) {
        out[k]!.push(m);
        resume[k] = start + m[0].length;
      }
    }
  });
  return out;
}
