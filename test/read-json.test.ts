// JSON and JSON Lines dumps: common field names, API wrappers, and clear messages for what cannot be read.
import { describe, expect, it } from 'vitest';
import { readArticles, ReadError } from '../src/read/index.js';

const read = (name: string, text: string) => readArticles(name, Buffer.from(text, 'utf8'));
const failure = (name: string, text: string): string => {
  try {
    read(name, text);
  } catch (e) {
    expect(e).toBeInstanceOf(ReadError);
    return (e as Error).message;
  }
  throw new Error('expected a ReadError');
};

describe('JSON articles', () => {
  it('takes fields by their common names', () => {
    const [a] = read('a.json', JSON.stringify({
      headline: 'Power line deal signed', byline: 'Gohar Abrahamyan', publishedAt: '2026-03-11T16:20:00+04:00',
      link: 'https://armenpress.am/en/article/1212345', source: { id: 'armenpress', name: 'Armenpress' },
      body: 'Iran and Armenia signed an agreement on Wednesday.',
    })).articles;
    expect(a).toMatchObject({
      title: 'Power line deal signed', byline: 'Gohar Abrahamyan', published: '2026-03-11',
      url: 'https://armenpress.am/en/article/1212345', outlet: 'Armenpress', text: 'Iran and Armenia signed an agreement on Wednesday.',
    });
  });

  it('reads every article of an array and of a news API response', () => {
    const items = [{ title: 'One', text: 'First story.' }, { title: 'Two', content: 'Second story.' }];
    expect(read('a.json', JSON.stringify(items)).articles.map((a) => a.title)).toEqual(['One', 'Two']);
    const api = { status: 'ok', totalResults: 2, articles: items.map((i) => ({ ...i, source: { id: null, name: 'Reuters' } })) };
    const out = read('a.json', JSON.stringify(api)).articles;
    expect(out.map((a) => a.outlet)).toEqual(['Reuters', 'Reuters']);
    expect(new Set(out.map((a) => a.source)).size).toBe(2);
  });

  it('reads an RFC 2822 date and a list of authors', () => {
    const [a] = read('a.json', JSON.stringify({ title: 'T', text: 'Body.', pubDate: 'Mon, 19 Jan 2026 17:45:00 +0400', authors: ['Ann Lee', 'Bo Kim'] })).articles;
    expect(a).toMatchObject({ published: '2026-01-19', byline: 'Ann Lee, Bo Kim' });
  });

  it('joins a body given as a list of paragraphs', () => {
    const [a] = read('a.json', JSON.stringify({ title: 'T', paragraphs: 'x', body: ['First paragraph.', ' ', 'Second paragraph.'] })).articles;
    expect(a!.text).toBe('First paragraph.\n\nSecond paragraph.');
  });

  it('turns an HTML body into clean text with its captions marked', () => {
    const [a] = read('a.json', JSON.stringify({
      title: 'Railway opens',
      content: '<p>The service opened on Friday.</p><figure><figcaption>The first train. Photo: ADY</figcaption></figure><p>&ldquo;A great day,&rdquo; the minister said.</p>',
    })).articles;
    expect(a!.text).toBe('The service opened on Friday.\n\nThe first train. Photo: ADY\n\n“A great day,” the minister said.');
    expect(a!.captions.map((c) => a!.text.slice(c.start, c.end))).toEqual(['The first train. Photo: ADY']);
  });

  it('names the fields it tried when an object has no text', () => {
    expect(failure('a.json', '{"title": "A", "summary": "x"}')).toMatch(/^no article text \(tried the fields text, body, content/);
  });

  it('says on which line malformed JSON breaks', () => {
    expect(failure('a.json', '{\n  "title": "A",\n  "text": "x",\n}')).toMatch(/^malformed JSON at line 4, column 1: expected a property name/);
    expect(failure('a.json', '[{"text": "a"}, {"text": "b"')).toMatch(/unexpected end of input/);
  });

  it('keeps the good items of an array and reports the bad ones with their line', () => {
    const out = read('a.json', '[\n  {"text": "Good story."},\n  {"title": "No body"}\n]');
    expect(out.articles).toHaveLength(1);
    expect(out.errors).toEqual([expect.stringMatching(/^item 2 \(line 3\): no article text/)]);
  });

  it('refuses an empty list', () => {
    expect(failure('a.json', '[]')).toBe('no articles (empty list)');
  });
});

describe('JSON Lines', () => {
  it('reads one article per line and reports bad lines by number', () => {
    const out = read('a.jsonl', '{"title": "A", "text": "First."}\n\nnot json\n{"title": "C"}\n{"title": "D", "body": "Fourth."}\n');
    expect(out.articles.map((a) => a.title)).toEqual(['A', 'D']);
    expect(out.errors).toEqual([
      expect.stringMatching(/^line 3: malformed JSON at column 1/),
      expect.stringMatching(/^line 4: no article text/),
    ]);
  });

  it('fails with the first problem when no line can be read', () => {
    expect(failure('a.ndjson', '{"title": "A"}\n[1, 2]\n')).toMatch(/^line 1: no article text .* \(and 1 more\)$/);
  });

  it('reports an entry whose text is only metadata', () => {
    const out = read('a.jsonl', '{"text": "One."}\n{"title": "T", "text": "By Jane Doe"}\n');
    expect(out.articles).toHaveLength(1);
    expect(out.errors).toEqual(['line 2: no article text (only metadata)']);
  });

  it('gives every line its own source', () => {
    const out = read('dump.jsonl', '{"text": "One."}\n{"text": "Two."}\n');
    expect(out.articles.map((a) => a.source)).toEqual(['dump.jsonl#1', 'dump.jsonl#2']);
  });
});
