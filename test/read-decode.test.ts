// Encodings and line endings, and the one-line messages for files that are not articles.
import { describe, expect, it } from 'vitest';
import { readArticles, ReadError, sniffFormat, formatFromPath } from '../src/read/index.js';

const story = 'Café talks end\n\n“We agree,” the minister said on Tuesday — and left.\n';
const textOf = (bytes: Uint8Array, name = 'a.txt') => readArticles(name, bytes).articles[0]!.text;
const failure = (bytes: Uint8Array, name = 'a.txt'): string => {
  try {
    readArticles(name, bytes);
  } catch (e) {
    expect(e).toBeInstanceOf(ReadError);
    return (e as Error).message;
  }
  throw new Error('expected a ReadError');
};

function utf16(text: string, bigEndian: boolean, bom = true): Uint8Array {
  const out = Buffer.alloc((bom ? 2 : 0) + text.length * 2);
  let o = 0;
  if (bom) o = bigEndian ? out.writeUInt16BE(0xfeff, 0) : out.writeUInt16LE(0xfeff, 0);
  for (let i = 0; i < text.length; i++) o = bigEndian ? out.writeUInt16BE(text.charCodeAt(i), o) : out.writeUInt16LE(text.charCodeAt(i), o);
  return out;
}

describe('encodings', () => {
  const expected = '“We agree,” the minister said on Tuesday — and left.';

  it('reads UTF-8 with and without a byte order mark', () => {
    expect(textOf(Buffer.from(story))).toBe(expected);
    expect(textOf(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(story)]))).toBe(expected);
  });

  it('reads UTF-16 little- and big-endian with a byte order mark', () => {
    expect(textOf(utf16(story, false))).toBe(expected);
    expect(textOf(utf16(story, true))).toBe(expected);
  });

  it('reads UTF-16 without a byte order mark, with a warning', () => {
    const out = readArticles('a.txt', utf16(story, false, false));
    expect(out.articles[0]!.text).toBe(expected);
    expect(out.warnings.join(' ')).toMatch(/UTF-16LE/);
  });

  it('decodes Windows-1252 text, curly quotes included, with a warning', () => {
    // “We agree,” the minister said — café
    const bytes = Buffer.from([0x54, 0x69, 0x74, 0x6c, 0x65, 0x20, 0x68, 0x65, 0x72, 0x65, 0x0a, 0x0a, 0x93, 0x57, 0x65, 0x20, 0x61, 0x67, 0x72, 0x65, 0x65, 0x2c, 0x94,
      0x20, 0x74, 0x68, 0x65, 0x20, 0x6d, 0x69, 0x6e, 0x69, 0x73, 0x74, 0x65, 0x72, 0x20, 0x73, 0x61, 0x69, 0x64, 0x20, 0x97, 0x20, 0x63, 0x61, 0x66, 0xe9]);
    const out = readArticles('a.txt', bytes);
    expect(out.articles[0]!.text).toBe('“We agree,” the minister said — café');
    expect(out.warnings).toEqual(['not valid UTF-8: decoded as Windows-1252']);
  });

  it('keeps the UTF-8 of a file with a few stray Windows-1252 bytes', () => {
    // "Yerevan’s café" in UTF-8, then a Windows-1252 curly apostrophe (0x92) in "Armenia’s".
    const bytes = Buffer.concat([Buffer.from('Headline here\n\nYerevan’s café and Armenia', 'utf8'), Buffer.from([0x92]), Buffer.from('s capital.', 'utf8')]);
    const out = readArticles('a.txt', bytes);
    expect(out.articles[0]!.text).toBe('Yerevan’s café and Armenia’s capital.');
    expect(out.warnings).toEqual(['not valid UTF-8: 1 stray byte decoded as Windows-1252']);
  });

  it('turns CRLF and CR line endings into line feeds', () => {
    expect(textOf(Buffer.from(story.replace(/\n/g, '\r\n')))).toBe(expected);
    expect(textOf(Buffer.from('Headline here\r\rFirst paragraph.\rSecond paragraph.\r'))).toBe('First paragraph.\nSecond paragraph.');
  });
});

describe('inputs that are not articles', () => {
  it('an empty file', () => {
    expect(failure(new Uint8Array())).toBe('empty file');
    expect(failure(Buffer.from(' \n\t\n'))).toBe('empty file (only white space)');
  });

  it('a binary file', () => {
    expect(failure(Buffer.from([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x34, 0x0a]))).toBe('binary file (PDF), not text');
    expect(failure(Buffer.from([0x00, 0x01, 0x02, 0x03, 0x41, 0x00, 0x00, 0xff, 0x10, 0x11]))).toMatch(/^binary file/);
  });

  it('invalid UTF-8 that is not Windows-1252 either', () => {
    expect(failure(Buffer.from([0x48, 0x69, 0x20, 0x81, 0x8d, 0x20, 0x74, 0x65, 0x78, 0x74]))).toMatch(/^invalid UTF-8, and not Windows-1252/);
    // KOI8-R Cyrillic: almost every byte is high.
    expect(failure(Buffer.from([0xf0, 0xd5, 0xd4, 0xc9, 0xce, 0x20, 0xd3, 0xcb, 0xc1, 0xda, 0xc1, 0xcc]))).toMatch(/too many non-ASCII bytes/);
  });

  it('a file with only metadata', () => {
    expect(failure(Buffer.from('# Headline\n\nBy Jane Doe\n\nMay 26, 2026\n'), 'a.md')).toBe('no article text (only metadata)');
  });

  it('an unknown --format or a --published that is not a date', () => {
    expect(() => readArticles('a.txt', Buffer.from(story), { format: 'docx' })).toThrow(/unknown format "docx"/);
    expect(() => readArticles('a.txt', Buffer.from(story), { published: 'yesterday' })).toThrow(/not a date/);
  });
});

describe('formats', () => {
  it('by file extension, with the names users write', () => {
    expect(['a.txt', 'a', 'a.md', 'a.markdown', 'a.html', 'a.HTM', 'a.json', 'a.jsonl', 'a.ndjson', 'a.pdf', '.hidden.txt'].map(formatFromPath))
      .toEqual(['text', 'text', 'markdown', 'markdown', 'html', 'html', 'json', 'jsonl', 'jsonl', null, null]);
    expect(readArticles('a.txt', Buffer.from('{"text": "Body."}'), { format: 'ndjson' }).articles[0]!.text).toBe('Body.');
  });

  it('sniffed from the content of stdin', () => {
    expect(sniffFormat('[{"text": "a"}]')).toBe('json');
    expect(sniffFormat('{"text": "a",\n "title": "b"}')).toBe('json');
    expect(sniffFormat('{"text": "a"}\n{"text": "b"}\n')).toBe('jsonl');
    expect(sniffFormat('<!DOCTYPE html><html><body><p>a</p></body></html>')).toBe('html');
    expect(sniffFormat('  <p>A story.</p>')).toBe('html');
    expect(sniffFormat('---\ntitle: A\n---\nBody')).toBe('markdown');
    expect(sniffFormat('# Headline\n\nBody')).toBe('markdown');
    expect(sniffFormat('[Analysis] Why the talks failed\n\nBody.')).toBe('text');
    expect(sniffFormat('MOSCOW, March 4. /TASS/. Body.')).toBe('text');
    expect(readArticles('-', Buffer.from('<p>The ministers met on Monday.</p>')).articles[0]!.text).toBe('The ministers met on Monday.');
  });
});
