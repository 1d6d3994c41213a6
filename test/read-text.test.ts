// Plain text and Markdown: what a user gets from wire copy, scraped text and Markdown exports.
import { describe, expect, it } from 'vitest';
import { readArticles } from '../src/read/index.js';

const read = (name: string, text: string, published?: string) =>
  readArticles(name, Buffer.from(text, 'utf8'), published ? { published } : {}).articles[0]!;
const captions = (a: { text: string; captions: { start: number; end: number }[] }) =>
  a.captions.map((c) => a.text.slice(c.start, c.end));

describe('plain text metadata', () => {
  it('takes the title, a "By" line and a date line from the top, and leaves the story', () => {
    const a = read('story.txt', [
      'EU extends sanctions on Belarus',
      '',
      'By Lorne Cook',
      '',
      'February 27, 2026',
      '',
      'European Union foreign ministers on Friday extended sanctions against Belarus for another year.',
      'The measures stay in force until February 2027.',
    ].join('\n'));
    expect(a).toMatchObject({ title: 'EU extends sanctions on Belarus', byline: 'Lorne Cook', published: '2026-02-27' });
    expect(a.text.startsWith('European Union foreign ministers')).toBe(true);
    expect(a.text).not.toContain('Lorne Cook');
  });

  it('finds a byline on the last line', () => {
    const a = read('story.txt', 'Talks end without a deal\nThe two sides met for six hours on Monday.\nNo date was set for new talks.\nBy Tamilla Hasanova\n\n\n');
    expect(a.byline).toBe('Tamilla Hasanova');
    expect(a.text.endsWith('No date was set for new talks.')).toBe(true);
  });

  it('does not take a sentence that starts with "By" for a byline', () => {
    const a = read('story.txt', 'Ministers met in Brussels on Monday.\nBy contrast, the Kremlin said the talks had failed.');
    expect(a.byline).toBeNull();
    expect(a.text).toContain('By contrast, the Kremlin said the talks had failed.');
  });

  it('keeps the first line in the story when it is a full sentence, not a headline', () => {
    const a = read('story.txt', 'President Vladimir Putin and Prime Minister Nikol Pashinyan agreed on Wednesday to withdraw border guards.\nPeskov confirmed the decision on Thursday.');
    expect(a.title).toBeNull();
    expect(a.text.startsWith('President Vladimir Putin')).toBe(true);
  });

  it('reads a question as a headline', () => {
    expect(read('story.txt', 'Will Armenia leave the Eurasian Economic Union?\n\nThe question hangs over the summit in Astana.').title)
      .toBe('Will Armenia leave the Eurasian Economic Union?');
  });

  it('splits a "By ... | outlet | date" line into its parts', () => {
    const a = read('story.txt', 'New border crossing opens\n\nBy Anna Petrosyan | Armenpress | May 12, 2026\n\nA new crossing opened on Tuesday.');
    expect(a).toMatchObject({ byline: 'Anna Petrosyan', outlet: 'Armenpress', published: '2026-05-12' });
  });

  it('separates a date run on after the byline', () => {
    expect(read('a.txt', 'Headline here\nBy Jane Doe Published May 26, 2026\nThe story begins here.'))
      .toMatchObject({ byline: 'Jane Doe', published: '2026-05-26', text: 'The story begins here.' });
    expect(read('a.txt', 'Headline here\nBy Jane Doe Updated May 27, 2026\nThe story begins here.'))
      .toMatchObject({ byline: 'Jane Doe', published: null });
    expect(read('a.txt', 'Headline here\nBy May Jones\nThe story begins here.').byline).toBe('May Jones');
  });

  it('takes an agency sign-off at the foot of the story as the outlet', () => {
    for (const signoff of ['— AFP', '(Reuters)', 'TASS']) {
      const a = read('a.txt', `Headline here\n\nThe story begins here.\n\n${signoff}`);
      expect(a.text).toBe('The story begins here.');
      expect(a.outlet).not.toBeNull();
    }
  });

  it('keeps a last paragraph that starts with "By" and a year', () => {
    expect(read('a.txt', 'Headline here\n\nThe plant opens in May.\n\nBy 2030, the plant will produce power.').text)
      .toBe('The plant opens in May.\n\nBy 2030, the plant will produce power.');
  });

  it('drops a writer\'s role from the byline', () => {
    expect(read('story.txt', 'Headline here\nBy Jane Doe, Moscow correspondent\nThe story starts here.').byline).toBe('Jane Doe');
  });

  it('never takes an "Updated" stamp for the publication date', () => {
    expect(read('story.txt', 'Bank raises rate\n\nUpdated: June 5, 2026\n\nThe central bank raised its rate on Thursday.').published).toBeNull();
    expect(read('story.txt', 'Bank raises rate\n\nPublished June 4, 2026, 10:42 GMT\nUpdated June 5, 2026, 08:15 GMT\n\nThe central bank raised its rate.').published)
      .toBe('2026-06-04');
  });

  it('reads date lines written the European way and with a place', () => {
    expect(read('a.txt', 'Headline here\n\n12.05.2026\n\nBody text here.').published).toBe('2026-05-12');
    expect(read('a.txt', 'Headline here\n\nChisinau, 9 January 2026\n\nBody text here.').published).toBe('2026-01-09');
    expect(read('a.txt', 'Headline here\n\nTuesday, 10 March 2026\n\nBody text here.').published).toBe('2026-03-10');
  });

  it('reads an ISO timestamp line as written by content systems', () => {
    expect(read('a.txt', 'Headline here\n\nPublished: 2026-05-26T10:42:00Z\n\nBody text here.').published).toBe('2026-05-26');
  });

  it('skips a section label above the headline', () => {
    const a = read('a.txt', 'ANALYSIS\n\nWhy the Astana summit matters\n\nLeaders of five countries meet on Thursday.');
    expect(a.title).toBe('Why the Astana summit matters');
    expect(a.text).toBe('Leaders of five countries meet on Thursday.');
  });

  it('keeps a subheading under the headline in the story', () => {
    const a = read('a.md', '# Summit opens\n\n## Five leaders meet in Astana\n\nThe summit opened on Thursday.');
    expect(a.title).toBe('Summit opens');
    expect(a.text).toBe('Five leaders meet in Astana\n\nThe summit opened on Thursday.');
  });

  it('reports no date for an article that has none, and never invents one', () => {
    expect(read('a.txt', 'Headline here\n\nThe talks will continue on Wednesday.').published).toBeNull();
  });

  it('takes the URL from an "Original url:" line followed by the link, and the outlet from the lexicon', () => {
    const a = read('a.txt', 'Headline here\n\nBody text here.\n\nOriginal url:\n\n<https://www.themoscowtimes.com/2026/05/26/story-a92857>\n');
    expect(a.url).toBe('https://www.themoscowtimes.com/2026/05/26/story-a92857');
    expect(a.outlet).toBe('The Moscow Times');
    expect(a.text).toBe('Body text here.');
  });

  it('names an outlet missing from the lexicon by its host', () => {
    expect(read('a.txt', 'Headline here\n\nBody text.\n\nSource: https://www.example-news.org/a/1').outlet).toBe('example-news.org');
  });

  it('takes the byline from a wire service\'s "(Reporting by ...)" line and drops the line', () => {
    const a = read('a.txt', 'Headline here\n\nThe rally ended peacefully.\n\n(Reporting by Felix Light; Editing by Andrew Heavens)');
    expect(a.byline).toBe('Felix Light');
    expect(a.text).toBe('The rally ended peacefully.');
  });
});

describe('wire datelines', () => {
  it('leaves a dateline without a year in the text and the date unknown', () => {
    const a = read('a.txt', 'Exercises planned\n\nMOSCOW, March 4. /TASS/. Russia and Kazakhstan will hold joint exercises.');
    expect(a.published).toBeNull();
    expect(a.text.startsWith('MOSCOW, March 4. /TASS/.')).toBe(true);
    expect(a.outlet).toBe('TASS');
  });

  it('completes a dateline with the year of the article\'s URL', () => {
    const a = read('a.txt', 'Rally in Tbilisi\n\nTBILISI, Georgia, June 3 (Reuters) - Thousands rallied.\n\nhttps://www.reuters.com/world/europe/rally-2026-06-03/');
    expect(a.published).toBe('2026-06-03');
    expect(a.text.startsWith('TBILISI, Georgia, June 3')).toBe(true);
  });

  it('uses a year written in the dateline', () => {
    expect(read('a.txt', 'Shipping deal\n\nBAKU, Azerbaijan, April 8, 2026 (AP) — The two countries agreed.').published).toBe('2026-04-08');
  });

  it('lets --published override the date the article carries', () => {
    expect(read('a.txt', 'Headline here\n\nMay 26, 2026\n\nBody text.', '2026-06-01').published).toBe('2026-06-01');
  });
});

describe('body text', () => {
  it('removes Markdown and link syntax and drops related-article lines', () => {
    const a = read('a.md', [
      '# Grain deal reached',
      '',
      'By [Olena Kovalenko](https://example.org/a)',
      '',
      'The **ministers** met in *Warsaw* on [Tuesday](https://example.org/t), officials said.',
      '',
      '**Related article:** [Farmers end protest](https://example.org/x)',
      '',
      'READ MORE: Farmers end protest',
      '',
      '- Shipments are sealed at the border.',
      '',
      'The deal takes effect on April 1.',
    ].join('\n'));
    expect(a.byline).toBe('Olena Kovalenko');
    expect(a.text).toBe('The ministers met in Warsaw on Tuesday, officials said.\n\nShipments are sealed at the border.\n\nThe deal takes effect on April 1.');
  });

  it('keeps a story line that only starts like a related-article link', () => {
    expect(read('a.txt', 'Headline here\n\nRelated-party deals rose by a third.\n\nRead more about it in the report.').text)
      .toBe('Related-party deals rose by a third.\n\nRead more about it in the report.');
  });

  it('keeps curly and straight quotes as written', () => {
    const a = read('a.txt', 'Headline here\n\n“We agree,” he said. "So do we," she said.');
    expect(a.text).toBe('“We agree,” he said. "So do we," she said.');
  });

  it('keeps underscores inside words and asterisks that are not emphasis', () => {
    expect(read('a.txt', 'Headline here\n\nThe file snake_case_name.txt costs 2 * 3 dollars.').text).toBe('The file snake_case_name.txt costs 2 * 3 dollars.');
  });

  it('marks photo captions and credits as captions but keeps them in the text', () => {
    const a = read('a.txt', [
      'Leaders meet in Astana',
      '',
      'Vladimir Putin and Kassym-Jomart Tokayev in Astana on Tuesday. [kremlin.ru](#)',
      '',
      'Photo: Kazakh President Kassym-Jomart Tokayev at the summit.',
      '',
      'The two leaders talked for three hours. Sergei Ilnitsky/EPA-EFE',
      '',
      'Putin said the talks were useful.',
    ].join('\n'));
    expect(captions(a)).toEqual([
      'Vladimir Putin and Kassym-Jomart Tokayev in Astana on Tuesday. kremlin.ru',
      'Photo: Kazakh President Kassym-Jomart Tokayev at the summit.',
      'The two leaders talked for three hours. Sergei Ilnitsky/EPA-EFE',
    ]);
    expect(a.text).toContain('Putin said the talks were useful.');
  });

  it('takes the line under a Markdown image as its caption and drops the image', () => {
    const a = read('a.md', '# Gas deal signed\n\nThe deal was signed on Friday.\n\n![Minister](https://example.org/p.jpg)\n*The minister at the signing. Photo: Moldpres*\n\nMore talks are planned.');
    expect(captions(a)).toEqual(['The minister at the signing. Photo: Moldpres']);
    expect(a.text).not.toContain('p.jpg');
  });

  it('does not take a body sentence that ends with a link for a caption', () => {
    const a = read('a.md', '# Headline here\n\nThe full statement is on the [ministry website](https://example.org).\n\nMore text.');
    expect(a.captions).toEqual([]);
  });

  it('joins the lines of a hard-wrapped paragraph', () => {
    const a = read('a.md', [
      'Banks to be sold',
      '================',
      '',
      "Uzbekistan's government on Tuesday published a plan to sell controlling",
      'stakes in three of its largest state-owned banks by the end of 2028,',
      'part of a wider programme.',
      '',
      'The plan covers Asakabank and two other lenders, the finance ministry',
      'said in a statement on its website on Tuesday afternoon.',
    ].join('\n'));
    expect(a.title).toBe('Banks to be sold');
    expect(a.text.split('\n\n')).toEqual([
      "Uzbekistan's government on Tuesday published a plan to sell controlling stakes in three of its largest state-owned banks by the end of 2028, part of a wider programme.",
      'The plan covers Asakabank and two other lenders, the finance ministry said in a statement on its website on Tuesday afternoon.',
    ]);
  });

  it('reads YAML front matter', () => {
    const a = read('a.md', '---\ntitle: "Border talks resume"\nauthor: Ani Mejlumyan\ndate: 2026-01-21\nurl: https://oc-media.org/border-talks/\n---\n\nThe commissions met on Wednesday.');
    expect(a).toMatchObject({ title: 'Border talks resume', byline: 'Ani Mejlumyan', published: '2026-01-21', url: 'https://oc-media.org/border-talks/', outlet: 'oc-media.org' });
    expect(a.text).toBe('The commissions met on Wednesday.');
  });

  it('keeps text between two rules that is not front matter', () => {
    expect(read('a.txt', '---\nThe talks ended on Monday.\n---\nNo deal was reached.').text).toContain('The talks ended on Monday.');
  });

  it('records every caption span inside the text', () => {
    const a = read('a.txt', 'Headline here\n\nA caption line. Photo: AFP\n\nBody.');
    for (const c of a.captions) expect(c.end).toBeLessThanOrEqual(a.text.length);
  });
});
