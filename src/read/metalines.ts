// Lines that carry metadata rather than story: bylines, date lines, URL lines, copyright and credit lines,
// related-article links. Each classifier takes one clean line (Markdown already removed).
import { lexicon, wordSet } from '../lexicons/load.js';
import { isShortDateLine, isUpdatedLine, parseDateLine } from './dates.js';
import { alternation } from './normalize.js';
import { knownOutlet } from './outlets.js';

export interface LineMeta {
  byline?: string;
  /** Outlet named on the line ("By Jane Doe | Reuters", "© 2026 The Moscow Times"). */
  outlet?: string;
  published?: string;
  url?: string;
  /** "Original url:" alone: the URL follows on the next line. */
  urlLabel?: boolean;
}

let compiled: { related: RegExp; roles: Set<string> } | undefined;

function patterns(): { related: RegExp; roles: Set<string> } {
  compiled ??= {
    // The opener must be followed by a separator: "Related-party deals rose" is story.
    related: new RegExp(`^(?:${alternation(lexicon('read-related').map((r) => r[0]!))})(?:\\s*[:»|>›—–]|\\s+-\\s|\\s*$)`, 'i'),
    roles: wordSet('read-byline-roles', true),
  };
  return compiled;
}

/** "Related article: ...", "READ MORE: ...", "Tags: ...": a line that is not part of the story. */
export function isRelatedLine(line: string): boolean {
  return line.length < 400 && patterns().related.test(line);
}

const URL_LINE = /^(?:(?:Original(?:ly published)?|Source|Canonical|Article|Story)?\s*(?:url|link|article|source|address|at|on)?|Read (?:the )?(?:original|full)(?: article| story)?(?: at| here| on)?)\s*:?\s*<?(https?:\/\/[^\s<>]{3,2000})>?\.?$/i;
const URL_LABEL = /^(?:Original|Source|Canonical|Article|Story)?\s*(?:url|link|article|source)\s*:$/i;
const BYLINE = /^(?:(?:By|BY|Written by|Words by|Story by|Text by|Reported by)\s+|(?:Authors?|Byline|Writer)\s*:\s*)(.{2,160})$/;
const REPORTING = /^\(?(?:Reporting|Reported|Writing|Written) by\s+([^;()]{2,120})/i;
const COPYRIGHT = /^(?:©|\(c\)|Copyright)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?)?[\s,.]*(.{0,80})$/i;
const SOURCE = /^(?:Source|Via)\s*:\s*(.{2,60})$/i;
const READ_TIME = /^\d{1,3}\s*min(?:ute)?s?\.?(?:\s+read)?$/i;
const TIME_ONLY = /^(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*\(?[A-Z]{2,5}(?:\s?[+-]\s?\d{1,2})?\)?)?$/i;
const DATE_AFTER_NAME = /[\s,|·•—–-]+(?=(?:(?:Published|Posted|Updated|Last updated|on)\s*:?\s*)?(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?\s+)?(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?,?\s+\d{4}|\d{4}-\d{2}-\d{2}))/;
// A line that is only an outlet's name at the foot of a story: "AFP", "(Reuters)", "— TASS".
const OUTLET_SIGNOFF = /^[(—–-]*\s*([^()—–]{2,40}?)\s*\)?\.?$/;
const NAME_CONNECTORS = new Set(['and', '&', 'de', 'da', 'del', 'della', 'di', 'dos', 'du', 'van', 'von', 'der', 'den', 'al', 'el', 'bin', 'ibn', 'la', 'le', 'y', 'of', 'the']);

/** The metadata a line holds when every part of it is metadata; null when it is story text. */
export function metaLine(line: string, where: 'head' | 'tail'): LineMeta | null {
  if (line.length > 300) return null;
  const whole = metaPart(line, where);
  if (whole) return whole;
  // "By Jane Doe | Reuters | May 26, 2026", "By AFP · 3 min read"
  const parts = line.split(/\s+[|·•—–-]\s+|\s*[|·•]\s*/).map((p) => p.trim()).filter(Boolean);
  if (parts.length < 2) return null;
  const out: LineMeta = {};
  for (const part of parts) {
    const m = metaPart(part, where) ?? (knownOutlet(part) ? { outlet: knownOutlet(part)! } : null);
    if (!m) return null;
    for (const [k, v] of Object.entries(m) as [keyof LineMeta, never][]) out[k] ??= v;
  }
  return out;
}

function metaPart(part: string, where: 'head' | 'tail'): LineMeta | null {
  const url = URL_LINE.exec(part);
  if (url) return { url: url[1]!.replace(/[.,;)]+$/, '') };
  if (URL_LABEL.test(part)) return { urlLabel: true };
  const published = parseDateLine(part);
  if (published) return { published };
  if (isUpdatedLine(part) || isShortDateLine(part) || READ_TIME.test(part) || TIME_ONLY.test(part)) return {};
  const by = parseByline(part);
  if (by) return by;
  if (where === 'tail') {
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
  const dated = DATE_AFTER_NAME.exec(raw);
  if (dated && dated.index > 0) {
    const date = raw.slice(dated.index).trim();
    if (!isUpdatedLine(date)) published = parseDateLine(date.replace(/^on\s+/i, '')) ?? undefined;
    if (published === undefined && !isUpdatedLine(date)) return null;
    raw = raw.slice(0, dated.index);
  }
  raw = raw.trim().replace(/[.,;:|·•—–-]+$/, '').trim();
  const { roles } = patterns();
  let outlet: string | undefined;
  const names: string[] = [];
  for (const piece of raw.split(/\s*,\s*|\s+(?:for|of)\s+(?=\p{Lu})/u)) {
    const known = knownOutlet(piece);
    if (known) {
      outlet ??= known;
      if (names.length === 0 && piece === raw) names.push(piece);
      continue;
    }
    if (piece.toLowerCase().split(/\s+/).some((w) => roles.has(w))) continue;
    names.push(piece);
  }
  const byline = names.join(', ');
  if (!byline || !isNameList(byline)) return null;
  return { byline, ...(outlet ? { outlet } : {}), ...(published ? { published } : {}) };
}

/** Capitalised words (and name particles), at most a dozen: a person's or an agency's name, not a sentence. */
function isNameList(s: string): boolean {
  const words = s.split(/\s+/);
  if (words.length > 12 || !/^[\p{Lu}\p{N}]/u.test(words[0]!)) return false;
  return words.every((w) => /^[\p{Lu}\p{N}(“"'][\p{L}\p{N}.'’’()&-]*,?$/u.test(w) || NAME_CONNECTORS.has(w.toLowerCase()));
}
