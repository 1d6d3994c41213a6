// JSON and JSON Lines: article objects whose fields go by their common names (NewsAPI, scraper and CMS dumps).
import type { Draft } from './index.js';
import { ReadError } from './errors.js';
import { finishArticle, type Block } from './finish.js';
import { findJsonError } from './jsonerror.js';
import { htmlFragmentBlocks } from './html.js';
import { fieldsOf, TEXT, withNestedFields } from './fields.js';
import { markdownBlocks } from './markdown.js';
import { knownOutlet } from './outlets.js';

/** Fields that hold a list of articles in API responses ({"status": "ok", "articles": [...]}). */
const LISTS = ['articles', 'items', 'results', 'data', 'docs', 'entries', 'stories', 'posts', 'news', 'hits', 'response'];
const HTML_BODY = /<\/?(?:p|div|br|h[1-6]|figure|figcaption|ul|ol|li|blockquote|article|section)\b[^>]*>/i;

/** One article object or a list of them. Entries that cannot be read go to `errors`; throws when none can. */
export function readJson(source: string, text: string, errors: string[]): Draft[] {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw new ReadError(malformed(text, e));
  }
  const { items, path } = articleList(value);
  if (items.length === 0) throw new ReadError('no articles (empty list)');
  if (items.length === 1 && !Array.isArray(value)) return [fromObject(source, items[0], '')];
  const lines = Array.isArray(value) ? itemLines(text) : [];
  const out: Draft[] = [];
  items.forEach((item, i) => {
    const where = `${path}item ${i + 1}${lines[i] ? ` (line ${lines[i]})` : ''}`;
    try {
      out.push(fromObject(`${source}#${i + 1}`, item, `${where}: `));
    } catch (e) {
      if (!(e instanceof ReadError)) throw e;
      errors.push(e.message);
    }
  });
  if (out.length === 0) throw new ReadError(errors.length > 1 ? `${errors[0]!} (and ${errors.length - 1} more)` : errors[0]!);
  return out;
}

/** One article object per line; blank lines are skipped. */
export function readJsonLines(source: string, text: string, errors: string[]): Draft[] {
  const out: Draft[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (line === '') continue;
    const where = `line ${i + 1}: `;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (e) {
      errors.push(`${where}${malformed(line, e, false)}`);
      continue;
    }
    try {
      out.push(fromObject(`${source}#${i + 1}`, value, where));
    } catch (e) {
      if (!(e instanceof ReadError)) throw e;
      errors.push(e.message);
    }
  }
  if (out.length === 0) {
    if (errors.length === 0) throw new ReadError('no articles (only blank lines)');
    throw new ReadError(errors.length > 1 ? `${errors[0]!} (and ${errors.length - 1} more)` : errors[0]!);
  }
  return out;
}

/** The article text: a string, or a list of paragraphs. */
function bodyOf(o: Record<string, unknown>): string | null {
  for (const name of TEXT) {
    const v = o[name];
    if (typeof v === 'string' && v.trim()) return v;
    if (Array.isArray(v) && v.length && v.every((p) => typeof p === 'string')) {
      const text = (v as string[]).map((p) => p.trim()).filter(Boolean).join('\n\n');
      if (text) return text;
    }
  }
  return null;
}

function articleList(value: unknown): { items: unknown[]; path: string } {
  if (Array.isArray(value)) return { items: value, path: '' };
  if (value && typeof value === 'object' && bodyOf(value as Record<string, unknown>) === null) {
    const o = value as Record<string, unknown>;
    for (const key of LISTS) {
      const v = o[key];
      if (Array.isArray(v)) return { items: v, path: `${key}: ` };
      if (v && typeof v === 'object') {
        const inner = (v as Record<string, unknown>).docs ?? (v as Record<string, unknown>).results;
        if (Array.isArray(inner)) return { items: inner, path: `${key}: ` };
      }
    }
  }
  return { items: [value], path: '' };
}

function fromObject(source: string, item: unknown, where: string): Draft {
  if (typeof item !== 'object' || item === null || Array.isArray(item)) {
    throw new ReadError(`${where}expected an article object, found ${Array.isArray(item) ? 'an array' : item === null ? 'null' : `a ${typeof item}`}`);
  }
  const o = withNestedFields(item as Record<string, unknown>);
  const body = bodyOf(o);
  if (body === null) {
    throw new ReadError(`${where}no article text (tried the fields ${TEXT.join(', ')})`);
  }
  const fields = fieldsOf(o);
  if (fields.outlet) fields.outlet = knownOutlet(fields.outlet) ?? fields.outlet;
  const blocks: Block[] = HTML_BODY.test(body) ? htmlFragmentBlocks(body) : markdownBlocks(body.replace(/\r\n?/g, '\n'));
  return finishArticle(source, blocks, fields);
}

/** "malformed JSON at line 3, column 14: expected ',' or '}', found '"'" (the line only for a whole file). */
function malformed(text: string, e: unknown, withLine = true): string {
  const found = findJsonError(text);
  if (!found) return `malformed JSON: ${e instanceof Error ? e.message.slice(0, 80) : String(e)}`;
  return withLine
    ? `malformed JSON at line ${found.line}, column ${found.column}: ${found.reason}`
    : `malformed JSON at column ${found.column}: ${found.reason}`;
}

/** The line each element of a top-level JSON array starts on (a scan that skips strings and nested values). */
function itemLines(text: string): number[] {
  const lines: number[] = [];
  let line = 1;
  let depth = 0;
  let inString = false;
  let expectItem = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) line++;
    if (inString) {
      if (c === 92) i++;
      else if (c === 34) inString = false;
      continue;
    }
    if (c === 32 || c === 9 || c === 10 || c === 13) continue;
    if (depth === 1 && expectItem) {
      lines.push(line);
      expectItem = false;
    }
    if (c === 34) inString = true;
    else if (c === 91 || c === 123) {
      depth++;
      if (depth === 1) expectItem = true;
    } else if (c === 93 || c === 125) depth--;
    else if (c === 44 && depth === 1) expectItem = true;
  }
  return lines;
}
