// The actor lexicons (src/lexicons/*.txt) compiled once into look-up tables.
import type { ActorKind } from '../../model.js';
import { lexicon, listField } from '../../lexicons/load.js';
import { spellingKey } from './translit.js';

/** What a listed surface form stands for. */
export interface Entry {
  kind: ActorKind;
  /** Canonical name of the actor the surface refers to. */
  name: string;
  /** Country of a national body, place or person role; null when none. */
  country: string | null;
  /** How the surface names it: a demonym only modifies ("Russian"), a capital may stand for its country. */
  via: 'name' | 'demonym' | 'capital' | 'metonym' | 'person';
  /** Organization type from organizations.txt (government, agency, company, club ...). */
  type?: string;
}

export interface Gazetteer {
  /** Exact (case-sensitive) surface form -> entry. */
  surfaces: Map<string, Entry>;
  /** Some surface is written all in lower case (else a lower-case word needs no look-up). */
  caselessSurfaces: boolean;
  /** Longest surface, in words. */
  maxWords: number;
  /** Every word-prefix of every surface ("Eurasian", "Eurasian Economic", ...): where a longest match can stop. */
  prefixes: Set<string>;
  /** The listed surfaces as a tree of words, by first word: a match walks it word by word without building keys. */
  heads: Map<string, Head>;
  /** Word-prefixes of role heads (folded), and their last words. */
  rolePrefixes: Set<string>;
  roleLast: Set<string>;
  /** Lower-case words that may start a listed surface ("von der Leyen", "mainland China"). */
  lowerStarts: Set<string>;
  /** Their first characters (1 at each char code): most lower-case words are refused without hashing them. */
  lowerStartChars: Uint8Array;
  countries: Map<string, Entry>;
  /** Country -> its first demonym ("Armenia" -> "Armenian"), to name national institutions. */
  demonymOf: Map<string, string>;
  /** Lower-case heads of national institutions ("ministry", "central bank"). */
  institutions: Set<string>;
  /** First words of the heads of more than one word ("central"). */
  institutionStarts: Set<string>;
  /** Role head (folded) -> class; multi-word heads included. */
  roles: Map<string, string>;
  /** The same heads word by word, for walking along tokens without building keys. */
  roleTrie: RoleNode;
  roleMaxWords: number;
  modifiers: Set<string>;
  honorifics: Set<string>;
  stopwords: Set<string>;
  /** Lower-case plural nouns for groups of people ("residents", "analysts") that open sentences. */
  generic: Set<string>;
  /** Lower-case nouns that make the name beside them a thing ("the tanker Eagle S", "the Global Gateway programme"). */
  thingsBefore: Set<string>;
  thingsAfter: Set<string>;
  /** Lower-case adjectives of regions, peoples and faiths that end no name ("Central Asian", "Sunni Muslim"). */
  groupAdjectives: Set<string>;
  /** Word inside a name -> organization / place / discard. */
  nameCues: Map<string, string>;
  /** Lower-case noun -> kind, for a name just before it. */
  nounsAfter: Map<string, ActorKind>;
  /** Lower-case noun -> kind, for a name just after it. */
  nounsBefore: Map<string, ActorKind>;
  /** First words of the type nouns of more than one word, after and before a name. */
  nounsAfterFirst: Set<string>;
  nounsBeforeFirst: Set<string>;
  /** Spelling key of a listed person's surname or variant -> canonical name. */
  people: Map<string, string>;
}

/** What a word-prefix of the listed surfaces is: a surface itself, and/or the start of longer ones. */
export interface Head {
  entry: Entry | undefined;
  /** The prefixes one word longer, by that word ("&" is a word: "Procter & Gamble"); undefined when no surface goes on. */
  next: Map<string, Head> | undefined;
}

/** The surfaces' word-prefixes as a tree (what `prefixes` holds, split at the spaces). */
function headTree(surfaces: Map<string, Entry>): Map<string, Head> {
  const root = new Map<string, Head>();
  for (const [surface, entry] of surfaces) {
    let level = root;
    let head: Head | undefined;
    for (const word of surface.split(' ')) {
      if (head) level = head.next ??= new Map();
      head = level.get(word);
      if (!head) level.set(word, (head = { entry: undefined, next: undefined }));
    }
    head!.entry = entry;
  }
  return root;
}

/** A word of a role head: the class when the head may end here, and the words that may follow. */
export interface RoleNode {
  cls: string | undefined;
  next: Map<string, RoleNode>;
}

function roleTrie(roles: Map<string, string>): RoleNode {
  const root: RoleNode = { cls: undefined, next: new Map() };
  for (const [head, cls] of roles) {
    let node = root;
    for (const word of head.split(' ')) {
      let child = node.next.get(word);
      if (!child) node.next.set(word, (child = { cls: undefined, next: new Map() }));
      node = child;
    }
    node.cls = cls;
  }
  return root;
}

/** 1 at the char code of each word's first character. */
function charTable(words: Iterable<string>): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (const w of words) table[w.charCodeAt(0)] = 1;
  return table;
}

/** The first words of the phrases of more than one word. */
function firstWords(phrases: Iterable<string>): Set<string> {
  const firsts = new Set<string>();
  for (const p of phrases) if (p.includes(' ')) firsts.add(p.slice(0, p.indexOf(' ')));
  return firsts;
}

let cached: Gazetteer | undefined;

const nameKeys = new Map<string, string>();

/** Spelling key of a whole name, word by word (remembered: names recur across articles). */
export function nameKey(name: string): string {
  let key = nameKeys.get(name);
  if (key === undefined) {
    if (nameKeys.size > 50_000) nameKeys.clear();
    key = name.split(/\s+/).map(spellingKey).join(' ');
    nameKeys.set(name, key);
  }
  return key;
}

export function gazetteer(): Gazetteer {
  cached ??= build();
  return cached;
}

function build(): Gazetteer {
  const surfaces = new Map<string, Entry>();
  const countries = new Map<string, Entry>();
  const demonymOf = new Map<string, string>();
  // The first listing of a surface wins, so the order of the files decides clashes (London: UK before England).
  const put = (surface: string, e: Entry): void => {
    if (surface && !surfaces.has(surface)) surfaces.set(surface, e);
    // News often drops the accents: "Medecins Sans Frontieres", "Pogacar", "Telefonica".
    const plain = surface.normalize('NFKD').replace(/\p{M}/gu, '');
    if (plain !== surface && !surfaces.has(plain)) surfaces.set(plain, e);
  };

  for (const [name = '', aliases, demonyms, capitals] of lexicon('countries')) {
    const country: Entry = { kind: 'country', name, country: name, via: 'name' };
    countries.set(name, country);
    put(name, country);
    for (const a of listField(aliases)) put(a, country);
    for (const d of listField(demonyms)) {
      if (!demonymOf.has(name)) demonymOf.set(name, d);
      const e: Entry = { ...country, via: 'demonym' };
      put(d, e);
      if (/(an|i)$/.test(d)) put(`${d}s`, e);
    }
    for (const c of listField(capitals)) put(c, { kind: 'place', name: c, country: name, via: 'capital' });
  }
  for (const [surface = '', kind, referent = ''] of lexicon('metonyms')) {
    surfaces.set(surface, { kind: kind as ActorKind, name: referent, country: null, via: 'metonym' });
  }
  for (const [name = '', type, aliases, country] of lexicon('organizations')) {
    const e: Entry = { kind: 'organization', name, country: country || null, via: 'name', type };
    put(name, e);
    for (const a of listField(aliases)) put(a, e);
  }
  for (const [name = '', aliases, country] of lexicon('places')) {
    const e: Entry = { kind: 'place', name, country: country || null, via: 'name' };
    put(name, e);
    for (const a of listField(aliases)) put(a, e);
  }
  const people = new Map<string, string>();
  for (const [name = '', variants] of lexicon('people')) {
    const e: Entry = { kind: 'person', name, country: null, via: 'person' };
    for (const v of [name, ...listField(variants)]) {
      put(v, e);
      people.set(nameKey(v), name);
    }
  }

  let maxWords = 1;
  const lowerStarts = new Set<string>();
  const prefixes = new Set<string>();
  for (const s of surfaces.keys()) {
    const words = s.split(' ');
    maxWords = Math.max(maxWords, words.length);
    for (let n = 1; n <= words.length; n++) prefixes.add(words.slice(0, n).join(' '));
    if (/^\p{Ll}/u.test(s)) lowerStarts.add(s.split(' ')[0]!);
  }

  const roles = new Map<string, string>();
  const rolePrefixes = new Set<string>();
  const roleLast = new Set<string>();
  let roleMaxWords = 1;
  const addRole = (words: string[], cls: string): void => {
    if (roles.has(words.join(' '))) return;
    roles.set(words.join(' '), cls);
    for (let n = 1; n <= words.length; n++) rolePrefixes.add(words.slice(0, n).join(' '));
    roleLast.add(words[words.length - 1]!);
    roleMaxWords = Math.max(roleMaxWords, words.length);
  };
  for (const [head = '', cls = 'official'] of lexicon('roles')) addRole(head.toLowerCase().split(' '), cls);
  // Plurals of multi-word titles: "Deputy Prime Ministers Mher Grigoryan and Shahin Mustafayev", "Foreign Ministers".
  for (const [head = '', cls = 'official'] of lexicon('roles')) {
    const words = head.toLowerCase().split(' ');
    const last = words[words.length - 1]!;
    if (words.length < 2 || !/[a-z]$/.test(last) || last.endsWith('s')) continue;
    addRole([...words.slice(0, -1), last.endsWith('man') ? `${last.slice(0, -3)}men` : `${last}s`], cls);
  }
  const pairs = (name: string): Map<string, string> => new Map(lexicon(name).map(([a = '', b = '']) => [a, b]));
  const nounsAfter = new Map<string, ActorKind>();
  const nounsBefore = new Map<string, ActorKind>();
  for (const [noun = '', kind = '', side = ''] of lexicon('type-nouns')) {
    if (side === 'after' || side === 'both') nounsAfter.set(noun, kind as ActorKind);
    if (side === 'before' || side === 'both') nounsBefore.set(noun, kind as ActorKind);
  }
  return {
    surfaces,
    caselessSurfaces: [...surfaces.keys()].some((k) => k === k.toLowerCase()),
    maxWords,
    prefixes,
    heads: headTree(surfaces),
    rolePrefixes,
    roleLast,
    lowerStarts,
    lowerStartChars: charTable(lowerStarts),
    countries,
    demonymOf,
    institutions: new Set(lexicon('institutions').map((r) => r[0]!)),
    institutionStarts: new Set(lexicon('institutions').filter((r) => r[0]!.includes(' ')).map((r) => r[0]!.split(' ')[0]!)),
    roles,
    roleTrie: roleTrie(roles),
    roleMaxWords,
    modifiers: new Set(lexicon('role-modifiers').map((r) => r[0]!.toLowerCase())),
    honorifics: new Set(lexicon('honorifics').map((r) => r[0]!)),
    stopwords: new Set(lexicon('name-stopwords').map((r) => r[0]!.toLowerCase())),
    generic: new Set(lexicon('generic-nouns').map((r) => r[0]!.toLowerCase())),
    thingsBefore: new Set(lexicon('thing-nouns').filter((r) => r[1] !== 'after').map((r) => r[0]!.toLowerCase())),
    thingsAfter: new Set(lexicon('thing-nouns').filter((r) => r[1] === 'after' || r[1] === 'both').map((r) => r[0]!.toLowerCase())),
    groupAdjectives: new Set(lexicon('group-adjectives').map((r) => r[0]!.toLowerCase())),
    nameCues: pairs('name-cues'),
    nounsAfter,
    nounsBefore,
    nounsAfterFirst: firstWords(nounsAfter.keys()),
    nounsBeforeFirst: firstWords(nounsBefore.keys()),
    people,
  };
}
