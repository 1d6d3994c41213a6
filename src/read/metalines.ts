// Lines that carry metadata rather than story: bylines, date lines, URL lines, copyright and credit lines,
// related-article links. Each classifier takes one clean line (Markdown already removed).
import { lexicon, listField, wordSet } from '../lexicons/load.js';
import { isAmbiguousDateLine, isShortDateLine, isUpdatedLine, loadWords, parseDateLine } from './dates.js';
import { alternation, firstCharacters } from './normalize.js';
import { knownOutlet } from './outlets.js';

export interface LineMeta {
  byline?: string;
  /** Outlet named on the line ("By Jane Doe | Reuters", "© 2026 The Moscow Times"). */
  outlet?: string;
  published?: string;
  url?: string;
  /** "Original url:" alone: the URL follows on the next line. */
  urlLabel?: boolean;
  /** A date line whose slashed date reads both ways ("03/06/2025"): read once the article's date order is known. */
  ambiguousDate?: string;
}

interface Patterns {
  /** "By Jane Doe Published May 26, 2026": where a date run on after the name starts. */
  dateAfterName: RegExp;
  related: RegExp;
  /** The first characters (both cases) the related-line openers start with, or null to try every line. */
  relatedStarts: Set<string> | null;
  roles: Set<string>;
  generic: Set<string>;
  /** The longest generic byline: a longer line is none of them. */
  genericMax: number;
  notNames: Set<string>;
}

let compiled: Patterns | undefined;

function patterns(): Patterns {
  if (compiled) return compiled;
  const generic = wordSet('read-generic-bylines', true);
  compiled = {
    dateAfterName: dateAfterName(),
    generic,
    // Lower-casing never shortens a string, so a line longer than every (lower-cased) entry is none of them.
    genericMax: Math.max(0, ...[...generic].map((w) => w.length)),
    notNames: notNameWords(),
    // The opener must be followed by a separator: "Related-party deals rose" is story.
    related: new RegExp(`^(?:${alternation(lexicon('read-related').map((r) => r[0]!))})(?:\\s*[:»|>›—–]|\\s+-\\s|\\s*$)`, 'i'),
    relatedStarts: firstCharacters(lexicon('read-related').map((r) => r[0]!)),
    roles: wordSet('read-byline-roles', true),
  };
  return compiled;
}

function dateAfterName(): RegExp {
  const { month, label, updatedLabel } = loadWords();
  const m = month.replace(/^\(/, '(?:');
  return new RegExp(`[\\s,|·•—–-]+(?=(?:(?:${label}|${updatedLabel}|on)\\s*:?\\s*)?(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?\\s+)?`
    + `(?:${m}\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}\\s+${m},?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2}))`, 'i');
}

/** Words that rule out a person's name: furniture labels, name stop-words, countries, demonyms and capitals. */
function notNameWords(): Set<string> {
  const words = new Set([...wordSet('read-not-names', true), ...wordSet('name-stopwords', true)]);
  for (const row of lexicon('countries')) {
    for (const field of row) for (const name of listField(field)) for (const w of name.split(/\s+/)) words.add(w.toLowerCase());
  }
  return words;
}

/** "Related article: ...", "READ MORE: ...", "Tags: ...": a line that is not part of the story. */
export function isRelatedLine(line: string): boolean {
  if (line.length >= 400) return false;
  const { related, relatedStarts } = patterns();
  return (relatedStarts === null || relatedStarts.has(line.charAt(0))) && related.test(line);
}

/** The line without trailing dots and commas ("Staff Reporter." is "Staff Reporter"). */
function withoutTrailingDots(s: string): string {
  let end = s.length;
  while (end > 0 && (s.charCodeAt(end - 1) === 46 || s.charCodeAt(end - 1) === 44)) end--;
  return end === s.length ? s : s.slice(0, end);
}

const URL_LINE = /^(?:(?:Original(?:ly published)?|Source|Canonical|Article|Story)?\s*(?:url|link|article|source|address|at|on)?|Read (?:the )?(?:original|full)(?: article| story)?(?: at| here| on)?)\s*:?\s*<?(https?:\/\/[^\s<>]{3,2000})>?\.?$/i;
const URL_LABEL = /^(?:Original|Source|Canonical|Article|Story)?\s*(?:url|link|article|source)\s*:$/i;
const BYLINE = /^(?:(?:By|BY|Written by|Words by|Story by|Text by|Reported by)(?:\s*:\s*|\s+)|(?:Authors?|Byline|Writer|Reporter|Words)\s*:\s*)(.{2,160})$/;
const CREDITS = /^\(?(?:Additional|Further|Extra) reporting by\s+[^()]{2,300}\)?\.?$/i;
const REPORTING = /^\(?(?:Reporting|Reported|Writing|Written) by\s+([^;()]{2,120})/i;
const COPYRIGHT = /^(?:©|\(c\)|Copyright)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?)?[\s,.]*(.{0,80})$/i;
const SOURCE = /^(?:Source|Via)\s*:\s*(.{2,60})$/i;
const READ_TIME = /^\d{1,3}\s*min(?:ute)?s?\.?(?:\s+read)?$/i;
const TIME_ONLY = /^(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*\(?[A-Z]{2,5}(?:\s?[+-]\s?\d{1,2})?\)?)?$/i;
// A line that is only an outlet's name at the foot of a story: "AFP", "(Reuters)", "— TASS".
const OUTLET_SIGNOFF = /^[(—–-]*\s*([^()—–]{2,40}?)\s*\)?\.?$/;
const SECTION_LABEL = /^\p{Lu}[\p{L}&'’-]*(?:\s[\p{L}&'’-]+){0,3}$/u;
const IN_PLACE = /\s+in\s+\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*)?(?=\s+and\s|\s*,|$)/gu;
// "Posted on 2026-05-26T10:42:00Z by Jane Doe", "May 26, 2026 by Jane Doe"
const DATE_THEN_BY = /^(.{6,60}?)\s+by\s+(\p{Lu}.{1,80})$/u;
export const PART_SEPARATOR = /\s+[|·•—–-]\s+|\s*[|·•]\s*/;
/** Every PART_SEPARATOR holds one of these: a line without any is one part ("a 3-day visit" has none). */
export const SEPARATOR_CHAR = /[|·•]|\s[—–-]\s/;
const NAME_CONNECTORS = new Set(['and', '&', 'de', 'da', 'del', 'della', 'di', 'dos', 'du', 'van', 'von', 'der', 'den', 'al', 'el', 'bin', 'ibn', 'la', 'le', 'y', 'of', 'the']);

/** The metadata a line holds when every part of it is metadata; null when it is story text. */
export function metaLine(line: string, where: 'head' | 'tail'): LineMeta | null {
  if (line.length > 300) return null;
  const whole = metaPart(line, where);
  if (whole) return whole;
  // "By Jane Doe | Reuters | May 26, 2026", "By AFP · 3 min read"
  if (!SEPARATOR_CHAR.test(line)) return null;
  const parts = line.split(PART_SEPARATOR).map((p) => p.trim()).filter(Boolean);
  if (parts.length < 2) return null;
  const out: LineMeta = {};
  let bareName: string | undefined;
  let label = false;
  for (const part of parts) {
    const m = metaPart(part, where) ?? (knownOutlet(part) ? { outlet: knownOutlet(part)! } : null);
    if (!m) {
      // "Jane Doe | AFP", "Jane Doe · 3 June 2025": a name without "By" counts only beside an outlet or a date;
      // so does a section label ("Central Asia | June 3, 2025"), which is dropped.
      if (bareName === undefined && isBareName(part)) bareName = part;
      else if (SECTION_LABEL.test(part)) label = true;
      else return null;
      continue;
    }
    for (const k in m) (out as Record<string, unknown>)[k] ??= m[k as keyof LineMeta];
  }
  if (bareName !== undefined || label) {
    if (!out.outlet && !out.published && !out.ambiguousDate) return null;
    if (bareName !== undefined) out.byline ??= bareName;
  }
  return out;
}

function metaPart(part: string, where: 'head' | 'tail'): LineMeta | null {
  const url = URL_LINE.exec(part);
  if (url) return { url: url[1]!.replace(/[.,;)]+$/, '') };
  if (URL_LABEL.test(part)) return { urlLabel: true };
  const published = parseDateLine(part);
  if (published) return { published };
  if (part.includes('/') && isAmbiguousDateLine(part)) return { ambiguousDate: part };
  const bare = withoutTrailingDots(part);
  const { generic, genericMax } = patterns();
  if (bare.length <= genericMax && generic.has(bare.toLowerCase())) return { byline: bare };
  const nameDate = nameThenDate(part);
  if (nameDate) return nameDate;
  const datedBy = /\sby\s/i.test(part) ? DATE_THEN_BY.exec(part) : null;
  if (datedBy) {
    const date = parseDateLine(datedBy[1]!);
    const by = date ? parseByline(`By ${datedBy[2]!}`) : null;
    if (date && by) return { published: date, ...by };
  }
  if (isUpdatedLine(part) || isShortDateLine(part) || READ_TIME.test(part) || TIME_ONLY.test(part)) return {};
  const by = parseByline(part);
  if (by) return by;
  if (where === 'tail') {
    // "(Additional reporting by Jane Doe; Writing by John Roe; Editing by ...)": the writer, else no one.
    const credits = CREDITS.exec(part);
    if (credits) {
      const writer = /;\s*(?:Writing|Written|Compiled) by\s+([^;()]{2,120})/i.exec(part);
      const names = writer ? writer[1]!.trim() : '';
      return names && isNameList(names) ? { byline: names } : {};
    }
    const reporting = REPORTING.exec(part);
    if (reporting) {
      const names = reporting[1]!.replace(/\s+in\s+\p{Lu}[\p{L} ,.'-]*$/u, '').trim();
      return isNameList(names) ? { byline: names } : {};
    }
    const copyright = COPYRIGHT.exec(part);
    if (copyright) {
      const holder = copyright[1]!.replace(/\.?\s*All rights reserved\.?$/i, '').replace(/[.\s]+$/, '').trim();
      return holder && holder.split(/\s+/).length <= 6 ? { outlet: knownOutlet(holder) ?? holder } : {};
    }
    const signoff = OUTLET_SIGNOFF.exec(part);
    const signed = signoff ? knownOutlet(signoff[1]!) : null;
    if (signed) return { outlet: signed };
    const source = SOURCE.exec(part);
    if (source && source[1]!.split(/\s+/).length <= 6 && !/[.!?]$/.test(source[1]!)) {
      const name = source[1]!.trim();
      return { outlet: knownOutlet(name) ?? name };
    }
  }
  return null;
}

/** "By Jane Doe", "By [AFP](#)" (already plain), "Author: Jane Doe, Moscow correspondent". */
export function parseByline(line: string): LineMeta | null {
  const m = BYLINE.exec(line.trim());
  if (!m) return null;
  let raw = m[1]!.trim();
  // "By Jane Doe Published May 26, 2026": a date run on after the name.
  let published: string | undefined;
  const dated = patterns().dateAfterName.exec(raw);
  if (dated && dated.index > 0) {
    const date = raw.slice(dated.index).trim();
    if (!isUpdatedLine(date)) published = parseDateLine(date.replace(/^on\s+/i, '')) ?? undefined;
    if (published === undefined && !isUpdatedLine(date)) return null;
    raw = raw.slice(0, dated.index);
  }
  // "By Lorne Cook in Brussels and Mariya Gordeyeva in Almaty": where each wrote from is not part of the name.
  raw = raw.trim().replace(/[.,;:|·•—–-]+$/, '').replace(IN_PLACE, '').trim();
  const { roles } = patterns();
  let outlet: string | undefined;
  const names: string[] = [];
  for (const part of raw.split(/\s*,\s*|\s+(?:for|of)\s+(?=\p{Lu})/u)) {
    // "DASHA LITVINOVA and ILLIA NOVIKOV Associated Press": AP prints its name after the writers' without a comma.
    const trailing = trailingOutlet(part);
    if (trailing) outlet ??= trailing.outlet;
    const piece = trailing ? trailing.rest : part;
    const known = knownOutlet(piece);
    if (known) {
      outlet ??= known;
      if (names.length === 0 && piece === raw) names.push(piece);
      continue;
    }
    if (piece.toLowerCase().split(/\s+/).some((w) => roles.has(w))) continue;
    names.push(piece);
  }
  // "By Staff Reporter", "By Our Almaty Correspondent": a credit that names no one is still the byline printed.
  if (names.length === 0 && !outlet && raw.split(/\s+/).length <= 5 && isNameList(raw)) names.push(raw);
  const byline = names.join(', ');
  if (!byline || !isNameList(byline)) return null;
  return { byline: knownOutlet(byline) ? byline : unshout(byline), ...(outlet ? { outlet } : {}), ...(published ? { published } : {}) };
}

/** "DASHA LITVINOVA and ILLIA NOVIKOV", as AP prints bylines, to "Dasha Litvinova and Illia Novikov". */
function unshout(names: string): string {
  const words = names.split(' ');
  if (words.length < 2 || /\p{Ll}/u.test(names.replace(/\b(?:and|de|da|del|della|di|dos|du|van|von|der|den|al|el|bin|ibn|la|le|y|of|the)\b/g, ''))) return names;
  return words.map((w) => (NAME_CONNECTORS.has(w.toLowerCase()) ? w.toLowerCase()
    : w.toLowerCase().replace(/(^|[-'’])(\p{L})/gu, (_m, sep: string, c: string) => sep + c.toUpperCase()))).join(' ');
}

/** "Joanna Lillis Jun 3, 2025": a name without "By" and the date, on one line. */
function nameThenDate(line: string): LineMeta | null {
  if (line.length > 90 || !/\d/.test(line)) return null;
  const words = line.split(/\s+/);
  for (let k = 2; k <= 5 && k < words.length; k++) {
    const name = words.slice(0, k).join(' ');
    if (!isBareName(name)) break;
    const published = parseDateLine(words.slice(k).join(' '));
    if (published) return { byline: name, published };
  }
  return null;
}

/** "Central Asia correspondent, BBC News", "Russia editor": the line under a writer's name that says what they do. */
export function isRoleLine(line: string): boolean {
  if (line.length > 80 || /[.!?]$/.test(line)) return false;
  const words = line.toLowerCase().split(/[\s,]+/);
  return words.length <= 8 && words.some((w) => patterns().roles.has(w));
}

/** "Jane Doe Associated Press": the outlet named in the last one to four words, and the name before it. */
function trailingOutlet(piece: string): { rest: string; outlet: string } | null {
  const words = piece.split(/\s+/);
  for (let k = Math.min(4, words.length - 2); k >= 1; k--) {
    const outlet = knownOutlet(words.slice(-k).join(' '));
    if (outlet) return { rest: words.slice(0, -k).join(' '), outlet };
  }
  return null;
}

/** Two to five capitalised words and nothing else: a name as a byline line prints it, without "By". */
export function isBareName(s: string): boolean {
  const words = s.split(/\s+/);
  if (words.length < 2 || words.length > 5 || s.length > 60 || !isNameList(s)) return false;
  const { notNames } = patterns();
  // The outlet look-up folds the whole string, so it comes last.
  return words.every((w) => (/^[\p{Lu}][\p{L}'’-]*$/u.test(w) && !notNames.has(w.toLowerCase())) || NAME_CONNECTORS.has(w.toLowerCase()))
    && !knownOutlet(s);
}

/** Capitalised words (and name particles), at most a dozen: a person's or an agency's name, not a sentence. */
function isNameList(s: string): boolean {
  const words = s.split(/\s+/);
  if (words.length > 12 || !/^[\p{Lu}\p{N}]/u.test(words[0]!)) return false;
  return words.every((w) => /^[\p{Lu}\p{N}(“"'][\p{L}\p{N}.'’’()&-]*,?$/u.test(w) || NAME_CONNECTORS.has(w.toLowerCase()));
}
