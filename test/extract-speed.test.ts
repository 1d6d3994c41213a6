// The fast paths of extraction give the same answers as the plain forms they replace: date patterns tried only
// where their first word begins, the tense cues found the same way, the word scanner, phrase look-ups by hash,
// calendar arithmetic without Date. Each check compares the two on news text and on awkward strings.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildParsers } from '../src/extract/dates/parsers.js';
import { matchAll, WordKeys, forEachWordStart } from '../src/extract/dates/starts.js';
import { afterBe, cueMatches, cuePatterns, FUTURE_PASSIVE, tenseOracle } from '../src/extract/dates/tense.js';
import { daysInMonth } from '../src/extract/dates/calendar.js';
import { isWordChar, PhraseMatcher, WordHeads, WordTable, words } from '../src/extract/quotes/phrases.js';
import { findQuotedSpans, isTitleLike } from '../src/extract/quotes/quote-marks.js';
import { quoteLexicon } from '../src/extract/quotes/lexicon.js';
import { MentionIndex } from '../src/extract/quotes/mentions.js';
import type { ExtractContext } from '../src/extract/context.js';
import type { Mention } from '../src/model.js';
import { skipGapBack } from '../src/extract/quotes/speakers.js';
import { CuePhrases } from '../src/extract/agreements/cues.js';
import { agreementLexicon } from '../src/extract/agreements/lexicon.js';
import { auxMayEnd } from '../src/extract/agreements/triggers.js';
import { SEEDS } from './helpers.js';
import { datesIn, docOf } from './dates-helpers.js';

const FIXTURES = join(SEEDS, '..', 'fixtures', 'dates');
const sentences = readdirSync(FIXTURES).filter((f) => f.endsWith('.jsonl')).flatMap((f) =>
  readFileSync(join(FIXTURES, f), 'utf8').split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { text: string }).text));
const seeds = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(SEEDS, f), 'utf8'));
const awkward = [
  'LAST MONDAY the SECOND QUARTER of 2025 ended; Mondays and FRIDAYS are quiet.',
  "Sept. 5, 2024 and 5 Sept. 2024 and sept 5; Christmastime, Christmas Eve 2023, New Year's Day.",
  'x_2020 _Monday a2021 2019b version 2.10.2020 at 3p.m. at 14:30 GMT, 12:30:05.2 and 1990s or the \'80s.',
  'éMonday İstanbul Monday ÀMay in May, naïve March 3 — the day before yesterday, the following week.',
  "He'll meet them; they 'll sign, she'd agreed, has already signed, have not been, seeded, needed2, Ahmed said.",
  'twenty-five years ago, a couple of weeks later, half a century, several decades-long, every other Tuesday.',
  'Q3 2024, H1-2025, FY2024, fiscal year 2023, year-end, a year, per annum, three times a week, the 21st century.',
  "'said said' said_ said2 SAID, Said's WILL will' agreed' agreed_x re-agreed, signed.",
];
const texts = [...sentences, ...seeds, ...awkward];

/** Every match of a global regex over the text, as [index, text] pairs. */
function scan(re: RegExp, text: string): [number, string][] {
  const out: [number, string][] = [];
  const g = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
  let m: RegExpExecArray | null;
  while ((m = g.exec(text)) !== null) out.push([m.index, m[0]]);
  return out;
}

describe('date patterns tried at their first words', () => {
  const parsers = buildParsers();

  it('most parsers are dispatched by their first words', () => {
    expect(parsers.filter((p) => p.starts).length).toBeGreaterThan(parsers.length / 2);
  });

  it('find exactly the matches a scan of the whole text finds, parser by parser', () => {
    for (const text of texts) {
      const found = matchAll(parsers, text);
      parsers.forEach((p, i) => {
        expect(found[i]!.map((m) => [m.index, m[0]]), `${p.rule} in: ${text.slice(0, 80)}`).toEqual(scan(p.re, text));
      });
    }
  });

  it('still read capitalised, dotted and plural forms', () => {
    const rules = datesIn('LAST MONDAY, on Sept. 5, 2024, and on Fridays.', '2026-05-20').map((d) => [d.text, d.rule]);
    expect(rules).toEqual([['LAST MONDAY', 'weekday'], ['Sept. 5, 2024', 'month-day-year'], ['Fridays', 'weekday']]);
  });
});

describe('tense cues found at word starts', () => {
  it('are the matches of the whole cue pattern', () => {
    const { whole } = cuePatterns();
    for (const text of texts) {
      expect(cueMatches(text).map((m) => [m.index, m[0]]), text.slice(0, 80)).toEqual(scan(whole, text));
    }
  });

  it('include a cue that begins with an apostrophe', () => {
    expect(cueMatches("They 'll sign it.").map((m) => m[0])).toEqual(["'ll"]);
    expect(cueMatches("They'll sign it.").map((m) => m[0])).toEqual([]);
  });
});

describe('word starts and word keys', () => {
  it('visit each place where \\b begins a word, with its leading letters', () => {
    const seen: string[] = [];
    const text = 'The 2nd_round, x-ray: don’t stop-2024 éMay';
    forEachWordStart(text, (start, lettersEnd) => seen.push(`${start}:${text.slice(start, lettersEnd)}`));
    expect(seen).toEqual(['0:The', '4:', '15:x', '17:ray', '22:don', '26:t', '28:stop', '33:', '39:May']);
  });

  it('look words up in any case, and tell apart words that share a hash bucket', () => {
    const keys = new WordKeys<string>();
    const many = Array.from({ length: 5000 }, (_, i) => `w${i.toString(36)}`.replace(/\d/g, (d) => 'abcdefghij'[Number(d)]!));
    for (const w of many) keys.entry(w, () => w);
    for (const probe of ['WABC', 'wAbC', ...many.slice(0, 50)]) {
      const text = ` ${probe} `;
      let got: string | undefined;
      forEachWordStart(text, (s, e, h) => { got = keys.get(text, s, e, h); });
      expect(got).toBe(many.includes(probe.toLowerCase()) ? probe.toLowerCase() : undefined);
    }
  });
});

describe('the word scanner of quotes and agreements', () => {
  // The definition it replaced: letters and digits (below U+D800) with inner hyphens and apostrophes.
  const LETTERS = '0-9A-Za-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u1FFF\\u2C00-\\uD7FF';
  const WORD = new RegExp(`[${LETTERS}]+(?:[-'’][${LETTERS}]+)*`, 'g');

  it('cuts the same words as the pattern that defines them', () => {
    for (const text of [...texts, "rock'n'roll -a- a-- 'quoted' Armenia’s co-signed ×÷ naïve 日本語 𝒜bc '’-x"]) {
      const ws = words(text);
      const pairs: [number, number][] = [];
      for (let i = 0; i < ws.length; i += 2) pairs.push([ws[i]!, ws[i + 1]!]);
      expect(pairs).toEqual(scan(WORD, text).map(([i, w]) => [i, i + w.length]));
    }
  });
});

describe('phrase look-ups', () => {
  const folded = new PhraseMatcher(['signed', 'memorandum of understanding', 'café deal'], true);
  const exact = new PhraseMatcher(['said', 'according to']);

  it('match a folded phrase written in lower case, capitalised or in capitals, not in odd mixed case', () => {
    const hits = (m: PhraseMatcher, text: string): string[] => m.all(text).map((h) => text.slice(h.start, h.end));
    expect(hits(folded, 'Signed, SIGNED, signed, sIGNED.')).toEqual(['Signed', 'SIGNED', 'signed']);
    expect(hits(folded, 'a Memorandum of Understanding and a CAFÉ deal')).toEqual(['Memorandum of Understanding', 'CAFÉ deal']);
    expect(hits(exact, 'He said, according to Said, SAID.')).toEqual(['said', 'according to']);
  });

  it('find one-letter and non-ASCII first words past the two-character pre-check', () => {
    const m = new PhraseMatcher(['a deal', 'x', 'éclair accord', 'ça va'], true);
    const text = 'A deal, X marks, an ÉCLAIR accord, Ça va, ça va, Éclair Accord.';
    expect(m.all(text).map((h) => text.slice(h.start, h.end))).toEqual(['A deal', 'X', 'ÉCLAIR accord', 'Ça va', 'ça va', 'Éclair Accord']);
  });
});

describe('two-character word heads', () => {
  it('never rule out a word that begins like an added one, and rule out most others', () => {
    const heads = new WordHeads();
    for (const w of ['signed', 'Signed', 'a', 'über', 'x\u00e9']) heads.add(w);
    const may = (w: string): boolean => heads.mayStart(w, 0, w.length);
    expect(['signed', 'si', 'Sign', 'a', 'über', 'übel', 'xé', 'Zürich'].every(may)).toBe(true);
    expect(['sat', 'SIGNED', 'an', 'b', 'the', 'x'].some(may)).toBe(false);
  });
});

describe('days in a month', () => {
  it('agree with the calendar of Date for every month of years old and new', () => {
    for (const y of [-400, -1, 0, 4, 99, 100, 1600, 1900, 2000, 2023, 2024, 2100, 9999, 10000]) {
      for (let m = 0; m <= 13; m++) expect(daysInMonth(y, m), `${y}-${m}`).toBe(new Date(Date.UTC(y, m, 0)).getUTCDate());
    }
  });
});

describe('pre-checks that spare a regex', () => {
  const lex = agreementLexicon();

  it('try the auxiliary chain wherever it can end before a word', () => {
    const extra = [
      'The sides are expected to be formally signing; iſ signed, IS SIGNED, re-expected signed, will\u00a0 sign.',
      'They have   not yet signed it, and pre-planned to sign, 2024 to sign, ÀWILL sign, to\tsign.',
    ];
    let tried = 0;
    for (const text of [...texts, ...extra]) {
      const ws = words(text);
      for (let i = 0; i < ws.length; i += 2) {
        const at = ws[i]!;
        const from = Math.max(0, at - 60);
        if (lex.auxRe.test(text.slice(from, at))) {
          tried++;
          expect(auxMayEnd(text, from, at, lex), `${text.slice(from, at)}|`).toBe(true);
        }
      }
    }
    expect(tried).toBeGreaterThan(50);
  });

  it('try the future passive wherever "be" or "been" ends before a word', () => {
    let tried = 0;
    for (const text of [...texts, 'It will BE held, will have  been signed, to be\u00a0agreed, maybe signed, been2 held.']) {
      const ws = words(text);
      for (let i = 0; i < ws.length; i += 2) {
        if (FUTURE_PASSIVE.test(text.slice(Math.max(0, ws[i]! - 24), ws[i]!))) {
          tried++;
          expect(afterBe(text, ws[i]!), text.slice(0, ws[i]!)).toBe(true);
        }
      }
    }
    expect(tried).toBeGreaterThan(3);
  });

  it('still read a passive after "will be" as the future, with any white space between', () => {
    expect(datesIn('The summit will be held on Monday.', '2026-05-20')[0]!.value).toBe('2026-05-25');
    expect(datesIn('The summit will be\u00a0held on Monday.', '2026-05-20')[0]!.value).toBe('2026-05-25');
    expect(datesIn('The summit was held on Monday.', '2026-05-20')[0]!.value).toBe('2026-05-18');
  });

  it('read a holiday as a whole word only', () => {
    expect(datesIn('Christmastime trade was slow, but Christmas Eve 2023 was busy.').map((d) => [d.text, d.value]))
      .toEqual([['Christmas Eve 2023', '2023-12-24']]);
  });
});

describe('tense cues read once per written form', () => {
  it('give each sentence its own tense when the same verb form recurs around other auxiliaries', () => {
    const tenseOf = (text: string): string | null => {
      const at = text.indexOf('Monday');
      return tenseOracle(text)({ start: 0, end: text.length }, at, at + 6);
    };
    expect(tenseOf('The treaty will be signed on Monday.')).toBe('future');
    expect(tenseOf('The treaty was signed on Monday.')).toBe('past');
    expect(tenseOf('The treaty will be signed on Monday.')).toBe('future');
    // A capitalised word in -ed is a name, not a verb, however often the lower-case verb was read before.
    expect(tenseOf('Troops landed near Ahmed on Monday.')).toBe('past');
    expect(tenseOf('Ahmed meets them on Monday.')).toBe(null);
  });
});

describe('cue phrases in a window', () => {
  const cues = new CuePhrases<string>([['walk away', 'long'], ['walk', 'short']]);
  const found = (text: string, from = 0, to = text.length): string[] =>
    cues.within(text, from, to).map((c) => `${text.slice(c.start, c.end)}=${c.value}`);

  it('match lower-case or capitalised first words, other words in any case, across any white space', () => {
    expect(found('They walk away. Walk  AWAY. WALK away. walk\u00a0away.'))
      .toEqual(['walk away=long', 'Walk  AWAY=long', 'walk\u00a0away=long']);
  });

  it('take the shorter phrase when the longer one does not fit the window or is broken', () => {
    expect(found('walk away', 0, 6)).toEqual(['walk=short']);
    expect(found('walk, away; walk awayward')).toEqual(['walk=short', 'walk=short']);
  });
});

describe('word tables', () => {
  it('tell apart many words, folded or not, and cannot fold letters beyond ASCII', () => {
    const table = new WordTable<number>();
    const many = Array.from({ length: 3000 }, (_, i) => `k${i}`.replace(/\d/g, (d) => 'abcdefghij'[Number(d)]!));
    many.forEach((w, i) => table.set(w, i));
    const at = (w: string, fold: boolean): number | undefined | null => table.get(` ${w} `, 1, 1 + w.length, fold);
    many.forEach((w, i) => expect(at(w, false)).toBe(i));
    expect(at(many[7]!.toUpperCase(), true)).toBe(7);
    expect(at(many[7]!.toUpperCase(), false)).toBeUndefined();
    expect(at('kzzzzz', false)).toBeUndefined();
    expect(at('ké', true)).toBeNull();
  });
});

describe('quoted spans', () => {
  it('are found paragraph by paragraph from one scan of the marks', () => {
    const text = 'No quotes in this one.\n\nShe said “yes” today.\n\nNone here either.\n\n“A quote that runs on';
    const doc = docOf(text);
    expect(findQuotedSpans(text, doc.paragraphs).map((q) => [text.slice(q.start, q.end), q.paragraph, q.close !== null]))
      .toEqual([['yes', 1, true], ['A quote that runs on', 3, false]]);
  });

  it('count a title by its words: eight capitalised words may be one, nine are not', () => {
    expect(isTitleLike('The Art Of The Deal In One Easy', '', [])).toBe(true);
    expect(isTitleLike('The Art Of The Deal In One Easy Lesson', '', [])).toBe(false);
  });
});

describe('moving back over gap words before a verb', () => {
  const lex = quoteLexicon();
  /** The plain form the character-code scan replaces. */
  function plainSkipGapBack(text: string, end: number, floor: number): number {
    const back = (p: number): number => {
      while (p > floor && /\s/.test(text[p - 1]!)) p--;
      return p;
    };
    let p = back(end);
    for (let n = 0; n < 6; n++) {
      let s = p;
      while (s > floor && (isWordChar(text.charCodeAt(s - 1)) || ['-', "'", '’'].includes(text[s - 1]!))) s--;
      const w = text.slice(s, p);
      if (!w || !(lex.gapWords.has(w) || /^\p{Ll}{2,}ly$/u.test(w) || /^\d{1,4}(?:st|nd|rd|th)?$/.test(w))) break;
      p = back(s);
    }
    return p;
  }

  it('stops where the plain form stops, at every word of news text and awkward strings', () => {
    const extra = [
      'Putin also on Thursday repeatedly\u00a0said, and the 21st  reportedly ly 2024th told; FULLY said, Only said.',
      "She once-again quickly 3rd said, officials' early ’s said, éasily said, 12345 said, 7 said.",
    ];
    let moved = 0;
    for (const text of [...texts, ...extra]) {
      const ws = words(text);
      for (let i = 0; i < ws.length; i += 2) {
        const at = ws[i]!;
        for (const floor of [0, Math.max(0, at - 12)]) {
          const fast = skipGapBack(text, at, floor, lex);
          expect(fast, `${text.slice(Math.max(0, at - 40), at)}|`).toBe(plainSkipGapBack(text, at, floor));
          if (fast < at - 1) moved++;
        }
      }
    }
    expect(moved).toBeGreaterThan(20);
  });
});

describe('the mention index', () => {
  it('is built for each context asked for in turn, and answers for the one asked', () => {
    const mention = (start: number, end: number, actor: string): Mention => ({ start, end, text: 'x'.repeat(end - start), sentence: 0, actor });
    const a: ExtractContext = { actors: [], mentions: [mention(0, 5, 'a')], dates: [] };
    const b: ExtractContext = { actors: [], mentions: [mention(10, 20, 'b'), mention(2, 4, 'c')], dates: [] };
    expect(MentionIndex.of(a).sorted.map((m) => m.actor)).toEqual(['a']);
    expect(MentionIndex.of(a)).toBe(MentionIndex.of(a));
    expect(MentionIndex.of(b).sorted.map((m) => m.actor)).toEqual(['c', 'b']);
    expect(MentionIndex.of(a).endingAt(5)?.actor).toBe('a');
    expect(MentionIndex.of(b).endingAt(5)).toBeUndefined();
  });

  it('finds the longest mention ending or starting at an offset', () => {
    const mention = (start: number, end: number, actor: string): Mention => ({ start, end, text: 'x'.repeat(end - start), sentence: 0, actor });
    // "Prime Minister Nikol Pashinyan", "Nikol Pashinyan", "Prime Minister", "Armenia" in text order.
    const ctx: ExtractContext = { actors: [], dates: [], mentions: [
      mention(15, 30, 'pashinyan'), mention(0, 30, 'pm'), mention(0, 14, 'title'), mention(40, 47, 'armenia'), mention(21, 30, 'surname'),
    ] };
    const mi = MentionIndex.of(ctx);
    expect(mi.endingAt(30)?.actor).toBe('pm');
    expect(mi.endingAt(14)?.actor).toBe('title');
    expect(mi.endingAt(47)?.actor).toBe('armenia');
    expect(mi.endingAt(29)).toBeUndefined();
    expect(mi.startingAt(0)?.actor).toBe('pm');
    expect(mi.startingAt(21)?.actor).toBe('surname');
    expect(mi.startingAt(16)).toBeUndefined();
    expect(mi.startingAt(48)).toBeUndefined();
  });
});
