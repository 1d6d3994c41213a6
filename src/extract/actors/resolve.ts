// Resolution inside one article: candidates become actors. Full names first; then surnames, transliteration
// variants and acronyms link to them; title-only references ("the Russian leader") link to an earlier person
// whose role and country fit. Nothing here guesses: what cannot be linked is dropped, not invented.
import type { Actor, ActorKind, Mention } from '../../model.js';
import { gazetteer, nameKey } from './gazetteer.js';
import { actorId } from './id.js';
import type { Candidate } from './recognise.js';
import { spellingKey } from './translit.js';
import { firstAtOrAfter } from '../sorted.js';

interface Cluster {
  kind: ActorKind;
  name: string;
  /** The name comes from the seed list of people, or is a canonical gazetteer name: keep it. */
  fixed: boolean;
  firstKey: string | null;
  lastKey: string | null;
  /** Spelling key of the whole name (people only: the name keys match people to people). */
  key: string;
  surfaces: string[];
  surfaceSet: Set<string>;
  role: string | null;
  roleClass: string | null;
  country: string | null;
  /** Start offsets of the mentions, kept sorted (binary search in `nearest`). */
  at: number[];
  mentions: Candidate[];
}

export interface Resolved {
  actors: Actor[];
  mentions: Mention[];
}

const NO_ALIAS = new Set(['capital:metonym', 'metonym']);

export function resolve(text: string, candidates: Candidate[]): Resolved {
  const sorted = [...candidates].sort((a, b) => a.start - b.start || b.end - a.end);
  const clusters: Cluster[] = [];
  /** Non-person clusters by kind and name. */
  const byKey = new Map<string, Map<string, Cluster>>();
  const keyed = (kind: string): Map<string, Cluster> => byKey.get(kind) ?? byKey.set(kind, new Map()).get(kind)!;
  /** Acronyms defined in the text ("Lyon Metals Group (LMG)") and listed aliases -> organization cluster. */
  const orgAliases = new Map<string, Cluster>();
  const surface = (c: Candidate): string => text.slice(c.start, c.end);

  /** Person clusters by the spelling key of their last and first name word, in creation order. */
  const byLast = new Map<string, Cluster[]>();
  const byFirst = new Map<string, Cluster[]>();
  const people: Cluster[] = [];
  /** "Al Noor" -> the organization whose surface "Al Noor Ports" starts with it (first registered wins). */
  const orgPrefixes = new Map<string, Cluster>();
  const addSurface = (cl: Cluster, s: string): void => {
    if (cl.surfaceSet.has(s)) return;
    cl.surfaceSet.add(s);
    cl.surfaces.push(s);
    if (cl.kind !== 'organization') return;
    for (let k = s.indexOf(' '); k > 0; k = s.indexOf(' ', k + 1)) {
      const prefix = s.slice(0, k);
      if (!orgPrefixes.has(prefix)) orgPrefixes.set(prefix, cl);
    }
  };

  /** The cluster a candidate went to so far ("known as Fito" looks up the name before it); asked rarely. */
  const clusterOf = (c: Candidate): Cluster | undefined => clusters.find((cl) => cl.mentions.includes(c));
  const attach = (cl: Cluster, c: Candidate): void => {
    cl.mentions.push(c);
    insertSorted(cl.at, c.start);
    const s = surface(c);
    if (!c.titleOnly && !NO_ALIAS.has(c.rule)) addSurface(cl, s);
    if (c.alias) addSurface(cl, c.alias);
    if (!c.titleOnly) {
      if (c.role && !cl.role) {
        cl.role = c.role;
        cl.roleClass = c.roleClass;
      }
      cl.country ??= c.country;
    }
  };
  const open = (kind: ActorKind, name: string, fixed: boolean, all: string[]): Cluster => {
    const person = kind === 'person';
    const words = person ? withoutSuffix(all) : all;
    const cl: Cluster = { kind, name, fixed, key: person ? nameKey(name) : '',
      firstKey: person && words.length > 1 ? spellingKey(words[0]!) : null,
      lastKey: person && words.length ? spellingKey(words[words.length - 1]!) : null, surfaces: [], surfaceSet: new Set(),
      role: null, roleClass: null, country: null, at: [], mentions: [] };
    clusters.push(cl);
    if (kind === 'person') {
      people.push(cl);
      if (cl.lastKey !== null) push(byLast, cl.lastKey, cl);
      if (cl.firstKey !== null) push(byFirst, cl.firstKey, cl);
    }
    return cl;
  };

  // A bare demonym ("Danish shipping group", "Russian border guards") mentions its country only when the article
  // names that country, or gives it as a person's country ("Kyrgyz President Sadyr Japarov").
  const weak = (c: Candidate): boolean => c.kind === 'country' && c.rule.endsWith('demonym');
  const anchored = new Set(sorted.filter((c) => c.kind === 'person' && c.country).map((c) => c.country!));
  // "South Korea's Hanwha Ocean ... Hanwha Ocean shares rose": a name the article shows to be an organization is one
  // wherever a place word in it made it look like a place.
  if (sorted.some((c) => c.kind === 'place' && c.rule === 'cue:place')) {
    const orgSurfaces = new Set(sorted.filter((c) => c.kind === 'organization').map(surface));
    for (const c of sorted) {
      if (c.kind === 'place' && c.rule === 'cue:place' && orgSurfaces.has(surface(c))) c.kind = 'organization';
    }
  }

  // Pass 1: listed and cue-classified countries, organizations and places; people named in full.
  for (const c of sorted) {
    if (c.titleOnly || c.kind === 'unknown' || weak(c)) continue;
    if (c.kind !== 'person') {
      const named = keyed(c.kind);
      const surf = surface(c);
      let cl = named.get(c.name) ?? (c.kind === 'organization' ? orgAliases.get(surf) : undefined);
      if (!cl) {
        cl = open(c.kind, c.name, c.rule.startsWith('gazetteer'), [c.name]);
        named.set(c.name, cl);
      }
      attach(cl, c);
      if (c.kind === 'organization') {
        orgAliases.set(surf, cl);
        const { first, last, initials } = shortForms(surf);
        // "Meridian" after "Meridian Lines": the distinctive first word of an unlisted name.
        if (first && !c.rule.startsWith('gazetteer') && !gazetteer().surfaces.has(first) && !orgAliases.has(first)) {
          orgAliases.set(first, cl);
        }
        // "City" after "Manchester City", "Lakers" after "Los Angeles Lakers": a distinctive last word likewise.
        if (last && !gazetteer().surfaces.has(last) && !gazetteer().nameCues.has(last) && !orgAliases.has(last)) {
          orgAliases.set(last, cl);
        }
        // "United Auto Workers ... UAW", "General Motors ... GM": the initials of a name the article gave in full.
        if (initials && !orgAliases.has(initials)) orgAliases.set(initials, cl);
        const acronym = parenWithin(text, c.end, 16) ? /^\s*\(([A-Z][A-Za-z&]{1,9})\)/.exec(text.slice(c.end, c.end + 16)) : null;
        if (acronym) orgAliases.set(acronym[1]!, cl);
      }
      continue;
    }
    if (c.words.length < 2) continue;
    // "Al Noor" after "Al Noor Ports": the start of an organization's name, not a person.
    const org = c.role || c.honorific || c.listed ? undefined : orgPrefixes.get(surface(c));
    if (org) {
      attach(org, c);
      continue;
    }
    // "Ahmed al-Sharaa, also known as Abu Mohammed al-Golani": another name given for the person just named.
    const prev = KNOWN_AS.test(text.slice(Math.max(0, c.start - 30), c.start)) ? sorted[sorted.indexOf(c) - 1] : undefined;
    const nicknamed = prev && (prev.kind === 'person' || prev.kind === 'unknown') && prev.sentence === c.sentence
      ? clusterOf(prev) ?? nearest(byLast.get(spellingKey(prev.words[prev.words.length - 1] ?? '')) ?? [], prev.start, true)
      : undefined;
    if (nicknamed) {
      attach(nicknamed, c);
      continue;
    }
    const cl = findPerson(byLast, c) ?? open('person', c.name, c.listed, nameWords(c));
    if (c.listed && !cl.fixed) {
      cl.name = c.name;
      cl.key = nameKey(cl.name);
      cl.fixed = true;
    } else if (!cl.fixed && c.words.length > wordCount(cl.name)) {
      cl.name = c.words.join(' ');
      cl.key = nameKey(cl.name);
    }
    attach(cl, c);
  }

  // Pass 2: single words: surnames (and spelling variants) of people named in full, acronyms, listed people.
  const listedPeople = gazetteer().people;
  for (let n = 0; n < sorted.length; n++) {
    const c = sorted[n]!;
    if (c.titleOnly || !(c.kind === 'unknown' || (c.kind === 'person' && c.words.length < 2))) continue;
    const word = c.words[0] ?? surface(c);
    const key = spellingKey(word);
    // "Jose Adolfo Macias, known as Fito,": a nickname given right after a person's name is that person.
    const named = KNOWN_AS.test(text.slice(Math.max(0, c.start - 30), c.start)) ? sorted[n - 1] : undefined;
    const nicknamed = named && named.kind === 'person' && named.sentence === c.sentence ? clusterOf(named) : undefined;
    let cl = nicknamed ?? nearest(byLast.get(key) ?? [], c.start)
      // "Sir Alan" after "Sir Alan Duncan"; "Yoon" after "Yoon Suk Yeol" (family name first).
      ?? nearest(byFirst.get(key) ?? [], c.start)
      ?? (c.kind === 'unknown' || !(c.role || c.honorific) ? orgAliases.get(word) ?? null : null);
    if (!cl && c.kind === 'person' && c.listed) cl = open('person', c.name, true, c.name.split(' '));
    if (!cl) {
      const listed = listedPeople.get(nameKey(word));
      if (listed) cl = open('person', listed, true, listed.split(' '));
    }
    if (!cl && c.personCue && c.kind === 'person') cl = open('person', word, false, [word]);
    if (!cl && c.kind === 'unknown' && c.rule !== 'headline:word') {
      // "producers such as SQM and Albemarle": a word listed with organizations is one too.
      const near = coordinatedOrg(text, sorted, n);
      if (near) cl = open('organization', word, false, [word]);
    }
    if (!cl) continue;
    attach(cl, c);
  }

  // Pass 3: title-only references link back to the nearest earlier person with that role class and country.
  for (const c of sorted) {
    if (!c.titleOnly) continue;
    const org = c.rule.startsWith('title-only:') ? c.rule.slice('title-only:'.length) : null;
    const fits = people.filter((p) => p.at.length > 0 && p.at[0]! < c.start
      && p.roleClass === c.roleClass
      && (!c.country || p.country === c.country)
      && (!org || (p.role ?? '').includes(org) || p.country === c.country));
    const cl = nearest(fits, c.start, true);
    if (cl) attach(cl, c);
  }

  for (const c of sorted) {
    if (!weak(c)) continue;
    const named = keyed('country');
    let cl = named.get(c.name);
    if (!cl && anchored.has(c.name)) {
      cl = open('country', c.name, true, [c.name]);
      named.set(c.name, cl);
    }
    if (cl) attach(cl, c);
  }

  return build(text, clusters);
}

const KNOWN_AS = /[,(]\s*(?:also\s+|better\s+|widely\s+)?(?:known|nicknamed|dubbed|called)\s+(?:as\s+)?["“']?$/;

interface ShortForms {
  first: string | undefined;
  last: string | undefined;
  initials: string | null;
}

/** The shorter forms an organization's surface may be named by later; remembered, as names recur across articles. */
const shortFormMemo = new Map<string, ShortForms>();

function shortForms(surf: string): ShortForms {
  let forms = shortFormMemo.get(surf);
  if (forms === undefined) {
    if (shortFormMemo.size > 50_000) shortFormMemo.clear();
    const spaced = surf.includes(' ');
    forms = {
      first: spaced ? /^(\p{Lu}[\p{L}-]+) \p{Lu}/u.exec(surf)?.[1] : undefined,
      last: spaced ? /^\p{Lu}[\p{L}.-]*(?: [\p{L}.&-]+)* (\p{Lu}[\p{Ll}-]+)$/u.exec(surf)?.[1] : undefined,
      initials: initialsOf(surf),
    };
    shortFormMemo.set(surf, forms);
  }
  return forms;
}

/** A '(' in text[from, from + width): what the indexOf('(', from) < from + width test asked, without the scan past it. */
function parenWithin(text: string, from: number, width: number): boolean {
  const to = Math.min(text.length, from + width);
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 40) return true;
  return false;
}

const MULTI_WORD = /[\s-]/;
const MINOR = new Set(['of', 'for', 'and', 'the', 'de', 'du', 'des', 'la', 'le', 'on', 'in', '&']);

/** "UAW" for "United Auto Workers", "OSCE" for "Organization for Security and Co-operation in Europe"; null if short. */
function initialsOf(name: string): string | null {
  if (!MULTI_WORD.test(name)) return null;
  const words = name.split(/[\s-]+/).filter((w) => w && !MINOR.has(w.toLowerCase()));
  if (words.length < 2 || words.some((w) => !/^\p{Lu}/u.test(w))) return null;
  return words.map((w) => w[0]).join('');
}

/** The number of words `name.split(' ')` gives. */
function wordCount(name: string): number {
  let n = 1;
  for (let k = name.indexOf(' '); k >= 0; k = name.indexOf(' ', k + 1)) n++;
  return n;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function insertSorted(xs: number[], x: number): void {
  if (!xs.length || xs[xs.length - 1]! <= x) xs.push(x);
  else xs.splice(firstAtOrAfter(xs, x), 0, x);
}

const COORDINATION = /^\s*(?:,|and|or|&|, and)\s*$/;

/** Is the unknown word `c` coordinated with an organization ("SQM and Albemarle", "Apple, Google and Meta")? */
function coordinatedOrg(text: string, sorted: Candidate[], k: number): boolean {
  const c = sorted[k]!;
  const prev = sorted[k - 1];
  const next = sorted[k + 1];
  return (!!prev && prev.kind === 'organization' && prev.sentence === c.sentence && COORDINATION.test(text.slice(prev.end, c.start)))
    || (!!next && next.kind === 'organization' && next.sentence === c.sentence && COORDINATION.test(text.slice(c.end, next.start)));
}

function nameWords(c: Candidate): string[] {
  return c.listed ? c.name.split(' ') : c.words;
}

/** The person a full name belongs to: same surname key, and first names that agree (or an initial that fits). */
// "Robert F. Kennedy Jr.", "Abdullah II": a generational suffix is not the surname.
const SUFFIX = /^(?:Jr\.?|Sr\.?|II|III|IV)$/;

function withoutSuffix(words: string[]): string[] {
  return words.length > 1 && SUFFIX.test(words[words.length - 1]!) ? words.slice(0, -1) : words;
}

function findPerson(byLast: Map<string, Cluster[]>, c: Candidate): Cluster | undefined {
  const words = withoutSuffix(nameWords(c));
  const first = spellingKey(words[0]!);
  const last = spellingKey(words[words.length - 1]!);
  const full = nameKey(words.join(' '));
  return byLast.get(last)?.find((p) => (p.lastKey === last && (p.key === full
    || p.key.endsWith(` ${full}`) // "Van Kerkhove" after "Maria Van Kerkhove"
    || (p.key.includes(' ') && full.endsWith(` ${p.key}`))) // "Andrés Manuel López Obrador" after "López Obrador"
    || (p.lastKey === last && (p.firstKey === null || p.firstKey === first
      || (p.firstKey.length <= 2 && first.startsWith(p.firstKey[0]!)) || (first.length <= 2 && p.firstKey.startsWith(first[0]!))))));
}

/** The cluster mentioned last before `offset`; failing that (unless `before` only), the first one after it. */
function nearest(cands: Cluster[], offset: number, before = false): Cluster | null {
  let best: Cluster | null = null;
  let bestAt = -1;
  for (const cl of cands) {
    const k = firstAtOrAfter(cl.at, offset);
    const x = cl.at[k - 1];
    if (x !== undefined && x > bestAt) [best, bestAt] = [cl, x];
  }
  if (best || before) return best;
  let firstAt = Infinity;
  for (const cl of cands) {
    const k = firstAtOrAfter(cl.at, offset + 1);
    const x = cl.at[k];
    if (x !== undefined && x < firstAt) [best, firstAt] = [cl, x];
  }
  return best;
}

/** A key for the span [start, end) of `text`: a number while the product stays exact, else a string. */
function spanKey(text: string, start: number, end: number): number | string {
  return text.length < 0x4000000 ? start * (text.length + 1) + end : `${start}:${end}`;
}

function build(text: string, clusters: Cluster[]): Resolved {
  const actors = new Map<string, Actor>();
  const mentions: Mention[] = [];
  /** Spans already given, per actor id. */
  const seen = new Map<string, Set<number | string>>();
  for (const cl of clusters) {
    if (!cl.mentions.length) continue;
    const id = actorId(cl.kind, cl.name);
    const actor = actors.get(id) ?? { id, name: cl.name, kind: cl.kind, role: cl.role, country: cl.country, aliases: [] };
    actor.role ??= cl.role;
    actor.country ??= cl.country;
    for (const s of cl.surfaces) if (s !== actor.name && !actor.aliases.includes(s)) actor.aliases.push(s);
    actors.set(id, actor);
    const spans = seen.get(id) ?? seen.set(id, new Set()).get(id)!;
    for (const m of cl.mentions) {
      const key = spanKey(text, m.start, m.end);
      if (spans.has(key)) continue;
      spans.add(key);
      mentions.push({ actor: id, start: m.start, end: m.end, text: text.slice(m.start, m.end), sentence: m.sentence });
    }
  }
  mentions.sort((a, b) => a.start - b.start || a.end - b.end);
  return { actors: [...actors.values()], mentions };
}
