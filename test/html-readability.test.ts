// The HTML reader's Readability (PageReadability: cheaper tag look-ups, visibility checks and link handling on
// linkedom) finds the same article as Readability itself: same text, byline and title, and the same tree once the
// link and image URLs it no longer makes absolute are set aside. Run it again after upgrading Readability.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DOMParser } from 'linkedom';
import { Readability } from '@mozilla/readability';
import { PageReadability } from '../src/read/html.js';
import { generateArticles } from '../src/bench/corpus.js';
import { ROOT } from './helpers.js';

interface Page {
  querySelectorAll(selector: string): ArrayLike<{ localName: string }>;
}

const parse = (html: string): Page =>
  (new DOMParser() as unknown as { parseFromString(html: string, type: string): Page }).parseFromString(html, 'text/html');
const OPTIONS = { keepClasses: true, disableJSONLD: true, serializer: (n: unknown) => n };
const URL_ATTRIBUTES = / (?:href|src|srcset|poster)="[^"]*"/g;

function outcome(result: ReturnType<Readability<unknown>['parse']>): unknown {
  if (!result) return null;
  const { content, textContent, byline, title, excerpt } = result;
  return { tree: String(content).replace(URL_ATTRIBUTES, ''), textContent, byline, title, excerpt };
}

function both(html: string): { plain: unknown; page: unknown } {
  const plain = outcome(new Readability(parse(html) as never, OPTIONS).parse());
  const doc = parse(html);
  // Every element name the page has: what readHtml passes (it reads them from the source).
  const names = new Set(Array.from(doc.querySelectorAll('*'), (el) => el.localName.toLowerCase()));
  const page = outcome(new PageReadability(doc as never, names, OPTIONS as never).parse());
  return { plain, page };
}

const long = (words: string): string => `${words} `.repeat(40);
const EDGE_PAGES = [
  // Hidden by style, attribute and aria; a fallback image stays; a template's content; javascript: links.
  `<html><body><div style="display:none"><p>${long('Hidden by style.')}</p></div>
   <div style="visibility: hidden"><p>${long('Invisible.')}</p></div><div hidden><p>${long('Hidden.')}</p></div>
   <div aria-hidden="true" class="fallback-image x"><p>${long('Fallback image text.')}</p></div>
   <template><p>${long('Template text.')}</p></template>
   <article><p>${long('Story text, long enough to be the article.')}<a href="javascript:void(0)">a link</a>
   <a href="javascript:share()"><b>bold</b> and plain</a> <a href="/relative">relative</a><img src="/x.png"></p>
   <font>old font</font><p>${long('More story here.')}</p></article></body></html>`,
  // Too short on the first attempts: Readability tries again with fewer rules, re-reading the body each time.
  '<html><head><title>Short</title></head><body><div class="comment"><p>A short note.</p></div><aside>Side</aside></body></html>',
  // Upper-case tags in the source, a table of one cell, a stray </p>, a <noscript> image.
  `<HTML><BODY><DIV><TABLE><TR><TD><P>${long('A table cell holds the story.')}</P></TD></TR></TABLE></DIV></p>
   <img src="placeholder.gif"><noscript><img src="real.jpg"></noscript></BODY></HTML>`,
];

describe('PageReadability finds what Readability finds', () => {
  it('on the reader fixtures and held-out pages', () => {
    const dirs = ['readers', 'heldout2', 'heldout3'].map((d) => join(ROOT, 'fixtures', d));
    const files = dirs.flatMap((d) => readdirSync(d).filter((f) => /\.html?$/.test(f)).map((f) => join(d, f)));
    expect(files.length).toBeGreaterThan(5);
    for (const f of files) {
      const { plain, page } = both(readFileSync(f, 'utf8'));
      expect(page, f).toEqual(plain);
    }
  });

  it('on generated news pages', () => {
    let pages = 0;
    for (const a of generateArticles(300, 7)) {
      if (a.format !== 'html') continue;
      pages++;
      const { plain, page } = both(a.content);
      expect(page, a.name).toEqual(plain);
    }
    expect(pages).toBeGreaterThan(5);
  });

  it('on hidden elements, templates, javascript: links, retries and odd markup', () => {
    for (const html of EDGE_PAGES) {
      const { plain, page } = both(html);
      expect(page).toEqual(plain);
    }
  });
});
