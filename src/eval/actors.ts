// The actors suite: hand-written news sentences from varied beats (fixtures/actors/*.jsonl), each line
// {"text", "entities": [{"name", "kind", "aliases", "role", "country", "refs"?}]}. `refs` lists title-only
// references ("the French leader") that must resolve to the entity. Scores, per kind, which actors were found;
// for people, whether role and country are right; over mentions, whether they are found and clustered right.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { analyse } from '../analyse/document.js';
import { extractActors } from '../extract/actors/index.js';
import { ActorKind, type Actor } from '../model.js';
import type { Miss } from './articles.js';
import { add, fold, match, zero, type Count, type Row } from './score.js';

const GoldEntity = z.object({
  name: z.string(),
  kind: ActorKind,
  aliases: z.array(z.string()).default([]),
  role: z.string().nullable().default(null),
  country: z.string().nullable().default(null),
  refs: z.array(z.string()).default([]),
});
type GoldEntity = z.infer<typeof GoldEntity>;
const GoldLine = z.object({ text: z.string(), entities: z.array(GoldEntity) }).passthrough();

const KINDS = ActorKind.options;

export function scoreActors(root: string, misses: Miss[] = []): Row[] {
  const dir = join(root, 'fixtures', 'actors');
  const totals = new Map<string, Count>();
  // Per file as well: in-sample sets and dev sets written before tuning must be read apart.
  const perFile = new Map<string, Map<string, Count>>();
  const tally = (metric: string, c: Count, into = totals): void => {
    add(into.get(metric) ?? into.set(metric, zero()).get(metric)!, c);
  };
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort()) {
    const own = new Map<string, Count>();
    perFile.set(`actors/${file.replace(/\.jsonl$/, '')}`, own);
    readFileSync(join(dir, file), 'utf8').split('\n').forEach((line, n) => {
      if (!line.trim()) return;
      const gold = GoldLine.parse(JSON.parse(line));
      const label = `fixtures/actors/${file}:${n + 1}`;
      const report = (metric: string, kind: 'missed' | 'spurious', what: string): void => {
        misses.push({ file: label, metric, kind, what });
      };
      for (const [metric, count] of scoreLine(gold.text, gold.entities, report)) {
        tally(metric, count);
        tally(metric, count, own);
      }
    });
  }
  const rows = (suite: string, m: Map<string, Count>): Row[] => [...m].map(([metric, c]) => ({ suite, metric, ...c }));
  return [...rows('actors', totals), ...[...perFile].flatMap(([suite, m]) => rows(suite, m))];
}

type Report = (metric: string, kind: 'missed' | 'spurious', what: string) => void;

function names(x: { name: string; aliases: string[] }): string[] {
  return [x.name, ...x.aliases].map(fold);
}

function sameEntity(g: GoldEntity, p: Actor): boolean {
  const pn = names(p);
  return names(g).some((n) => pn.includes(n));
}

export function scoreLine(text: string, gold: GoldEntity[], report: Report): [string, Count][] {
  const doc = analyse({ id: 'fixture', source: 'fixture', title: null, byline: null, outlet: null, url: null,
    published: null, text, captions: [] });
  const result = extractActors(doc);
  const rows: [string, Count][] = [];

  const pairs: [GoldEntity, Actor][] = [];
  for (const kind of KINDS) {
    const g = gold.filter((e) => e.kind === kind);
    const p = result.actors.filter((a) => a.kind === kind);
    const metric = `actors: ${kind}`;
    rows.push([metric, match(g, p, (ge, pa) => {
      const ok = sameEntity(ge, pa);
      if (ok) pairs.push([ge, pa]);
      return ok;
    }, (x) => report(metric, 'missed', x.name), (x) => report(metric, 'spurious', `${x.name} [${x.aliases.join(', ')}]`))]);
  }

  // Role and country of the people found: a role matches when one contains the other ("ECB President" / "President").
  const role = zero();
  const country = zero();
  for (const [g, p] of pairs) {
    if (g.kind !== 'person') continue;
    if (g.role) {
      const a = fold(g.role);
      const b = fold(p.role ?? '');
      if (b && (a.includes(b) || b.includes(a))) role.tp++;
      else {
        role.fn++;
        if (b) role.fp++;
        report('actors: person role', 'missed', `${g.name}: ${g.role} (got ${p.role ?? 'none'})`);
      }
    } else if (p.role) role.fp += 0; // roles the gold leaves open are not counted either way
    if (g.country === p.country) {
      if (g.country) country.tp++;
    } else {
      if (g.country) country.fn++;
      if (p.country) country.fp++;
      report('actors: person country', g.country ? 'missed' : 'spurious', `${g.name}: ${g.country ?? 'none'} (got ${p.country ?? 'none'})`);
    }
  }
  rows.push(['actors: person role', role], ['actors: person country', country]);

  const [mentions, clusters] = scoreMentions(text, gold, result.mentions, report);
  rows.push(['actors: mentions (span)', mentions], ['actors: resolution (pairwise)', clusters]);
  return rows;
}

interface Occurrence {
  start: number;
  end: number;
  entity: number;
}

/** Every occurrence in the text of an entity's name, aliases and title-only references; longest first. */
function goldOccurrences(text: string, gold: GoldEntity[]): Occurrence[] {
  const forms = gold.flatMap((e, entity) => [e.name, ...e.aliases, ...e.refs].map((form) => ({ form, entity })))
    .sort((a, b) => b.form.length - a.form.length);
  const taken: Occurrence[] = [];
  for (const { form, entity } of forms) {
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'gu');
    for (const m of text.matchAll(re)) {
      const start = m.index;
      const end = start + m[0].length;
      if (!taken.some((o) => o.start < end && start < o.end)) taken.push({ start, end, entity });
    }
  }
  return taken.sort((a, b) => a.start - b.start);
}

function scoreMentions(text: string, gold: GoldEntity[], predicted: { actor: string; start: number; end: number }[],
  report: Report): [Count, Count] {
  const occ = goldOccurrences(text, gold);
  const aligned: { entity: number; actor: string }[] = [];
  const span = match(occ, predicted, (o, p) => o.start === p.start && o.end === p.end,
    (o) => report('actors: mentions (span)', 'missed', text.slice(o.start, o.end)));
  for (const o of occ) {
    const p = predicted.find((x) => x.start === o.start && x.end === o.end);
    if (p) aligned.push({ entity: o.entity, actor: p.actor });
  }
  // Predicted mentions of things the gold does not list are not mention errors when they sit inside a gold one.
  span.fp = predicted.filter((p) => !occ.some((o) => o.start <= p.start && p.end <= o.end)).length;
  const pairs = zero();
  for (let i = 0; i < aligned.length; i++) {
    for (let j = i + 1; j < aligned.length; j++) {
      const a = aligned[i]!;
      const b = aligned[j]!;
      const sameGold = a.entity === b.entity;
      const samePred = a.actor === b.actor;
      if (sameGold && samePred) pairs.tp++;
      else if (samePred) {
        pairs.fp++;
        report('actors: resolution (pairwise)', 'spurious', `${gold[a.entity]!.name} ~ ${gold[b.entity]!.name} as ${a.actor}`);
      } else if (sameGold) {
        pairs.fn++;
        report('actors: resolution (pairwise)', 'missed', `${gold[a.entity]!.name}: ${a.actor} / ${b.actor}`);
      }
    }
  }
  return [span, pairs];
}
