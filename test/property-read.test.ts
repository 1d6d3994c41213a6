// Properties of the whole per-input path over any bytes: reading throws nothing but ReadError, and
// processInput (read + analyse + extract, what `ingest` and `extract` run) throws nothing at all and
// returns only schema-valid extractions whose spans are exact.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ExtractionSchema } from '../src/model.js';
import { processInput } from '../src/process.js';
import { FORMATS, readArticles, ReadError } from '../src/read/index.js';
import { anyBytes, anyDocument, RUNS, TIMEOUT } from './news-arbitraries.js';

const NAMES = ['story.txt', 'story.md', 'story.html', 'story.json', 'story.jsonl', 'story', '-'];

function readOrReadError(source: string, bytes: Uint8Array, format?: string): void {
  try {
    const out = readArticles(source, bytes, format ? { format } : {});
    for (const a of out.articles) {
      for (const c of a.captions) expect(c.start >= 0 && c.start <= c.end && c.end <= a.text.length, JSON.stringify(c)).toBe(true);
    }
  } catch (e) {
    if (!(e instanceof ReadError)) throw e;
    expect(e.message).not.toBe('');
  }
}

function processChecked(source: string, bytes: Uint8Array, format?: string): void {
  const out = processInput(source, bytes, format ? { format } : {});
  expect(out.errors.every((e) => typeof e === 'string' && e !== '')).toBe(true);
  for (const ex of out.extractions) {
    const parsed = ExtractionSchema.safeParse(ex);
    expect(parsed.success, parsed.error?.message).toBe(true);
    for (const r of [...ex.mentions, ...ex.dates, ...ex.quotes, ...ex.agreements]) {
      expect(r.end <= ex.article.text.length && ex.article.text.slice(r.start, r.end) === r.text, JSON.stringify(r)).toBe(true);
    }
  }
  // A failure inside the extractors is caught per article by processInput; the properties demand there is none.
  expect(out.errors.filter((e) => e.includes('extraction failed'))).toEqual([]);
}

describe('reading any bytes', () => {
  it('returns articles or throws a ReadError, never anything else', () => {
    fc.assert(fc.property(anyBytes, fc.constantFrom(...NAMES), (bytes, name) => {
      readOrReadError(name, bytes);
    }), { numRuns: RUNS });
  }, TIMEOUT);

  it('holds for every forced format, news-like documents included', () => {
    const input = fc.oneof(anyBytes, anyDocument.map(([, text]) => new Uint8Array(Buffer.from(text))));
    fc.assert(fc.property(input, fc.constantFrom(...FORMATS), (bytes, format) => {
      readOrReadError('story', bytes, format);
    }), { numRuns: RUNS });
  }, TIMEOUT);
});

describe('processing any input end to end', () => {
  it('throws nothing and yields only valid extractions with exact spans', () => {
    fc.assert(fc.property(anyBytes, fc.constantFrom(...NAMES), (bytes, name) => {
      processChecked(name, bytes);
    }), { numRuns: RUNS });
  }, TIMEOUT);

  it('holds for news-like documents in every input format', () => {
    fc.assert(fc.property(anyDocument, ([name, text]) => {
      processChecked(name, new Uint8Array(Buffer.from(text)));
    }), { numRuns: RUNS });
  }, TIMEOUT);
});
