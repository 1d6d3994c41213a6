// Refiners: filters that drop unlikely results and mergers that join neighbours, applied in order after parsing.
import { granularityOf, interval, parseIso, type Unit } from './calendar.js';
import { resolveOffset } from './resolve.js';
import { alternation, words } from './words.js';
import type { Found } from './parsers.js';
import { isSpace } from '../quotes/phrases.js';

export interface Hit extends Found {
  start: number;
  end: number;
  rule: string;
  /** Position of the parser in the list: an earlier parser wins a tie. */
  rank: number;
}

/** Dates inside URLs, e-mail addresses and file paths are not dates the article states. */
export function dropLinks(text: string, hits: Hit[]): Hit[] {
  return hits.filter((h) => {
    let a = h.start;
    let b = h.end;
    while (a > 0 && !isSpace(text.charCodeAt(a - 1))) a--;
    while (b < text.length && !isSpace(text.charCodeAt(b))) b++;
    const token = text.slice(a, b);
    return !/:\/\/|www\.|@|\.[a-z]{2,}\/|^<?https?:/i.test(token);
  });
}

const DAY_VALUE = /^(?:\d{4}-\d{2}-\d{2}|XXXX-XX-XX|XXXX-WXX-\d)$/;
const CLOCK = /^(?:\d{4}-\d{2}-\d{2}|XXXX-XX-XX)(T\d{2}:\d{2})$/;
const EXPLICIT = /^(?:month-day-year|day-month-year|iso-date|numeric-date)$/;

/**
 * Joins a day and a clock time written next to each other ("15:00 GMT Saturday", "Friday at 3 p.m.") into one
 * TIME, and a weekday with the calendar date that follows it ("Wednesday, May 27") into that date.
 */
export function mergeNeighbours(text: string, hits: Hit[]): Hit[] {
  const sorted = [...hits].sort((x, y) => x.start - y.start || y.end - x.end);
  const out: Hit[] = [];
  for (const h of sorted) {
    const prev = out.at(-1);
    if (prev && prev.end <= h.start) {
      const gap = text.slice(prev.end, h.start);
      const merged = mergePair(prev, h, gap);
      if (merged) {
        out[out.length - 1] = merged;
        continue;
      }
    }
    out.push(h);
  }
  return out;
}

function mergePair(a: Hit, b: Hit, gap: string): Hit | null {
  const join = (type: Found['type'], value: string): Hit =>
    ({ ...a, type, value, end: b.end, rule: `${a.rule}+${b.rule}`, mod: a.mod ?? b.mod ?? null });
  if (/^\s*(?:,\s*)?(?:on\s+|at\s+)?$/i.test(gap)) {
    const clockB = CLOCK.exec(b.value);
    if (a.type === 'DATE' && DAY_VALUE.test(a.value) && clockB && b.type === 'TIME') return join('TIME', a.value + clockB[1]);
    const clockA = CLOCK.exec(a.value);
    if (b.type === 'DATE' && DAY_VALUE.test(b.value) && clockA && a.type === 'TIME') return join('TIME', b.value + clockA[1]);
  }
  if (a.rule === 'weekday' && EXPLICIT.test(b.rule) && /^,?\s+(?:the\s+)?$/.test(gap)) return join('DATE', b.value);
  return null;
}

let modifierRe: RegExp | undefined;

/** "early December", "late last June", "mid-2011", "about a week earlier": widen the span and record the mod. */
export function applyModifiers(text: string, hits: Hit[]): Hit[] {
  modifierRe ??= new RegExp(`(?:^|[^\\w-])(${alternation(words().modifiers.keys())})(?:\\s+|-)$`, 'i');
  return hits.map((h) => {
    if (h.mod || h.value.endsWith('_REF') || h.type === 'SET') return h;
    const from = Math.max(0, h.start - 24);
    const m = modifierRe!.exec(text.slice(from, h.start));
    if (!m) return h;
    const mod = words().modifiers.get(m[1]!.toLowerCase().replace(/\s+/g, ' '))!;
    const pointMod = mod === 'START' || mod === 'END' || mod === 'MID';
    if (h.type === 'DURATION' && pointMod) return h;
    // "nearly a decade ago" keeps LESS_THAN; elsewhere a date takes only "about" / "around".
    if (h.type !== 'DURATION' && !pointMod && mod !== 'APPROX' && h.rule !== 'ago') return h;
    return { ...h, start: from + m.index + (m[0].startsWith(m[1]!) ? 0 : 1), mod };
  });
}

/** Overlapping results: the longer one wins, then the earlier parser. */
export function removeOverlaps(hits: Hit[]): Hit[] {
  const sorted = [...hits].sort((x, y) => x.start - y.start);
  const kept: Hit[] = [];
  // Resolve each cluster of mutually reachable overlaps on its own, so the cost stays linear in the text.
  for (let i = 0; i < sorted.length;) {
    let j = i + 1;
    let reach = sorted[i]!.end;
    while (j < sorted.length && sorted[j]!.start < reach) reach = Math.max(reach, sorted[j++]!.end);
    if (j === i + 1) {
      // A result that overlaps nothing, the usual case, is kept as it is.
      kept.push(sorted[i++]!);
      continue;
    }
    const cluster = sorted.slice(i, j).sort((x, y) => (y.end - y.start) - (x.end - x.start) || x.rank - y.rank);
    const chosen: Hit[] = [];
    for (const h of cluster) if (!chosen.some((c) => c.start < h.end && h.start < c.end)) chosen.push(h);
    kept.push(...chosen.sort((x, y) => x.start - y.start));
    i = j;
  }
  return kept;
}

/**
 * "the following week", "the next day": counted from the calendar date mentioned last before it (a
 * narrative anchor); with none, the parser's publication-relative value stands.
 */
export function anchorRelative(hits: Hit[]): Hit[] {
  if (!hits.some((h) => h.anchor)) return hits;
  let anchor: { day: string; rank: number } | null = null;
  return hits.map((h) => {
    if (h.anchor && anchor && anchor.rank <= UNIT_RANK[h.anchor.unit]) {
      let value = resolveOffset(parseIso(anchor.day), h.anchor.unit, h.anchor.step);
      if (h.anchor.weekend && !value.endsWith('_REF')) value += '-WE';
      // "the day before at 3 p.m.": a clock time merged into the expression stays on the anchored day.
      const clock = /T.*$/.exec(h.value)?.[0];
      if (clock && !value.endsWith('_REF')) value += clock;
      anchor = { day: interval(value)?.from ?? anchor.day, rank: UNIT_RANK[h.anchor.unit] };
      return { ...h, value };
    }
    const span = h.type === 'DATE' || h.type === 'TIME' ? interval(h.value) : null;
    if (span) anchor = { day: span.from, rank: rankOf(granularityOf(h.type, h.value)) };
    return h;
  });
}

const UNIT_RANK: Record<Unit, number> = { day: 0, week: 1, month: 2, quarter: 3, year: 4, decade: 5, century: 6 };
const rankOf = (g: string): number => (g === 'time' ? 0 : g in UNIT_RANK ? UNIT_RANK[g as Unit] : 9);

/**
 * A clock time with no day of its own ("at 6 a.m.") takes the day stated in the same sentence, if there is one;
 * otherwise it keeps the publication day the parser gave it.
 */
export function dateClockTimes(hits: Hit[], sentenceOf: (offset: number) => number): Hit[] {
  const days = hits.filter((h) => h.type === 'DATE' && DAY_VALUE.test(h.value));
  if (days.length === 0) return hits;
  return hits.map((h) => {
    const clock = h.type === 'TIME' && !h.rule.includes('+') ? CLOCK.exec(h.value) : null;
    if (!clock) return h;
    const s = sentenceOf(h.start);
    let best: Hit | null = null;
    for (const d of days) {
      if (sentenceOf(d.start) !== s) continue;
      if (!best || Math.abs(d.start - h.start) < Math.abs(best.start - h.start)) best = d;
    }
    return best ? { ...h, value: best.value + clock[1] } : h;
  });
}
