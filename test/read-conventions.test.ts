// Bylines and dates the way newsrooms in many countries print them: agencies, British and European papers,
// regional outlets, feeds and APIs. Each case is what a user sees in the article record.
import { describe, expect, it } from 'vitest';
import { readArticles } from '../src/read/index.js';
import { parseDateLine, parseDateline } from '../src/read/dates.js';

const read = (name: string, text: string) => readArticles(name, Buffer.from(text, 'utf8')).articles[0]!;
const STORY = 'The two governments signed the agreement in the capital on Tuesday, officials said.\n\nTalks will resume next month.';
const story = (...head: string[]): string => [...head, '', STORY].join('\n\n');

describe('dates written day first', () => {
  it('reads day-first wire datelines, with or without a year', () => {
    expect(parseDateline('ASTANA, 3 June (Reuters) - Kazakhstan lowered its oil output target.')).toMatchObject({ month: 6, day: 3, year: null, agency: 'Reuters' });
    expect(parseDateline('BAKU, 14 March 2025 (AFP) - Azerbaijan signed a deal.')).toMatchObject({ month: 3, day: 14, year: 2025, agency: 'AFP' });
    expect(parseDateline('ALMATY, 3 June (Xinhua) -- Kazakhstan and China signed an agreement.')).toMatchObject({ month: 6, day: 3, agency: 'Xinhua' });
  });

  it('takes the publication date from a day-first dateline with a year', () => {
    const a = read('wire.txt', 'Kazakhstan cuts oil output target\n\nASTANA, 3 June 2025 (Reuters) - Kazakhstan lowered its oil production target on Tuesday.\n\nThe ministry gave no reason.');
    expect(a.published).toBe('2025-06-03');
    expect(a.outlet).toBe('Reuters');
  });

  it('reads British, European and ordinal date lines', () => {
    expect(parseDateLine('Tuesday 3 June 2025 09.14 BST')).toBe('2025-06-03');
    expect(parseDateLine('Tue 3 Jun 2025 09.14 BST')).toBe('2025-06-03');
    expect(parseDateLine('3 June 2025 | 09:14')).toBe('2025-06-03');
    expect(parseDateLine('Published on Tuesday 3rd June, 2025')).toBe('2025-06-03');
    expect(parseDateLine('Date: 03.06.2025')).toBe('2025-06-03');
    expect(parseDateLine('Issued on: 14/06/2025 - 09:14')).toBe('2025-06-14');
  });

  it('reads a date line that puts the time first, as AP and many CMSs do', () => {
    expect(parseDateLine('9:14 AM EDT, October 7, 2024')).toBe('2024-10-07');
    expect(parseDateLine('Published 09:14 GMT, June 3, 2025')).toBe('2025-06-03');
    expect(parseDateLine('June 3, 2025 at 9:14 AM GMT+6')).toBe('2025-06-03');
  });

  it('never takes an "Updated" stamp written time first for the publication date', () => {
    const a = read('ap.txt', story('Ukraine and Russia agree to new talks', 'By DASHA LITVINOVA Associated Press', 'Updated 2:23 PM GMT+3, June 3, 2025'));
    expect(a.published).toBeNull();
    expect(a.text.startsWith('The two governments')).toBe(true);
  });

  it('reads 03/06/2025 as 3 June only when the article gives a clue, and leaves it unknown otherwise', () => {
    const uk = read('bbc.txt', [story('Armenia and Azerbaijan agree rail link', 'By Rayhan Demytrie, BBC News', '03/06/2025'), 'https://www.bbc.co.uk/news/articles/c9rail'].join('\n\n'));
    expect(uk.published).toBe('2025-06-03');
    const us = read('story.txt', story('Kazakhstan picks U.S. firm for lithium exploration', '06/03/2025'));
    expect(us.published).toBeNull();
    expect(us.text.startsWith('The two governments')).toBe(true);
    const dayFirstDateline = read('story.txt', 'Armenia recalls ambassador\n\n04/06/2025\n\nYEREVAN, 4 June (AFP) - Armenia recalled its ambassador to Russia.');
    expect(dayFirstDateline.published).toBe('2025-06-04');
  });
});

describe('bylines', () => {
  it('drops the agency after the writers, with or without a comma, and the places they wrote from', () => {
    expect(read('a.txt', story('Uzbekistan joins talks', 'By Mukhammadsharif Mamatkulov and Olzhas Auyezov, Reuters', 'Published: 3 June 2025')))
      .toMatchObject({ byline: 'Mukhammadsharif Mamatkulov and Olzhas Auyezov', outlet: 'Reuters', published: '2025-06-03' });
    expect(read('a.txt', story('Kazakhstan votes on nuclear plant', 'By SARA BAKYTKYZY Associated Press', '9:14 AM EDT, October 7, 2024')))
      .toMatchObject({ byline: 'Sara Bakytkyzy', outlet: 'AP', published: '2024-10-07' });
    expect(read('a.txt', story('EU and Central Asia agree transport route', 'By Lorne Cook in Brussels and Mariya Gordeyeva in Almaty', 'June 3, 2025')).byline)
      .toBe('Lorne Cook and Mariya Gordeyeva');
  });

  it('reads "By:" and a writer named beside the outlet or the date without "By"', () => {
    expect(read('a.txt', story('Dushanbe raises water tariffs', 'By: Nigina Rakhimova', 'Date: 03.06.2025')).byline).toBe('Nigina Rakhimova');
    expect(read('a.txt', story('Kyrgyz parliament approves border treaty', 'Anora Sarkorova | AFP', '12 March 2025 | 09:14')))
      .toMatchObject({ byline: 'Anora Sarkorova', outlet: 'AFP', published: '2025-03-12' });
    expect(read('a.txt', story('Kazakhstan jails former minister', 'Joanna Lillis Jun 3, 2025')))
      .toMatchObject({ byline: 'Joanna Lillis', published: '2025-06-03' });
    expect(read('a.txt', story('Prisoners of war exchanged', 'Pjotr Sauer in Moscow', 'Tue 3 Jun 2025 09.14 BST')))
      .toMatchObject({ byline: 'Pjotr Sauer', published: '2025-06-03' });
    expect(read('a.txt', story('Mongolia signs coal deal', 'Posted on 2025-06-03T09:14:00Z by Bolor Ganbold')))
      .toMatchObject({ byline: 'Bolor Ganbold', published: '2025-06-03' });
  });

  it('takes the name over a writer\'s role line, as the BBC prints it, and drops both lines from the story', () => {
    const a = read('bbc.md', story('# Kazakhstan calls early election', 'Abdujalil Abdurasulov', 'Central Asia correspondent, BBC News', '3 June 2025'));
    expect(a).toMatchObject({ title: 'Kazakhstan calls early election', byline: 'Abdujalil Abdurasulov', published: '2025-06-03' });
    expect(a.text.startsWith('The two governments')).toBe(true);
  });

  it('keeps a credit that names no one, as the newsroom prints it', () => {
    expect(read('a.txt', story('Tajikistan raises pensions', 'Staff Reporter', 'Published on 21 January 2025')).byline).toBe('Staff Reporter');
    expect(read('a.txt', story('Turkmenistan opens ferry terminal', 'By Our Correspondent', '3 June 2025')).byline).toBe('Our Correspondent');
  });

  it('does not take a section label for a writer', () => {
    const a = read('a.txt', story('Central Asia', 'Uzbekistan and Kyrgyzstan open joint hydropower company', 'Central Asia | June 3, 2025'));
    expect(a).toMatchObject({ title: 'Uzbekistan and Kyrgyzstan open joint hydropower company', byline: null, published: '2025-06-03' });
    expect(read('a.txt', story('Georgia names new prime minister', 'World News | 3 June 2025')).byline).toBeNull();
  });

  it('does not take a short story line for a byline', () => {
    const a = read('a.txt', 'Ceasefire holds\n\nMaria Zakharova spoke.\n\nThe ceasefire held overnight, officials said.');
    expect(a.byline).toBeNull();
  });
});

describe('feeds, APIs and front matter', () => {
  it('reads a JSON Feed item: content_text, date_published and a list of author objects', () => {
    const feed = { version: 'https://jsonfeed.org/version/1.1', items: [{ url: 'https://example.org/a', title: 'Azerbaijan agrees gas deal',
      content_text: STORY, date_published: '2025-06-03T09:14:00+04:00', authors: [{ name: 'Ulviyya Amoyeva' }, { name: 'Nailia Bagirova' }] }] };
    expect(read('feed.json', JSON.stringify(feed))).toMatchObject({ byline: 'Ulviyya Amoyeva, Nailia Bagirova', published: '2025-06-03' });
  });

  it('reads an RSS item as JSON: content:encoded, pubDate and dc:creator', () => {
    const item = { title: 'Kyrgyzstan raises tariffs', link: 'https://24.kg/english/1/', pubDate: 'Tue, 03 Jun 2025 09:14:00 +0600',
      'dc:creator': 'Anna Lelik', 'content:encoded': '<p>Kyrgyzstan will raise tariffs from July 1.</p><p>The cabinet gave no reason.</p>' };
    const a = read('item.json', JSON.stringify(item));
    expect(a).toMatchObject({ byline: 'Anna Lelik', published: '2025-06-03' });
    expect(a.text).toBe('Kyrgyzstan will raise tariffs from July 1.\n\nThe cabinet gave no reason.');
  });

  it('reads headline and byline objects and a "By" prefix, as news APIs return them', () => {
    const doc = { headline: { main: 'Kazakhstan Picks Rosatom' }, byline: { original: 'By Andrew Higgins and Valerie Hopkins' },
      pub_date: '2025-06-03T09:14:00+0000', web_url: 'https://www.nytimes.com/2025/06/03/world/asia/k.html', body: STORY };
    expect(read('doc.json', JSON.stringify(doc)))
      .toMatchObject({ title: 'Kazakhstan Picks Rosatom', byline: 'Andrew Higgins and Valerie Hopkins', published: '2025-06-03', outlet: 'The New York Times' });
  });

  it('reads fields nested in a "fields" object, as the Guardian API returns them', () => {
    const doc = { webTitle: 'Georgia protests continue', webPublicationDate: '2025-06-03T09:14:00Z', fields: { byline: 'Andrew Roth', bodyText: STORY } };
    expect(read('g.json', JSON.stringify(doc))).toMatchObject({ title: 'Georgia protests continue', byline: 'Andrew Roth', published: '2025-06-03' });
  });

  it('takes created_at only when the article gives no date of its own', () => {
    const base = { headline: 'Turkmenistan starts power line', author: { name: 'AFP' }, created_at: '2025-06-09T11:40:02Z' };
    expect(read('a.json', JSON.stringify({ ...base, text: STORY })).published).toBe('2025-06-09');
    expect(read('a.json', JSON.stringify({ ...base, text: `ASHGABAT, 3 June (AFP) - ${STORY}` })).published).toBe('2025-06-03');
    expect(read('a.json', JSON.stringify({ ...base, text: STORY, published: '2025-06-02' })).published).toBe('2025-06-02');
  });

  it('reads front matter with pubDate, published_at, an authors list and an author object', () => {
    const a = read('a.md', `---\ntitle: Uzbekistan lifts visas\npubDate: "Tue, 03 Jun 2025 09:14:00 +0500"\nauthors:\n  - Farangis Najibullah\n  - Bruce Pannier\n---\n\n${STORY}`);
    expect(a).toMatchObject({ byline: 'Farangis Najibullah, Bruce Pannier', published: '2025-06-03' });
    const b = read('b.md', `---\nheadline: Borders reopen\npublished_at: 3 June 2025 09:14\nauthor:\n  name: Mirzo Salimpour\n---\n\n${STORY}`);
    expect(b).toMatchObject({ title: 'Borders reopen', byline: 'Mirzo Salimpour', published: '2025-06-03' });
  });

  it('takes the URL of a "Read the original" Markdown link at the foot', () => {
    const a = read('a.md', `# Green energy corridor deal\n\nBAKU, 14 March (AFP) - ${STORY}\n\n[Read the original on AFP](https://www.afp.com/en/news/2025/03/corridor)`);
    expect(a).toMatchObject({ url: 'https://www.afp.com/en/news/2025/03/corridor', published: '2025-03-14', outlet: 'AFP' });
    expect(a.text).not.toContain('Read the original');
  });
});

describe('HTML bylines and dates', () => {
  it('reads a rel=author link and a shown date with a time after a bar', () => {
    const html = `<html><body><main><article><h1>Georgia passes law amendments</h1>
      <div class="post-info"><a rel="author" href="/a/n">Nini Gabritchidze</a> <span class="post-date">Published: 3 June 2025 | 09:14</span></div>
      <p>${STORY.replace('\n\n', '</p><p>')}</p></article></main></body></html>`;
    expect(read('a.html', html)).toMatchObject({ byline: 'Nini Gabritchidze', published: '2025-06-03' });
  });

  it('reads the "byl" and "pdate" meta tags some large papers use', () => {
    const html = `<html><head><meta name="byl" content="By Valerie Hopkins"><meta name="pdate" content="20250603"></head>
      <body><h1>Uzbekistan frees journalist</h1><p>${STORY}</p></body></html>`;
    expect(read('a.html', html)).toMatchObject({ byline: 'Valerie Hopkins', published: '2025-06-03' });
  });

  it('takes the date a time stamp writes, not the date in UTC', () => {
    const html = `<html><head><meta property="article:published_time" content="2025-06-03T01:30:00+08:00">
      <script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person","name":"Bolor Lkhaajav"}}</script></head>
      <body><h1>Mongolia ousts prime minister</h1><p>${STORY}</p></body></html>`;
    expect(read('a.html', html)).toMatchObject({ byline: 'Bolor Lkhaajav', published: '2025-06-03' });
  });
});

describe('wire credits', () => {
  it('takes the outlet from an AFP dateline written in small letters, but not from a ticker', () => {
    expect(read('a.txt', `Armenia recalls ambassador\n\nYerevan (AFP) – ${STORY}`).outlet).toBe('AFP');
    expect(read('a.txt', `Gazprom shares rise\n\nGazprom (GAZP.MM) - ${STORY}`).outlet).toBeNull();
  });

  it('credits the writer, not the additional reporters, and drops the credit line from the story', () => {
    const a = read('a.txt', `${story('Armenia recalls ambassador')}\n\n(Additional reporting by Gohar Abrahamyan in Yerevan; Writing by Mariam Harutyunyan; Editing by Tom Balmforth)`);
    expect(a.byline).toBe('Mariam Harutyunyan');
    expect(a.text.endsWith('Talks will resume next month.')).toBe(true);
    const b = read('a.txt', `${story('Armenia recalls ambassador')}\n\n(Additional reporting by Gohar Abrahamyan; Editing by Tom Balmforth)`);
    expect(b.byline).toBeNull();
    expect(b.text).not.toContain('Additional reporting');
  });
});

describe('a name without "By"', () => {
  it('is a byline only right beside a date line: a title-case line under the headline is not', () => {
    const a = read('a.txt', story('Tokayev visits Beijing', 'Pipeline Talks Resume', 'By Aigerim Toleukhanova', 'June 3, 2025'));
    expect(a.byline).toBe('Aigerim Toleukhanova');
    const b = read('a.txt', story('Tokayev visits Beijing', 'June 3, 2025', 'By Aigerim Toleukhanova', 'Pipeline Talks Resume'));
    expect(b.byline).toBe('Aigerim Toleukhanova');
  });
});
