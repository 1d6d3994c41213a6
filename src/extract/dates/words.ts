// The date lexicons (src/lexicons/dates-*.txt), loaded once into maps and regex fragments for the parsers.
import { lexicon, listField } from '../../lexicons/load.js';
import type { Unit } from './calendar.js';
import { DIGIT, startKeys } from './starts.js';

export interface UnitInfo {
  /** TIMEX3 duration code: Y, M, W, D, DE, CE, H, M, S. */
  code: string;
  /** How many `code` units one of these is (a quarter is 3 months). */
  times: number;
  /** Code for an unspecified amount ("for decades" = PXDE). */
  vague: string;
  /** Units below a day are written after T in a duration. */
  time: boolean;
  /** Calendar unit for dates at this granularity; null for hours, minutes, seconds. */
  unit: Unit | null;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A regex alternation of phrases, longest first so the longer phrase wins, with flexible white space. */
export const alternation = (phrases: Iterable<string>): string =>
  [...new Set(phrases)].sort((a, b) => b.length - a.length).map((p) => escape(p).replace(/ /g, '\\s+')).join('|');

/** Lower-cased key with single spaces, for looking up a matched phrase. */
export const key = (s: string): string => {
  const lower = s.toLowerCase();
  return /[\s.]/.test(lower) ? lower.replace(/\s+/g, ' ').replace(/\.$/, '') : lower;
};

export interface Words {
  months: Map<string, number>;
  monthNeedsCue: Set<number>;
  weekdays: Map<string, number>;
  numbers: Map<string, string>;
  ordinals: Map<string, number>;
  units: Map<string, UnitInfo>;
  seasons: Map<string, string>;
  partsOfDay: Map<string, string>;
  refs: Map<string, string>;
  sets: Map<string, string>;
  modifiers: Map<string, string>;
  holidays: Map<string, string>;
  notYearBefore: Set<string>;
  notYearAfter: Set<string>;
  re: {
    month: string;
    weekday: string;
    number: string;
    ordinal: string;
    unit: string;
    unitPlural: string;
    season: string;
    partOfDay: string;
    ref: string;
    set: string;
    modifier: string;
    holiday: string;
    durationWord: string;
    monthCue: string;
    timezone: string;
  };
  /** The words each fragment in `re` can begin with (see starts.ts); null when one cannot be told. */
  starts: {
    month: string[] | null;
    weekday: string[] | null;
    number: string[] | null;
    ordinal: string[] | null;
    unit: string[] | null;
    season: string[] | null;
    partOfDay: string[] | null;
    ref: string[] | null;
    set: string[] | null;
    holiday: string[] | null;
  };
}

let cached: Words | undefined;

export function words(): Words {
  if (cached) return cached;
  const months = new Map<string, number>();
  const monthNeedsCue = new Set<number>();
  const monthForms: string[] = [];
  for (const [name, num, alts, cue] of lexicon('dates-months')) {
    const n = Number(num);
    months.set(name!.toLowerCase(), n);
    monthForms.push(name!.toLowerCase());
    for (const a of listField(alts)) {
      months.set(a.toLowerCase(), n);
      monthForms.push(`${a.toLowerCase()}.`, a.toLowerCase());
    }
    if (cue === 'needs-cue') monthNeedsCue.add(n);
  }
  const pairs = (name: string): [string, string][] => lexicon(name).map((r) => [r[0]!.toLowerCase(), r[1] ?? '']);
  const weekdays = new Map(pairs('dates-weekdays').map(([k, v]) => [k, Number(v)]));
  const numbers = new Map(pairs('dates-numbers'));
  const ordinals = new Map(pairs('dates-ordinals').map(([k, v]) => [k, Number(v)]));
  const units = new Map<string, UnitInfo>();
  const singular: string[] = [];
  const plural: string[] = [];
  for (const [one, many, code, gran, vague] of lexicon('dates-units')) {
    const [, times, letters] = /^(\d*)(.+)$/.exec(code!)!;
    const info: UnitInfo = {
      code: letters!, times: times ? Number(times) : 1, vague: vague || letters!,
      time: gran === 'time', unit: gran === 'time' ? null : (gran as Unit),
    };
    units.set(one!, info);
    units.set(many!, info);
    singular.push(one!);
    plural.push(many!);
  }
  const seasons = new Map(pairs('dates-seasons'));
  const partsOfDay = new Map(pairs('dates-parts-of-day'));
  const refs = new Map(pairs('dates-refs'));
  const sets = new Map(pairs('dates-sets'));
  const modifiers = new Map(pairs('dates-modifiers'));
  const holidays = new Map(pairs('dates-holidays'));
  const notYearBefore = new Set<string>();
  const notYearAfter = new Set<string>();
  for (const [w, where] of pairs('dates-not-year')) (where === 'before' ? notYearBefore : notYearAfter).add(w);

  // Number words may be hyphenated tens ("twenty-five") or digits ("90", "2.5").
  const tens = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
  const unitsWords = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
  const number = `\\d+(?:[.,]\\d+)?|(?:${tens.join('|')})-(?:${unitsWords.join('|')})|${alternation(numbers.keys())}`;
  const withDigit = (keys: string[] | null): string[] | null => keys && [DIGIT, ...keys];
  cached = {
    months, monthNeedsCue, weekdays, numbers, ordinals, units, seasons, partsOfDay, refs, sets, modifiers, holidays,
    notYearBefore, notYearAfter,
    re: {
      month: alternation(monthForms),
      weekday: alternation(weekdays.keys()),
      number,
      ordinal: `\\d{1,2}(?:st|nd|rd|th)|${alternation(ordinals.keys())}`,
      unit: alternation(singular),
      unitPlural: alternation(plural),
      season: alternation(seasons.keys()),
      partOfDay: alternation(partsOfDay.keys()),
      ref: alternation(refs.keys()),
      set: alternation(sets.keys()),
      modifier: alternation(modifiers.keys()),
      holiday: alternation(holidays.keys()),
      durationWord: alternation(lexicon('dates-duration-words').map((r) => r[0]!)),
      monthCue: alternation(lexicon('dates-month-cues').map((r) => r[0]!)),
      timezone: alternation(lexicon('dates-timezones').map((r) => r[0]!)),
    },
    starts: {
      month: startKeys(monthForms),
      weekday: startKeys(weekdays.keys()),
      number: withDigit(startKeys([...tens, ...numbers.keys()])),
      ordinal: withDigit(startKeys(ordinals.keys())),
      unit: startKeys(singular),
      season: startKeys(seasons.keys()),
      partOfDay: startKeys(partsOfDay.keys()),
      ref: startKeys(refs.keys()),
      set: startKeys(sets.keys()),
      holiday: startKeys(holidays.keys()),
    },
  };
  return cached;
}

/** The value of a number word or numeral: "three" -> 3, "twenty-five" -> 25, "several" -> null (unspecified). */
export function numberValue(s: string): number | null {
  const k = key(s);
  if (/^\d/.test(k)) return Number(k.replace(/,/g, ''));
  const w = words();
  const direct = w.numbers.get(k);
  if (direct !== undefined) return direct === 'X' ? null : Number(direct);
  const [t, u] = k.split('-');
  const tv = Number(w.numbers.get(t ?? '') ?? NaN);
  const uv = Number(w.numbers.get(u ?? '') ?? NaN);
  return Number.isFinite(tv + uv) ? tv + uv : null;
}

export function ordinalValue(s: string): number | null {
  const k = key(s);
  const m = /^(\d+)/.exec(k);
  if (m) return Number(m[1]);
  return words().ordinals.get(k) ?? null;
}
