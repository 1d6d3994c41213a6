// Anchoring under-specified dates (no year, bare weekday, "last month") to the reference date and the tense.
import { addDays, iso, shift, valueAt, partialAt, weekday, type Day, type Unit } from './calendar.js';
import type { Tense } from './tense.js';

const ordinal = (d: Day): number => d.y * 10_000 + d.m * 100 + d.d;

/**
 * The year in which a yearly recurring period (a month, a day of the year, a season) is meant: in past-tense
 * reporting the most recent one that has begun, in future tense the next one that has not ended, otherwise the
 * one nearest to the reference date.
 */
export function pickYear(ref: Day, tense: Tense, period: (y: number) => { from: Day; to: Day }): number {
  const r = ordinal(ref);
  const years = [ref.y - 1, ref.y, ref.y + 1];
  if (tense === 'past') return years.filter((y) => ordinal(period(y).from) <= r).at(-1) ?? ref.y - 1;
  if (tense === 'future') return years.find((y) => ordinal(period(y).to) >= r) ?? ref.y + 1;
  let best = ref.y;
  let bestDistance = Infinity;
  for (const y of years) {
    const { from, to } = period(y);
    const distance = Math.max(0, daysBetween(ref, from), daysBetween(to, ref));
    if (distance < bestDistance) {
      best = y;
      bestDistance = distance;
    }
  }
  return best;
}

function daysBetween(a: Day, b: Day): number {
  return (Date.UTC(b.y, b.m - 1, b.d) - Date.UTC(a.y, a.m - 1, a.d)) / 86_400_000;
}

/** Weekday `wd` (1-7) relative to the reference day: `which` is an explicit last/next/this, else the tense decides. */
export function resolveWeekday(ref: Day | null, wd: number, which: string | null, tense: Tense): string {
  if (!ref) return `XXXX-WXX-${wd}`;
  const today = weekday(ref);
  const back = (today - wd + 7) % 7;
  const ahead = (wd - today + 7) % 7;
  let offset: number;
  if (which === 'last' || which === 'past') offset = -(back || 7);
  else if (which === 'next' || which === 'coming') offset = ahead || 7;
  else if (which === 'this') offset = wd - today;
  else if (tense === 'past') offset = -back;
  else if (tense === 'future') offset = ahead;
  else offset = ahead < back ? ahead : -back;
  return iso(addDays(ref, offset));
}

const STEP: Record<string, number> = {
  last: -1, past: -1, previous: -1, this: 0, current: 0, next: 1, coming: 1, following: 1,
};

/** "last month", "next year", "this week" ... */
export function resolveRelative(ref: Day | null, unit: Unit, which: string): string {
  if (!ref) return partialAt(unit);
  return valueAt(shift(ref, unit, STEP[which] ?? 0), unit);
}

/** "three years ago" (n < 0) or "in 90 days" / "two weeks from now" (n > 0). */
export function resolveOffset(ref: Day | null, unit: Unit, n: number): string {
  if (!ref) return partialAt(unit);
  const day = shift(ref, unit, n);
  // "10,000 years ago" lies outside what a four-digit year can write: only its direction is known.
  if (day.y < 0 || day.y > 9999) return n < 0 ? 'PAST_REF' : 'FUTURE_REF';
  return valueAt(day, unit);
}
