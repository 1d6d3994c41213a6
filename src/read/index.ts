// read: one input (file bytes or stdin) to zero or more article drafts with clean body text and metadata.
import * as crypto from 'node:crypto';
import type { Article } from '../model.js';
import { decode } from './decode.js';
import { ReadError } from './errors.js';
import { readText } from './text.js';
import { readHtml } from './html.js';
import { readJson, readJsonLines } from './json.js';
import { parseDateValue } from './dates.js';
import { FORMATS, formatFromPath, type Format } from './formats.js';

export { ReadError } from './errors.js';
export { FORMATS, formatFromPath, type Format } from './formats.js';

/** An article before it has an id. */
export type Draft = Omit<Article, 'id'>;

export interface ReadOptions {
  /** Overrides the format implied by the file name, or sniffed from stdin ("txt", "md" and "ndjson" work too). */
  format?: Format | string;
  /** Publication date (`--published`): overrides whatever date the input carries. */
  published?: string | null;
}

export interface ReadOutcome {
  articles: Article[];
  /** Entries of a multi-article file that could not be read; the others are still returned. */
  errors: string[];
  warnings: string[];
}

/** Format names as users and fixtures write them ("txt", "md", "htm", "ndjson"). */
const ALIASES: Record<string, Format> = {
  text: 'text', txt: 'text', plain: 'text',
  markdown: 'markdown', md: 'markdown',
  html: 'html', htm: 'html',
  json: 'json',
  jsonl: 'jsonl', ndjson: 'jsonl',
};

/** The format a name stands for, or null when it names none. */
export function parseFormat(name: string): Format | null {
  return ALIASES[name.trim().toLowerCase().replace(/^\./, '')] ?? null;
}

/** Reads one input. Throws ReadError when nothing in it can be read (binary, empty, malformed). */
export function readArticles(source: string, bytes: Uint8Array, options: ReadOptions = {}): ReadOutcome {
  const format = options.format === undefined ? undefined : parseFormat(options.format);
  if (format === null) throw new ReadError(`unknown format "${String(options.format)}" (expected one of: ${FORMATS.join(', ')})`);
  const override = options.published ? parseDateValue(options.published) : null;
  if (options.published && !override) throw new ReadError(`not a date: "${options.published}" (expected YYYY-MM-DD)`);
  try {
    return read(source, bytes, format, override);
  } catch (e) {
    if (e instanceof ReadError) throw e;
    // A bug or a library failing on strange input must not stop a batch: the user gets one line about this input.
    throw new ReadError(`could not read (${e instanceof Error ? e.message.slice(0, 100) : String(e)})`);
  }
}

function read(source: string, bytes: Uint8Array, format: Format | undefined, override: string | null): ReadOutcome {
  const { text: raw, warnings } = decode(bytes);
  const text = raw.includes('\r') ? raw.replace(/\r\n?/g, '\n') : raw;
  const chosen = format ?? (source === '-' ? sniffFormat(text) : formatFromPath(source) ?? sniffFormat(text));
  const errors: string[] = [];
  let drafts: Draft[];
  switch (chosen) {
    case 'json':
      drafts = readJson(source, text, errors);
      break;
    case 'jsonl':
      drafts = readJsonLines(source, text, errors);
      break;
    case 'html':
      drafts = [readHtml(source, text)];
      break;
    default:
      drafts = [readText(source, text)];
  }
  const articles: Article[] = [];
  for (const d of drafts) {
    const draft = override ? { ...d, published: override } : d;
    if (draft.text.trim() === '') {
      if (drafts.length === 1) throw new ReadError('no article text (only metadata)');
      const entry = draft.source.slice(draft.source.lastIndexOf('#') + 1);
      errors.push(`${chosen === 'jsonl' ? 'line' : 'item'} ${entry}: no article text (only metadata)`);
      continue;
    }
    articles.push({ id: articleId(draft), ...draft });
  }
  if (articles.length === 0) throw new ReadError(errors[0] ?? 'no article text');
  return { articles, errors, warnings };
}

/** Stable id: a hash of what the article says, so the same content always gets the same id. */
export function articleId(d: Draft): string {
  // One update with the fields joined: the same bytes, and so the same hash, as one update per field.
  const key = `${d.title ?? ''}\u0000${d.byline ?? ''}\u0000${d.outlet ?? ''}\u0000${d.url ?? ''}\u0000${d.published ?? ''}\u0000${d.text}\u0000`;
  return sha256(key).slice(0, 16);
}

/** Hex SHA-256: the one-shot hash where Node has it (20.12 and later), else a Hash object. */
const sha256: (s: string) => string = typeof crypto.hash === 'function'
  ? (s) => crypto.hash('sha256', s, 'hex')
  : (s) => crypto.createHash('sha256').update(s).digest('hex');

/** The format of text whose name says nothing (stdin, no extension): JSON, JSON Lines, HTML, Markdown or text. */
export function sniffFormat(text: string): Format {
  const t = text.slice(0, 4096).trimStart();
  if (/^\[\s*[{\]"]/.test(t)) return 'json';
  if (t.startsWith('{')) {
    const nl = t.indexOf('\n');
    const first = nl < 0 ? t : t.slice(0, nl).trim();
    return nl >= 0 && first.endsWith('}') && /\n\s*\{/.test(t) ? 'jsonl' : 'json';
  }
  if (/^<(?:(?:!doctype|html|head|body|meta|title|article|main|section|div|p|h[1-6])\b|!--|\?xml)/i.test(t)) return 'html';
  if (/^(?:---[ \t]*\n|#{1,6} )/.test(t) || (t.match(/\]\([^)\n]*\)/g)?.length ?? 0) >= 3) return 'markdown';
  return 'text';
}
