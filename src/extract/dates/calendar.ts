// Calendar arithmetic on plain days (UTC, no clock), and the TIMEX3 value <-> interval mapping.

export interface Day {
  y: number;
  m: number;
  d: number;
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

export function parseIso(iso: string): Day | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) } : null;
}

export function iso(day: Day): string {
  return `${pad(day.y, 4)}-${pad(day.m)}-${pad(day.d)}`;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(y: number, m: number): number {
  // Date.UTC reads years 0-99 as 1900-1999; anything unusual goes through Date to keep its exact answer.
  if (!Number.isInteger(y) || y < 100 || m < 1 || m > 12 || !Number.isInteger(m)) return new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (m !== 2) return MONTH_DAYS[m - 1]!;
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
}

export function isValid(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

function toDate(day: Day): Date {
  const t = new Date(Date.UTC(2000, day.m - 1, day.d));
  t.setUTCFullYear(day.y);
  return t;
}

function fromDate(t: Date): Day {
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

export function addDays(day: Day, n: number): Day {
  const t = toDate(day);
  t.setUTCDate(t.getUTCDate() + n);
  return fromDate(t);
}

/** Adds months, clamping the day to the target month's length. */
export function addMonths(day: Day, n: number): Day {
  const total = day.y * 12 + (day.m - 1) + n;
  const y = Math.floor(total / 12);
  const m = (total % 12) + 1;
  return { y, m, d: Math.min(day.d, daysInMonth(y, m)) };
}

/** ISO weekday, Monday = 1 ... Sunday = 7. */
export function weekday(day: Day): number {
  return toDate(day).getUTCDay() || 7;
}

/** ISO week-numbering year and week of a day. */
export function isoWeek(day: Day): { year: number; week: number } {
  const thursday = addDays(day, 4 - weekday(day));
  const jan1 = { y: thursday.y, m: 1, d: 1 };
  const diff = (toDate(thursday).getTime() - toDate(jan1).getTime()) / 86_400_000;
  return { year: thursday.y, week: Math.floor(diff / 7) + 1 };
}

/** Monday of ISO week `week` of `year`. */
function isoWeekMonday(year: number, week: number): Day {
  const jan4 = { y: year, m: 1, d: 4 };
  return addDays(jan4, (week - 1) * 7 - (weekday(jan4) - 1));
}

export type Unit = 'year' | 'month' | 'week' | 'day' | 'decade' | 'century' | 'quarter';

/** The day `n` units after (n < 0: before) `day`. */
export function shift(day: Day, unit: Unit, n: number): Day {
  switch (unit) {
    case 'day': return addDays(day, n);
    case 'week': return addDays(day, 7 * n);
    case 'month': return addMonths(day, n);
    case 'quarter': return addMonths(day, 3 * n);
    case 'year': return addMonths(day, 12 * n);
    case 'decade': return addMonths(day, 120 * n);
    case 'century': return addMonths(day, 1200 * n);
  }
}

/** The TIMEX3 value naming the `unit`-sized period that contains `day`. */
export function valueAt(day: Day, unit: Unit): string {
  switch (unit) {
    case 'day': return iso(day);
    case 'week': {
      const w = isoWeek(day);
      return `${pad(w.year, 4)}-W${pad(w.week)}`;
    }
    case 'month': return `${pad(day.y, 4)}-${pad(day.m)}`;
    case 'quarter': return `${pad(day.y, 4)}-Q${Math.ceil(day.m / 3)}`;
    case 'year': return pad(day.y, 4);
    case 'decade': return pad(Math.floor(day.y / 10), 3);
    case 'century': return pad(Math.floor(day.y / 100), 2);
  }
}

/** The value of the same period written without a known reference date. */
export function partialAt(unit: Unit): string {
  switch (unit) {
    case 'day': return 'XXXX-XX-XX';
    case 'week': return 'XXXX-WXX';
    case 'month': return 'XXXX-XX';
    case 'quarter': return 'XXXX-QX';
    case 'year': return 'XXXX';
    case 'decade': return 'XXX';
    case 'century': return 'XX';
  }
}

const SEASON_MONTHS: Record<string, [number, number]> = { SP: [3, 5], SU: [6, 8], FA: [9, 11], WI: [12, 2] };

/** The season code of a month. */
export function seasonOf(month: number): string {
  if (month >= 3 && month <= 5) return 'SP';
  if (month >= 6 && month <= 8) return 'SU';
  if (month >= 9 && month <= 11) return 'FA';
  return 'WI';
}

const lastDay = (y: number, m: number): Day => ({ y, m, d: daysInMonth(y, m) });

/**
 * First and last day of the interval a fully specified DATE (or TIME) value denotes; null for partial
 * values (XXXX-...), references (PRESENT_REF) and anything that is not a calendar period.
 */
export function interval(value: string): { from: string; to: string } | null {
  let span = intervals.get(value);
  if (span === undefined) {
    span = intervalOf(value);
    remember(intervals, value, span);
  }
  return span;
}

// Pure functions of a value, asked again and again for the same few values ("2026-05-27", "2025"): remembered,
// up to a bound so that a long run keeps its memory flat. The results are shared and never changed.
const MEMO_LIMIT = 20_000;
const intervals = new Map<string, { from: string; to: string } | null>();
const granularities = { DATE: new Map<string, Granularity>(), TIME: new Map<string, Granularity>() };

function remember<V>(memo: Map<string, V>, key: string, value: V): void {
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(key, value);
}

function intervalOf(value: string): { from: string; to: string } | null {
  // "winter 9999" ends in the year 10000, which an ISO date (YYYY-MM-DD) cannot write.
  const span = (a: Day, b: Day): { from: string; to: string } | null =>
    a.y < 0 || b.y > 9999 ? null : { from: iso(a), to: iso(b) };
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})-(\d{2})-(\d{2})(?:T.*)?$/.exec(value))) {
    const y = Number(m[1]), mo = Number(m[2]), d = Number(m[3]);
    return isValid(y, mo, d) ? span({ y, m: mo, d }, { y, m: mo, d }) : null;
  }
  if ((m = /^(\d{4})-(\d{2})$/.exec(value))) {
    const y = Number(m[1]), mo = Number(m[2]);
    return mo >= 1 && mo <= 12 ? span({ y, m: mo, d: 1 }, lastDay(y, mo)) : null;
  }
  if ((m = /^(\d{4})-W(\d{2})(-WE)?$/.exec(value))) {
    const monday = isoWeekMonday(Number(m[1]), Number(m[2]));
    return m[3] ? span(addDays(monday, 5), addDays(monday, 6)) : span(monday, addDays(monday, 6));
  }
  if ((m = /^(\d{4})-Q([1-4])$/.exec(value))) {
    const y = Number(m[1]), q = Number(m[2]);
    return span({ y, m: 3 * q - 2, d: 1 }, lastDay(y, 3 * q));
  }
  if ((m = /^(\d{4})-H([12])$/.exec(value))) {
    const y = Number(m[1]), h = Number(m[2]);
    return span({ y, m: 6 * h - 5, d: 1 }, lastDay(y, 6 * h));
  }
  if ((m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(value))) {
    const y = Number(m[1]);
    const [a, b] = SEASON_MONTHS[m[2]!]!;
    return span({ y, m: a, d: 1 }, b < a ? lastDay(y + 1, b) : lastDay(y, b));
  }
  if ((m = /^(\d{4})$/.exec(value))) {
    const y = Number(m[1]);
    return span({ y, m: 1, d: 1 }, { y, m: 12, d: 31 });
  }
  if ((m = /^(\d{3})$/.exec(value))) {
    const y = Number(m[1]) * 10;
    return span({ y, m: 1, d: 1 }, { y: y + 9, m: 12, d: 31 });
  }
  if ((m = /^(\d{2})$/.exec(value))) {
    const y = Number(m[1]) * 100;
    return span({ y, m: 1, d: 1 }, { y: y + 99, m: 12, d: 31 });
  }
  return null;
}

export type Granularity = 'time' | 'day' | 'week' | 'month' | 'season' | 'quarter' | 'half' | 'year' | 'decade'
  | 'century' | 'duration' | 'set' | 'ref';

/** Granularity of a value, as the model names it. */
export function granularityOf(type: string, value: string): Granularity {
  if (type === 'DURATION') return 'duration';
  if (type === 'SET') return 'set';
  const memo = type === 'DATE' ? granularities.DATE : type === 'TIME' ? granularities.TIME : null;
  if (!memo) return granularityOfValue(type, value);
  let g = memo.get(value);
  if (g === undefined) {
    g = granularityOfValue(type, value);
    remember(memo, value, g);
  }
  return g;
}

function granularityOfValue(type: string, value: string): Granularity {
  if (value.endsWith('_REF')) return 'ref';
  if (type === 'TIME' || value.includes('T')) return 'time';
  if (/^[\dX]{4}-[\dX]{2}-[\dX]{2}$/.test(value) || /-W[\dX]{2}-[\dX]$/.test(value)) return 'day';
  if (/-W[\dX]{2}(-WE)?$/.test(value)) return 'week';
  if (/^[\dX]{4}-[\dX]{2}$/.test(value)) return 'month';
  if (/-(SP|SU|FA|WI)$/.test(value)) return 'season';
  if (/-Q[\dX]$/.test(value)) return 'quarter';
  if (/-H[12X]$/.test(value)) return 'half';
  if (/^[\dX]{4}$/.test(value)) return 'year';
  if (/^[\dX]{3}$/.test(value)) return 'decade';
  if (/^[\dX]{2}$/.test(value)) return 'century';
  return 'day';
}
