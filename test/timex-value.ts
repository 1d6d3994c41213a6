// A validator for the TIMEX3 value grammar Stringer writes, so property tests can reject a malformed date value
// whatever text produced it. Written from the TIMEX3 guidelines, not from the extractor's code.

/** 2026, XXXX, 199X / 199 (decade), 19XX / 19 (century). */
const YEAR = `(?:[0-9]{4}|[0-9]{3}X|[0-9]{2}XX|XXXX|[0-9]{3}|[0-9]{2}|XXX|XX)`;
const MONTH = '(?:0[1-9]|1[0-2]|XX)';
const DAY = '(?:0[1-9]|[12][0-9]|3[01]|XX)';
const WEEK = '(?:0[1-9]|[1-4][0-9]|5[0-3]|XX)';
/** What may follow the year: a month (and day), a week (and weekday or weekend), a quarter, a half or a season. */
const PERIOD = `(?:-${MONTH}(?:-${DAY})?|-W${WEEK}(?:-[1-7X]|-WE)?|-Q[1-4X]|-H[12X]|-(?:SP|SU|FA|WI))`;
/** T14, T14:30, T14:30:05, or a part of the day: morning, afternoon, evening, night, daytime. */
const TIME = `T(?:(?:[01][0-9]|2[0-4]|XX)(?::[0-5][0-9](?::[0-5][0-9](?:\\.[0-9]+)?)?)?(?:Z|[+-][0-9]{2}(?::?[0-9]{2})?)?|MO|AF|EV|NI|DT)`;
const NUMBER = '(?:[0-9]+(?:\\.[0-9]+)?|X)';
/** P3D, P1Y6M, P2DE, PXY, PT2H30M. */
const DURATION = `P(?:(?:${NUMBER}(?:Y|M|W|D|DE|CE|ML|Q|H|WE))+(?:T(?:${NUMBER}[HMS])+)?|T(?:${NUMBER}[HMS])+)`;
const REF = '(?:PRESENT_REF|PAST_REF|FUTURE_REF)';

const DATE_RE = new RegExp(`^(?:${YEAR}${PERIOD}?|${REF})$`);
const TIME_RE = new RegExp(`^(?:${YEAR}${PERIOD}?${TIME}|${TIME}|${REF})$`);
const DURATION_RE = new RegExp(`^${DURATION}$`);
/** A set repeats a date pattern (XXXX-WXX-1: every Monday) or a duration (P1W: weekly), possibly with a time. */
const SET_RE = new RegExp(`^(?:${YEAR}${PERIOD}?(?:${TIME})?|${TIME}|${DURATION})$`);

/** True when `value` is well-formed for a TIMEX3 of `type`. */
export function isTimexValue(type: string, value: string): boolean {
  switch (type) {
    case 'DATE': return DATE_RE.test(value) && realDay(value);
    case 'TIME': return TIME_RE.test(value) && realDay(value);
    case 'DURATION': return DURATION_RE.test(value);
    case 'SET': return SET_RE.test(value);
    default: return false;
  }
}

/** A fully specified YYYY-MM-DD prefix must name a day that exists (no 2026-02-30). */
function realDay(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  return m === null || isCalendarDay(`${m[1]}-${m[2]}-${m[3]}`);
}

/** True when `iso` is YYYY-MM-DD and that day exists in the proleptic Gregorian calendar. */
export function isCalendarDay(iso: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(0);
  date.setUTCFullYear(y, mo - 1, d);
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}
