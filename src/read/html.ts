// HTML: metadata from the page head (meta tags, JSON-LD, canonical link, <time>), the story from Readability's
// main-content extraction (navigation, scripts, footers and related-story boxes dropped), walked into blocks.
import { DOMParser } from 'linkedom';
import { Readability } from '@mozilla/readability';
import type { Draft } from './index.js';
import { ReadError } from './errors.js';
import { finishArticle, type Block, type FieldMeta } from './finish.js';
import { parseDateLine, parseDateValue } from './dates.js';
import { cleanByline } from './fields.js';
import { knownOutlet } from './outlets.js';
import { squash } from './normalize.js';

/** The few DOM members the readers use (linkedom implements them; the project is built without DOM types). */
interface DomNode {
  nodeType: number;
  nodeName: string;
  localName?: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
  ownerDocument: { createTextNode(text: string): DomNode; createElement(name: string): DomNode };
  parentNode: DomNode | null;
  firstChild: DomNode | null;
  nextSibling: DomNode | null;
  getAttribute?(name: string): string | null;
  hasAttribute?(name: string): boolean;
  querySelector(selector: string): DomNode | null;
  querySelectorAll(selector: string): ArrayLike<DomNode>;
  getElementsByTagName(name: string): ArrayLike<DomNode>;
  remove(): void;
  appendChild(node: DomNode): DomNode;
  replaceChild(node: DomNode, old: DomNode): DomNode;
}
interface DomDocument extends DomNode {
  body: DomNode | null;
  documentElement: DomNode | null;
  createElement(name: string, options?: unknown): DomNode;
}

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'BUTTON', 'FORM', 'INPUT', 'SELECT',
  'TEXTAREA', 'IMG', 'PICTURE', 'SOURCE', 'VIDEO', 'AUDIO', 'CANVAS', 'OBJECT', 'EMBED', 'HEAD', 'TITLE', 'META', 'LINK']);
const BOILERPLATE = new Set(['NAV', 'HEADER', 'FOOTER', 'ASIDE', 'MENU', 'DIALOG']);
const BLOCK = new Set(['P', 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'UL', 'OL',
  'BLOCKQUOTE', 'FIGURE', 'FIGCAPTION', 'PRE', 'TABLE', 'TR', 'TD', 'TH', 'DL', 'DT', 'DD', 'HR', 'ADDRESS', 'CAPTION',
  'HEADER', 'FOOTER', 'ASIDE', 'NAV', 'CENTER', 'DETAILS', 'SUMMARY']);
const CAPTION_CLASS = /caption|credit/i;
const META_CLASS = /(?:^|[\s_-])(?:byline|author|authors|dateline|timestamp|publish(?:ed)?|posted|pubdate|date|time|meta|article-meta)(?:$|[\s_-])/i;
const UPDATED_CLASS = /updat|modif/i;

/** Article fields from the page, then its main content as blocks. */
export function readHtml(source: string, html: string): Draft {
  const names = checkShape(html);
  const document = parseChecked(html);
  const tags = elementsByTag(document);
  const fields = pageMetadata(document, tags);
  const { blocks, byline } = mainContent(document, tags, html, names);
  if (!fields.byline && byline) fields.byline = cleanByline(byline);
  return finishArticle(source, blocks, fields);
}

/** Blocks from an HTML fragment (a JSON field holding the body as HTML): no main-content extraction. */
export function htmlFragmentBlocks(html: string): Block[] {
  const document = parse(`<html><body>${html}</body></html>`);
  return document.body ? toBlocks(document.body) : [];
}

const parser = new DOMParser();
/** More elements than any article page has: beyond this the DOM library takes seconds, so the page is refused. */
const MAX_ELEMENTS = 150_000;
const MAX_DEPTH = 2_000;
// Elements that never hold others, or close themselves implicitly, do not add to the nesting depth.
const FLAT = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr',
  'p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'option', 'thead', 'tbody']);

/**
 * Refuses pages that no news site serves but that would make parsing take minutes (huge or absurdly deep). Returns
 * the names of the tags the page writes, opening or closing (a stray </p> makes a <p>): the only elements its DOM
 * can have, besides the frame parseChecked adds.
 */
function checkShape(html: string): Set<string> {
  const tag = /<(\/?)([a-zA-Z][a-zA-Z0-9-]{0,30})/g;
  const names = new Set(['html', 'head', 'body']);
  let elements = 0;
  let depth = 0;
  let m: RegExpExecArray | null;
  while ((m = tag.exec(html)) !== null) {
    const name = lowerName(m[2]!);
    names.add(name);
    if (m[1]) {
      if (!FLAT.has(name) && depth > 0) depth--;
      continue;
    }
    if (++elements > MAX_ELEMENTS) throw new ReadError(`HTML too large to read (more than ${MAX_ELEMENTS.toLocaleString('en')} elements)`);
    if (!FLAT.has(name) && ++depth > MAX_DEPTH) throw new ReadError(`HTML nested too deeply to read (more than ${MAX_DEPTH.toLocaleString('en')} levels)`);
  }
  return names;
}

function parse(html: string): DomDocument {
  checkShape(html);
  return parseChecked(html);
}

function parseChecked(html: string): DomDocument {
  // linkedom makes the first element the root of a page without <html>, so fragments get a proper frame.
  if (!/<html[\s>]/i.test(html.slice(0, 8192))) {
    const bare = html.replace(/^\s*<!doctype[^>]{0,200}>/i, '');
    html = /<(?:head|body)[\s>]/i.test(bare.slice(0, 8192)) ? `<html>${bare}</html>` : `<html><body>${bare}</body></html>`;
  }
  return (parser as unknown as { parseFromString(html: string, type: string): DomDocument }).parseFromString(html, 'text/html');
}

function mainContent(document: DomDocument, tags: PageElements, html: string, names: Set<string>): { blocks: Block[]; byline: string | null } {
  // Readability drops a lead photo that sits outside the story's container; its caption still belongs to the story.
  const figures = tags.figcaption.filter((el) => within(el, ['ARTICLE', 'MAIN']))
    .map((el) => squash(el.textContent ?? '')).filter(Boolean);
  let node: DomNode | null;
  let byline: string | null = null;
  try {
    const article = new PageReadability(document, names, {
      keepClasses: true,
      disableJSONLD: true,
      serializer: (n: unknown) => n as DomNode,
    }).parse();
    node = article?.content ?? null;
    byline = article?.byline ?? null;
  } catch {
    node = null;
  }
  const blocks = node ? toBlocks(node) : [];
  // Readability gives up on short or unusual pages; the page body without its furniture is the next best thing.
  const length = blocks.reduce((n, b) => n + b.text.length, 0);
  // The whole page's text as it was before Readability changed the document: parsed again, as it is seldom needed.
  if (length < 200 && length < cleanBodyText(parseChecked(html)).length * 0.5 && document.body) {
    const body = document.body;
    for (const tag of BOILERPLATE) for (const el of Array.from(body.querySelectorAll(tag.toLowerCase()))) el.remove();
    return { blocks: toBlocks(body), byline };
  }
  const present = new Set(blocks.map((b) => b.text));
  const lost = figures.filter((f) => !present.has(f)).map((text): Block => ({ text, caption: true, gapBefore: true }));
  return { blocks: [...lost, ...blocks], byline };
}

/** The Readability 0.6 private helper this subclass falls back to (its types are not published). */
interface ReadabilityInternals {
  _isProbablyVisible(node: DomNode): boolean;
}
const readabilityProto = Readability.prototype as unknown as ReadabilityInternals;

/**
 * Readability with some of its helpers done the cheap way on linkedom, giving the same article: its time went to
 * compiling a CSS selector for every tag look-up (dozens a page, most for tags the page does not have), building a
 * style object for every element it visits, and resolving URLs nobody here reads. Exported for the test that holds
 * it to Readability's own results (test/html-readability.test.ts): run it after upgrading Readability.
 */
export class PageReadability extends Readability<DomNode> {
  /** Lower-case names of every element the document has had: those of its source, then those Readability creates. */
  private readonly names: Set<string>;

  constructor(document: DomDocument, names: Set<string>, options: ConstructorParameters<typeof Readability<DomNode>>[1]) {
    super(document as never, options);
    this.names = names;
    // Readability creates elements (P, DIV, SPAN, H2...): their names join the page's, so no look-up misses them.
    const create = document.createElement;
    document.createElement = (name: string, options?: unknown): DomNode => {
      names.add(lowerName(name));
      return create.call(document, name, options);
    };
  }

  /**
   * The elements named (any case) under `node`, in document order, not looking inside <template>: as querySelectorAll.
   * Most of its calls ask for tags the page never had (iframe, input, font...): they need no walk.
   */
  _getAllNodesWithTag(node: DomNode, tagNames: string[]): DomNode[] {
    const names = new Set(tagNames.map(lowerName).filter((name) => this.names.has(name)));
    if (names.size === 0) return [];
    const found: DomNode[] = [];
    eachElement(node, (el) => {
      if (names.has(lowerName(el.localName ?? ''))) found.push(el);
    }, false);
    return found;
  }

  /**
   * Only the part that changes the tree: a javascript: link becomes its text (or a <span> of its children). The rest
   * makes link and image URLs absolute, which nothing here reads, and looked for a <base> through the whole page.
   */
  _fixRelativeUris(articleContent: DomNode): void {
    for (const link of this._getAllNodesWithTag(articleContent, ['a'])) {
      if (!link.getAttribute?.('href')?.startsWith('javascript:') || !link.parentNode) continue;
      const doc = link.ownerDocument;
      const only = link.childNodes.length === 1 ? link.childNodes[0]! : null;
      if (only?.nodeType === 3) {
        link.parentNode.replaceChild(doc.createTextNode(link.textContent ?? ''), link);
        continue;
      }
      const container = doc.createElement('span');
      while (link.firstChild) container.appendChild(link.firstChild);
      link.parentNode.replaceChild(container, link);
    }
  }

  /** An element without a style attribute has neither display:none nor visibility:hidden: no style object needed. */
  _isProbablyVisible(node: DomNode): boolean {
    if (!node.hasAttribute || node.hasAttribute('style')) return readabilityProto._isProbablyVisible.call(this, node);
    if (node.hasAttribute('hidden')) return false;
    if (!node.hasAttribute('aria-hidden') || node.getAttribute?.('aria-hidden') !== 'true') return true;
    const cls = (node as { className?: unknown }).className;
    return typeof cls === 'string' && cls.includes('fallback-image');
  }
}

/** Visits the elements under `root` in document order, without building a child list per element. */
function eachElement(root: DomNode, visit: (el: DomNode) => void, intoTemplates: boolean): void {
  // A document's first child may be its doctype, which has no next sibling in linkedom.
  let el: DomNode | null = root.nodeType === 9 ? (root as DomDocument).documentElement : root.firstChild;
  while (el) {
    let next: DomNode | null = null;
    if (el.nodeType === 1) {
      visit(el);
      if (intoTemplates || el.localName !== 'template') next = el.firstChild;
    }
    for (let up: DomNode | null = el; !next && up && up !== root; up = up.parentNode) next = up.nextSibling;
    el = next;
  }
}

/**
 * A string function remembered per input, for tag names: few distinct ones, asked for over and over. Bounded, as a
 * page may make up tag names of its own.
 */
function memoized(fn: (s: string) => string): (s: string) => string {
  const memo = new Map<string, string>();
  return (s) => {
    let out = memo.get(s);
    if (out === undefined) {
      if (memo.size >= 10_000) memo.clear();
      out = fn(s);
      memo.set(s, out);
    }
    return out;
  };
}
/** Tag names lower-cased once each (Readability creates elements with upper-case names). */
const lowerName = memoized((name) => name.toLowerCase());
const upperName = memoized((name) => name.toUpperCase());

function cleanBodyText(document: DomDocument): string {
  return squash(document.body?.textContent ?? '');
}

interface WalkState {
  blocks: Block[];
  buffer: string;
  caption: boolean;
  meta: boolean;
  heading: number;
}

/** Walks a content tree: block elements end a paragraph, inline text joins it, <br><br> splits it. */
function toBlocks(root: DomNode): Block[] {
  const state: WalkState = { blocks: [], buffer: '', caption: false, meta: false, heading: 0 };
  walk(root, state);
  flush(state);
  return state.blocks;
}

function walk(node: DomNode, state: WalkState): void {
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3) {
      state.buffer += child.textContent ?? '';
      continue;
    }
    if (child.nodeType !== 1) continue;
    const tag = upperName(child.localName ?? child.nodeName);
    if (SKIP.has(tag)) continue;
    if (tag === 'BR') {
      state.buffer += '\n';
      continue;
    }
    if (!BLOCK.has(tag)) {
      walk(child, state);
      continue;
    }
    flush(state);
    const saved = { caption: state.caption, meta: state.meta, heading: state.heading };
    const cls = `${child.getAttribute?.('class') ?? ''} ${child.getAttribute?.('id') ?? ''}`;
    if (tag === 'FIGCAPTION' || tag === 'FIGURE' || CAPTION_CLASS.test(cls)) state.caption = true;
    if (META_CLASS.test(cls)) state.meta = true;
    if (/^H[1-6]$/.test(tag)) state.heading = Number(tag[1]);
    walk(child, state);
    flush(state);
    Object.assign(state, saved);
  }
}

function flush(state: WalkState): void {
  const raw = state.buffer;
  if (raw === '') return;
  state.buffer = '';
  for (const para of raw.includes('\n') ? raw.split(/\n[ \t\u00a0]*\n/) : [raw]) {
    const text = squash(para);
    if (!text) continue;
    const block: Block = { text, gapBefore: true };
    // A class name is a hint, not proof: a long paragraph inside a "caption" or "meta" box is still story.
    if (state.caption && text.length <= 600) block.caption = true;
    if (state.meta && text.length <= 150) block.meta = true;
    if (state.heading) block.heading = state.heading;
    state.blocks.push(block);
  }
}

/** title, byline, published, url and outlet from meta tags, JSON-LD, the canonical link and <time>. */
function pageMetadata(document: DomDocument, tags: PageElements): FieldMeta {
  const meta = new Map<string, string>();
  for (const el of tags.meta) {
    const key = (el.getAttribute?.('property') ?? el.getAttribute?.('name') ?? el.getAttribute?.('itemprop') ?? '').toLowerCase();
    const value = el.getAttribute?.('content')?.trim();
    if (key && value && !meta.has(key)) meta.set(key, value);
  }
  const ld = jsonLd(tags.script);
  const first = (...keys: string[]): string | null => {
    for (const k of keys) {
      const v = meta.get(k);
      if (v) return v;
    }
    return null;
  };

  const outlet = first('og:site_name', 'application-name') ?? ld.publisher;
  const canonical = tags.link.find((el) => el.getAttribute?.('rel')?.toLowerCase() === 'canonical')
    ?.getAttribute?.('href') ?? null;
  const url = [canonical, first('og:url', 'twitter:url'), ld.url].find((u) => u && /^https?:\/\//i.test(u)) ?? null;
  // The first headline outside the page's header (where a site may put its logo in an <h1>).
  const h1El = tags.h1.find((el) => !insideBoilerplate(el));
  const h1 = squash(h1El?.textContent ?? '') || null;
  const titleTag = squash(tags.title[0]?.textContent ?? '') || null;
  const title = first('og:title', 'twitter:title', 'dc.title') ?? ld.headline ?? h1 ?? titleTag;

  const author = [first('author', 'article:author', 'dc.creator', 'byl', 'sailthru.author', 'parsely-author', 'citation_author',
    'cxenseparse:author', 'article.author'), ld.author]
    .find((a) => a && !/^https?:\/\//i.test(a)) ?? null;

  // Metadata first (meta tags, JSON-LD, <time datetime>), then a date the page shows; never a modified date.
  const stamps = [first('article:published_time', 'og:published_time', 'datepublished', 'publishdate', 'publish-date',
    'publish_date', 'pubdate', 'published-date', 'article.published', 'dc.date.issued', 'dc.date', 'dcterms.date', 'date',
    'sailthru.date', 'parsely-pub-date', 'article:published', 'og:article:published_time', 'originalpublicationdate', 'displaydate',
    'ptime', 'pdate', 'cxenseparse:recs:publishtime', 'citation_publication_date', 'citation_date'), ld.datePublished, timeStamp(tags.time)];
  const published = stamps.reduce<string | null>((found, v) => found ?? (v ? parseDateValue(v) : null), null) ?? shownDate(document);

  return {
    title: title ? stripSiteName(title, outlet) : null,
    byline: author ? cleanByline(author) : null,
    published,
    url,
    outlet: outlet ? knownOutlet(outlet) ?? outlet : null,
  };
}

/** A <time datetime> that marks publication: itemprop/pubdate first, then the first one in the article. */
function timeStamp(timeElements: DomNode[]): string | null {
  const times = timeElements.filter((el) => el.getAttribute?.('datetime'));
  const marked = times.find((el) => el.getAttribute?.('itemprop') === 'datePublished' || (el.getAttribute?.('pubdate') ?? null) !== null);
  if (marked) return marked.getAttribute?.('datetime') ?? null;
  for (const el of times) {
    if (!within(el, ['ARTICLE', 'MAIN'])) continue;
    const cls = `${el.getAttribute?.('class') ?? ''} ${el.parentNode?.getAttribute?.('class') ?? ''}`;
    if (!UPDATED_CLASS.test(cls)) return el.getAttribute?.('datetime') ?? null;
  }
  return null;
}

const DATE_ELEMENTS = '[class*="date"], [class*="publish"], [class*="posted"], [itemprop="datePublished"], time';
const NOT_PUBLISHED = /today|current|updat|modif/i;

/** A date the page shows near the story ("<span class="date">May 26, 2026</span>"), outside its header and footer. */
function shownDate(document: DomDocument): string | null {
  const candidates = Array.from(document.querySelectorAll(DATE_ELEMENTS));
  for (let i = 0; i < candidates.length && i < 50; i++) {
    const el = candidates[i]!;
    if (NOT_PUBLISHED.test(el.getAttribute?.('class') ?? '') || insideBoilerplate(el)) continue;
    const text = squash(el.textContent ?? '');
    const date = text.length <= 80 ? parseDateLine(text) : null;
    if (date) return date;
  }
  return null;
}

type PageElements = Record<'meta' | 'link' | 'h1' | 'title' | 'time' | 'script' | 'figcaption', DomNode[]>;

/**
 * The elements of the tags the page's metadata and captions come from, each list in document order, in one walk
 * (linkedom compiles a CSS selector on every query). Like getElementsByTagName, it looks inside <template>.
 */
function elementsByTag(document: DomDocument): PageElements {
  const out = { meta: [], link: [], h1: [], title: [], time: [], script: [], figcaption: [] } as PageElements;
  eachElement(document, (el) => {
    if (el.localName !== undefined && Object.hasOwn(out, el.localName)) out[el.localName as keyof PageElements].push(el);
  }, true);
  return out;
}

function within(el: DomNode, tags: string[]): boolean {
  for (let p = el.parentNode; p; p = p.parentNode) if (tags.includes(p.nodeName.toUpperCase())) return true;
  return false;
}

function insideBoilerplate(el: DomNode): boolean {
  for (let p = el.parentNode, depth = 0; p && depth < 12; p = p.parentNode, depth++) {
    if (BOILERPLATE.has(p.nodeName.toUpperCase())) return true;
    const cls = `${p.getAttribute?.('class') ?? ''} ${p.getAttribute?.('id') ?? ''}`;
    if (/(?:^|[\s_-])(?:header|footer|nav|sidebar|menu|related)(?:$|[\s_-])/i.test(cls)) return true;
  }
  return false;
}

interface LdArticle {
  headline: string | null;
  author: string | null;
  datePublished: string | null;
  url: string | null;
  publisher: string | null;
}

const ARTICLE_TYPES = /Article$|^BlogPosting$|^Report$|^LiveBlogPosting$/;

/** The first schema.org article object in the page's JSON-LD scripts (also inside @graph and arrays). */
function jsonLd(scripts: DomNode[]): LdArticle {
  const empty: LdArticle = { headline: null, author: null, datePublished: null, url: null, publisher: null };
  for (const script of scripts.filter((el) => el.getAttribute?.('type')?.toLowerCase() === 'application/ld+json')) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue;
    }
    const found = findArticle(data, 0);
    if (found) {
      const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v.trim() : null);
      const name = (v: unknown): string | null => {
        if (Array.isArray(v)) return v.map(name).filter(Boolean).join(', ') || null;
        if (v && typeof v === 'object') return str((v as Record<string, unknown>).name);
        return str(v);
      };
      const page = found.mainEntityOfPage;
      return {
        headline: str(found.headline) ?? str(found.name),
        author: name(found.author),
        datePublished: str(found.datePublished),
        url: str(found.url) ?? str(page) ?? (page && typeof page === 'object' ? str((page as Record<string, unknown>)['@id']) : null),
        publisher: name(found.publisher),
      };
    }
  }
  return empty;
}

function findArticle(data: unknown, depth: number): Record<string, unknown> | null {
  if (depth > 4 || !data || typeof data !== 'object') return null;
  if (Array.isArray(data)) {
    for (const item of data) {
      const hit = findArticle(item, depth + 1);
      if (hit) return hit;
    }
    return null;
  }
  const o = data as Record<string, unknown>;
  const types = ([] as unknown[]).concat(o['@type'] ?? []);
  if (types.some((t) => typeof t === 'string' && ARTICLE_TYPES.test(t))) return o;
  return findArticle(o['@graph'], depth + 1);
}

/** "Putin to visit Astana | The Moscow Times" loses its site name. */
function stripSiteName(title: string, site: string | null): string {
  const t = squash(title);
  const sep = [...t.matchAll(/\s+[|–—-]\s+/g)].pop();
  if (!sep) return t;
  const last = t.slice(sep.index + sep[0].length);
  const isSite = (site !== null && last.toLowerCase() === site.toLowerCase()) || knownOutlet(last) !== null;
  return isSite ? t.slice(0, sep.index) : t;
}
