// Recognition: every name-like stretch of a sentence becomes a candidate mention, from three parser families:
// gazetteer hits (countries, demonyms, capitals, organizations, places, listed people), capitalised sequences
// classified by their cue words and context (titles, honorifics, type nouns, appositives), and title-only
// references ("the Russian leader"). Resolution to actors happens in resolve.ts.
import type { Doc } from '../../analyse/document.js';
import type { ActorKind } from '../../model.js';
import { wordSet } from '../../lexicons/load.js';
import { gazetteer, type Entry, type Gazetteer } from './gazetteer.js';
import { tokenize, type Token } from './tokens.js';
import { joined, phrase, roleEndingAt, roleStartingAt, titleAfter, titleBefore, type Sentence } from './titles.js';

export interface Candidate {
  start: number;
  end: number;
  sentence: number;
  /** Known kind, or 'unknown' for a single capitalised word that only resolution can place. */
  kind: ActorKind | 'unknown';
  /** Canonical name when known (gazetteer), else the surface. */
  name: string;
  /** Name words as written (for people: matching surnames and first names). */
  words: string[];
  role: string | null;
  roleClass: string | null;
  country: string | null;
  /** A title, honorific or speech verb says this is a person even if it is one word. */
  personCue: boolean;
  /** Introduced with an honorific (Sir Alan): a first name alone may then refer back to it. */
  honorific: boolean;
  /** From the seed list of people: the name is canonical already. */
  listed: boolean;
  /** Title-only reference: resolves to an earlier person, never creates one. */
  titleOnly: boolean;
  rule: string;
}

const PARTICLES = new Set(['von', 'van', 'der', 'den', 'de', 'del', 'della', 'di', 'da', 'dos', 'das', 'du', 'la', 'le',
  'bin', 'bint', 'ibn', 'al', 'el', 'ben', 'ter', 'zu']);
const LOCATIVE = new Set(['in', 'to', 'from', 'at', 'near', 'outside', 'into', 'via', 'toward', 'towards', 'across',
  'around', 'through', 'visit', 'visited', 'visiting', 'visits', 'arrived', 'reached', 'left', 'landed', 'flew',
  'headed', 'based', 'capital', 'city', 'of', 'and', 'between', 'inside', 'throughout', 'within']);
const ARTICLES = new Set(['the', 'The']);
const BRIDGES = new Set(['of', 'for', 'and', '&']);

let personVerbs: Set<string> | undefined;

export function recognise(doc: Doc): Candidate[] {
  const g = gazetteer();
  personVerbs ??= wordSet('person-verbs', true);
  const out: Candidate[] = [];
  for (const sent of doc.sentences) {
    const s: Sentence = { text: doc.text, tokens: tokenize(doc.text, sent.start, sent.end) };
    scanSentence(g, s, sent.index, out);
  }
  return out;
}

/**
 * Per token: does it sit in a headline-style stretch (title case throughout, no lower-case content word), where
 * capitals say nothing about names? Stretches are cut at ':' and brackets ("**Related article:** [In Armenia's ...").
 */
function headlineFlags(g: Gazetteer, s: Sentence): boolean[] {
  const flags: boolean[] = [];
  let from = 0;
  const close = (to: number): void => {
    const h = isHeadline(s.tokens.slice(from, to));
    for (let k = from; k < to; k++) flags.push(h);
    from = to;
  };
  for (let k = 1; k < s.tokens.length; k++) {
    if (/[:[\]|]/.test(s.text.slice(s.tokens[k - 1]!.end, s.tokens[k]!.start))) close(k);
  }
  close(s.tokens.length);
  return flags;
}

// Words that title case leaves in lower case; any other lower-case word of four letters or more means prose.
const SMALL_WORDS = new Set(['with', 'from', 'into', 'onto', 'over', 'upon', 'amid', 'than', 'that', 'this', 'about',
  'after', 'before', 'under', 'against', 'during', 'without', 'versus', 'near', 'between', 'through', 'toward', 'towards']);

function isHeadline(tokens: Token[]): boolean {
  let upper = 0;
  for (const t of tokens) {
    if (t.text.length < 4 || !/^\p{L}/u.test(t.text)) continue;
    if (t.upper) upper++;
    else if (!SMALL_WORDS.has(t.text)) return false;
  }
  return upper >= 3;
}

// Arabic and similar name prefixes written in lower case: "al-Sudani", "el-Sisi", "bin-Zayed".
const PREFIXED = /^(?:al|el|ad|as|ash|at|az|bin|ibn|abu)-\p{Lu}/u;

function isNameWord(g: Gazetteer, t: Token): boolean {
  if (PREFIXED.test(t.text)) return true;
  return t.upper && !g.stopwords.has(t.text.toLowerCase()) && /\p{L}/u.test(t.text);
}

function scanSentence(g: Gazetteer, s: Sentence, sentence: number, out: Candidate[]): void {
  const tokens = s.tokens;
  const headlines = headlineFlags(g, s);
  const byline = tokens[0]?.text === 'By' && tokens.length <= 8;
  const emit: Emit = (c) => {
    out.push({
      start: c.start, end: c.end, sentence, kind: c.kind, name: c.name, words: c.words ?? [c.name], role: c.role ?? null,
      roleClass: c.roleClass ?? null, country: c.country ?? null, personCue: c.personCue ?? false,
      honorific: c.honorific ?? false, listed: c.listed ?? false, titleOnly: false, rule: c.rule,
    });
  };

  titleOnlyRefs(g, s, sentence, out);

  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    if (!isNameWord(g, t)) {
      // A listed name may start with a word that is not a name on its own ("The Hague", "von der Leyen").
      const hit = (t.upper || g.lowerStarts.has(t.text)) ? gazetteerAt(g, s, i) : null;
      if (hit && (hit.last > i || /^\p{Lu}{2,}$/u.test(t.text))) {
        emitEntry(g, s, i, hit.last, hit.entry, emit);
        i = hit.last + 1;
        continue;
      }
      hyphenParts(g, s, i, emit);
      i++;
      continue;
    }
    const runEnd = runFrom(g, s, i);
    const headline = headlines[i] ?? false;
    // A cue word (Group, Ministry, Cosmodrome, Declaration) makes the whole run one organization, place or non-actor.
    if (!headline) {
      const cued = cueSegment(g, s, i, runEnd);
      if (cued) {
        const { last, kind } = cued;
        const hit = gazetteerAt(g, s, i);
        if (hit && hit.last >= last) {
          emitEntry(g, s, i, hit.last, hit.entry, emit);
          i = hit.last + 1;
          continue;
        }
        if (kind === 'discard') {
          for (let k = i; k <= last; k++) {
            const e = gazetteerAt(g, s, k);
            if (e && (e.entry.kind === 'country' || e.entry.kind === 'organization') && e.last <= last) {
              emitEntry(g, s, k, e.last, e.entry, emit);
              k = e.last;
            }
          }
        } else {
          const lead = g.surfaces.get(tokens[i]!.text);
          const country = lead && (lead.kind === 'country') ? lead.name : null;
          if (lead && lead.via === 'demonym') emitEntry(g, s, i, i, lead, emit);
          const text = s.text.slice(tokens[i]!.start, tokens[last]!.end);
          emit({ start: tokens[i]!.start, end: tokens[last]!.end, kind: kind as ActorKind, name: text, country,
            rule: `cue:${kind}` });
        }
        i = last + 1;
        continue;
      }
    }
    i = segmentRun(g, s, i, runEnd, { headline, byline }, emit);
  }
}

/** Index of the last token of the capitalised run starting at `i` (name words, particles, "of" after a cue word). */
function runFrom(g: Gazetteer, s: Sentence, i: number): number {
  const tokens = s.tokens;
  let last = i;
  let cueSeen = g.nameCues.has(tokens[i]!.text);
  for (let k = i + 1; k < tokens.length; k++) {
    if (!joined(s, k)) break;
    const t = tokens[k]!;
    if (isNameWord(g, t) || /^\p{Lu}/u.test(t.text) && g.roles.has(t.text.toLowerCase())) {
      last = k;
      cueSeen ||= g.nameCues.has(t.text);
      continue;
    }
    const next = tokens[k + 1];
    // "Ministry of Defence", "State Committee for National Security", "Competition and Markets Authority".
    const cueAhead = (t.text === 'and' || t.text === '&')
      && tokens.slice(k + 1, k + 4).some((x) => g.nameCues.get(x.text) === 'organization');
    const bridge = (PARTICLES.has(t.text) || ((t.text === 'of' || t.text === 'for') && cueSeen) || cueAhead)
      && next && next.upper && joined(s, k + 1);
    if (!bridge) break;
  }
  return last;
}

/** The stretch of the run that a cue word classifies, from its start to the cue (or past "of ..."). */
function cueSegment(g: Gazetteer, s: Sentence, i: number, runEnd: number): { last: number; kind: string } | null {
  const tokens = s.tokens;
  let start = i;
  while (start <= runEnd && (g.honorifics.has(tokens[start]!.text) || g.roles.has(tokens[start]!.text.toLowerCase())
    && !g.nameCues.has(tokens[start]!.text))) start++;
  if (start !== i) return null;
  let found: { last: number; kind: string } | null = null;
  for (let k = i; k <= runEnd; k++) {
    const kind = g.nameCues.get(tokens[k]!.text);
    if (!kind) continue;
    const hasOf = tokens.slice(k + 1, runEnd + 1).some((t) => BRIDGES.has(t.text));
    // "Cape Canaveral", "Mount Elbrus": a place word may lead; other cue words lead only before "of".
    if (k === i && !hasOf && !((kind === 'place-prefix' || kind === 'discard') && runEnd > i)) continue;
    if (kind === 'place-prefix' && k !== i) continue;
    if (found?.kind === 'discard') continue; // "Champions League", "Arab League Summit": not an actor
    const whole = hasOf || kind === 'place-prefix' || kind === 'discard';
    found = { last: whole ? runEnd : k, kind: kind === 'place-prefix' ? 'place' : kind };
    if (hasOf) break;
  }
  return found;
}

/** Longest gazetteer surface starting at token i (exact case; an all-capitals dateline word also in title case). */
export function gazetteerAt(g: Gazetteer, s: Sentence, i: number): { last: number; entry: Entry } | null {
  const tokens = s.tokens;
  let key = '';
  let best: { last: number; entry: Entry } | null = null;
  for (let k = i; k < tokens.length && k - i < g.maxWords; k++) {
    if (k > i && !joined(s, k)) break;
    key = k === i ? tokens[k]!.text : `${key} ${tokens[k]!.text}`;
    const e = g.surfaces.get(key);
    if (e) best = { last: k, entry: e };
  }
  const t = tokens[i]!;
  if (!best && t.text.length >= 4 && /^\p{Lu}+$/u.test(t.text)) {
    const e = g.surfaces.get(t.text[0] + t.text.slice(1).toLowerCase());
    if (e && e.kind !== 'person') best = { last: i, entry: e };
  }
  return best;
}

type Emit = (c: Partial<Candidate> & Pick<Candidate, 'start' | 'end' | 'kind' | 'name' | 'rule'>) => void;

function emitEntry(g: Gazetteer, s: Sentence, i: number, last: number, e: Entry, emit: Emit): void {
  const start = s.tokens[i]!.start;
  const end = s.tokens[last]!.end;
  if (e.via === 'capital' || e.via === 'metonym') {
    if (placeContext(g, s, i, last)) {
      emit({ start, end, kind: 'place', name: e.via === 'capital' ? e.name : phrase(s, i, last), country: e.country,
        rule: `${e.via}:place` });
    } else if (e.via === 'capital' && e.country) {
      emit({ start, end, kind: 'country', name: e.country, country: e.country, rule: 'capital:metonym' });
    } else {
      emit({ start, end, kind: e.kind, name: e.name, rule: 'metonym' });
    }
    return;
  }
  if (e.kind === 'person') {
    const words = phrase(s, i, last).split(' ');
    emitPerson(g, s, i, last, emit, { name: e.name, listed: true, words, rule: 'gazetteer:person' });
    return;
  }
  emit({ start, end, kind: e.kind, name: e.name, country: e.country, rule: `gazetteer:${e.via}` });
  // "U.S. Supreme Court", "Russian Defence Ministry": a country leading an organization's name is mentioned too.
  const cued = s.tokens.slice(i + 1, last + 1).some((t) => g.nameCues.get(t.text) === 'organization');
  const lead = cued && e.kind === 'organization' ? g.surfaces.get(s.tokens[i]!.text) : undefined;
  if (lead && lead.kind === 'country') {
    emit({ start, end: s.tokens[i]!.end, kind: 'country', name: lead.name, country: lead.name, rule: `gazetteer:${lead.via}` });
  }
}

/** A capital or metonym names a place when the text puts something there ("in Moscow", "the capital, Astana"). */
function placeContext(g: Gazetteer, s: Sentence, i: number, last: number): boolean {
  const prev = s.tokens[i - 1];
  if (prev && !prev.possessive && LOCATIVE.has(prev.text.toLowerCase())) {
    // "between Yerevan and Moscow" and "relations of Moscow" are the governments; "in Moscow" is the city.
    return !['between', 'and', 'of'].includes(prev.text.toLowerCase()) || !!s.tokens[i - 2] && LOCATIVE.has(s.tokens[i - 2]!.text) && s.tokens[i - 2]!.text !== 'between';
  }
  const next = s.tokens[last + 1];
  if (next && /^,\s+$/.test(s.text.slice(s.tokens[last]!.end, next.start))) {
    const e = g.surfaces.get(next.text);
    if (e && e.kind === 'country' && e.via === 'name') return true;
  }
  return i === 0 && /^\p{Lu}+$/u.test(s.tokens[i]!.text);
}

interface Mode {
  headline: boolean;
  byline: boolean;
}

/** Splits a run into gazetteer hits, titles, honorifics and name chunks; returns the index after the run. */
function segmentRun(g: Gazetteer, s: Sentence, i: number, runEnd: number, mode: Mode, emit: Emit): number {
  const tokens = s.tokens;
  let k = i;
  while (k <= runEnd) {
    const hit = gazetteerAt(g, s, k);
    if (hit) {
      if (!(mode.byline && hit.entry.kind === 'person')) emitEntry(g, s, k, hit.last, hit.entry, emit);
      k = hit.last + 1;
      if (hit.last > runEnd) return k;
      continue;
    }
    const role = roleStartingAt(g, s, k);
    if (role) {
      // A title may run past the capitalised run ("Chief of the General Staff").
      k = role.last + 1;
      if (k > runEnd + 1) return k;
      continue;
    }
    if (g.honorifics.has(tokens[k]!.text)) {
      k++;
      continue;
    }
    let last = k;
    while (last + 1 <= runEnd && !gazetteerAt(g, s, last + 1) && !roleStartingAt(g, s, last + 1)
      && !g.honorifics.has(tokens[last + 1]!.text)) last++;
    classifyChunk(g, s, k, last, mode, emit);
    k = last + 1;
  }
  return k;
}

function emitPerson(g: Gazetteer, s: Sentence, first: number, last: number, emit: Emit,
  extra: Partial<Candidate> & { rule: string }): void {
  const tokens = s.tokens;
  const before = titleBefore(g, s, first);
  const after = titleAfter(g, s, last + 1);
  const prev = tokens[first - 1];
  const honorific = !!prev && g.honorifics.has(prev.text) && joined(s, first);
  const words = extra.words ?? phrase(s, first, last).split(' ');
  emit({
    start: tokens[first]!.start,
    end: tokens[last]!.end,
    kind: 'person',
    name: extra.name ?? words.join(' '),
    words,
    role: before?.role ?? after?.role ?? null,
    roleClass: before?.roleClass ?? after?.roleClass ?? null,
    country: before?.country ?? after?.country ?? null,
    personCue: !!before || !!after || honorific || extra.personCue === true,
    honorific,
    listed: extra.listed ?? false,
    rule: extra.rule,
  });
}

/** A capitalised chunk that no list knows: decide from its shape and its neighbours. */
function classifyChunk(g: Gazetteer, s: Sentence, first: number, last: number, mode: Mode, emit: Emit): void {
  const tokens = s.tokens;
  const start = tokens[first]!.start;
  const end = tokens[last]!.end;
  const text = s.text.slice(start, end);
  const words = phrase(s, first, last).split(' ');
  const n = last - first + 1;

  if (n === 1 && text.includes('-') && hyphenParts(g, s, first, emit)) return;
  const typed = typeNoun(g, s, first, last);
  if (typed) {
    emit({ start, end, kind: typed, name: text, words, rule: `type-noun:${typed}` });
    return;
  }
  const before = titleBefore(g, s, first);
  const prev = tokens[first - 1];
  const honorific = !!prev && g.honorifics.has(prev.text) && joined(s, first);
  const next = tokens[last + 1];
  const speaks = !!next && personVerbs!.has(next.text) && /^\s+$/.test(s.text.slice(end, next.start));
  const after = n <= 4 ? titleAfter(g, s, last + 1) : null;
  const personCue = !!before || honorific || speaks || !!(after && after.role);
  if (mode.byline) return;
  if (/^\p{Lu}[\p{L}\p{N}-]*\.(?:com|org|net|am|ru|ua|kz|az|ge|by|uk|de|fr|io|news|info)$/u.test(text)) {
    emit({ start, end, kind: 'organization', name: text, words, rule: 'shape:domain' });
    return;
  }
  if (n === 1 && /^\p{Lu}[\p{Lu}\p{N}&]{1,6}$/u.test(text) && !personCue) {
    emit({ start, end, kind: mode.headline ? 'unknown' : 'organization', name: text, words, rule: 'shape:acronym' });
    return;
  }
  if (words.some((w) => /\p{Ll}/u.test(w[0]!) && !PARTICLES.has(w) && !PREFIXED.test(w))) return;
  if (n === 1 && !personCue && !mode.headline && first > 0) {
    // "told Parliament", "the Commission said": an organization word alone, mid-sentence, is that body.
    if (g.nameCues.get(text) === 'organization') {
      emit({ start, end, kind: 'organization', name: text, words, rule: 'cue:organization-word' });
      return;
    }
    // "Cupertino, California", "in Lviv": an unknown word placed somewhere is a place.
    const place = placedWord(g, s, first);
    if (place) {
      emit({ start, end, kind: 'place', name: text, words, rule: place });
      return;
    }
  }
  if (mode.headline || (n === 1 && !personCue)) {
    emit({ start, end, kind: 'unknown', name: text, words, rule: mode.headline ? 'headline:word' : 'shape:single' });
    return;
  }
  if (n > 5) return;
  // "the Social Democrat", "a Nobel Laureate": a person's name takes no article.
  if (!before && !honorific && prev && /^(?:the|a|an)$/i.test(prev.text) && joined(s, first)) return;
  emitPerson(g, s, first, last, emit, { words, personCue, rule: personCue ? 'title:person' : 'shape:full-name' });
}

const PLACING = new Set(['in', 'near', 'outside', 'across', 'throughout']);

function placedWord(g: Gazetteer, s: Sentence, i: number): string | null {
  const t = s.tokens[i]!;
  if (t.possessive) return null;
  const next = s.tokens[i + 1];
  if (next && /^,\s+$/.test(s.text.slice(t.end, next.start))) {
    const e = g.surfaces.get(next.text);
    if (e && (e.kind === 'country' || e.kind === 'place') && e.via === 'name') return 'context:place-comma-region';
  }
  const prev = s.tokens[i - 1];
  if (prev && PLACING.has(prev.text) && joined(s, i)) return 'context:place-preposition';
  return null;
}

/** "Civil Contract party", "space agency Roscosmos", "Zvartnots international airport": the noun tells the kind. */
function typeNoun(g: Gazetteer, s: Sentence, first: number, last: number): ActorKind | null {
  const tokens = s.tokens;
  for (const n of [2, 1]) {
    const a = tokens[last + 1];
    const b = tokens[last + n];
    if (a && b && !tokens[last]!.possessive && joined(s, last + 1) && (n === 1 || joined(s, last + 2))) {
      const kind = g.nounsAfter.get(phrase(s, last + 1, last + n));
      if (kind && !b.upper) return kind;
    }
    const c = tokens[first - n];
    const d = tokens[first - 1];
    if (c && d && joined(s, first) && (n === 1 || joined(s, first - 1))) {
      const kind = g.nounsBefore.get(phrase(s, first - n, first - 1));
      if (kind && !c.upper) return kind;
    }
  }
  return null;
}

/** A hyphenated word made of listed parts: "Russia-led", "Armenia-Azerbaijan border", "Frankfurt-based". */
function hyphenParts(g: Gazetteer, s: Sentence, i: number, emit: Emit): boolean {
  const t = s.tokens[i]!;
  if (!t.text.includes('-')) return false;
  let offset = t.start;
  let found = false;
  // "Frankfurt-based" is the city; "Moscow-backed" the government.
  const based = /-based$/.test(t.text);
  for (const part of t.text.split('-')) {
    const e = g.surfaces.get(part);
    let kind = e?.kind;
    let name = e?.name ?? '';
    if (e?.via === 'capital' && !based) [kind, name] = ['country', e.country ?? ''];
    else if (e?.via === 'metonym' && based) [kind, name] = ['place', part];
    if (e && kind && kind !== 'person' && name) {
      emit({ start: offset, end: offset + part.length, kind, name, country: e.country, rule: `hyphen:${e.via}` });
      found = true;
    }
    offset += part.length + 1;
  }
  return found;
}

/**
 * "the Russian leader", "the Kremlin spokesperson", "the Armenian prime minister": a role with a country or seat
 * of government and no name after it. Resolution links it to a person introduced earlier, or drops it.
 */
function titleOnlyRefs(g: Gazetteer, s: Sentence, sentence: number, out: Candidate[]): void {
  const tokens = s.tokens;
  for (let i = 0; i < tokens.length; i++) {
    if (!ARTICLES.has(tokens[i]!.text)) continue;
    let k = i + 1;
    let country: string | null = null;
    let org: string | null = null;
    const e = tokens[k] && joined(s, k) ? gazetteerAt(g, s, k) : null;
    if (e && (e.entry.via === 'demonym' || e.entry.kind === 'organization') && e.entry.kind !== 'person') {
      country = e.entry.country;
      if (e.entry.kind === 'organization') org = e.entry.name;
      k = e.last + 1;
      if (!joined(s, k) && !(org && tokens[e.last]!.possessive)) continue;
    }
    while (tokens[k] && g.modifiers.has(tokens[k]!.text.toLowerCase()) && !roleStartingAt(g, s, k) && joined(s, k)) k++;
    if (!tokens[k] || (k > i + 1 && !joined(s, k) && !(org && tokens[k - 1]!.possessive))) continue;
    const role = roleStartingAt(g, s, k);
    if (!role) continue;
    const after = tokens[role.last + 1];
    if (after && isNameWord(g, after) && joined(s, role.last + 1)) continue;
    if (!country && !org && role.cls !== 'leader' && role.cls !== 'spokesperson') continue;
    const last = tokens[role.last]!;
    const roleText = phrase(s, k, role.last);
    if (roleEndingAt(g, s, role.last) === null) continue;
    out.push({ start: tokens[i]!.start, end: last.end, sentence, kind: 'person', name: roleText, words: [],
      role: roleText, roleClass: role.cls, country, personCue: true, honorific: false, listed: false, titleOnly: true,
      rule: org ? `title-only:${org}` : 'title-only' });
  }
}
