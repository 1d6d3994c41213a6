// The shared kit of the date parsers: the parser shape, the context they read, and small helpers for
// resolving what a match says. Each parser family lives in its own module (parse-*.ts).
import { lexicon } from '../../lexicons/load.js';
import { daysInMonth, iso, type Day, type Unit } from './calendar.js';
import { pickYear } from './resolve.js';
import type { Tense } from './tense.js';
import { DIGIT } from './starts.js';
import { alternation, key, words, type UnitInfo } from './words.js';

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
  /**
   * The words a match can begin with: their leading ASCII letters in lower case, or DIGIT (starts.ts). With them
   * the pattern is tried only where such a word begins; they must cover every way the pattern can start.
   */
  starts?: ReadonlySet<string>;
}

/** Where the expression starts when the pattern also matched the preposition before it ("for years"). */
export const afterFirstWord = (m: RegExpExecArray): number => m.index + /^\S+\s+/.exec(m[0])![0].length;
export const pad = (n: number, w = 2): string => String(n).padStart(w, '0');
export const capital = (s: string | undefined): boolean => s !== undefined && /^\p{Lu}/u.test(s);
export const end = (m: RegExpExecArray): number => m.index + m[0].length;

export function monthNumber(s: string): number {
  return words().months.get(key(s)) ?? 0;
}

/** A month and day without a year, placed in the year the tense points to. */
export function monthDay(ctx: Context, m: RegExpExecArray, month: number, day: number): string {
  if (!ctx.ref) return `XXXX-${pad(month)}-${pad(day)}`;
  const y = pickYear(ctx.ref, ctx.tense(m.index, end(m)), (yy) => {
    const d = { y: yy, m: month, d: Math.min(day, daysInMonth(yy, month)) };
    return { from: d, to: d };
  });
  // 29 February named in an article from a year without one: which leap year is meant is not said.
  if (day > daysInMonth(y, month)) return `XXXX-${pad(month)}-${pad(day)}`;
  return `${y}-${pad(month)}-${pad(day)}`;
}

export function monthOnly(ctx: Context, m: RegExpExecArray, month: number): string {
  if (!ctx.ref) return `XXXX-${pad(month)}`;
  const y = pickYear(ctx.ref, ctx.tense(m.index, end(m)), (yy) => ({
    from: { y: yy, m: month, d: 1 }, to: { y: yy, m: month, d: daysInMonth(yy, month) },
  }));
  return `${y}-${pad(month)}`;
}

export function seasonPeriod(y: number, code: string): { from: Day; to: Day } {
  const start: Record<string, number> = { SP: 3, SU: 6, FA: 9, WI: 12 };
  const from = { y, m: start[code]!, d: 1 };
  const toMonth = code === 'WI' ? { y: y + 1, m: 2 } : { y, m: start[code]! + 2 };
  return { from, to: { ...toMonth, d: daysInMonth(toMonth.y, toMonth.m) } };
}

/** The year that `this year` / `last year` / `2025` in "of 2025" denotes. */
export function yearOf(ctx: Context, s: string | undefined): number | null {
  if (!s) return null;
  if (/^\d{4}$/.test(s)) return Number(s);
  if (!ctx.ref) return null;
  const k = key(s);
  return ctx.ref.y + (k.startsWith('last') ? -1 : k.startsWith('next') ? 1 : 0);
}

export function durationValue(n: number | null, unit: UnitInfo): string {
  const amount = n === null ? 'X' : String(n * unit.times);
  const code = n === null ? unit.vague : unit.code;
  return unit.time ? `PT${amount}${code}` : `P${amount}${code}`;
}

export function unitOf(s: string): UnitInfo | undefined {
  return words().units.get(key(s));
}


/** The word right before `at` if `lead` (ending in \s+$) matches there, and where the expression then starts. */
export function leading(ctx: Context, at: number, lead: RegExp): { word: string | undefined; start: number } {
  const m = lead.exec(ctx.text.slice(Math.max(0, at - 24), at));
  return m ? { word: m[1], start: at - m[0].length } : { word: undefined, start: at };
}

export const PERIOD_LEAD = /(?:\bthe\s+)?\b(early|mid|late)[-\s]+$|\bthe\s+$/i;
export const SEASON_LEAD = /\b(this|last|next|past|coming|the|early|late)\s+$/i;
let leadPatterns: { times: RegExp; quantity: RegExp; duration: RegExp } | undefined;

/** Words before a rate or a duration that decide what it is, built once from the lexicons. */
export function leads(): NonNullable<typeof leadPatterns> {
  if (leadPatterns) return leadPatterns;
  const w = words().re;
  const verbs = alternation(lexicon('dates-duration-verbs').map((r) => r[0]!));
  leadPatterns = {
    times: new RegExp(`\\b(once|twice|thrice|(?:${w.number})\\s+times)\\s+$`, 'i'),
    quantity: new RegExp(`(?:\\b(?:${w.number})|%)(?:\\s+[a-z]+)?\\s+$`, 'i'),
    duration: new RegExp(`\\b(?:for|over|within|after|in|than|${w.modifier}|${verbs})\\s+$`, 'i'),
  };
  return leadPatterns;
}

const MOD_WORD: Record<string, string> = { early: 'START', mid: 'MID', late: 'END' };
export function modFromWord(s: string | undefined): string | null {
  return s ? MOD_WORD[key(s)] ?? null : null;
}

export function half(text: string, n: number | null): number | null {
  return n !== null && /and\s+a\s+half/i.test(text) ? n + 0.5 : n;
}

/** The day a bare clock time belongs to: the reference day, else unknown. Adjacent dates replace it later. */
export function dayPart(ctx: Context): string {
  return ctx.ref ? iso(ctx.ref) : 'XXXX-XX-XX';
}

/** A parser from a rule name, a pattern source (compiled once, global) and its extract function. */
export function parser(rule: string, source: string, extract: Parser['extract'], flags = 'gi'): Parser {
  return { rule, re: new RegExp(source, flags), extract };
}

/**
 * The parser, tried only where one of the given words begins (see `Parser.starts`). A list that is null (a
 * lexicon phrase that starts with no ASCII letter or digit) leaves the parser scanning the whole text.
 */
export function startingWith(lists: (readonly string[] | null)[], p: Parser): Parser {
  if (lists.some((l) => l === null)) return p;
  const starts = new Set(lists.flatMap((l) => l!.map((w) => w.toLowerCase())));
  // A start is a run of letters as the text's words are read ("year", not "year-end"); any other leaves the scan.
  return [...starts].every((w) => w === DIGIT || /^[a-z]+$/.test(w)) ? { ...p, starts } : p;
}

