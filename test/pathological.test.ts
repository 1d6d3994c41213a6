// Pathological input: every one is read and extracted in linear time (no catastrophic regex backtracking),
// or reported as failed with a reason. The budgets are loose (several times what a laptop needs) so a slow CI
// machine passes, but each catches the quadratic blow-up it was written against: those took seconds to minutes.
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ExtractionSchema } from '../src/model.js';
import type { Processed } from '../src/job.js';
import { processInput } from '../src/process.js';
import { SEEDS } from './helpers.js';

const MB = 1 << 20;
const news = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(SEEDS, f), 'utf8')).join('\n\n');

function run(name: string, content: string | Uint8Array): { out: Processed; ms: number } {
  const bytes = typeof content === 'string' ? new Uint8Array(Buffer.from(content)) : content;
  const t0 = performance.now();
  const out = processInput(name, bytes, { published: '2026-05-26' });
  const ms = performance.now() - t0;
  // Whatever happened, it is a result: articles with exact spans, or errors a user can read.
  for (const ex of out.extractions) {
    expect(ExtractionSchema.safeParse(ex).success).toBe(true);
    for (const r of [...ex.mentions, ...ex.dates, ...ex.quotes, ...ex.agreements]) {
      expect(ex.article.text.slice(r.start, r.end)).toBe(r.text);
    }
  }
  expect(out.errors.filter((e) => e.includes('extraction failed'))).toEqual([]);
  expect(out.extractions.length + out.errors.length).toBeGreaterThan(0);
  return { out, ms };
}

/** Text made of one unit repeated up to `bytes` characters. */
const repeat = (unit: string, length: number): string => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);

describe('large and degenerate text finishes in linear time', () => {
  it('a 5 MB single article of news text (about 1 MB/s: 50 MB was measured by hand)', () => {
    const big = repeat(`${news}\n\n`, 5 * MB);
    const { out, ms } = run('big.txt', big);
    expect(out.extractions).toHaveLength(1);
    expect(out.extractions[0]!.quotes.length).toBeGreaterThan(100);
    expect(ms).toBeLessThan(40_000);
  }, 90_000);

  it.each([
    ['a 1 MB line of one letter', repeat('a', MB)],
    ['a 1 MB line of news with the spaces taken out', repeat(news.replace(/\s+/g, ''), MB)],
    ['a 1 MB run of digits', repeat('2026', MB)],
    ['a 1 MB run of hyphens', repeat('-', MB)],
    ['100,000 full stops', repeat('.', 100_000)],
    ['a sentence of 50,000 "said"', repeat('said ', 250_000)],
    ['a sentence of 50,000 capitalised names joined by "and"', repeat('Armenia and ', 500_000)],
    ['a sentence of 100,000 titles', repeat('President Minister ', 500_000)],
    ['every word a date', repeat('May June 2026 Monday ', 200_000)],
    ['a sentence of 10,000 "according to" attributions', repeat('according to Putin, ', 200_000)],
    ['a sentence of 10,000 "he said" clauses', repeat('Putin met Macron and he said ', 300_000)],
    ['a sentence of 10,000 trailing attributions', repeat('Talks went on, he said on Monday ', 300_000)],
    ['100,000 newlines before the article', `${'\n'.repeat(100_000)}${news}`],
    ['a 1 MB line of spaces', `${' '.repeat(MB)}Putin said on Monday.`],
  ])('%s', (_name, text) => {
    const { ms } = run('story.txt', text);
    expect(ms).toBeLessThan(15_000);
  }, 60_000);
});

describe('quotation marks', () => {
  it.each([
    ['10,000 opening curly quotes', '“'.repeat(10_000)],
    ['10,000 straight quotes', '"'.repeat(10_000)],
    ['10,000 single quotes and apostrophes', "‘’'".repeat(3_400)],
    ['10,000 quoted words', '“a” '.repeat(10_000)],
    ['10,000 closing quotes after a cue', 'he said.” '.repeat(10_000)],
    ['an opening quote in every sentence and no closing one', '“We will sign, said President Putin on Monday. '.repeat(5_000)],
    ['a quote opened in the first paragraph and never closed', `“${news.replace(/[“”"]/g, '')}`],
  ])('%s', (_name, text) => {
    const { out, ms } = run('story.txt', text);
    expect(out.extractions.length + out.errors.length).toBe(1);
    expect(ms).toBeLessThan(10_000);
  }, 60_000);

  it('a quote left open still ends at its paragraph, and the quotes after it are found', () => {
    const text = '“We will never accept this, the minister said.\n\n“The talks will continue in June,” Putin said on Monday.';
    const { out } = run('story.txt', text);
    const quotes = out.extractions[0]!.quotes.map((q) => q.text);
    expect(quotes).toContain('The talks will continue in June,');
    expect(quotes.every((q) => !q.includes('\n'))).toBe(true);
  });
});

describe('characters that trip naive code', () => {
  const sentence = '“We will sign the treaty in June,” Prime Minister Nikol Pashinyan said on Monday.';
  it.each([
    ['zero-width spaces and joiners', sentence.replace(/ /g, ' \u200b\u200c\u200d')],
    ['right-to-left marks and overrides', `\u202e${sentence.replace(/ /g, ' \u200f')}\u202c`],
    ['Arabic and Hebrew text around it', `قال الرئيس ${sentence} אמר השר`],
    ['emoji, flags and joined emoji', sentence.replace(/ /g, ' 😀 ').concat(' 🇦🇲🇦🇿 👩‍👩‍👧')],
    ['lone surrogates', `\ud83d${sentence}\udc00`],
    ['a byte order mark inside the text', sentence.replace(/ /g, '\ufeff ')],
  ])('%s: read and extracted with exact spans', (_name, text) => {
    const { out, ms } = run('story.txt', repeat(`${text}\n\n`, 200_000));
    expect(out.extractions).toHaveLength(1);
    expect(ms).toBeLessThan(10_000);
  }, 30_000);

  it('NUL bytes: the input is read as text with the NULs dropped, or refused as binary with a reason', () => {
    const withNul = new Uint8Array(Buffer.from(sentence.replace(/ /g, '\u0000 ')));
    const { out } = run('story.txt', withNul);
    if (out.extractions.length === 0) expect(out.errors[0]).toMatch(/binary|NUL|text/i);
    else expect(out.extractions[0]!.quotes.length + out.extractions[0]!.mentions.length).toBeGreaterThan(0);
  });

  it('emoji next to a name do not shift the spans of what is found', () => {
    const { out } = run('story.txt', `👩‍👩‍👧 ${sentence}`);
    const ex = out.extractions[0]!;
    const quote = ex.quotes.find((q) => q.text.startsWith('We will sign'));
    expect(quote).toBeDefined();
    expect(ex.mentions.some((m) => m.text.includes('Pashinyan'))).toBe(true);
  });
});

describe('markup', () => {
  const p = '<p>Prime Minister Nikol Pashinyan said on Monday that the treaty would be signed in June.</p>';
  it.each([
    ['10,000 nested divs', `<html><body>${'<div>'.repeat(10_000)}${p}${'</div>'.repeat(10_000)}</body></html>`],
    ['10,000 unclosed divs', `<html><body>${'<div>'.repeat(10_000)}${p}</body></html>`],
    ['100,000 nested inline tags', `<html><body><p>${'<b>'.repeat(100_000)}Putin said.${'</b>'.repeat(100_000)}</p></body></html>`],
    ['an attribute of 1 MB', `<html><body><p title="${'x'.repeat(MB)}">x</p>${p}</body></html>`],
    ['a comment never closed', `<html><body>${p}<!--${' x'.repeat(500_000)}`],
  ])('%s: read or refused with a reason, quickly', (_name, html) => {
    const { out, ms } = run('story.html', html);
    if (out.extractions.length === 0) expect(out.errors[0]).toMatch(/\S/);
    expect(ms).toBeLessThan(10_000);
  }, 30_000);

  it.each([
    ['100,000 nested JSON arrays', 'story.json', `${'['.repeat(100_000)}${']'.repeat(100_000)}`],
    ['10,000 nested block quotes in Markdown', 'story.md', `# Title\n\n${'> '.repeat(10_000)}Putin said on Monday.\n`],
    ['100,000 open brackets in Markdown', 'story.md', `# Title\n\n${'['.repeat(100_000)}x${'](a)'.repeat(1_000)}`],
  ])('%s: read or refused with a reason, quickly', (_name, file, content) => {
    const { ms } = run(file, content);
    expect(ms).toBeLessThan(10_000);
  }, 30_000);
});
