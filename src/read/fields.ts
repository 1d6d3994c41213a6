// Article fields by the names front matter, JSON dumps and news APIs give them.
import type { FieldMeta } from './finish.js';
import { parseDateValue } from './dates.js';

/** Title, byline, date, URL and outlet of an article object. */
export function fieldsOf(o: Record<string, unknown>): FieldMeta {
  const published = firstValue(o, PUBLISHED);
  return {
    title: firstString(o, TITLE),
    byline: firstString(o, BYLINE),
    published: published === undefined ? null : parseDateValue(published),
    url: firstString(o, URL),
    outlet: firstString(o, OUTLET),
  };
}

// A record's "created_at" is usually when a scraper stored it, so it is not among the publication dates.
export const TITLE = ['title', 'headline', 'heading', 'name'];
export const TEXT = ['text', 'body', 'content', 'article', 'articleBody', 'article_body', 'body_text', 'full_text', 'fulltext', 'maintext', 'story', 'html'];
export const PUBLISHED = ['published', 'date', 'publishedAt', 'published_at', 'publishedDate', 'published_date', 'publishDate', 'publish_date', 'pubDate', 'pub_date', 'datePublished', 'date_published', 'date_publish', 'publication_date', 'firstPublished'];
export const URL = ['url', 'link', 'canonical', 'canonical_url', 'canonicalUrl', 'source_url', 'sourceUrl', 'permalink', 'web_url', 'webUrl', 'uri'];
export const BYLINE = ['author', 'byline', 'authors', 'creator', 'writer', 'by'];
export const OUTLET = ['outlet', 'source', 'publisher', 'site', 'site_name', 'siteName', 'source_name', 'publication', 'newspaper', 'feed'];

function firstValue(o: Record<string, unknown>, names: string[]): unknown {
  for (const n of names) {
    const v = o[n];
    if (v !== undefined && v !== null && v !== '') return v;
  }
  return undefined;
}

/** The first named field that holds a usable string: a string, a list of strings, or an object with a name. */
export function firstString(o: Record<string, unknown>, names: string[]): string | null {
  for (const n of names) {
    const s = asString(o[n]);
    if (s) return s;
  }
  return null;
}

function asString(v: unknown): string | null {
  if (typeof v === 'string') return v.trim() || null;
  if (Array.isArray(v)) {
    const parts = v.map(asString).filter((x): x is string => x !== null);
    return parts.length ? parts.join(', ') : null;
  }
  if (v && typeof v === 'object') {
    const r = v as Record<string, unknown>;
    return asString(r.name ?? r.title ?? r.href ?? r.url ?? null);
  }
  return null;
}
