// The readers' cheap pre-checks never skip what the full patterns would find: each check is compared with the
// patterns it stands in front of, on the lines of every fixture article and on awkward strings made to fool it.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { matchesDatelinePattern, mayBeDateline, parseDateLine, parseDateline } from '../src/read/dates.js';
import { BLOCK_PATTERNS, SYNTAX_START, markdownBlocks, stripInline } from '../src/read/markdown.js';
import { PART_SEPARATOR, SEPARATOR_CHAR, isRelatedLine, metaLine } from '../src/read/metalines.js';
import { squash } from '../src/read/normalize.js';
import { knownOutlet } from '../src/read/outlets.js';
import { readArticles } from '../src/read/index.js';
import { ROOT } from './helpers.js';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

/** Every line of every article fixture (text, Markdown, JSON and HTML sources alike), as written. */
const fixtureLines = files(join(ROOT, 'fixtures')).concat(files(join(ROOT, 'seeds')))
  .filter((p) => /\.(?:txt|md|json|jsonl|ndjson|html?)$/.test(p) && !p.endsWith('.gold.json'))
  .flatMap((p) => readFileSync(p, 'utf8').split(/\r?\n/))
  .filter((l) => l.trim() !== '');

const datelines = [
  'MOSCOW, March 4. /TASS/. Russia and Kazakhstan signed the deal.',
  'WASHINGTON, June 3 (Reuters) - The United States said on Tuesday.',
  'KYIV, May 2, 2026 (AP) — Ukraine and Poland agreed.',
  'TBILISI, Georgia, June 3. Georgian officials said.',
  'ASTANA, 3 June (Reuters) - Kazakhstan will host the talks.',
  'BAKU, 14 March 2025 (AFP) - Azerbaijan and Armenia met.',
  "N'DJAMENA, Chad, Sept. 12 (Reuters) - Chad's army said.",
  'SÃO PAULO,\tJan.  9, 2026 (Reuters) -',
  'PORT-AU-PRINCE, Haiti,   Feb 28: the council said.',
  'ALMATY,\u00a03\u00a0June (Xinhua) --',
  'ST. PETERSBURG, Russia, Oct. 1. /TASS/. Russian officials said.',
];
const notDatelines = [
  'Spanish Prime Minister Mette Aliyev will travel to Russia on Tuesday for a 4-day visit.',
  'Trade between the two countries rose 31 percent last year to $5.6 billion.',
  'Kazakh President Kassym-Jomart Tokayev, 71, said on June 3 that talks would resume.',
  'MOSCOW, the Kremlin said 3 times, would not comment.',
  '“We agree,” the minister said on 3 June.',
  '',
  '7 June',
];

describe('dateline pre-check', () => {
  it('passes every head the full dateline patterns match', () => {
    const heads = [...fixtureLines, ...datelines, ...notDatelines].map((l) => l.slice(0, 160));
    let matched = 0;
    for (const head of heads) {
      if (!matchesDatelinePattern(head)) continue;
      matched++;
      expect(mayBeDateline(head), head).toBe(true);
    }
    expect(matched).toBeGreaterThanOrEqual(datelines.length);
  });

  it('reads wire datelines however they are spaced', () => {
    for (const line of datelines) expect(parseDateline(line), line).not.toBeNull();
    expect(parseDateline('ALMATY,\u00a03\u00a0June (Xinhua) --')).toMatchObject({ month: 6, day: 3, dayFirst: true, agency: 'Xinhua' });
    expect(parseDateline("N'DJAMENA, Chad, Sept. 12 (Reuters) - Chad's army said.")).toMatchObject({ month: 9, day: 12, agency: 'Reuters' });
  });

  it('rules out story sentences with numbers in them', () => {
    for (const line of notDatelines) expect(mayBeDateline(line), line).toBe(false);
    // A month and a number early on pass the pre-check; the full patterns still say no.
    const since = 'The talks, the first since September 2021, could reshape the market.';
    expect(mayBeDateline(since)).toBe(true);
    expect(parseDateline(since)).toBeNull();
  });
});

describe('metadata line pre-checks', () => {
  it('a line splits into parts only where the separator pre-check sees a separator', () => {
    const awkward = ['By Jane Doe | Reuters', 'AFP·3 min read', 'Jane Doe - AFP', 'a 3-day visit', 'Jane Doe —AFP', 'x\t–\ty',
      'Jane Doe\u00a0-\u00a0AFP', 'By AFP • June 3, 2025', 'Jane-Doe - x'];
    for (const line of [...fixtureLines, ...awkward]) {
      const parts = line.split(PART_SEPARATOR).map((p) => p.trim()).filter(Boolean);
      if (parts.length >= 2) expect(SEPARATOR_CHAR.test(line), line).toBe(true);
    }
    expect(metaLine('Jane Doe\u00a0-\u00a0AFP', 'head')).toEqual({ byline: 'Jane Doe', outlet: 'AFP' });
  });

  it('date lines are read with or without a label, and lines without a year are not date lines', () => {
    expect(parseDateLine('Published: June 3, 2025 10:42 GMT')).toBe('2025-06-03');
    expect(parseDateLine('3 June 2025')).toBe('2025-06-03');
    expect(parseDateLine('Updated 10:42 GMT')).toBeNull();
    expect(parseDateLine('June 3')).toBeNull();
  });

  it('related-story lines are found in any case, and story lines are not', () => {
    expect(isRelatedLine('READ MORE: Kazakhstan signs deal')).toBe(true);
    expect(isRelatedLine('read more » Kazakhstan signs deal')).toBe(true);
    expect(isRelatedLine('Related')).toBe(true);
    expect(isRelatedLine('Related-party deals rose sharply last year.')).toBe(false);
    expect(isRelatedLine('“Read more,” he said.')).toBe(false);
  });

  it('outlet names are recognised the same way when asked again', () => {
    const first = ['AFP', 'The Associated Press', 'Jane Doe', 'reuters'].map(knownOutlet);
    expect(['AFP', 'The Associated Press', 'Jane Doe', 'reuters'].map(knownOutlet)).toEqual(first);
    expect(first[0]).not.toBeNull();
    expect(first[2]).toBeNull();
  });
});

describe('Markdown pre-checks', () => {
  it('every line a block pattern matches passes the syntax pre-check', () => {
    const awkward = ['   ```js', '~~~', '  ---', '* * *', '___', '===', '### Title', '[1]: https://example.com', '![x](a.png)',
      '[ ![x](a.png) ](b)', '      - item', '12) item', '1. item', '• item', '+ item', '   > quoted', '| --- | --- |', ':---:',
      '<!-- note -->', '*Photo: AFP*', '_Photo: AFP_', '\u00a0\u00a0- item', '\ufeff# Title', '\t# Title'];
    for (const line of [...fixtureLines, ...awkward]) {
      const hit = Object.entries(BLOCK_PATTERNS).find(([, re]) => re.test(line));
      if (hit) expect(SYNTAX_START.test(line), `${hit[0]}: ${line}`).toBe(true);
    }
  });

  it('plain lines, list items and quotes become the same blocks as before', () => {
    const blocks = markdownBlocks('Talks end\n\n   > “We agree,” he said.\n\n      - First item\n\nAlmaty  hosts  the talks.\n2026 was a year.');
    expect(blocks.map((b) => b.text)).toEqual(['Talks end', '“We agree,” he said.', 'First item', 'Almaty hosts the talks.', '2026 was a year.']);
  });

  it('inline syntax and runs of spaces are cleaned, plain text only trimmed', () => {
    expect(stripInline('  The minister said on Tuesday.  ')).toBe('The minister said on Tuesday.');
    expect(stripInline('The  *minister*\tsaid [on Tuesday](https://example.com).')).toBe('The minister said on Tuesday.');
    expect(stripInline('A\u00a0B')).toBe('A\u00a0B');
  });
});

describe('white space', () => {
  it('squash collapses every kind of white space and leaves single spaces', () => {
    const cases = ['a b c', ' a  b ', 'a\tb', 'a\u00a0b', 'a\u2009b\u3000c', 'a\nb', '\ufeffa', 'plain'];
    for (const s of cases) expect(squash(s), JSON.stringify(s)).toBe(s.replace(/[\s\u00a0]+/g, ' ').trim());
  });
});

describe('decoding checks', () => {
  it('a short file with many control characters is refused, a long one with accents is read', () => {
    const control = Buffer.from('Talks\u0001\u0002\u0003\u0004 end\n\nThe\u0005 minister\u0006 said\u0007.\n');
    expect(() => readArticles('a.txt', control)).toThrow(/control characters|binary/);
    const long = `Café talks end\n\n${'“We agree,” the minister said on Tuesday — and left. '.repeat(400)}\n`;
    expect(readArticles('a.txt', Buffer.from(long)).articles[0]!.text.length).toBeGreaterThan(8192);
  });
});

describe('page elements looked up in one pass', () => {
  const page = (extra: string): string => `<!doctype html><html><head><title>Talks end | World News</title>
<meta property="og:title" content="Kazakhstan and Uzbekistan sign water deal">
<meta name="author" content="Jane Doe">
<link rel="canonical" href="https://example.com/2026/05/26/water-deal">
<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2026-05-26T10:00:00Z","publisher":{"name":"World News"}}</script>
</head><body>${extra}<header><h1>World News</h1></header><main><article><h1>Kazakhstan and Uzbekistan sign water deal</h1>
<figure><img src="a.jpg"><figcaption>Officials at the signing in Tashkent. Photo: AFP</figcaption></figure>
<p>Kazakhstan and Uzbekistan signed an agreement on sharing the waters of the Syr Darya on Tuesday, the two governments said.</p>
<p>“This agreement opens a new chapter in our relations,” the Uzbek foreign minister told reporters in Tashkent after the ceremony.</p>
<p>The deal sets quotas for the summer months and creates a joint commission to settle disputes over the river.</p>
</article></main><footer><p>© World News</p></footer></body></html>`;

  it('a page reads the same with or without a <template> (which takes the per-tag look-ups)', () => {
    const plain = readArticles('a.html', Buffer.from(page(''))).articles[0]!;
    const withTemplate = readArticles('a.html', Buffer.from(page('<template><p>Sign up for our newsletter</p></template>'))).articles[0]!;
    expect({ ...withTemplate, id: '' }).toEqual({ ...plain, id: '' });
    expect(plain).toMatchObject({ title: 'Kazakhstan and Uzbekistan sign water deal', byline: 'Jane Doe', published: '2026-05-26',
      url: 'https://example.com/2026/05/26/water-deal', outlet: 'World News' });
    expect(plain.text).toContain('Officials at the signing in Tashkent. Photo: AFP');
    expect(plain.captions).toHaveLength(1);
  });
});
