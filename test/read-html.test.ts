// HTML pages: metadata from where sites put it, the story without the page around it.
import { describe, expect, it } from 'vitest';
import { readArticles } from '../src/read/index.js';

const read = (html: string) => readArticles('page.html', Buffer.from(html, 'utf8')).articles[0]!;
const story = [
  '<p>Kazakhstan and Uzbekistan agreed on Tuesday to finish rebuilding the Dostyk canal by the end of next year, the two governments said after talks in Astana.</p>',
  '<p>“Water is the question on which our farmers’ future depends,” Deputy Prime Minister Serik Zhumangarin told reporters after the meeting in the Kazakh capital.</p>',
  '<p>The canal, built in the Soviet era, loses almost a third of the water it carries through leaks, according to a study published last year.</p>',
].join('\n');

describe('HTML metadata', () => {
  it('reads Open Graph, author, published-time meta tags and the canonical link', () => {
    const a = read(`<!doctype html><html><head>
      <title>Canal deal agreed | The Astana Times</title>
      <meta property="og:title" content="Canal deal agreed">
      <meta property="og:site_name" content="The Astana Times">
      <meta name="author" content="Dana Omarova">
      <meta property="article:published_time" content="2026-04-14T09:30:00+05:00">
      <meta property="article:modified_time" content="2026-04-15T11:00:00+05:00">
      <link rel="canonical" href="https://astanatimes.com/2026/04/canal-deal-agreed/">
      </head><body><article>${story}</article></body></html>`);
    expect(a).toMatchObject({
      title: 'Canal deal agreed', byline: 'Dana Omarova', published: '2026-04-14',
      url: 'https://astanatimes.com/2026/04/canal-deal-agreed/', outlet: 'The Astana Times',
    });
  });

  it('reads schema.org JSON-LD, inside @graph', () => {
    const ld = JSON.stringify({ '@context': 'https://schema.org', '@graph': [
      { '@type': 'WebSite', name: 'Eurasianet' },
      { '@type': 'NewsArticle', headline: 'Canal deal agreed', datePublished: '2026-04-14T08:30:00Z',
        author: [{ '@type': 'Person', name: 'Joshua Kucera' }], publisher: { '@type': 'Organization', name: 'Eurasianet' },
        mainEntityOfPage: { '@id': 'https://eurasianet.org/canal-deal-agreed' } },
    ] });
    const a = read(`<html><head><title>Canal deal agreed - Eurasianet</title><script type="application/ld+json">${ld}</script></head><body><div>${story}</div></body></html>`);
    expect(a).toMatchObject({ title: 'Canal deal agreed', byline: 'Joshua Kucera', published: '2026-04-14', url: 'https://eurasianet.org/canal-deal-agreed', outlet: 'Eurasianet' });
  });

  it('strips the site name from <title> and takes the date from <time datetime> in the article', () => {
    const a = read(`<html><head><title>Canal deal agreed | Reuters</title></head><body>
      <header><time datetime="2026-04-20">Today</time></header>
      <article><p class="byline">By Dana Omarova</p><time datetime="2026-04-14T10:00">April 14</time>${story}</article></body></html>`);
    expect(a.title).toBe('Canal deal agreed');
    expect(a.published).toBe('2026-04-14');
    expect(a.byline).toBe('Dana Omarova');
    expect(a.text.startsWith('Kazakhstan and Uzbekistan agreed')).toBe(true);
  });

  it('reads the byline and date a blog-style page shows, but not the header\'s date of today', () => {
    const a = read(`<html><head><title>Leaders meet - Example Times</title></head><body>
      <div class="header"><span class="date">June 9, 2026</span><a href="/">Home</a></div>
      <div class="post"><h1 class="entry-title">Leaders meet</h1>
      <div class="entry-meta"><span class="author">By <a rel="author" href="/a/j">Jane Doe</a> and <a href="/a/k">John Roe</a></span>
      <span class="date">May 26, 2026</span></div>
      <div class="entry-content"><div class="wp-caption"><img src="x.jpg"><p class="wp-caption-text">Leaders in Astana. Photo: Akorda</p></div>
      ${story}<p><strong>Read more:</strong> <a href="/x">Water deal signed</a></p></div></div></body></html>`);
    expect(a).toMatchObject({ title: 'Leaders meet', byline: 'Jane Doe and John Roe', published: '2026-05-26' });
    expect(a.captions.map((c) => a.text.slice(c.start, c.end))).toEqual(['Leaders in Astana. Photo: Akorda']);
    expect(a.text).not.toContain('Water deal signed');
  });

  it('does not take a site logo in an <h1> for the headline', () => {
    const a = read(`<html><body><header><h1 class="logo">Example Times</h1></header><article><h1>Canal deal agreed</h1>${story}</article></body></html>`);
    expect(a.title).toBe('Canal deal agreed');
    expect(a.text).not.toContain('Example Times');
  });

  it('leaves the date unknown when the page carries none', () => {
    expect(read(`<html><body><h1>Canal deal agreed</h1>${story}</body></html>`).published).toBeNull();
  });
});

describe('HTML main content', () => {
  const page = `<html><head><title>Canal deal agreed</title><script>var tracking = "Subscribe now";</script><style>p { color: red }</style></head><body>
    <nav><a href="/">Home</a> <a href="/world">World news</a> <a href="/sport">Sport</a></nav>
    <article>
      <h1>Canal deal agreed</h1>
      <figure><img src="canal.jpg" alt=""><figcaption>Workers repair the Dostyk canal in March. Photo: Kazinform</figcaption></figure>
      ${story}
      <aside class="related"><h3>Related stories</h3><ul><li><a href="/a">Drought hits Kazakh farms</a></li></ul></aside>
      <p>The <a href="/x">work</a> will cost <strong>$120 million</strong>, engineers estimate.</p>
    </article>
    <footer><p>© 2026 Example News. All rights reserved.</p><p>Privacy policy</p></footer>
    <script>console.log("ad")</script></body></html>`;

  it('keeps the story and drops navigation, scripts, styles, related boxes and footers', () => {
    const a = read(page);
    expect(a.text).toContain('Kazakhstan and Uzbekistan agreed on Tuesday');
    expect(a.text).toContain('The work will cost $120 million, engineers estimate.');
    for (const junk of ['Home', 'Sport', 'tracking', 'color: red', 'Drought hits', 'All rights reserved', 'Privacy policy', 'console.log']) {
      expect(a.text).not.toContain(junk);
    }
  });

  it('keeps a figure caption in the text, marked as a caption', () => {
    const a = read(page);
    expect(a.captions.map((c) => a.text.slice(c.start, c.end))).toEqual(['Workers repair the Dostyk canal in March. Photo: Kazinform']);
  });

  it('separates paragraphs with a blank line and decodes entities', () => {
    const a = read('<html><body><article><p>Tom &amp; Jerry&rsquo;s first line, which is long enough to count as the story of this page.</p><p>Second&nbsp;paragraph of the story, also long enough to be kept by the extractor.</p></article></body></html>');
    expect(a.text).toBe('Tom & Jerry’s first line, which is long enough to count as the story of this page.\n\nSecond paragraph of the story, also long enough to be kept by the extractor.');
  });

  it('reads a fragment without <html> or <body>', () => {
    expect(read('<p>The ministers met in Brussels on Monday.</p><p>No deal was reached.</p>').text)
      .toBe('The ministers met in Brussels on Monday.\n\nNo deal was reached.');
  });

  it('refuses a page nested absurdly deep, with a clear message', () => {
    expect(() => read(`<html><body>${'<div>'.repeat(5000)}text</body></html>`)).toThrow(/nested too deeply/);
  });
});
