// Publication dates as newsrooms write them: metadata values, date lines near the top, wire datelines, URL paths.
// Every pattern here is anchored or bounded, so a long line cannot make it backtrack.

import { lexicon, listField } from '../lexicons/load.js';
import { alternation } from './normalize.js';
import { knownOutlet } from './outlets.js';

interface Words {
  months: Map<string, number>;
  month: string;
  label: string;
  updatedLabel: string;
}

let words: Words | undefined;

/** Month names and date labels from the lexicons, as regex alternations (longest first; the month is a group). */
export function loadWords(): Words {
  if (words) return words;
  const months = new Map<string, number>();
  for (const [num, name, others] of lexicon('read-months')) {
    for (const n of [name, ...listField(others)]) if (n) months.set(n.toLowerCase(), Number(num));
  }
  const labels = (kind: string): string => alternation(lexicon('read-date-labels').filter((r) => r[1] === kind).map((r) => r[0]!))
    .replace(/ /g, '\\s+');
  words = { months, month: `(${alternation(months.keys())})\\.?`, label: labels('published'), updatedLabel: labels('updated') };
  return words;
}

interface Patterns {
  MDY: RegExp;
  DMY: RegExp;
  DATE_LINE: RegExp;
  UPDATED_LINE: RegExp;
  SHORT_DATE_LINE: RegExp;
  DATELINE: RegExp;
  DATELINE_DAY_FIRST: RegExp;
}

let compiled: Patterns | undefined;

function patterns(): Patterns {
  if (compiled) return compiled;
  const { month: MONTH, label, updatedLabel } = loadWords();
  const WEEKDAY = '(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs?)?|Fri|Sat(?:ur)?|Sun)(?:day)?\\.?,?\\s+)?';
  const ZONE = '\\(?(?:[A-Z]{2,5}(?:\\s?[+-]\\s?\\d{1,2}(?::?\\d{2})?)?)?\\)?';
  const CLOCK = `\\d{1,2}[:.]\\d{2}(?::\\d{2})?\\s*(?:[ap]\\.?m\\.?)?\\s*${ZONE}`;
  // After the date: "10:42", ", 10:42 am", " | 09:14", " - 09:14", "at 10:42 a.m. ET", "10.42 GMT", "10:42 (GMT+3)"
  const TIME = `(?:\\s*[,|·•–—-]?\\s*(?:at\\s+)?${CLOCK})?`;
  // Before the date, as AP and some CMSs write it: "2:23 PM GMT+3, June 3, 2025", "09:14 GMT, 3 June 2025".
  const TIME_FIRST = `(?:${CLOCK}\\s*[,|·•–—-]?\\s*(?:on\\s+)?)?`;
  const LABEL = `(?:(?:${label})(?:\\s+(?:on|at))?\\s*:?\\s*)?`;
  const UPDATED_LABEL = `(?:${updatedLabel})(?:\\s+(?:on|at))?\\s*:?\\s*`;
  // "Chisinau, January 9, 2026": the place where the story was filed may come first.
  const PLACE = "(?:\\p{Lu}[\\p{L}.'’ -]{1,30},\\s*)?";
  const CITY = "\\p{Lu}[\\p{L}.'’ -]{1,40}(?:,\\s*\\p{Lu}[\\p{L}.'’ -]{1,30}){0,2}";
  const AGENCY = '(?:\\.\\s*/([^/\\n]{2,30})/|\\s*\\(([^()\\n]{2,30})\\)|\\.|\\s*[—–-]|:)';
  compiled = {
    MDY: new RegExp(`^${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})`, 'i'),
    DMY: new RegExp(`^(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH},?\\s+(\\d{4})`, 'i'),
    DATE_LINE: new RegExp(`^${LABEL}${PLACE}${TIME_FIRST}${WEEKDAY}(.{8,30}?)${TIME}\\s*$`, 'iu'),
    UPDATED_LINE: new RegExp(`^${UPDATED_LABEL}${TIME_FIRST}${WEEKDAY}(.{8,30}?)${TIME}\\s*$`, 'i'),
    // A month and day with no year, as a page shows next to a headline ("May 26", "26 May, 10:42").
    SHORT_DATE_LINE: new RegExp(`^${LABEL}${WEEKDAY}(?:${MONTH}\\s+\\d{1,2}|\\d{1,2}\\s+${MONTH})${TIME}\\s*$`, 'i'),
    // "TBILISI, Georgia, June 3." / "MOSCOW, March 4. /TASS/." / "WASHINGTON, June 3 (Reuters) -" / "KYIV, May 2, 2026 (AP) —"
    DATELINE: new RegExp(`^${CITY},?\\s+(\\p{Lu}[\\p{L}]{2,8})\\.?\\s+(\\d{1,2})(?:,\\s*(\\d{4}))?${AGENCY}`, 'u'),
    // "ASTANA, 3 June (Reuters) -" / "BAKU, 14 March 2025 (AFP) -" / "ALMATY, 3 June (Xinhua) --"
    DATELINE_DAY_FIRST: new RegExp(`^${CITY},?\\s+(\\d{1,2})\\s+(\\p{Lu}[\\p{L}]{2,8})\\.?(?:,?\\s+(\\d{4}))?${AGENCY}`, 'u'),
  };
  return compiled;
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?![\d])/;
const YEAR = /\d{4}/;
const DIGIT = /\d/;
// An ISO date with an optional time and zone, as CMS exports write it: "2026-05-26T10:42:00Z".
const ISO_STAMP = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?/;
const DOTTED = /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?!\d)/;
const SLASHED = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?!\d)/;


/** How to read a slashed date such as 03/06/2025: 3 June in most of the world, March 6 in the United States. */
export type DateOrder = 'day-first' | 'month-first' | null;

/**
 * An ISO day from a date written at the start of `s` (ISO, "May 26, 2026", "26 May 2026", "26.05.2026"). A slashed
 * date whose day and month could be swapped is read only when `order` says which comes first.
 */
export function parseDate(s: string, order: DateOrder = null): string | null {
  const t = s.trim();
  const { MDY, DMY } = patterns();
  let m = ISO.exec(t);
  if (m) return isoDay(+m[1]!, +m[2]!, +m[3]!);
  m = MDY.exec(t);
  if (m) return isoDay(+m[3]!, monthNumber(m[1]!), +m[2]!);
  m = DMY.exec(t);
  if (m) return isoDay(+m[3]!, monthNumber(m[2]!), +m[1]!);
  m = DOTTED.exec(t);
  if (m) return isoDay(+m[3]!, +m[2]!, +m[1]!);
  m = SLASHED.exec(t);
  if (m) {
    // 05/26/2026 is American, 26/05/2026 is not; 05/06/2026 could be either, so it is not a date we can know.
    const a = +m[1]!;
    const b = +m[2]!;
    if (a > 12 && b <= 12) return isoDay(+m[3]!, b, a);
    if (b > 12 && a <= 12) return isoDay(+m[3]!, a, b);
    if (a <= 12 && b <= 12 && order) return order === 'day-first' ? isoDay(+m[3]!, b, a) : isoDay(+m[3]!, a, b);
  }
  return null;
}

/** A value from a metadata field: ISO timestamps, RFC 2822 dates ("Tue, 26 May 2026 10:00:00 GMT") and the forms above. */
export function parseDateValue(value: unknown): string | null {
  if (value instanceof Date) return dayOf(value);
  // Unix time, in seconds or milliseconds.
  if (typeof value === 'number' && Number.isFinite(value)) return dayOf(new Date(value < 1e11 ? value * 1000 : value));
  if (typeof value !== 'string') return null;
  const t = value.trim().replace(/^(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+)/i, '');
  // "20250603" or "20250603091400", as some CMSs put it in a meta tag.
  const compact = /^((?:19|20)\d{2})(\d{2})(\d{2})(?:\d{4}(?:\d{2})?)?$/.exec(t);
  if (compact) return isoDay(+compact[1]!, +compact[2]!, +compact[3]!);
  return parseDate(t) ?? parseDateLine(t);
}

function dayOf(d: Date): string | null {
  return Number.isNaN(d.getTime()) ? null : isoDay(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** The date of a line that holds only a date (with an optional label, weekday and time), else null. */
export function parseDateLine(line: string, order: DateOrder = null): string | null {
  // Every date parseDate reads has a four-digit year.
  if (line.length > 80 || !YEAR.test(line)) return null;
  const m = patterns().DATE_LINE.exec(line.trim());
  if (!m) return null;
  const date = m[1]!;
  const iso = parseDate(date, order);
  // The captured part must be the whole date, not a date followed by other words.
  return iso && fullMatch(date) ? iso : null;
}

/** A date line whose only date is a slashed one that reads both ways ("Published: 03/06/2025 - 09:14"). */
export function isAmbiguousDateLine(line: string): boolean {
  return parseDateLine(line) === null && parseDateLine(line, 'day-first') !== null;
}

/** True when the line is an "Updated ..." stamp, which is never taken as the publication date. */
export function isUpdatedLine(line: string): boolean {
  if (line.length > 80 || !YEAR.test(line)) return false;
  const m = patterns().UPDATED_LINE.exec(line.trim());
  return m !== null && parseDate(m[1]!, 'day-first') !== null && fullMatch(m[1]!);
}

/** "May 26" or "26 May, 10:42": a page's date stamp without a year. */
export function isShortDateLine(line: string): boolean {
  return line.length <= 40 && DIGIT.test(line) && patterns().SHORT_DATE_LINE.test(line.trim());
}

function fullMatch(date: string): boolean {
  const t = date.trim();
  const { MDY, DMY } = patterns();
  return [ISO_STAMP, MDY, DMY, DOTTED, SLASHED].some((re) => {
    const m = re.exec(t);
    return m !== null && m[0].length === t.length;
  });
}

export interface Dateline {
  month: number;
  day: number;
  year: number | null;
  /** The agency named in the dateline: "(Reuters)", "/TASS/". */
  agency: string | null;
  /** Written day before month ("ASTANA, 3 June"), as most of the world writes dates. */
  dayFirst: boolean;
}

// "MOSCOW (Reuters) -", "ASTANA /TASS/." : an agency dateline without a date.
const AGENCY_DATELINE = /^\p{Lu}[\p{Lu}.'’ -]{1,40}(?:,\s*\p{Lu}[\p{L}.'’ -]{1,30}){0,2}\s*(?:\(([^()\n]{2,30})\)|\/([^/\n]{2,30})\/)\s*[.:—–-]/u;

// "Yerevan (AFP) –", "Almaty (AFP) -": AFP writes the place in capitals and small letters; the agency must look like
// one (capitals) and be a known outlet, so "Gazprom (GAZP.MM) -" is not taken.
const PLACE_AGENCY_DATELINE = /^\p{Lu}\p{Ll}[\p{L}'’-]{1,30}\s*\((\p{Lu}[\p{Lu}\p{N}.&/ -]{1,15})\)\s*[—–-]/u;

// What every dated dateline has (see mayBeDateline).
const FIRST_DIGIT = /\d/;
const MONTH_BEFORE = /\p{Lu}\p{L}{2,8}\.?$/u;
const DAY_THEN_MONTH = /\d\d?\s+\p{Lu}/uy;
const PLACE_RUN = /^\p{Lu}[\p{L}.'’,\s-]*/u;
const SPACE = /\s/;

/**
 * A cheap test that every dated dateline passes: before its first digit only the place's letters, dots,
 * apostrophes, hyphens, commas and spaces, then at that digit a month before it ("June 3") or after it ("3 June").
 * Most first paragraphs fail it at once ("... for a 3-day visit"), so the two full patterns are not tried on them.
 */
export function mayBeDateline(head: string): boolean {
  const digit = head.search(FIRST_DIGIT);
  if (digit <= 0) return false;
  let space = digit;
  while (space > 0 && SPACE.test(head[space - 1]!)) space--;
  if (space === digit) return false;
  DAY_THEN_MONTH.lastIndex = digit;
  if (!MONTH_BEFORE.test(head.slice(Math.max(0, space - 10), space)) && !DAY_THEN_MONTH.test(head)) return false;
  const run = PLACE_RUN.exec(head);
  return run !== null && run[0].length === digit;
}

/** Whether either full dateline pattern matches the start of `head` (what mayBeDateline must never rule out). */
export function matchesDatelinePattern(head: string): boolean {
  const { DATELINE, DATELINE_DAY_FIRST } = patterns();
  return DATELINE.test(head) || DATELINE_DAY_FIRST.test(head);
}

/** A wire dateline at the start of the body's first paragraph. */
export function parseDateline(paragraph: string): Dateline | null {
  const head = paragraph.slice(0, 160);
  if (!mayBeDateline(head)) return null;
  const { DATELINE, DATELINE_DAY_FIRST } = patterns();
  const m = DATELINE.exec(head);
  const d = m ? null : DATELINE_DAY_FIRST.exec(head);
  const found = m ?? d;
  if (!found) return null;
  const month = monthNumber(m ? m[1]! : found[2]!);
  const day = +(m ? m[2]! : found[1]!);
  // 2000 is a leap year, so "February 29" passes here and is checked against the real year later.
  if (month === 0 || !validDay(2000, month, day)) return null;
  return { month, day, year: found[3] ? +found[3] : null, agency: (found[4] ?? found[5] ?? '').trim() || null, dayFirst: d !== null };
}

/**
 * The agency of a dateline with or without a date ("MOSCOW (Reuters) -"). `dated` is the paragraph's
 * parseDateline result when the caller has it already.
 */
export function datelineAgency(paragraph: string, dated: Dateline | null = parseDateline(paragraph)): string | null {
  const head = paragraph.slice(0, 160);
  if (dated) return dated.agency;
  const m = AGENCY_DATELINE.exec(head);
  if (m) return (m[1] ?? m[2] ?? '').trim() || null;
  const mixed = PLACE_AGENCY_DATELINE.exec(head);
  return mixed && knownOutlet(mixed[1]!.trim()) ? mixed[1]!.trim() : null;
}

/** A full date in a URL path ("/2026/05/26/", "2026-05-26"), or just its year. */
export function urlDate(url: string): { iso: string | null; year: number | null } {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return { iso: null, year: null };
  }
  const full = /(?:^|[/_-])((?:19|20)\d{2})[/_-](\d{1,2})[/_-](\d{1,2})(?=$|[/_.-])/.exec(path);
  if (full) {
    const iso = isoDay(+full[1]!, +full[2]!, +full[3]!);
    if (iso) return { iso, year: +full[1]! };
  }
  const compact = /(?:^|[/_-])((?:19|20)\d{2})(\d{2})(\d{2})(?=$|[/_.-])/.exec(path);
  if (compact) {
    const iso = isoDay(+compact[1]!, +compact[2]!, +compact[3]!);
    if (iso) return { iso, year: +compact[1]! };
  }
  const year = /(?:^|\/)((?:19|20)\d{2})\/(?:\d{1,2}\/)?/.exec(path);
  return { iso: null, year: year ? +year[1]! : null };
}

export function isoDay(year: number, month: number, day: number): string | null {
  if (year < 1900 || year > 2100 || !validDay(year, month, day)) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function validDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function monthNumber(name: string): number {
  return loadWords().months.get(name.replace(/\.$/, '').toLowerCase()) ?? 0;
}
