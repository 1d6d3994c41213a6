// Scores whole-article extraction against gold files (the ../shared/gold format) found under fixtures/.
// A record type is scored for a file only when its gold file has that key, so a fixture can target one thing.
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { extractArticle } from '../pipeline.js';
import { readArticles, type Format } from '../read/index.js';
import type { Actor, Agreement, DateRef, Extraction } from '../model.js';
import { GoldArticleSchema, type GoldArticle } from './gold.js';

type GoldAgreement = NonNullable<GoldArticle['agreements']>[number];
import { add, fold, match, zero, type Count, type Row } from './score.js';

export interface Miss {
  file: string;
  metric: string;
  kind: 'missed' | 'spurious';
  what: string;
}

export function goldFiles(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.gold.json')) out.push(p);
    }
  };
  walk(join(root, 'fixtures'));
  return out.sort();
}

/**
 * One suite per fixtures/ folder (seeds, readers, heldout ...), so figures on articles the rules were written
 * from are never mixed with figures on held-out articles.
 */
export function scoreArticles(root: string, misses: Miss[] = []): Row[] {
  const totals = new Map<string, Map<string, Count>>();
  for (const goldPath of goldFiles(root)) {
    const gold = GoldArticleSchema.parse(JSON.parse(readFileSync(goldPath, 'utf8')));
    const file = join(root, gold.file);
    const label = relative(root, file);
    let ex: Extraction;
    try {
      const outcome = readArticles(file, readFileSync(file), {
        format: gold.format as Format | undefined,
        published: gold.published_override ?? null,
      });
      if (outcome.articles.length === 0) throw new Error(outcome.errors.join('; ') || 'no article');
      ex = extractArticle(outcome.articles[0]!);
    } catch (e) {
      // An article that cannot be read scores as one where nothing was found; the run goes on.
      misses.push({ file: label, metric: 'read', kind: 'missed', what: `could not be read: ${(e as Error).message}` });
      ex = nothingFound(file);
    }
    const suite = relative(join(root, 'fixtures'), goldPath).split(/[\\/]/)[0]!;
    const metrics = totals.get(suite) ?? totals.set(suite, new Map()).get(suite)!;
    for (const [metric, count] of scoreOne(gold, ex, (m, kind, what) => misses.push({ file: label, metric: m, kind, what }))) {
      add(metrics.get(metric) ?? metrics.set(metric, zero()).get(metric)!, count);
    }
  }
  return [...totals].flatMap(([suite, metrics]) => [...metrics].map(([metric, c]) => ({ suite, metric, ...c })));
}

function nothingFound(source: string): Extraction {
  return {
    article: { id: '', source, title: null, byline: null, outlet: null, url: null, published: null, text: '', captions: [] },
    sentences: [], actors: [], mentions: [], dates: [], quotes: [], agreements: [], events: [],
  };
}

type Report = (metric: string, kind: 'missed' | 'spurious', what: string) => void;

function scoreOne(gold: GoldArticle, ex: Extraction, report: Report): [string, Count][] {
  const rows: [string, Count][] = [];
  const byId = new Map(ex.actors.map((a) => [a.id, a]));
  const names = (a: Actor | undefined): string[] => (a ? [a.name, ...a.aliases].map(fold) : []);
  const metric = <G, P>(name: string, g: G[], p: P[], same: (g: G, p: P) => boolean, show: (x: G | P) => string,
    ignore?: (p: P) => boolean): void => {
    rows.push([name, match(g, p, same, (x) => report(name, 'missed', show(x)), (x) => report(name, 'spurious', show(x)), ignore)]);
  };

  const meta: [string, string | null | undefined, string | null][] = [
    ['title', gold.title, ex.article.title],
    ['byline', gold.byline, ex.article.byline],
    ['published', gold.published, ex.article.published],
    ['url', gold.url_in_file, ex.article.url],
    // The outlet is scored only where the file itself carries a URL or names the outlet.
    ['outlet', gold.url_in_file || gold.outlet_in_text ? gold.outlet : undefined, ex.article.outlet],
  ];
  for (const [field, g, p] of meta) {
    if (g === undefined) continue;
    metric(`metadata: ${field}`, g === null ? [] : [g], p === null ? [] : [p], (a, b) => fold(a) === fold(b), String);
  }

  const actorMetric = (name: string, kind: Actor['kind'], goldNames: { name: string; aliases: string[] }[] | undefined): void => {
    if (!goldNames) return;
    const predicted = ex.actors.filter((a) => a.kind === kind);
    metric(name, goldNames, predicted, (g, p) => {
      const pn = names(p);
      return [g.name, ...g.aliases].some((n) => pn.includes(fold(n)));
    }, (x) => ('kind' in x ? `${x.name} (${x.kind})` : x.name));
  };
  actorMetric('actors: person', 'person', gold.people);
  actorMetric('actors: organization', 'organization', gold.organizations);
  actorMetric('actors: country', 'country', gold.countries?.map((name) => ({ name, aliases: [] })));

  if (gold.quotes) {
    const gq = gold.quotes.map((q) => ({ ...q, kind: q.kind === 'indirect' ? 'reported' : 'direct', norm: words(q.text) }));
    const pq = ex.quotes.map((q) => ({ ...q, norm: words(q.text), speakerNames: names(byId.get(q.speaker ?? '')) }));
    // A quote interrupted by "he said" is two records but one gold quote: the longer part matches it,
    // and the other part is not counted against us.
    const sameSpan = (g: (typeof gq)[number], p: (typeof pq)[number]): boolean => g.kind === p.kind && overlaps(g.norm, p.norm);
    const covered = (p: (typeof pq)[number]): boolean => gq.some((g) => g.kind === p.kind && g.norm.includes(p.norm));
    const show = (x: { text: string; speaker: string | null; kind: string }): string => `[${x.kind}] ${x.speaker ?? '?'}: ${x.text.slice(0, 70)}`;
    metric('quotes: span', gq, pq, sameSpan, show, covered);
    metric('quotes: span+speaker', gq, pq, (g, p) => sameSpan(g, p) && g.speaker !== null && p.speakerNames.includes(fold(g.speaker)), show, covered);
  }

  if (gold.agreements) {
    const partyNames = (ids: string[]): string[][] => ids.map((id) => names(byId.get(id)));
    // The same agreement: the same evidence sentence, and triggers that share a content word.
    const same = (g: GoldAgreement, p: Agreement): boolean =>
      overlaps(words(g.evidence), words(p.text), 0.3) && sharesWord(g.trigger, p.trigger);
    const otherMention = (p: Agreement): boolean => gold.agreements!.some((g) =>
      (g.other_mentions ?? []).some((m) => overlaps(words(m.evidence), words(p.text), 0.3)));
    const show = (x: GoldAgreement | Agreement): string =>
      `${x.parties.join(' + ')} :: ${x.trigger} :: ${'evidence' in x ? x.evidence : x.text}`.slice(0, 160);
    metric('agreements: trigger', gold.agreements, ex.agreements, same, show, otherMention);
    metric('agreements: parties+trigger', gold.agreements, ex.agreements, (g, p) => {
      if (!same(g, p)) return false;
      const pn = partyNames(p.parties);
      return g.parties.length === pn.length && g.parties.every((gp) => pn.some((n) => n.includes(fold(gp))));
    }, show, otherMention);
  }

  if (gold.dates) {
    const show = (x: { text: string; value: string }): string => `${x.text} = ${x.value}`;
    // A date line moved into article.published is found, as metadata; a date the gold lists once but the text
    // repeats is not an error each time it is found again.
    const inMetadata = (g: { text: string; value: string }): boolean =>
      !ex.article.text.includes(g.text) && g.value === ex.article.published;
    const golds = gold.dates.filter((g) => !inMetadata(g));
    const metadataHits = gold.dates.length - golds.length;
    const repeat = (p: DateRef): boolean => gold.dates!.some((g) => fold(g.text) === fold(p.text) && g.value === p.value);
    const withMetadata = (c: Count): Count => ({ ...c, tp: c.tp + metadataHits });
    rows.push(['dates: span', withMetadata(match(golds, ex.dates, (g, p) => overlaps(words(g.text), words(p.text)),
      (g) => report('dates: span', 'missed', show(g)), (p) => report('dates: span', 'spurious', show(p)), repeat))]);
    rows.push(['dates: value', withMetadata(match(golds, ex.dates, (g, p) => g.value === p.value && overlaps(words(g.text), words(p.text)),
      (g) => report('dates: value', 'missed', show(g)), (p) => report('dates: value', 'spurious', show(p)), repeat))]);
  }
  return rows;
}

/** Folded words joined by single spaces: punctuation and quote marks do not decide a match. */
function words(s: string): string {
  return fold(s).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

function overlaps(a: string, b: string, share = 0.5): boolean {
  if (!a || !b) return false;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return long.includes(short) && short.length >= long.length * share;
}

const FUNCTION_WORDS = new Set(['a', 'an', 'the', 'to', 'be', 'been', 'was', 'were', 'is', 'are', 'has', 'have', 'had', 'of', 'on', 'in', 'would', 'will', 'could']);

function sharesWord(a: string, b: string): boolean {
  const wa = new Set(words(a).split(' ').filter((w) => !FUNCTION_WORDS.has(w)));
  return words(b).split(' ').some((w) => wa.has(w));
}
