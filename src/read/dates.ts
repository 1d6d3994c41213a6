// Publication dates as newsrooms write them: metadata values, date lines near the top, wire datelines, URL paths.
// Every pattern here is anchored or bounded, so a long line cannot make it backtrack.

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11,
  november: 11, dec: 12, december: 12,
};
const MONTH = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const WEEKDAY = '(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs?)?|Fri|Sat(?:ur)?|Sun)(?:day)?\\.?,?\\s+)?';
// "10:42", "10:42 am", "10.42 GMT", "10:42 (GMT+3)", "at 10:42 a.m. ET"
const TIME = '(?:,?\\s*(?:at\\s+)?\\d{1,2}[:.]\\d{2}(?::\\d{2})?\\s*(?:[ap]\\.?m\\.?)?\\s*\\(?(?:[A-Z]{2,5}(?:\\s?[+-]\\s?\\d{1,2}(?::?\\d{2})?)?)?\\)?)?';
// "Published", "Posted on", "First published:", "Date:" before the date itself.
const LABEL = '(?:(?:First\\s+)?(?:Published|Posted|Date|Dated|Released|Filed)(?:\\s+(?:on|at))?\\s*:?\\s*)?';
const UPDATED_LABEL = '(?:Last\\s+)?(?:Updated|Modified|Edited)(?:\\s+(?:on|at))?\\s*:?\\s*';

const MDY = new RegExp(`^${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})`, 'i');
const DMY = new RegExp(`^(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH},?\\s+(\\d{4})`, 'i');
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?![\d])/;
// An ISO date with an optional time and zone, as CMS exports write it: "2026-05-26T10:42:00Z".
const ISO_STAMP = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?/;
const DOTTED = /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?!\d)/;
const SLASHED = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?!\d)/;

// "Chisinau, January 9, 2026": the place where the story was filed may come first.
const PLACE = "(?:\\p{Lu}[\\p{L}.'’ -]{1,30},\\s*)?";
const DATE_LINE = new RegExp(`^${LABEL}${PLACE}${WEEKDAY}(.{8,30}?)${TIME}\\s*$`, 'iu');
const UPDATED_LINE = new RegExp(`^${UPDATED_LABEL}${WEEKDAY}(.{8,30}?)${TIME}\\s*$`, 'i');
// A month and day with no year, as a page shows next to a headline ("May 26", "26 May, 10:42").
const SHORT_DATE_LINE = new RegExp(`^${LABEL}${WEEKDAY}(?:${MONTH}\\s+\\d{1,2}|\\d{1,2}\\s+${MONTH})${TIME}\\s*$`, 'i');

/** An ISO day from a date written at the start of `s` (ISO, "May 26, 2026", "26 May 2026", "26.05.2026"). */
export function parseDate(s: string): string | null {
  const t = s.trim();
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
  return parseDate(t) ?? parseDateLine(t);
}

function dayOf(d: Date): string | null {
  return Number.isNaN(d.getTime()) ? null : isoDay(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** The date of a line that holds only a date (with an optional label, weekday and time), else null. */
export function parseDateLine(line: string): string | null {
  if (line.length > 80) return null;
  const m = DATE_LINE.exec(line.trim());
  if (!m) return null;
  const date = m[1]!;
  const iso = parseDate(date);
  // The captured part must be the whole date, not a date followed by other words.
  return iso && fullMatch(date) ? iso : null;
}

/** True when the line is an "Updated ..." stamp, which is never taken as the publication date. */
export function isUpdatedLine(line: string): boolean {
  if (line.length > 80) return false;
  const m = UPDATED_LINE.exec(line.trim());
  return m !== null && parseDate(m[1]!) !== null && fullMatch(m[1]!);
}

/** "May 26" or "26 May, 10:42": a page's date stamp without a year. */
export function isShortDateLine(line: string): boolean {
  return line.length <= 40 && SHORT_DATE_LINE.test(line.trim());
}

function fullMatch(date: string): boolean {
  const t = date.trim();
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
}

// "TBILISI, Georgia, June 3." / "MOSCOW, March 4. /TASS/." / "WASHINGTON, June 3 (Reuters) -" / "KYIV, May 2, 2026 (AP) —"
const DATELINE = new RegExp(
  `^\\p{Lu}[\\p{L}.'’ -]{1,40}(?:,\\s*\\p{Lu}[\\p{L}.'’ -]{1,30}){0,2},?\\s+(\\p{Lu}[\\p{L}]{2,8})\\.?\\s+(\\d{1,2})(?:,\\s*(\\d{4}))?`
  + `(?:\\.\\s*/([^/\\n]{2,30})/|\\s*\\(([^()\\n]{2,30})\\)|\\.|\\s*[—–-]|:)`,
  'u',
);
// "MOSCOW (Reuters) -", "ASTANA /TASS/." : an agency dateline without a date.
const AGENCY_DATELINE = /^\p{Lu}[\p{Lu}.'’ -]{1,40}(?:,\s*\p{Lu}[\p{L}.'’ -]{1,30}){0,2}\s*(?:\(([^()\n]{2,30})\)|\/([^/\n]{2,30})\/)\s*[.:—–-]/u;

/** A wire dateline at the start of the body's first paragraph. */
export function parseDateline(paragraph: string): Dateline | null {
  const head = paragraph.slice(0, 160);
  const m = DATELINE.exec(head);
  if (m) {
    const month = monthNumber(m[1]!);
    const day = +m[2]!;
    if (month === 0 || !validDay(2000, month, day)) return null;
    return { month, day, year: m[3] ? +m[3] : null, agency: (m[4] ?? m[5] ?? '').trim() || null };
  }
  return null;
}

/** The agency of a dateline with or without a date ("MOSCOW (Reuters) -"). */
export function datelineAgency(paragraph: string): string | null {
  const head = paragraph.slice(0, 160);
  const dated = parseDateline(head);
  if (dated) return dated.agency;
  const m = AGENCY_DATELINE.exec(head);
  return m ? (m[1] ?? m[2] ?? '').trim() || null : null;
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
  return MONTHS[name.replace(/\.$/, '').toLowerCase()] ?? 0;
}
