// Article fields by the names front matter, JSON dumps and news APIs give them.
import type { FieldMeta } from './finish.js';
import { parseDateValue } from './dates.js';
import { parseByline } from './metalines.js';

/** Title, byline, date, URL and outlet of an article object (or of its "fields" object, as the Guardian's API nests them). */
export function fieldsOf(record: Record<string, unknown>): FieldMeta {
  const o = withNestedFields(record);
  const published = firstDate(o, PUBLISHED);
  const byline = firstString(o, BYLINE);
  return {
    title: firstString(o, TITLE),
    byline: byline ? cleanByline(byline) : null,
    published,
    url: firstString(o, URL),
    outlet: firstString(o, OUTLET),
    created: firstDate(o, CREATED),
  };
}

/** The record with the members of its "fields" object beside its own (its own win). */
export function withNestedFields(record: Record<string, unknown>): Record<string, unknown> {
  const inner = record.fields;
  return inner && typeof inner === 'object' && !Array.isArray(inner) ? { ...(inner as Record<string, unknown>), ...record } : record;
}

/** "By Jane Doe and John Roe" as a feed writes it: the names, without "By" and without a writer's role. */
export function cleanByline(value: string): string {
  const s = value.replace(/\s+/g, ' ').trim().replace(/^by\s+/i, '');
  return parseByline(`By ${s}`)?.byline ?? s;
}

function firstDate(o: Record<string, unknown>, names: string[]): string | null {
  for (const n of names) {
    const v = o[n];
    if (v === undefined || v === null || v === '') continue;
    const iso = parseDateValue(v);
    if (iso) return iso;
  }
  return null;
}

export const TITLE = ['title', 'headline', 'heading', 'webTitle', 'name'];
export const TEXT = ['text', 'body', 'content', 'article', 'articleBody', 'article_body', 'body_text', 'bodyText', 'full_text', 'fulltext',
  'maintext', 'story', 'content_text', 'contentText', 'content:encoded', 'content_encoded', 'content_html', 'contentHtml', 'html'];
export const PUBLISHED = ['published', 'date', 'publishedAt', 'published_at', 'publishedDate', 'published_date', 'publishDate', 'publish_date',
  'publishedTime', 'published_time', 'publication_time', 'pubDate', 'pub_date', 'datePublished', 'date_published', 'date_publish',
  'publication_date', 'publicationDate', 'firstPublished', 'first_published', 'first_published_at', 'firstPublishedDate',
  'webPublicationDate', 'dc:date', 'issued', 'releaseDate', 'release_date'];
// A record's "created_at" is often when a scraper stored it: taken only when the article itself gives no date.
export const CREATED = ['created_at', 'createdAt', 'created', 'dateCreated', 'date_created'];
export const URL = ['url', 'link', 'canonical', 'canonical_url', 'canonicalUrl', 'source_url', 'sourceUrl', 'permalink', 'web_url', 'webUrl', 'uri'];
export const BYLINE = ['author', 'byline', 'authors', 'creator', 'dc:creator', 'creators', 'author_name', 'authorName', 'writer', 'writers', 'by'];
export const OUTLET = ['outlet', 'source', 'publisher', 'site', 'site_name', 'siteName', 'source_name', 'publication', 'newspaper', 'feed'];

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
    // {"name"}, NYT's {"main"} headline and {"original"} byline, {"displayName"}, a link object's {"href"}.
    return asString(r.name ?? r.displayName ?? r.main ?? r.original ?? r.title ?? r.href ?? r.url ?? null);
  }
  return null;
}
