// Whatever bytes a user points the reader at, the answer is articles or one ReadError, quickly.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readArticles, ReadError, FORMATS, type Format } from '../src/read/index.js';

/** Reads and checks the invariants every later span relies on; returns the error message, if any. */
function readChecked(name: string, bytes: Uint8Array, format?: Format): string | null {
  try {
    const out = readArticles(name, bytes, format ? { format } : {});
    for (const a of out.articles) {
      expect(a.text.trim()).not.toBe('');
      for (const c of a.captions) {
        expect(c.start).toBeGreaterThanOrEqual(0);
        expect(c.end).toBeLessThanOrEqual(a.text.length);
        expect(c.start).toBeLessThan(c.end);
      }
      if (a.published !== null) expect(a.published).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    return null;
  } catch (e) {
    if (!(e instanceof ReadError)) throw e;
    expect(e.message).not.toBe('');
    expect(e.message).not.toContain('\n');
    // The CLI prefixes the file name itself.
    if (name !== '-') expect(e.message).not.toContain(name);
    return e.message;
  }
}

// Pieces of article syntax in every format, so random inputs reach the metadata, Markdown, HTML and JSON paths.
const piece = fc.constantFrom(
  '\n', '\n\n', '\r\n', ' ', '# ', '## ', '===\n', '---\n', 'By ', 'By [AFP](#)', 'Photo: ', 'Related article: ', 'READ MORE: ',
  'May 26, 2026', '26.05.2026', 'Updated: ', 'MOSCOW, March 4. /TASS/. ', 'TBILISI, Georgia, June 3 (Reuters) - ',
  'Original url:', '<https://www.themoscowtimes.com/2026/05/26/a>', 'https://example.org/2026/01/02/x', '[', ']', '(', ')', '*', '_', '`',
  '![x](y.jpg)', '“', '”', '"', "'", 'Putin said.', 'The talks ended.', 'Jane Doe', '<p>', '</p>', '<div>', '<figure><figcaption>',
  '<html><head><title>T</title></head><body>', '<meta property="og:title" content="X">', '{', '}', '":', '"text"', ',', '[{', '}]',
  '\u0000', '\ufeff', '\u00a0', '©', '|', '—',
);
const articleish = fc.array(piece, { maxLength: 60 }).map((parts) => parts.join(''));

describe('reading never fails with anything but a ReadError', () => {
  it('on random bytes, under every file name', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 600 }), fc.constantFrom('story-q7.txt', 'story-q7.md', 'story-q7.html', 'story-q7.json', 'story-q7.jsonl', '-'), (bytes, name) => {
      readChecked(name, bytes);
    }), { numRuns: 400 });
  });

  it('on random text made of article syntax, in every format', () => {
    fc.assert(fc.property(articleish, fc.constantFrom(...FORMATS), (text, format) => {
      readChecked('story-q7', Buffer.from(text, 'utf8'), format);
    }), { numRuns: 600 });
  });

  it('on random text in UTF-16 and Windows-1252-like bytes', () => {
    fc.assert(fc.property(fc.string({ maxLength: 200 }), fc.boolean(), (text, bigEndian) => {
      const body = Buffer.from(text, 'utf16le');
      const bytes = Buffer.concat([Buffer.from(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]), bigEndian ? Buffer.from(body).swap16() : body]);
      readChecked('a.txt', bytes);
      readChecked('a.txt', Buffer.from(text, 'latin1'));
    }), { numRuns: 200 });
  });
});

describe('reading is not pathologically slow', () => {
  const line = 'Putin said the talks were going *well* and [the deal](#) was near_ish, adding: "We will see." '.repeat(52_000);

  it.each(['a.txt', 'a.md', 'a.html', 'a.json'])('on a 5 MB single-line %s file', (name) => {
    const text = name.endsWith('.json') ? JSON.stringify({ text: line }) : name.endsWith('.html') ? `<p>${line}</p>` : line;
    expect(text.length).toBeGreaterThan(4_800_000);
    const started = performance.now();
    const out = readArticles(name, Buffer.from(text, 'utf8'));
    expect(out.articles[0]!.text.length).toBeGreaterThan(4_000_000);
    expect(performance.now() - started).toBeLessThan(8_000);
  });

  it.each([
    ['unclosed brackets', '[a '.repeat(1_600_000)],
    ['unclosed emphasis', '*a _b `c '.repeat(550_000)],
    ['a heading with a run of spaces', `# a${' '.repeat(5_000_000)}b\nBody.`],
    ['a dateline-like start', `MOSCOW, ${'A'.repeat(5_000_000)}`],
  ])('on a 5 MB line of %s', (_label, text) => {
    const started = performance.now();
    readChecked('a.md', Buffer.from(text, 'utf8'));
    expect(performance.now() - started).toBeLessThan(8_000);
  });

  it('refuses a page with more elements than any article, quickly', () => {
    const started = performance.now();
    expect(readChecked('a.html', Buffer.from('<p>a</p>'.repeat(600_000)))).toMatch(/HTML too large/);
    expect(performance.now() - started).toBeLessThan(3_000);
  });
});
