// From clean blocks (paragraphs, headings, captions) and the metadata a format carries in fields, to the final
// article: metadata lines at the head and tail come out of the text, related-article lines are dropped, the rest
// is joined into the body text that every later span points into, with photo captions recorded as spans.
import type { Span } from '../model.js';
import { lexicon } from '../lexicons/load.js';
import { datelineAgency, isoDay, parseDateLine, parseDateline, parseDateValue, urlDate, type DateOrder } from './dates.js';
import { isBareName, isRelatedLine, isRoleLine, metaLine, type LineMeta } from './metalines.js';
import { alternation, firstCharacters, fold } from './normalize.js';
import { hostOf, knownOutlet, outletFromUrl } from './outlets.js';
import type { Draft } from './index.js';

export interface Block {
  /** One paragraph of clean text: no Markdown, no tags, no line breaks. */
  text: string;
  /** The source line(s) as written, when the format had inline syntax (a trailing credit link marks a caption). */
  raw?: string;
  /** A heading's level (1-6). */
  heading?: number;
  /** Known to be a photo caption or credit (<figcaption>, the line under a Markdown image). */
  caption?: boolean;
  /** Page furniture near the top (a <time> stamp, a byline element): dropped when it comes before the story. */
  meta?: boolean;
  /** A blank line separated it from the block before (kept so the text keeps the source's layout). */
  gapBefore?: boolean;
}

export interface FieldMeta {
  title?: string | null;
  byline?: string | null;
  published?: string | null;
  url?: string | null;
  outlet?: string | null;
  /** When the record was created ("created_at"): often when a scraper stored it, so only a last resort. */
  created?: string | null;
}

export function finishArticle(source: string, blocks: Block[], fields: FieldMeta): Draft {
  // The head is looked at from several sides (is this a date line? is there story after it?): each line is
  // classified once.
  const headCache = new Map<string, LineMeta | null>();
  const headMeta = (line: string): LineMeta | null => {
    let m = headCache.get(line);
    if (m === undefined) {
      m = metaLine(line, 'head');
      headCache.set(line, m);
    }
    return m;
  };
  const isDateBlock = (line: string, orByline = false): boolean => isDateMeta(line ? headMeta(line) : null, orByline);
  const found: LineMeta & { title?: string } = {};
  const take = (m: LineMeta): void => {
    for (const k in m) if (k !== 'urlLabel') (found as Record<string, unknown>)[k] ??= m[k as keyof LineMeta];
  };
  const titleKnown = (): boolean => Boolean(fields.title || found.title);
  const foldedTitle = fields.title ? fold(fields.title) : null;

  // Tail: bylines, URLs, copyright and source lines after the last paragraph of the story.
  let end = blocks.length;
  while (end > 0) {
    const b = blocks[end - 1]!;
    if (b.text === '' || isRelatedLine(b.text)) {
      end--;
      continue;
    }
    const m = b.heading ? null : metaLine(b.text, 'tail') ?? linkLine(b);
    if (!m) break;
    take(m);
    end--;
  }

  // Head: title, byline, date and URL lines before the first paragraph of the story.
  let start = 0;
  for (; start < end; start++) {
    const b = blocks[start]!;
    if (b.text === '' || b.meta || isRelatedLine(b.text)) continue;
    // The headline: a page's first heading, or a heading that repeats the title the fields gave.
    if (b.heading && !found.title && (!fields.title || b.heading === 1 || fold(b.text) === foldedTitle)) {
      found.title = b.text;
      continue;
    }
    if (isCaption(b)) break;
    const m = headMeta(b.text);
    if (m) {
      take(m);
      continue;
    }
    if (fields.title && fold(b.text) === foldedTitle) continue;
    // "Pjotr Sauer in Moscow" above or below the date line: a name alone is a byline only beside a date.
    const name = found.byline || fields.byline ? null : bareByline(b.text);
    const next = nextText(blocks, start + 1, end);
    if (name && (isDateBlock(next) || isDateBlock(prevText(blocks, start - 1)))) {
      found.byline = name;
      continue;
    }
    // "Steve Rosenberg" over "Russia editor, BBC News": the name, then what the writer does.
    if (name && isRoleLine(next)) {
      found.byline = name;
      while (blocks[start + 1] && blocks[start + 1]!.text !== next) start++;
      start++;
      continue;
    }
    // A short label between the headline and a date line ("Central Asia", "Politics | Analysis") is page furniture.
    if (titleKnown() && isShortLabel(b.text) && isDateBlock(nextText(blocks, start + 1, end))) continue;
    // A section label above the headline ("ANALYSIS", "WORLD NEWS") is page furniture, not story.
    if (!titleKnown() && isKicker(b.text) && isTitleLine(nextText(blocks, start + 1, end))) continue;
    // "Central Asia" over the headline, with the byline or date lines under it: a section label.
    if (!titleKnown() && isSectionLabel(b.text) && isTitleLine(nextText(blocks, start + 1, end))
      && isDateBlock(nextText(blocks, nextIndex(blocks, start + 1, end) + 1, end), true)) continue;
    if (!titleKnown() && isTitleLine(b.text) && hasStoryAfter(blocks, start + 1, end, headMeta)) {
      found.title = b.text;
      continue;
    }
    break;
  }

  const kept = blocks.slice(start, end).filter((b) => b.text !== '' && !isRelatedLine(b.text));
  for (const b of kept) if (!b.caption && isCaption(b)) b.caption = true;
  const { text, captions } = assemble(kept);
  const firstStory = kept.find((b) => !b.caption && !b.heading);
  return { source, text, captions, ...resolve(fields, found, firstStory?.text ?? '') };
}

function resolve(fields: FieldMeta, found: LineMeta & { title?: string }, firstParagraph: string): Omit<Draft, 'source' | 'text' | 'captions'> {
  const url = fields.url ?? found.url ?? null;
  const dateline = parseDateline(firstParagraph);
  const fromUrl = url ? urlDate(url) : { iso: null, year: null };
  const agency = datelineAgency(firstParagraph, dateline);
  const byline = fields.byline ?? found.byline ?? null;
  const outlet = fields.outlet
    ?? (url ? outletFromUrl(url) : null)
    ?? (byline ? knownOutlet(byline) : null)
    ?? found.outlet
    ?? (agency ? knownOutlet(agency) ?? agency : null);
  let published = fields.published ?? found.published ?? null;
  if (!published && found.ambiguousDate) {
    published = parseDateLine(found.ambiguousDate, dateOrder(url, [outlet, found.outlet, agency], dateline?.dayFirst));
  }
  const created = fields.created ? parseDateValue(fields.created) : null;
  if (!published && dateline) {
    // A dateline gives month and day; its year must come from the article itself, never from the clock.
    const year = dateline.year ?? fromUrl.year ?? (created ? Number(created.slice(0, 4)) : null);
    if (year) published = isoDay(year, dateline.month, dateline.day);
  }
  published ??= fromUrl.iso ?? created;
  return {
    title: fields.title ?? found.title ?? null,
    byline,
    published: published ? parseDateValue(published) : null,
    url,
    outlet,
  };
}

let orders: Map<string, DateOrder> | undefined;

/**
 * Which way round a slashed date is written, from the clues an article gives: a day-first dateline ("ASTANA,
 * 3 June"), the country of the URL's host, or an outlet known to write dates one way (the read-date-order lexicon).
 */
function dateOrder(url: string | null, outlets: (string | null | undefined)[], datelineDayFirst: boolean | undefined): DateOrder {
  if (datelineDayFirst) return 'day-first';
  orders ??= new Map(lexicon('read-date-order').map(([order, clue]) => [fold(knownOutlet(clue!) ?? clue!), order as DateOrder]));
  const host = url ? hostOf(url) : null;
  if (host) {
    for (let i = host.indexOf('.'); i >= 0; i = host.indexOf('.', i + 1)) {
      const order = orders.get(host.slice(i));
      if (order) return order;
    }
  }
  for (const o of outlets) {
    const order = o ? orders.get(fold(knownOutlet(o) ?? o)) : undefined;
    if (order) return order;
  }
  return null;
}

/** "Pjotr Sauer in Moscow", "Jane Doe, Almaty", "Jane Doe": the name on a byline line that has no "By". */
function bareByline(line: string): string | null {
  const name = line.replace(/(?:\s+in|,)\s+\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*)?$/u, '');
  return isBareName(name) ? name : null;
}

function isSectionLabel(line: string): boolean {
  return line.length <= 30 && line.split(/\s+/).length <= 3 && isShortLabel(line);
}

function prevText(blocks: Block[], from: number): string {
  for (let i = from; i >= 0; i--) if (blocks[i]!.text !== '') return blocks[i]!.text;
  return '';
}

function nextIndex(blocks: Block[], from: number, end: number): number {
  for (let i = from; i < end; i++) if (blocks[i]!.text !== '') return i;
  return end;
}

function isShortLabel(line: string): boolean {
  return line.length <= 60 && line.split(/\s+/).length <= 6 && /^\p{Lu}/u.test(line) && !/[.,;:!?"“”]/.test(line);
}

/** The metadata of a date line (or, with `orByline`, of a byline or date line) of the page's head. */
function isDateMeta(m: LineMeta | null, orByline: boolean): boolean {
  return m !== null && m.url === undefined && !m.urlLabel && (orByline || m.byline === undefined);
}

const LINK_ONLY = /^\[([^[\]\n]{1,80})\]\((https?:\/\/[^()\s]{3,2000})\)$/;
const LINK_LABEL = /^(?:read|view|see|source|original|full|article|story|link|via|more)\b/i;

/** "[Read the original on AFP](https://...)" at the foot: the article's URL, which the plain text has lost. */
function linkLine(b: Block): LineMeta | null {
  const m = b.raw ? LINK_ONLY.exec(b.raw) : null;
  if (!m) return null;
  const label = m[1]!.trim();
  return LINK_LABEL.test(label) || knownOutlet(label) || /^https?:/.test(label) ? { url: m[2]! } : null;
}

/** A short line that does not read as a sentence: a headline. */
function isTitleLine(line: string): boolean {
  if (line.length > 200 || /^\p{Ll}/u.test(line)) return false;
  const words = line.split(/\s+/).length;
  if (words < 2 || words > 30) return false;
  const bare = line.replace(/["'”’»)\]]+$/, '');
  if (/[.,;:…]$/.test(bare)) return false;
  if (/[?!]$/.test(bare)) return words <= 16;
  return !parseDateline(line);
}

function isKicker(line: string): boolean {
  return line.length <= 30 && line.split(/\s+/).length <= 3 && /^[\p{Lu}\p{N} &'’-]+$/u.test(line) && /\p{Lu}{2}/u.test(line);
}

function nextText(blocks: Block[], from: number, end: number): string {
  for (let i = from; i < end; i++) if (blocks[i]!.text !== '') return blocks[i]!.text;
  return '';
}

function hasStoryAfter(blocks: Block[], from: number, end: number, headMeta: (line: string) => LineMeta | null): boolean {
  for (let i = from; i < end; i++) {
    const b = blocks[i]!;
    if (b.text !== '' && !b.meta && !b.heading && !headMeta(b.text)) return true;
  }
  return false;
}

/** Joins blocks (a blank line where the source had one, else a line break), recording caption spans. */
function assemble(blocks: Block[]): { text: string; captions: Span[] } {
  let text = '';
  const captions: Span[] = [];
  for (const b of blocks) {
    if (text !== '') text += b.gapBefore ? '\n\n' : '\n';
    if (b.caption) captions.push({ start: text.length, end: text.length + b.text.length });
    text += b.text;
  }
  return { text, captions };
}

let captionPatterns: { opener: RegExp; openerStarts: Set<string> | null; credit: RegExp; slashCredit: RegExp; viaCredit: RegExp } | undefined;

function patterns(): NonNullable<typeof captionPatterns> {
  if (captionPatterns) return captionPatterns;
  const cueWords = lexicon('read-captions').map((r) => r[0]!);
  const cues = alternation(cueWords);
  const agencies = alternation(lexicon('read-credit-agencies').map((r) => r[0]!));
  // The credit itself: no sentence break inside it (dots in "kremlin.ru" are fine).
  const credit = '(?:[^.!?\\n]|[.!?](?!\\s)){1,80}';
  const name = "[\\p{L}][\\p{L}.'’-]*";
  captionPatterns = {
    opener: new RegExp(`^(?:${cues})\\s*(?::|by\\s)`, 'i'),
    openerStarts: firstCharacters(cueWords),
    credit: new RegExp(`(?:[.!?…"”)]\\s*|\\s\\(|\\s[|/]\\s*|\\s[—–]\\s)(?:${cues})\\s*(?::|by\\s)${credit}\\)?\\.?$|\\(?©${credit}\\)?\\.?$`, 'i'),
    // "Sergei Ilnitsky/EPA-EFE", "REUTERS/Evgenia Novozhenina"
    slashCredit: new RegExp(`(?:^|[\\s(])(?:(?:${name}\\s){0,3}${name}\\s?/\\s?(?:${agencies})|(?:${agencies})\\s?/\\s?\\p{Lu}[\\p{L}.'’-]*(?:\\s\\p{Lu}[\\p{L}.'’-]*){0,3})\\)?\\.?$`, 'u'),
    // "AFP via Getty Images"
    viaCredit: new RegExp(`(?:${agencies}) via (?:${agencies})\\)?\\.?$`),
  };
  return captionPatterns;
}

/** A photo caption or credit: opens with "Photo:", or ends in a credit ("... last month. [kremlin.ru](#)"). */
export function isCaption(b: Block): boolean {
  if (b.caption) return true;
  if (b.heading || b.text.length > 500) return false;
  const p = patterns();
  if ((p.openerStarts === null || p.openerStarts.has(b.text.charAt(0))) && p.opener.test(b.text)) return true;
  // A credit is short and at the very end: only the tail needs the end-anchored patterns, and only when it
  // holds the character each kind of credit needs.
  const tail = b.text.length > 160 ? b.text.slice(-160) : b.text;
  if ((tail.includes(':') || tail.includes('©') || /\sby\s/i.test(tail)) && p.credit.test(tail)) return true;
  if (tail.includes('/') && p.slashCredit.test(tail)) return true;
  if (tail.includes(' via ') && p.viaCredit.test(tail)) return true;
  // A paragraph that ends, after its last sentence, in a bare link: the picture's credit.
  return b.raw !== undefined && b.raw.length <= 2000 && b.raw.endsWith(')')
    && /[.!?…"”]\s*\[[^[\]\n]{1,80}\]\([^()\n]*\)\s*$/.test(b.raw);
}
