// Date parsers: each a pattern run over the whole text plus an extract function that turns one match into a
// result or declines (null). Patterns are built once from the lexicons; none nests quantifiers over the same
// characters, so every scan is linear.
import { addDays, daysInMonth, isValid, iso, partialAt, seasonOf, valueAt, type Day, type Unit } from './calendar.js';
import { pickYear, resolveOffset, resolveRelative, resolveWeekday } from './resolve.js';
import type { Tense } from './tense.js';
import { key, numberValue, ordinalValue, words, type UnitInfo } from './words.js';

export type DateKind = 'DATE' | 'TIME' | 'DURATION' | 'SET';

export interface Context {
  text: string;
  ref: Day | null;
  /** Tense of the sentence around [start, end). */
  tense(start: number, end: number): Tense;
}

export interface Found {
  type: DateKind;
  value: string;
  mod?: string | null;
  /** The expression's own extent when the pattern also matched context before it. */
  start?: number;
  /** Set when the value counts from the date last mentioned ("the following week"), not from publication. */
  anchor?: { unit: Unit; step: number; weekend: boolean };
}

export interface Parser {
  rule: string;
  re: RegExp;
  extract(m: RegExpExecArray, ctx: Context): Found | null;
}

/** Where the expression starts when the pattern also matched the preposition before it ("for years"). */
const afterFirstWord = (m: RegExpExecArray): number => m.index + /^\S+\s+/.exec(m[0])![0].length;
const pad = (n: number, w = 2): string => String(n).padStart(w, '0');
const capital = (s: string | undefined): boolean => s !== undefined && /^\p{Lu}/u.test(s);
const end = (m: RegExpExecArray): number => m.index + m[0].length;

function monthNumber(s: string): number {
  return words().months.get(key(s)) ?? 0;
}

/** A month and day without a year, placed in the year the tense points to. */
function monthDay(ctx: Context, m: RegExpExecArray, month: number, day: number): string {
  if (!ctx.ref) return `XXXX-${pad(month)}-${pad(day)}`;
  const y = pickYear(ctx.ref, ctx.tense(m.index, end(m)), (yy) => {
    const d = { y: yy, m: month, d: Math.min(day, daysInMonth(yy, month)) };
    return { from: d, to: d };
  });
  return `${y}-${pad(month)}-${pad(day)}`;
}

function monthOnly(ctx: Context, m: RegExpExecArray, month: number): string {
  if (!ctx.ref) return `XXXX-${pad(month)}`;
  const y = pickYear(ctx.ref, ctx.tense(m.index, end(m)), (yy) => ({
    from: { y: yy, m: month, d: 1 }, to: { y: yy, m: month, d: daysInMonth(yy, month) },
  }));
  return `${y}-${pad(month)}`;
}

function seasonPeriod(y: number, code: string): { from: Day; to: Day } {
  const start: Record<string, number> = { SP: 3, SU: 6, FA: 9, WI: 12 };
  const from = { y, m: start[code]!, d: 1 };
  const toMonth = code === 'WI' ? { y: y + 1, m: 2 } : { y, m: start[code]! + 2 };
  return { from, to: { ...toMonth, d: daysInMonth(toMonth.y, toMonth.m) } };
}

/** The year that `this year` / `last year` / `2025` in "of 2025" denotes. */
function yearOf(ctx: Context, s: string | undefined): number | null {
  if (!s) return null;
  if (/^\d{4}$/.test(s)) return Number(s);
  if (!ctx.ref) return null;
  const k = key(s);
  return ctx.ref.y + (k.startsWith('last') ? -1 : k.startsWith('next') ? 1 : 0);
}

function durationValue(n: number | null, unit: UnitInfo): string {
  const amount = n === null ? 'X' : String(n * unit.times);
  const code = n === null ? unit.vague : unit.code;
  return unit.time ? `PT${amount}${code}` : `P${amount}${code}`;
}

function unitOf(s: string): UnitInfo | undefined {
  return words().units.get(key(s));
}

/** Cue words after which a bare month name ("May", "March") is a month, not a verb or a name. */
const MONTH_CUE = /\b(?:in|since|until|till|by|from|to|through|throughout|during|of|early|late|mid|before|after|between|and|or|last|next|this|each|every|until|end|start|beginning|middle|around|late|since|since early)[\s-]+$/i;

export function buildParsers(): Parser[] {
  const w = words().re;
  const M = `(${w.month})`;
  const P = (rule: string, source: string, extract: Parser['extract'], flags = 'gi'): Parser =>
    ({ rule, re: new RegExp(source, flags), extract });

  return [
    P('iso-date', String.raw`\b(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?\b`, (m) => {
      const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
      if (!isValid(y, mo, d)) return null;
      const day = `${m[1]}-${m[2]}-${m[3]}`;
      return m[4] ? { type: 'TIME', value: `${day}T${m[4]}:${m[5]}` } : { type: 'DATE', value: day };
    }),

    P('numeric-date', String.raw`(?<![\d.])(\d{1,2})([/.])(\d{1,2})\2(\d{4})\b`, (m, ctx) => {
      const a = Number(m[1]), b = Number(m[3]), y = Number(m[4]);
      if (/\b(?:version|ver|v)\.?\s*$/i.test(ctx.text.slice(Math.max(0, m.index - 9), m.index))) return null;
      if (/^[.]\d/.test(ctx.text.slice(end(m), end(m) + 2))) return null;
      // Dotted dates are day-first; slashed ones month-first unless the first number cannot be a month.
      const [mo, d] = m[2] === '.' || a > 12 ? [b, a] : [a, b];
      return isValid(y, mo, d) ? { type: 'DATE', value: `${y}-${pad(mo)}-${pad(d)}` } : null;
    }),

    P('month-day-year', String.raw`\b${M}\s+(\d{1,2})(?:st|nd|rd|th)?\b(?!:\d|[.,]\d)(?:,?\s+(\d{4})\b)?`, (m, ctx) => {
      if (!capital(m[1])) return null;
      const month = monthNumber(m[1]!), day = Number(m[2]);
      if (m[3]) return isValid(Number(m[3]), month, day) ? { type: 'DATE', value: `${m[3]}-${pad(month)}-${pad(day)}` } : null;
      return isValid(2000, month, day) ? { type: 'DATE', value: monthDay(ctx, m, month, day) } : null;
    }),

    P('day-month-year', String.raw`\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?${M}\b(?:,?\s+(\d{4})\b)?`, (m, ctx) => {
      if (!capital(m[2])) return null;
      const month = monthNumber(m[2]!), day = Number(m[1]);
      if (m[3]) return isValid(Number(m[3]), month, day) ? { type: 'DATE', value: `${m[3]}-${pad(month)}-${pad(day)}` } : null;
      return isValid(2000, month, day) ? { type: 'DATE', value: monthDay(ctx, m, month, day) } : null;
    }),

    P('month-year', String.raw`\b${M}\s+(?:of\s+)?(\d{4})\b`, (m) => {
      if (!capital(m[1])) return null;
      return { type: 'DATE', value: `${m[2]}-${pad(monthNumber(m[1]!))}` };
    }),

    P('relative-month', String.raw`\b(last|next|this|coming|past|previous)\s+${M}\b`, (m, ctx) => {
      if (!capital(m[2])) return null;
      const month = monthNumber(m[2]!);
      if (!ctx.ref) return { type: 'DATE', value: `XXXX-${pad(month)}` };
      const which = key(m[1]!);
      const r = ctx.ref;
      let y = r.y;
      if (which === 'last' || which === 'past' || which === 'previous') y = month < r.m ? r.y : r.y - 1;
      else if (which === 'next' || which === 'coming') y = month > r.m ? r.y : r.y + 1;
      return { type: 'DATE', value: `${y}-${pad(month)}` };
    }),

    P('month', String.raw`\b${M}(?![\w'’])`, (m, ctx) => {
      if (!capital(m[1])) return null;
      const month = monthNumber(m[1]!);
      const before = ctx.text.slice(Math.max(0, m.index - 24), m.index);
      const cue = MONTH_CUE.test(before);
      if (words().monthNeedsCue.has(month) && !cue) return null;
      // "April Ryan", "Theresa May": a capitalised neighbour makes it a name.
      const after = ctx.text.slice(end(m), end(m) + 2);
      if (!cue && (/\p{Lu}[\p{L}.]*\s+$/u.test(before) || /^\s\p{Lu}/u.test(after))) return null;
      return { type: 'DATE', value: monthOnly(ctx, m, month) };
    }),

    P('holiday', String.raw`\b(${w.holiday})(?:\s+(\d{4})\b)?`, (m, ctx) => {
      if (!capital(m[1])) return null;
      const md = words().holidays.get(key(m[1]!))!;
      const [month, day] = md.split('-').map(Number) as [number, number];
      if (m[2]) return { type: 'DATE', value: `${m[2]}-${md}` };
      return { type: 'DATE', value: monthDay(ctx, m, month, day) };
    }, 'g'),

    P('decade', String.raw`\b(?:the\s+)?(?:(early|mid|late)[-\s]+)?(?:(1\d|20)(\d)0s|'(\d)0s)\b`, (m) => {
      const value = m[2] ? `${m[2]}${m[3]}` : `19${m[4]}`;
      return { type: 'DATE', value, mod: modFromWord(m[1]) };
    }),

    P('century', String.raw`\b(?:the\s+)?(?:(early|mid|late)[-\s]+)?(${w.ordinal})[-\s]century\b`, (m) => {
      const n = ordinalValue(m[2]!);
      if (!n || n > 30) return null;
      return { type: 'DATE', value: pad(n - 1), mod: modFromWord(m[1]) };
    }),

    P('season', String.raw`\b(?:(this|last|next|past|coming|the|early|late)\s+)?(${w.season})\b(?:\s+(?:of\s+)?(\d{4})\b)?`, (m, ctx) => {
      const which = m[1] ? key(m[1]) : null;
      if (!which && !m[3]) return null;
      const before = ctx.text.slice(Math.max(0, m.index - 20), m.index);
      if (capital(m[2]) && !capital(m[1]) && !m[3] && /\p{Lu}\p{L}*\s+$/u.test(before)) return null; // "Arab Spring"
      if (which === 'the' && !m[3] && /^\s+of\b/i.test(ctx.text.slice(end(m), end(m) + 4))) return null; // "the fall of Kabul"
      if (which === 'the' && !m[3] && !/\b(?:in|during|over|through|throughout|since|until|till|by|for|before|after|from|into|of)\s+$/i.test(before)) return null;
      const code = words().seasons.get(key(m[2]!))!;
      const mod = modFromWord(m[1]);
      if (m[3]) return { type: 'DATE', value: `${m[3]}-${code}`, mod };
      if (!ctx.ref) return { type: 'DATE', value: `XXXX-${code}`, mod };
      const r = ctx.ref;
      const current = seasonOf(r.m) === code ? (code === 'WI' && r.m <= 2 ? r.y - 1 : r.y) : null;
      let y: number;
      if (which === 'this') y = current ?? (code === 'WI' && r.m <= 2 ? r.y - 1 : r.y);
      else if (which === 'last' || which === 'past') y = pickYear(r, 'past', (yy) => seasonPeriod(yy, code)) - (current !== null && pickYear(r, 'past', (yy) => seasonPeriod(yy, code)) === current ? 1 : 0);
      else if (which === 'next' || which === 'coming') y = pickYear(r, 'future', (yy) => seasonPeriod(yy, code)) + (current !== null && pickYear(r, 'future', (yy) => seasonPeriod(yy, code)) === current ? 1 : 0);
      else y = pickYear(r, ctx.tense(m.index, end(m)), (yy) => seasonPeriod(yy, code));
      return { type: 'DATE', value: `${y}-${code}`, mod };
    }),

    P('quarter', String.raw`\b(?:the\s+)?(${w.ordinal})[-\s]+(quarter|half)\b(?:\s+of\s+(\d{4}|(?:this|last|next)\s+year)\b)?`, (m, ctx) => {
      const n = ordinalValue(m[1]!);
      const half = key(m[2]!) === 'half';
      if (!n || n > (half ? 2 : 4)) return null;
      if (key(m[1]!) === 'last' && !m[3]) return null;
      const tag = half ? 'H' : 'Q';
      const y = yearOf(ctx, m[3]);
      if (y !== null) return { type: 'DATE', value: `${y}-${tag}${n}` };
      if (m[3]) return { type: 'DATE', value: `XXXX-${tag}${n}` };
      if (half) return null; // "the first half" of a match or a speech
      if (!ctx.ref) return { type: 'DATE', value: `XXXX-Q${n}` };
      const yy = pickYear(ctx.ref, ctx.tense(m.index, end(m)), (c) => ({
        from: { y: c, m: 3 * n - 2, d: 1 }, to: { y: c, m: 3 * n, d: daysInMonth(c, 3 * n) },
      }));
      return { type: 'DATE', value: `${yy}-Q${n}` };
    }),

    P('quarter-code', String.raw`\b(Q|H)([1-4])(?:\s+|-|/)?(\d{4})\b`, (m) => {
      if (m[1] === 'H' && Number(m[2]) > 2) return null;
      return { type: 'DATE', value: `${m[3]}-${m[1]}${m[2]}` };
    }, 'g'),

    P('fiscal-year', String.raw`\b(?:fiscal(?:\s+year)?\s+|FY\s?)(\d{4})\b`, (m) => ({ type: 'DATE', value: m[1]! })),

    P('relative-unit', String.raw`\b(?:(earlier|later)\s+)?(the\s+)?(this|last|next|past|previous|coming|current|following)\s+(year|month|week|weekend|decade|century|quarter)\b`, (m, ctx) => {
      const which = key(m[3]!);
      const unitWord = key(m[4]!);
      const weekend = unitWord === 'weekend';
      const unit = (weekend ? 'week' : unitWord) as Unit;
      const stretch = m[2] && /\b(?:over|during|within|for|in|throughout)\s+$/i.test(ctx.text.slice(Math.max(0, m.index - 12), m.index));
      // "the past year", "over the last month", "over the next decade": a stretch of time, not a calendar period.
      if ((stretch && !weekend && (which === 'next' || which === 'coming')) || which === 'past' || (m[2] && which === 'last')) {
        if (weekend) return { type: 'DATE', value: resolveRelative(ctx.ref, 'week', 'last') + '-WE' };
        return { type: 'DURATION', value: durationValue(1, unitOf(unitWord)!) };
      }
      if (m[2] && (which === 'this' || which === 'current')) return null;
      let value = resolveRelative(ctx.ref, unit, which);
      if (weekend) value += '-WE';
      // "the following week", "the previous year": counted from the narrative's date (see anchorRelative).
      if (m[2] && (which === 'following' || which === 'previous')) {
        return { type: 'DATE', value, anchor: { unit, step: which === 'following' ? 1 : -1, weekend } };
      }
      return { type: 'DATE', value };
    }),

    P('relative-span', String.raw`\b(?:the\s+)?(past|last|next|coming|previous|following|first|final)\s+(${w.number})\s+(${w.unitPlural})\b`, (m) => {
      const unit = unitOf(m[3]!);
      return unit ? { type: 'DURATION', value: durationValue(numberValue(m[2]!), unit) } : null;
    }),

    P('part-of-unit', String.raw`\b(the\s+(?:beginning|start|end|middle|close|rest|remainder|turn)\s+of|(?:earlier|later|early|late)\s+in)\s+the\s+(year|month|week|decade|century)\b`, (m, ctx) => {
      const unit = key(m[2]!) as Unit;
      const phrase = key(m[1]!);
      const mod = /beginning|start|early/.test(phrase) ? 'START' : /end|close|late/.test(phrase) && !/later/.test(phrase)
        ? 'END' : /middle/.test(phrase) ? 'MID' : null;
      return { type: 'DATE', value: ctx.ref ? valueAt(ctx.ref, unit) : partialAt(unit), mod };
    }),

    P('period-end', String.raw`\b(year|month|quarter)-end\b`, (m, ctx) => {
      const unit = key(m[1]!) as Unit;
      return { type: 'DATE', value: ctx.ref ? valueAt(ctx.ref, unit) : partialAt(unit), mod: 'END' };
    }),

    P('ago', String.raw`\b(?:(${w.modifier})\s+)?(${w.number})(?:\s+and\s+a\s+half)?\s+(${w.unitPlural}|${w.unit})\s+(ago|earlier|later|from\s+now|hence)\b`, (m, ctx) => {
      const unit = unitOf(m[3]!);
      if (!unit) return null;
      const n = numberValue(m[2]!);
      const mod = m[1] ? words().modifiers.get(key(m[1])) ?? null : null;
      const dir = key(m[4]!);
      if (dir === 'earlier' || dir === 'later') return { type: 'DURATION', value: durationValue(n, unit), mod };
      if (n === null) return { type: 'DATE', value: dir === 'ago' ? 'PAST_REF' : 'FUTURE_REF', mod };
      if (!unit.unit) return { type: 'DATE', value: ctx.ref ? iso(ctx.ref) : 'XXXX-XX-XX', mod };
      const step = Math.round(n) * (dir === 'ago' ? -1 : 1);
      return { type: 'DATE', value: resolveOffset(ctx.ref, unit.unit, step), mod };
    }),

    P('in-units', String.raw`\b(in|within)\s+(?:(${w.modifier})\s+)?(${w.number})(?:\s+and\s+a\s+half)?\s+(${w.unitPlural}|${w.unit})\b(?![-\w])`, (m, ctx) => {
      const unit = unitOf(m[4]!);
      if (!unit) return null;
      const n = numberValue(m[3]!);
      const mod = m[2] ? words().modifiers.get(key(m[2])) ?? null : null;
      // "the first in three years", "its highest level in a decade": a stretch of time, not a future date.
      const superlative = /\b(?:first|last|only|best|worst|most|least|\w{3,}est)\b[^.;]{0,40}$/i.test(ctx.text.slice(Math.max(0, m.index - 50), m.index));
      if (key(m[1]!) === 'in' && n !== null && unit.unit && !superlative && !m[0].includes('half') && ctx.tense(m.index, end(m)) === 'future') {
        return { type: 'DATE', value: resolveOffset(ctx.ref, unit.unit, Math.round(n)), mod, start: afterFirstWord(m) };
      }
      return { type: 'DURATION', value: durationValue(half(m[0], n), unit), mod, start: afterFirstWord(m) };
    }),

    P('duration', String.raw`\b(?:(${w.modifier})\s+)?(${w.number})(?:\s+and\s+a\s+half)?(?:\s+(?:${w.durationWord}))?(?:\s+|-)(${w.unitPlural}|${w.unit})(?:[-\s]old\b|[-\s]long\b)?(?![-\w])`, (m, ctx) => {
      const unit = unitOf(m[3]!);
      if (!unit) return null;
      const n = numberValue(m[2]!);
      const lead = key(m[2]!);
      const before = ctx.text.slice(Math.max(0, m.index - 12), m.index);
      if (/[$€£¥/.]\s*$|\d[.,]?$/.test(before)) return null;
      // "a year" alone is often a rate ("$5 billion a year"); as a duration it needs a modifier or a preposition.
      if ((lead === 'a' || lead === 'an' || lead === 'some') && !m[1] && !/\b(?:for|over|within|after|in|than|nearly|almost|about|just)\s+$/i.test(before)) return null;
      if (n !== null && n > 1 && !/s$/i.test(m[3]!) && !m[0].includes('-')) return null; // "three year" is not English
      return { type: 'DURATION', value: durationValue(half(m[0], n), unit), mod: m[1] ? words().modifiers.get(key(m[1])) ?? null : null };
    }),

    P('unit-long', String.raw`\b(${w.unit})-long\b`, (m) => {
      const unit = unitOf(m[1]!);
      return unit ? { type: 'DURATION', value: durationValue(1, unit) } : null;
    }),

    P('vague-duration', String.raw`\b(?:for|over|in|within|after)\s+(years|decades|months|weeks|days|hours|centuries)\b(?![-\w])`, (m) => {
      const unit = unitOf(m[1]!);
      return unit ? { type: 'DURATION', value: durationValue(null, unit), start: afterFirstWord(m) } : null;
    }),

    P('anchored-day', String.raw`\b(?:the\s+(next|following|previous|preceding|same)\s+day|the\s+day\s+(before|after)|that\s+(day))\b(?!\s+(?:before\s+yesterday|after\s+tomorrow))`, (m, ctx) => {
      const k = key(m[1] ?? m[2] ?? m[3]!);
      const step = k === 'next' || k === 'following' || k === 'after' ? 1 : k === 'same' || k === 'day' ? 0 : -1;
      return { type: 'DATE', value: ctx.ref ? iso(addDays(ctx.ref, step)) : 'XXXX-XX-XX', anchor: { unit: 'day', step, weekend: false } };
    }),

    P('deictic', String.raw`\b(?:the\s+day\s+(before\s+yesterday|after\s+tomorrow)|(today|tonight|yesterday|tomorrow))\b`, (m, ctx) => {
      const k = key(m[1] ?? m[2]!);
      const offset = k === 'yesterday' ? -1 : k === 'tomorrow' ? 1 : k.startsWith('before') ? -2 : k.startsWith('after') ? 2 : 0;
      const day = ctx.ref ? iso(addDays(ctx.ref, offset)) : 'XXXX-XX-XX';
      return k === 'tonight' ? { type: 'TIME', value: `${day}TNI` } : { type: 'DATE', value: day };
    }),

    P('part-of-day', String.raw`\b(this|yesterday|tomorrow|last|${w.weekday})\s+(${w.partOfDay})\b`, (m, ctx) => {
      const k = key(m[1]!);
      const code = words().partsOfDay.get(key(m[2]!))!;
      let day: string;
      const wd = words().weekdays.get(k);
      if (wd !== undefined) {
        if (!capital(m[1])) return null;
        day = resolveWeekday(ctx.ref, wd, null, ctx.tense(m.index, end(m)));
      } else {
        if (k === 'last' && code !== 'NI') return null;
        const offset = k === 'yesterday' || k === 'last' ? -1 : k === 'tomorrow' ? 1 : 0;
        day = ctx.ref ? iso(addDays(ctx.ref, offset)) : 'XXXX-XX-XX';
      }
      return { type: 'TIME', value: `${day}T${code}` };
    }),

    P('weekday', String.raw`\b(?:(last|next|this|coming|past)\s+)?(${w.weekday})(s)?\b`, (m, ctx) => {
      if (!capital(m[2])) return null;
      const wd = words().weekdays.get(key(m[2]!))!;
      if (m[3]) return { type: 'SET', value: `XXXX-WXX-${wd}` };
      const which = m[1] ? key(m[1]) : null;
      return { type: 'DATE', value: resolveWeekday(ctx.ref, wd, which, which ? null : ctx.tense(m.index, end(m))) };
    }),

    P('weekend', String.raw`\b(?:over|during|on|at|for|this|that)\s+the\s+weekend\b`, (m, ctx) => {
      if (!ctx.ref) return { type: 'DATE', value: 'XXXX-WXX-WE', start: afterFirstWord(m) };
      const sat = resolveWeekday(ctx.ref, 6, null, ctx.tense(m.index, end(m)));
      const d = sat.split('-').map(Number) as [number, number, number];
      return { type: 'DATE', value: `${valueAt({ y: d[0], m: d[1], d: d[2] }, 'week')}-WE`, start: afterFirstWord(m) };
    }),

    P('clock-ampm', String.raw`\b(\d{1,2})(?:[:.](\d{2}))?\s*([ap])\.?\s?m\b\.?(?:\s+(?:local\s+time|GMT|UTC|[ECMP][SD]?T)\b)?`, (m, ctx) => {
      let h = Number(m[1]);
      if (h < 1 || h > 12) return null;
      if (m[3]!.toLowerCase() === 'p' && h < 12) h += 12;
      if (m[3]!.toLowerCase() === 'a' && h === 12) h = 0;
      return { type: 'TIME', value: `${dayPart(ctx)}T${pad(h)}:${m[2] ?? '00'}` };
    }),

    P('clock-24h', String.raw`\b([01]?\d|2[0-3])[:.]?([0-5]\d)\s*(?:(GMT|UTC|BST|CET|CEST|EET|EEST|EST|EDT|ET|PST|PDT|PT|CST|CDT|MSK|IST|JST|AEST|Z)|local\s+time|hours|hrs)\b`, (m, ctx) => {
      if (/^\d{4}$/.test(`${m[1]}${m[2]}`) && !m[3] && !/hours|hrs|local/i.test(m[0])) return null;
      return { type: 'TIME', value: `${dayPart(ctx)}T${pad(Number(m[1]))}:${m[2]}` };
    }),

    P('clock-after-at', String.raw`\b(?:at|by|until|till|from|before|after|around|about)\s+([01]?\d|2[0-3]):([0-5]\d)\b(?![:.]\d)`, (m, ctx) => (
      { type: 'TIME', value: `${dayPart(ctx)}T${pad(Number(m[1]))}:${m[2]}`, start: afterFirstWord(m) })),

    P('noon', String.raw`\b(?:at|by|until|till|before|after|around|about|from)\s+(noon|midday|midnight)\b`, (m, ctx) => (
      { type: 'TIME', value: `${dayPart(ctx)}T${key(m[1]!) === 'midnight' ? '24:00' : '12:00'}`, start: afterFirstWord(m) })),

    P('race-time', String.raw`\b(\d{1,2}):([0-5]\d):([0-5]\d)(?:\.(\d{1,3}))?(?![\d:])|\b(\d{1,2}):([0-5]\d)\.(\d{1,3})(?![\d:])`, (m) => {
      if (m[1] !== undefined) {
        const sec = m[4] ? `${Number(m[3])}.${m[4]}` : String(Number(m[3]));
        return { type: 'DURATION', value: `PT${Number(m[1])}H${Number(m[2])}M${sec}S` };
      }
      return { type: 'DURATION', value: `PT${Number(m[5])}M${Number(m[6])}.${m[7]}S` };
    }),

    P('set-every', String.raw`\b(?:every|each)\s+(?:(other)\s+)?(?:(${w.number})\s+)?(${w.unitPlural}|${w.unit}|${w.weekday}|${w.partOfDay}|${w.season}|season|weekend|${w.month})\b`, (m) => {
      const k = key(m[3]!);
      const month = words().months.get(k);
      if (month !== undefined) return capital(m[3]) ? { type: 'SET', value: `XXXX-${pad(month)}` } : null;
      const wd = words().weekdays.get(k);
      if (wd !== undefined) return { type: 'SET', value: `XXXX-WXX-${wd}` };
      const pod = words().partsOfDay.get(k);
      if (pod !== undefined) return { type: 'SET', value: `XXXX-XX-XXT${pod}` };
      const season = words().seasons.get(k);
      if (season !== undefined) return { type: 'SET', value: `XXXX-${season}` };
      if (k === 'season') return { type: 'SET', value: 'P1Y' };
      if (k === 'weekend') return { type: 'SET', value: 'XXXX-WXX-WE' };
      const unit = unitOf(k);
      if (!unit) return null;
      const n = m[2] ? numberValue(m[2]) : 1;
      return { type: 'SET', value: durationValue(n === null ? null : n * (m[1] ? 2 : 1), unit) };
    }),

    P('set-rate', String.raw`\b(?:(?:once|twice|three\s+times|(?:${w.number})\s+times)\s+(?:a|an|per|every)|per)\s+(${w.unit}|annum)\b`, (m) => {
      const k = key(m[1]!);
      const unit = unitOf(k === 'annum' ? 'year' : k);
      return unit ? { type: 'SET', value: durationValue(1, unit) } : null;
    }),

    P('set-rate-noun', String.raw`(?:\b(?:${w.number})|%)(?:\s+[a-z]+)?\s+((?:a|an|per)\s+(${w.unit}))\b(?![-\w])`, (m) => {
      const unit = unitOf(m[2]!);
      return unit && !unit.time ? { type: 'SET', value: durationValue(1, unit), start: end(m) - m[1]!.length } : null;
    }),

    P('set-adverb', String.raw`\b(${w.set})\b`, (m) => ({ type: 'SET', value: words().sets.get(key(m[1]!))! })),

    P('reference', String.raw`\b(${w.ref})\b`, (m, ctx) => {
      const k = key(m[1]!);
      // "now" as a conjunction ("now that") still refers to the present; "from now" belongs to an offset.
      if (k === 'now' && /\bfrom\s+$/i.test(ctx.text.slice(Math.max(0, m.index - 6), m.index))) return null;
      return { type: 'DATE', value: words().refs.get(k)! };
    }),

    P('present-moment', String.raw`\bat\s+this\s+(?:[a-z]+\s+)?(?:moment|juncture|point\s+in\s+time|stage)\b`, (m) => (
      { type: 'DATE', value: 'PRESENT_REF', start: afterFirstWord(m) })),

    P('year', String.raw`\b(1[6-9]\d{2}|20\d{2}|21\d{2})\b`, (m, ctx) => {
      const before = ctx.text.slice(Math.max(0, m.index - 16), m.index);
      const after = ctx.text.slice(end(m), end(m) + 16);
      if (/[$€£¥#\d.,:/+]$|\d[\s-]$|[^\p{L}]-$/u.test(before)) return null;
      if (/^(?:[.,:/]\d|-\d|\s?\d|\(?\s?\d{3})/.test(after)) return null;
      const prevWord = /([\p{L}.%]+)\s*$/u.exec(before)?.[1]?.toLowerCase();
      const nextWord = /^\s*([\p{L}%]+)/u.exec(after)?.[1]?.toLowerCase();
      if (prevWord && words().notYearBefore.has(prevWord)) return null;
      if (nextWord && words().notYearAfter.has(nextWord)) return null;
      return { type: 'DATE', value: m[1]! };
    }, 'g'),
  ];
}

const MOD_WORD: Record<string, string> = { early: 'START', mid: 'MID', late: 'END' };
function modFromWord(s: string | undefined): string | null {
  return s ? MOD_WORD[key(s)] ?? null : null;
}

function half(text: string, n: number | null): number | null {
  return n !== null && /and\s+a\s+half/i.test(text) ? n + 0.5 : n;
}

/** The day a bare clock time belongs to: the reference day, else unknown. Adjacent dates replace it later. */
function dayPart(ctx: Context): string {
  return ctx.ref ? iso(ctx.ref) : 'XXXX-XX-XX';
}
