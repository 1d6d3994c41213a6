// Properties of the whole per-input path over any bytes: reading throws nothing but ReadError, and
// processInput (read + analyse + extract, what `ingest` and `extract` run) throws nothing at all and
// returns only schema-valid extractions whose spans are exact.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ExtractionSchema } from '../src/model.js';
import { processInput } from '../src/process.js';
import { FORMATS, readArticles, ReadError } from '../src/read/index.js';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { anyBytes, anyDocument, RUNS, TIMEOUT } from './news-arbitraries.js';
import { cli, jsonLines, tempDir } from './helpers.js';

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

describe('the extract command over generated inputs', () => {
  it('prints one schema-valid JSON line per article, with exact spans, and names every input it could not read', () => {
    const tmp = tempDir();
    try {
      const dir = join(tmp.dir, 'in');
      mkdirSync(dir);
      const docs = fc.sample(anyDocument, { numRuns: 40, seed: 7 });
      const raw = fc.sample(anyBytes, { numRuns: 20, seed: 11 });
      docs.forEach(([name, text], i) => writeFileSync(join(dir, `doc-${String(i).padStart(2, '0')}-${name}`), text));
      raw.forEach((bytes, i) => writeFileSync(join(dir, `raw-${String(i).padStart(2, '0')}.txt`), bytes));
      // Front matter with a YAML tag the parser does not know: read, and no library warning on stderr.
      writeFileSync(join(dir, 'tagged.md'), '---\ntitle: !breaking Talks resume\n---\n\nPutin said on Monday that talks would resume.\n');
      const r = cli('extract', [dir]);
      expect([0, 1]).toContain(r.status);
      const lines = jsonLines(r.stdout);
      expect(lines.length).toBeGreaterThan(30);
      for (const line of lines) {
        const parsed = ExtractionSchema.safeParse(line);
        expect(parsed.success, parsed.error?.message).toBe(true);
        const ex = parsed.data!;
        for (const rec of [...ex.mentions, ...ex.dates, ...ex.quotes, ...ex.agreements]) {
          expect(ex.article.text.slice(rec.start, rec.end)).toBe(rec.text);
        }
      }
      for (const err of r.stderr.split('\n').filter(Boolean)) expect(err).toMatch(/^extract: \S.*: \S/);
      expect(r.stderr).not.toMatch(/extraction failed|Warning/);
      expect(lines.some((l) => (l.article as { title: string | null }).title === 'Talks resume')).toBe(true);
    } finally {
      tmp.cleanup();
    }
  }, 60_000);
});
