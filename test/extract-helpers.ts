// Building an extractor's input by hand: an analysed article, and the actors and mentions the actor extractor
// would have found, so quote and agreement rules are tested apart from actor recognition.
import { analyse, type Doc } from '../src/analyse/document.js';
import type { Actor, Mention } from '../src/model.js';
import type { ExtractContext } from '../src/extract/context.js';

export interface Who {
  id: string;
  kind: Actor['kind'];
  /** The canonical name first, then the other forms the text uses. */
  names: string[];
  role?: string;
}

/** An analysed article plus mentions for every occurrence of the given names (longest first, no overlaps). */
export function setup(text: string, who: Who[], captions: { start: number; end: number }[] = []): { doc: Doc; ctx: ExtractContext } {
  const doc = analyse({ id: 't', source: 'test', title: null, byline: null, outlet: null, url: null, published: '2025-03-10', text, captions });
  const actors: Actor[] = who.map((w) => ({ id: w.id, name: w.names[0]!, kind: w.kind, role: w.role ?? null, country: null, aliases: w.names.slice(1) }));
  const mentions: Mention[] = [];
  const names = who.flatMap((w) => w.names.map((n) => ({ n, id: w.id }))).sort((a, b) => b.n.length - a.n.length);
  for (const { n, id } of names) {
    for (let at = text.indexOf(n); at >= 0; at = text.indexOf(n, at + 1)) {
      const end = at + n.length;
      if (/\p{L}/u.test(text[at - 1] ?? '') || /\p{L}/u.test(text[end] ?? '')) continue;
      if (mentions.some((m) => at < m.end && end > m.start)) continue;
      mentions.push({ actor: id, start: at, end, text: n, sentence: 0 });
    }
  }
  return { doc, ctx: { actors, mentions, dates: [] } };
}
