// Plain text and Markdown to clean blocks. Wire copy and scraped text often carry Markdown (a "# " headline,
// "[AFP](#)" links), so plain text goes through the same line rules; only front matter is Markdown's own.
import { parse as parseYaml } from 'yaml';
import type { Block, FieldMeta } from './finish.js';
import { fieldsOf } from './fields.js';

const FENCE = /^\s{0,3}(```|~~~)/;
const HR = /^\s{0,3}(?:(?:-\s*){3,}|(?:\*\s*){3,}|(?:_\s*){3,})$/;
const SETEXT = /^\s{0,3}(=+|-+)\s*$/;
const ATX = /^\s{0,3}(#{1,6})\s+(.*)$/;
const REF_DEF = /^\s{0,3}\[[^[\]\n]{1,200}\]:\s+\S+/;
const IMAGE_ONLY = /^\s*(?:\[\s*)?!\[[^[\]\n]*\]\([^()\n]*\)(?:\s*\]\([^()\n]*\))?\s*$/;
const LIST = /^\s{0,6}(?:[-*+•]|\d{1,3}[.)])\s+/;
const QUOTE = /^\s{0,3}(?:>\s?)+/;
const TABLE_RULE = /^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$/;
const COMMENT = /^\s*<!--.*-->\s*$/;
const INLINE_SYNTAX = /[[<`*_~\\]/;
/** INLINE_SYNTAX and SPACE_RUN in one: a line that has neither only needs trimming. */
const PLAIN_CHECK = /[[<`*_~\\\t\u00a0]| {2}/;
const SPACE_RUN = /[\t\u00a0]| {2}/;
const EMPHASIS_LINE = /^\s*(?:\*[^*\n]+\*|_[^_\n]+_)\s*$/;
/**
 * The first character after leading white space of every line the block patterns above can match (fences, rules,
 * headings, lists, quotes, tables, comments, link definitions, images, emphasis). A line that starts any other
 * way is a plain paragraph line, and none of them is tried on it.
 */
export const SYNTAX_START = /^\s*[`~\-*_=#[!+•>|:<\d]/;
/** The block patterns SYNTAX_START stands in front of. */
export const BLOCK_PATTERNS = { FENCE, HR, SETEXT, ATX, REF_DEF, IMAGE_ONLY, LIST, QUOTE, TABLE_RULE, COMMENT, EMPHASIS_LINE };

/**
 * Markdown inline syntax removed: links keep their text, emphasis and code lose their marks. No run may cross its
 * own opening delimiter, so "[a [a [a ..." or "*a *a *a ..." on one long line stays linear.
 */
export function stripInline(line: string): string {
  // Most lines have neither inline syntax nor runs of spaces: one scan tells.
  if (!PLAIN_CHECK.test(line)) return line.trim();
  if (!INLINE_SYNTAX.test(line)) return collapseSpaces(line);
  return collapseSpaces(line
    .replace(/!\[([^[\]\n]*)\]\([^()\n]*\)/g, '')
    .replace(/\[([^[\]\n]*)\]\([^()\n]*\)/g, '$1')
    .replace(/\[([^[\]\n]+)\]\[[^[\]\n]*\]/g, '$1')
    .replace(/<(https?:\/\/[^<>\s]+)>/g, '$1')
    .replace(/<\/?(?:a|b|i|u|em|strong|span|sup|sub|small|mark|abbr|cite|q|s|del|ins)\b[^>\n]{0,500}>/gi, '')
    .replace(/<br\s*\/?>/gi, ' ')
    .replace(/`([^`\n]+)`/g, '$1')
    .replace(/\*\*([^*\n]+)\*\*/g, '$1')
    .replace(/__([^_\n]+)__/g, '$1')
    .replace(/~~([^~\n]+)~~/g, '$1')
    .replace(/(^|[^\p{L}\p{N}*\\])\*(?!\s)([^*\n]+?)\*(?![\p{L}\p{N}*])/gu, '$1$2')
    .replace(/(^|[^\p{L}\p{N}_\\])_(?!\s)([^_\n]+?)_(?![\p{L}\p{N}_])/gu, '$1$2')
    .replace(/\\([\\`*_{}[\]()#+\-.!>~|])/g, '$1'));
}

/** Runs of spaces and tabs become one space; a lone non-breaking space is kept as written. */
function collapseSpaces(s: string): string {
  if (!SPACE_RUN.test(s)) return s.trim();
  return s.replace(/[ \t\u00a0]+/g, (run) => (run === '\u00a0' ? run : ' ')).trim();
}

/** "## Title ##" loses its closing hashes (a scan, not a regex, so a long run of spaces costs nothing). */
function withoutClosingHashes(s: string): string {
  const t = s.trimEnd();
  let j = t.length;
  while (j > 0 && t[j - 1] === '#') j--;
  return j < t.length && (j === 0 || t[j - 1] === ' ' || t[j - 1] === '\t') ? t.slice(0, j).trimEnd() : t;
}

export interface FrontMatter {
  fields: FieldMeta;
  body: string;
}

const FRONT = /^(?:---|\+\+\+)[ \t]*\n/;

/** YAML front matter ("---" ... "---") at the very top: its fields, and the text after it. */
export function frontMatter(text: string): FrontMatter {
  if (!FRONT.test(text)) return { fields: {}, body: text };
  const fence = text.slice(0, 3);
  const close = text.indexOf(`\n${fence}`, 3);
  if (close < 0) return { fields: {}, body: text };
  const after = text.indexOf('\n', close + 1);
  const body = after < 0 ? '' : text.slice(after + 1);
  let data: unknown;
  try {
    // Warnings (an unknown "!tag") would be printed by the library to stderr for every such file: keep quiet.
    data = fence === '---' ? parseYaml(text.slice(4, close), { logLevel: 'error' }) : null;
  } catch {
    return { fields: {}, body: text };
  }
  // Only a mapping is front matter; anything else was text between two rules.
  if (!data || typeof data !== 'object' || Array.isArray(data)) return { fields: {}, body: text };
  return { fields: fieldsOf(data as Record<string, unknown>), body };
}

/**
 * Lines to blocks. A paragraph is one line, as in most wire copy and scraped text, unless the text is
 * hard-wrapped (most lines end near one width), when the lines of a paragraph are joined.
 */
export function markdownBlocks(text: string): Block[] {
  const lines = text.split('\n');
  const width = wrapWidth(lines);
  const blocks: Block[] = [];
  let blank = false;
  let inFence = false;
  let afterImage = false;
  let prevLen = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (FENCE.test(line)) {
      inFence = !inFence;
      continue;
    }
    // Block syntax is looked for only on lines of sensible length: a 5 MB line is a paragraph, whatever it holds.
    const short = line.length <= 500;
    const empty = line.trim() === '';
    const syntax = short && SYNTAX_START.test(line);
    if (empty || (syntax && (COMMENT.test(line) || REF_DEF.test(line) || TABLE_RULE.test(line)))) {
      blank = blank || empty;
      if (empty) afterImage = false;
      continue;
    }
    if (!inFence && syntax && HR.test(line)) {
      blank = true;
      continue;
    }
    const next = lines[i + 1];
    if (!inFence && short && blocks.length === 0 && next !== undefined && next.length <= 500 && SETEXT.test(next)
      && !(syntax && LIST.test(line)) && !/[.,;:]["'”’]?$/.test(line.trim())) {
      blocks.push({ text: stripInline(line), heading: next.trim().startsWith('=') ? 1 : 2, gapBefore: blank });
      i++;
      blank = true;
      continue;
    }
    if (!inFence && syntax && IMAGE_ONLY.test(line)) {
      afterImage = true;
      blank = true;
      continue;
    }
    const atx = inFence || !syntax ? null : ATX.exec(line);
    if (atx) {
      const heading = stripInline(withoutClosingHashes(atx[2]!));
      if (heading) blocks.push({ text: heading, heading: atx[1]!.length, gapBefore: blank });
      blank = true;
      continue;
    }
    // A line of any length may open a list item or a quote: look at its first characters only.
    const marked = syntax || (!short && SYNTAX_START.test(line.slice(0, 64)));
    const startsBlock = marked && (LIST.test(line) || QUOTE.test(line));
    const content = inFence ? line.trim() : stripInline(marked ? line.replace(QUOTE, '').replace(LIST, '') : line);
    if (!content) continue;
    const last = blocks[blocks.length - 1];
    const joins = width > 0 && !blank && !startsBlock && last !== undefined && !last.heading && !last.caption
      && prevLen >= width * 0.6;
    prevLen = line.length;
    if (joins) {
      last.text += ` ${content}`;
      last.raw = `${last.raw ?? ''} ${line.trim()}`;
    } else {
      const caption = afterImage && syntax && EMPHASIS_LINE.test(line);
      blocks.push({ text: content, raw: line.trim(), gapBefore: blank, ...(caption ? { caption } : {}) });
    }
    afterImage = false;
    blank = false;
  }
  return blocks;
}

/**
 * The width a hard-wrapped text is wrapped at, or 0 when lines are paragraphs. Wrapped text has blank lines
 * between paragraphs, no long lines, and many lines followed directly by another.
 */
function wrapWidth(lines: string[]): number {
  let nonBlank = 0;
  let continued = 0;
  let max = 0;
  let hasBlank = false;
  for (let i = 0; i < lines.length; i++) {
    const len = lines[i]!.trim().length;
    if (len === 0) {
      hasBlank = true;
      continue;
    }
    nonBlank++;
    if (len > max) max = len;
    if (max > 120) return 0;
    if ((lines[i + 1] ?? '').trim() !== '' && len >= 40) continued++;
  }
  return hasBlank && nonBlank >= 3 && continued >= nonBlank * 0.3 ? max : 0;
}
