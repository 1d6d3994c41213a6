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

// "Dubai-based", "TotalEnergies-led": a modifier made from a name, not part of the next name.
const DERIVED = /-(?:based|led|backed|owned|listed|born|run|funded|controlled|linked|allied|aligned|made|style)$/;

function isNameWord(g: Gazetteer, t: Token): boolean {
  if (t.upper) return !g.stopwords.has(t.text.toLowerCase()) && !DERIVED.test(t.text);
  return t.text.includes('-') && PREFIXED.test(t.text);
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
    if (ARTICLES.has(t.text)) bareMinistry(g, s, i, emit);
    const titled = t.text === 'The' ? theTitle(g, s, i) : -1;
    if (titled > i) {
      emit({ start: t.start, end: tokens[titled]!.end, kind: 'organization', name: s.text.slice(t.start, tokens[titled]!.end),
        rule: 'shape:the-title' });
      i = titled + 1;
      continue;
    }
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
          let country = lead && (lead.kind === 'country') ? lead.name : null;
          if (lead && lead.via === 'demonym') emitEntry(g, s, i, i, lead, emit);
          let start = tokens[i]!.start;
          let name = s.text.slice(start, tokens[last]!.end);
          // "Qatar's Ministry of Foreign Affairs": the owner's name is part of the body's name.
          const owner = tokens[i - 1];
          const ownerEntry = owner?.possessive && kind === 'organization' ? g.surfaces.get(owner.text) : undefined;
          if (ownerEntry && ownerEntry.kind === 'country' && ownerEntry.via === 'name'
            && /^['’]s\s+$/.test(s.text.slice(owner!.end, tokens[i]!.start))) {
            country = ownerEntry.country;
            start = owner!.start;
            name = `${g.demonymOf.get(ownerEntry.name) ?? ownerEntry.name} ${name}`;
          }
          emit({ start, end: tokens[last]!.end, kind: kind as ActorKind, name, country, rule: `cue:${kind}` });
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
    const t = tokens[k]!;
    // "Tokai Gas & Power", "Procter & Gamble"
    const ampersand = /^ & $/.test(s.text.slice(tokens[k - 1]!.end, t.start)) && t.upper && !tokens[k - 1]!.possessive;
    if (!joined(s, k) && !ampersand) break;
    if (isNameWord(g, t) || /^\p{Lu}/u.test(t.text) && g.roles.has(t.text.toLowerCase())) {
      last = k;
      cueSeen ||= g.nameCues.has(t.text);
      continue;
    }
    const next = tokens[k + 1];
    // "Ministry of Defence", "State Committee for National Security", "Competition and Markets Authority".
    const cueAhead = (t.text === 'and' || t.text === '&') && !cueSeen
      && tokens.slice(k + 1, k + 4).some((x) => g.nameCues.get(x.text) === 'organization');
    const ofFor = (t.text === 'of' || t.text === 'for') && cueSeen;
    // "Alliance for the Liberation of Kivu": "of the" / "for the" inside an organization's name.
    if (ofFor && next?.text === 'the' && tokens[k + 2]?.upper && joined(s, k + 1) && joined(s, k + 2)) {
      k++;
      continue;
    }
    const bridge = (PARTICLES.has(t.text) || ofFor || cueAhead) && next && next.upper && joined(s, k + 1);
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
    // "Saudi Energy Minister", "Chilean Mining Minister": the cue word is a portfolio in a title, not a name.
    const role = roleStartingAt(g, s, k);
    if ((role && role.last > k) || (k + 1 <= runEnd && roleStartingAt(g, s, k + 1))) break;
    const hasOf = tokens.slice(k + 1, runEnd + 1).some((t, n) => BRIDGES.has(t.text)
      || s.text.slice(tokens[k + n]!.end, t.start) === ' & ');
    // "Cape Canaveral", "Radio Mitre": a prefix word leads; other cue words lead only before "of".
    const prefix = kind.endsWith('-prefix');
    if (k === i && !hasOf && !((prefix || kind === 'discard') && runEnd > i)) continue;
    if (prefix && k !== i) continue;
    if (found?.kind === 'discard') continue; // "Champions League", "Arab League Summit": not an actor
    const whole = hasOf || prefix || kind === 'discard';
    found = { last: whole ? runEnd : k, kind: prefix ? kind.slice(0, -'-prefix'.length) : kind };
    if (hasOf) break;
  }
  return found;
}

/** Longest gazetteer surface starting at token i (exact case; an all-capitals dateline word also in title case). */
export function gazetteerAt(g: Gazetteer, s: Sentence, i: number): { last: number; entry: Entry } | null {
  const tokens = s.tokens;
  const t = tokens[i]!;
  const caps = t.text.length >= 4 && /^\p{Lu}+$/u.test(t.text);
  if (!caps && !g.firstWords.has(t.text)) return null;
  let key = '';
  let best: { last: number; entry: Entry } | null = null;
  for (let k = i; k < tokens.length && k - i < g.maxWords; k++) {
    if (k > i && !joined(s, k)) break;
    key = k === i ? tokens[k]!.text : `${key} ${tokens[k]!.text}`;
    const e = g.surfaces.get(key);
    if (e) best = { last: k, entry: e };
  }
  if (!best && caps) {
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
  // "a Moscow court", "the Beijing office": the city names where, as a modifier.
  if (prev && /^(?:a|an|the)$/i.test(prev.text) && joined(s, i)) return true;
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
    // "Kazakhstan Temir Zholy", "Russia Today": a country's name leading unknown words names an organization.
    if (hit && hit.entry.kind === 'country' && hit.entry.via === 'name' && hit.last < runEnd && !mode.headline
      && !tokens[hit.last]!.possessive && !gazetteerAt(g, s, hit.last + 1) && !roleStartingAt(g, s, hit.last + 1)) {
      emitEntry(g, s, k, hit.last, hit.entry, emit);
      emit({ start: tokens[k]!.start, end: tokens[runEnd]!.end, kind: 'organization',
        name: s.text.slice(tokens[k]!.start, tokens[runEnd]!.end), country: hit.entry.country, rule: 'shape:country-name' });
      return runEnd + 1;
    }
    if (hit) {
      if (!(mode.byline && hit.entry.kind === 'person')) emitEntry(g, s, k, hit.last, hit.entry, emit);
      const head = institutionAfter(g, s, k, hit.last, hit.entry, emit);
      if (head >= 0) return head + 1;
      k = hit.last + 1;
      if (hit.last > runEnd) return k;
      continue;
    }
    // "Deputy Prime Minister", "Acting Foreign Minister": a modifier leading a title belongs to it.
    const lower = tokens[k]!.text.toLowerCase();
    if (g.modifiers.has(lower) && (roleStartingAt(g, s, k + 1)
      || (g.modifiers.has(tokens[k + 1]?.text.toLowerCase() ?? '') && roleStartingAt(g, s, k + 2)))) {
      k++;
      continue;
    }
    const role = roleStartingAt(g, s, k);
    if (role) {
      // A title may run past the capitalised run ("Chief of the General Staff").
      k = role.last + 1;
      // "Minister of Digital Development and Transport": the portfolio belongs to the title.
      if (tokens[k]?.text === 'of' && joined(s, k) && tokens[k + 1]?.upper && joined(s, k + 1)) {
        let e = k + 1;
        while (tokens[e + 1] && joined(s, e + 1) && (tokens[e + 1]!.upper || (tokens[e + 1]!.text === 'and' && tokens[e + 2]?.upper))) e++;
        if (!gazetteerAt(g, s, k + 1) || gazetteerAt(g, s, k + 1)!.entry.kind !== 'country') return e + 1;
      }
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
    // "Chilean Mining Minister", "Water Resources Minister": a portfolio, not a name.
    if (last < runEnd && roleStartingAt(g, s, last + 1)?.cls === 'minister' && tokens.slice(k, last + 1).every((t) => /^\p{Lu}\p{Ll}/u.test(t.text))) {
      k = last + 1;
      continue;
    }
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
  const personCue = !!before?.role || honorific || speaks || !!(after && after.role);
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
  if (n > 1 && words.every((w) => /^[\p{Lu}\p{N}.'-]+$/u.test(w))) {
    // "DAR ES SALAAM —": an all-capitals dateline names the place of the story; elsewhere it is shouting.
    if (first === 0) emit({ start, end, kind: 'place', name: titleCase(text), words, rule: 'shape:dateline' });
    return;
  }
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

/** Index of the institution head ("ministry") reached from token i over at most three lower-case words, or -1. */
function institutionHead(g: Gazetteer, s: Sentence, i: number): number {
  for (let k = i; k < i + 4 && k < s.tokens.length; k++) {
    const t = s.tokens[k]!;
    if (!joined(s, k) && !(k === i && /^(?:['’]s)?\s+$/.test(s.text.slice(s.tokens[k - 1]?.end ?? 0, t.start)))) return -1;
    const word = t.text.toLowerCase();
    const next = s.tokens[k + 1];
    if (next && g.institutions.has(`${word} ${next.text.toLowerCase()}`) && joined(s, k + 1)) return k + 1;
    if (g.institutions.has(word)) {
      // "Qatar's Ministry of Foreign Affairs" is a proper name: the capitalised-run rules take it.
      const after = s.tokens[k + 1];
      return after && /^(?:of|for)$/.test(after.text) && s.tokens[k + 2]?.upper ? -1 : k;
    }
    if (g.stopwords.has(word) || !/^\p{L}[\p{L}-]*$/u.test(t.text) || t.possessive) return -1;
  }
  return -1;
}

/**
 * "the Armenian foreign ministry", "Russia's Foreign Ministry", "Yemen's internationally recognised government":
 * a national institution named after a demonym or country possessive. Emits it and returns its last token, or -1.
 */
function institutionAfter(g: Gazetteer, s: Sentence, first: number, last: number, e: Entry, emit: Emit): number {
  const t = s.tokens[last]!;
  if (!(e.via === 'demonym' || (e.kind === 'country' && e.via === 'name' && t.possessive)) || !e.country) return -1;
  const head = institutionHead(g, s, last + 1);
  if (head < 0) return -1;
  const start = s.tokens[first]!.start;
  const end = s.tokens[head]!.end;
  // A ministry keeps its portfolio ("Water Resources Ministry"); other bodies drop epithets ("recognised government").
  const from = s.tokens[head]!.text.toLowerCase() === 'ministry' ? last + 1 : head;
  const words = s.tokens.slice(from, head + 1).map((w) => w.text[0]!.toUpperCase() + w.text.slice(1));
  const name = `${g.demonymOf.get(e.country) ?? e.country} ${words.join(' ')}`;
  emit({ start, end, kind: 'organization', name, country: e.country, rule: 'institution' });
  return head;
}

/**
 * "told The Athletic", "in The Post": a capitalised "The" inside a sentence starts a title, which in news is a
 * newspaper or another organization. Returns the last token of the title, or -1.
 */
function theTitle(g: Gazetteer, s: Sentence, i: number): number {
  const prev = s.tokens[i - 1];
  if (!prev || !/^\p{Ll}+$/u.test(prev.text) || !/^ $/.test(s.text.slice(prev.end, s.tokens[i]!.start))) return -1;
  if (!s.tokens[i + 1] || !isNameWord(g, s.tokens[i + 1]!) || !joined(s, i + 1)) return -1;
  const hit = gazetteerAt(g, s, i);
  if (hit) return -1;
  const last = runFrom(g, s, i + 1);
  const inner = gazetteerAt(g, s, i + 1);
  return inner && inner.last >= last ? -1 : last;
}

function titleCase(text: string): string {
  return text.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_m, sep: string, c: string) => sep + c.toUpperCase());
}

/** "the energy ministry said": a ministry named by its portfolio alone. */
function bareMinistry(g: Gazetteer, s: Sentence, i: number, emit: Emit): void {
  const tokens = s.tokens;
  if (tokens[i]?.text.toLowerCase() !== 'the') return;
  for (let k = i + 2; k <= i + 3 && k < tokens.length; k++) {
    if (!joined(s, k)) return;
    const t = tokens[k]!;
    if (t.text === 'ministry' || t.text === 'Ministry') {
      if (tokens[k + 1]?.text === 'of') return;
      const words = tokens.slice(i + 1, k + 1);
      if (words.slice(0, -1).some((w) => !/^\p{L}+$/u.test(w.text) || g.stopwords.has(w.text.toLowerCase())
        || g.surfaces.has(w.text))) return;
      const name = titleCase(words.map((w) => w.text).join(' '));
      emit({ start: words[0]!.start, end: t.end, kind: 'organization', name, rule: 'institution:bare-ministry' });
      return;
    }
    if (!/^\p{Ll}+$/u.test(t.text)) return;
  }
  if (!/^\p{Ll}+$/u.test(tokens[i + 1]?.text ?? '')) return;
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
  // "the Saudi-led coalition", "an Iran-backed government": the institution is an organization too.
  if (found && /-(?:led|backed)$/.test(t.text)) {
    const head = institutionHead(g, s, i + 1);
    if (head >= 0) {
      emit({ start: t.start, end: s.tokens[head]!.end, kind: 'organization', name: s.text.slice(t.start, s.tokens[head]!.end),
        rule: 'institution:led' });
    }
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
    // "the visiting Turkish leader", "the outgoing French president"
    if (tokens[k] && /^\p{Ll}+ing$/u.test(tokens[k]!.text) && joined(s, k) && tokens[k + 1]?.upper) k++;
    let country: string | null = null;
    let org: string | null = null;
    const e = tokens[k] && joined(s, k) ? gazetteerAt(g, s, k) : null;
    const national = e && (e.entry.via === 'demonym' || (e.entry.kind === 'country' && e.entry.via === 'name'));
    if (e && (national || e.entry.kind === 'organization')) {
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
