// read: one input (file bytes or stdin) to zero or more article drafts with clean body text and metadata.
import { createHash } from 'node:crypto';
import { extname } from 'node:path';
import type { Article } from '../model.js';
import { decode } from './decode.js';
import { ReadError } from './errors.js';
import { readText } from './text.js';
import { readJson, readJsonLines } from './json.js';

export { ReadError } from './errors.js';

export const FORMATS = ['text', 'markdown', 'html', 'json', 'jsonl'] as const;
export type Format = (typeof FORMATS)[number];

const EXTENSIONS: Record<string, Format> = {
  '': 'text', '.txt': 'text', '.text': 'text',
  '.md': 'markdown', '.markdown': 'markdown',
  '.html': 'html', '.htm': 'html',
  '.json': 'json',
  '.jsonl': 'jsonl', '.ndjson': 'jsonl',
};

/** The format a file's name implies, or null when the file is not an article by its extension. */
export function formatFromPath(path: string): Format | null {
  const base = path.split(/[\\/]/).pop() ?? path;
  if (base.startsWith('.')) return null;
  return EXTENSIONS[extname(base).toLowerCase()] ?? null;
}

/** An article before it has an id. */
export type Draft = Omit<Article, 'id'>;

export interface ReadOptions {
  /** Overrides the format implied by the file name, or sniffed from stdin. */
  format?: Format;
  /** Publication date for inputs that carry none. */
  published?: string | null;
}

export interface ReadOutcome {
  articles: Article[];
  /** Entries of a multi-article file that could not be read; the others are still returned. */
  errors: string[];
  warnings: string[];
}

/** Reads one input. Throws ReadError when nothing in it can be read (binary, empty, malformed). */
export function readArticles(source: string, bytes: Uint8Array, options: ReadOptions = {}): ReadOutcome {
  const { text, warnings } = decode(bytes);
  const format = options.format ?? (source === '-' ? sniffFormat(text) : formatFromPath(source) ?? 'text');
  const errors: string[] = [];
  let drafts: Draft[];
  switch (format) {
    case 'json':
      drafts = readJson(source, text);
      break;
    case 'jsonl':
      drafts = readJsonLines(source, text, errors);
      break;
    default:
      drafts = [readText(source, text, format)];
  }
  const articles = drafts.map((d) => {
    const draft = { ...d, published: d.published ?? options.published ?? null };
    if (draft.text.trim() === '') throw new ReadError('no article text');
    return { id: articleId(draft), ...draft };
  });
  return { articles, errors, warnings };
}

/** Stable id: a hash of what the article says, so the same content always gets the same id. */
export function articleId(d: Draft): string {
  const h = createHash('sha256');
  for (const v of [d.title, d.byline, d.outlet, d.url, d.published, d.text]) h.update(`${v ?? ''}\u0000`);
  return h.digest('hex').slice(0, 16);
}

export function sniffFormat(text: string): Format {
  const t = text.trimStart();
  if (t.startsWith('[')) return 'json';
  if (t.startsWith('{')) {
    const firstLine = t.split('\n', 1)[0]!.trim();
    return firstLine.endsWith('}') && t.trim().includes('\n') ? 'jsonl' : 'json';
  }
  if (/^<(!doctype|html|head|body|article|div|p)\b/i.test(t)) return 'html';
  if (/^(---\s*\n|#{1,6} )/.test(t)) return 'markdown';
  return 'text';
}
