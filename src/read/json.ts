// JSON and JSON Lines: article objects whose fields go by their common names.
import type { Draft } from './index.js';
import { ReadError } from './errors.js';

const FIELDS = {
  title: ['title', 'headline'],
  text: ['text', 'body', 'content', 'article', 'articleBody'],
  published: ['published', 'date', 'publishedAt', 'published_at', 'pubDate', 'datePublished'],
  url: ['url', 'link'],
  byline: ['author', 'byline', 'authors'],
  outlet: ['source', 'outlet', 'publisher', 'site'],
} as const;

export function readJson(source: string, text: string): Draft[] {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw new ReadError(`malformed JSON: ${(e as Error).message}`);
  }
  const items = Array.isArray(value) ? value : [value];
  return items.map((item, i) => fromObject(items.length > 1 ? `${source}#${i + 1}` : source, item, `item ${i + 1}`));
}

export function readJsonLines(source: string, text: string, errors: string[]): Draft[] {
  const out: Draft[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === '') return;
    try {
      out.push(fromObject(`${source}#${i + 1}`, JSON.parse(line), `line ${i + 1}`));
    } catch (e) {
      errors.push(`line ${i + 1}: ${e instanceof ReadError ? e.message : `malformed JSON: ${(e as Error).message}`}`);
    }
  });
  if (out.length === 0 && errors.length > 0) throw new ReadError(errors[0]!);
  return out;
}

function fromObject(source: string, item: unknown, where: string): Draft {
  if (typeof item !== 'object' || item === null || Array.isArray(item)) {
    throw new ReadError(`${where}: expected an article object`);
  }
  const o = item as Record<string, unknown>;
  const text = pick(o, FIELDS.text);
  if (text === null) {
    throw new ReadError(`${where}: no article text (expected one of: ${FIELDS.text.join(', ')})`);
  }
  const published = pick(o, FIELDS.published);
  return {
    source,
    title: pick(o, FIELDS.title),
    byline: pick(o, FIELDS.byline),
    outlet: pick(o, FIELDS.outlet),
    url: pick(o, FIELDS.url),
    published: published ? isoDay(published) : null,
    text: text.replace(/\r\n?/g, '\n').trim(),
    captions: [],
  };
}

function pick(o: Record<string, unknown>, names: readonly string[]): string | null {
  for (const n of names) {
    const v = o[n];
    if (typeof v === 'string' && v.trim() !== '') return v.trim();
    if (Array.isArray(v) && v.every((x) => typeof x === 'string') && v.length) return v.join(', ');
    if (v && typeof v === 'object' && typeof (v as { name?: unknown }).name === 'string') return (v as { name: string }).name;
  }
  return null;
}

function isoDay(value: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (m) return `${m[1]}-${m[2]}-${m[3]}`;
  const t = Date.parse(value);
  return Number.isNaN(t) ? null : new Date(t).toISOString().slice(0, 10);
}
