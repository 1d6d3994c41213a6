// Recognition: every name-like stretch of a sentence becomes a candidate mention, from three parser families:
// gazetteer hits (countries, demonyms, capitals, organizations, places, listed people), capitalised sequences
// classified by their cue words and context (titles, honorifics, type nouns, appositives), and title-only
// references ("the Russian leader"). Resolution to actors happens in resolve.ts.
import { sentenceOf, type Doc } from '../../analyse/document.js';
import type { ActorKind } from '../../model.js';
import { wordSet } from '../../lexicons/load.js';
import type { Candidate, Emit } from './candidate.js';
import { gazetteer, type Entry, type Gazetteer } from './gazetteer.js';
import { groupNoun, thingBeside } from './generic.js';
import { hyphenParts } from './hyphens.js';
import { orgContext } from './org-context.js';
import { bareMinistry, institutionAfter } from './institutions.js';
import { PREFIXED, ampersandGap, gazetteerAt, isNameWord, joined, phrase, titleCase, wordsOf, type Hit, type Sentence } from './sentence.js';
import { titleOnlyRefs } from './title-only.js';
import { roleEndingAt, roleStartingAt, titleAfter, titleBefore } from './titles.js';
import { tokenize, type Token } from './tokens.js';

export type { Candidate } from './candidate.js';

const PARTICLES = new Set(['von', 'van', 'der', 'den', 'de', 'del', 'della', 'di', 'da', 'do', 'dos', 'das', 'du', 'des',
  'dei', 'degli', 'la', 'le', 'bin', 'bint', 'ibn', 'al', 'el', 'ben', 'ter', 'ten', 'te', 'zu', 'op', 'af', 'dal']);
// Words after which a capital is the city, not its government: "in Moscow", "flew to Astana".
const LOCATIVE = new Set(['in', 'to', 'from', 'at', 'near', 'outside', 'into', 'via', 'toward', 'towards', 'across',
  'around', 'through', 'visit', 'visited', 'visiting', 'visits', 'arrived', 'reached', 'left', 'landed', 'flew',
  'headed', 'based', 'inside', 'throughout', 'within']);
// Words that, before "by", make a line a credit: "Reporting by ...", "Graphic by ...", "Video by ...".
const CREDIT = new Set(['Reporting', 'reporting', 'Writing', 'writing', 'Editing', 'editing', 'Compiled', 'compiled',
  'Fact-checked', 'fact-checked', 'Written', 'Edited', 'Produced', 'Illustration', 'Illustrated', 'Graphic', 'Graphics',
  'Video', 'Photography', 'Design', 'Designed', 'Animation', 'Translated', 'Translation', 'Research']);

function creditLine(tokens: Token[]): boolean {
  for (let k = 1; k < tokens.length; k++) if (tokens[k]!.text === 'by' && CREDIT.has(tokens[k - 1]!.text)) return true;
  return false;
}
const BRIDGES = new Set(['of', 'for', 'and', '&']);

let personVerbs: Set<string> | undefined;

export function recognise(doc: Doc): Candidate[] {
  const g = gazetteer();
  personVerbs ??= wordSet('person-verbs', true);
  const out: Candidate[] = [];
  const sentences = doc.sentences;
  for (let n = 0; n < sentences.length; n++) {
    const sent = sentences[n]!;
    // "Chief Justice B.R. Gavai", "J.K. Rowling": a sentence split after initials is scanned with the next one.
    let last = n;
    while (last + 1 < sentences.length && sentences[last + 1]!.paragraph === sent.paragraph
      && endsWithInitial(doc.text.slice(Math.max(sentences[last]!.start, sentences[last]!.end - 12), sentences[last]!.end))
      && /^\s*\p{Lu}/u.test(doc.text.slice(sentences[last]!.end, sentences[last + 1]!.end))) last++;
    const s: Sentence = { text: doc.text, tokens: tokenize(doc.text, sent.start, sentences[last]!.end) };
    const from = out.length;
    scanSentence(g, s, sent.index, out);
    if (last > n) {
      for (let k = from; k < out.length; k++) out[k]!.sentence = sentenceOf(doc, out[k]!.start);
      n = last;
    }
  }
  return out;
}

// A sentence that ends with initials ("B.R.", "J.") or an initial after a first name ("Robert F.").
const ENDS_WITH_INITIAL = /(?:^|[\s(])(?:\p{Lu}\.){1,3}\s*$/u;
// "posted on X.", "Plan B.": a lone capital after a lower-case word ends the sentence.
const LONE_CAPITAL = /(?:^|\s)\p{Ll}+\s+\p{Lu}\.\s*$/u;

export function endsWithInitial(tail: string): boolean {
  // Most sentences end "word." or "word?": an ASCII character that no initial ends with answers without the patterns.
  let i = tail.length - 1;
  while (i >= 0 && isAsciiSpace(tail.charCodeAt(i))) i--;
  const c = tail.charCodeAt(i);
  if (c < 128 && c !== 46) return false;
  const before = tail.charCodeAt(i - 1);
  if (c === 46 && before < 128 && !(before >= 65 && before <= 90)) return false;
  return ENDS_WITH_INITIAL.test(tail) && !LONE_CAPITAL.test(tail);
}

function isAsciiSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}

/**
 * Per token: does it sit in a headline-style stretch (title case throughout, no lower-case content word), where
 * capitals say nothing about names? Stretches are cut at ':' and brackets ("**Related article:** [In Armenia's ...").
 */
function headlineFlags(s: Sentence): boolean[] | null {
  const n = s.tokens.length;
  // Null, the common answer, when no stretch is a headline.
  let flags: boolean[] | null = null;
  let from = 0;
  for (let k = 1; k <= n; k++) {
    if (k < n && !breaksHeadline(s.text, s.tokens[k - 1]!.end, s.tokens[k]!.start)) continue;
    if (isHeadline(s.tokens, from, k)) {
      flags ??= new Array<boolean>(n).fill(false);
      for (let j = from; j < k; j++) flags[j] = true;
    }
    from = k;
  }
  return flags;
}

/** A ':', '[', ']' or '|' in text[from, to). */
function breaksHeadline(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 58 || c === 91 || c === 93 || c === 124) return true;
  }
  return false;
}

// Words that title case leaves in lower case; any other lower-case word of three letters or more means prose
// ("Putin met Xi in Moscow" is a sentence, "How Modi Won Again" a headline).
const SMALL_WORDS = new Set(['and', 'the', 'for', 'but', 'nor', 'yet', 'via', 'off', 'out', 'per', 'with', 'from', 'into',
  'onto', 'over', 'upon', 'amid', 'than', 'that', 'this', 'about',
  'after', 'before', 'under', 'against', 'during', 'without', 'versus', 'near', 'between', 'through', 'toward', 'towards']);

/** /^\p{L}/: a token starts with a letter or a digit, so in ASCII with a letter unless a digit. */
function startsWithLetter(word: string): boolean {
  const c = word.charCodeAt(0);
  return c < 128 ? !(c >= 48 && c <= 57) : LETTER_FIRST.test(word);
}
const LETTER_FIRST = /^\p{L}/u;

function isHeadline(tokens: Token[], from: number, to: number): boolean {
  let upper = 0;
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (t.text.length < 3 || !startsWithLetter(t.text)) continue;
    if (t.upper) upper++;
    else if (!SMALL_WORDS.has(t.text)) return false;
  }
  return upper >= 3;
}

function scanSentence(g: Gazetteer, s: Sentence, sentence: number, out: Candidate[]): void {
  const tokens = s.tokens;
  const headlines = headlineFlags(s);
  // Bylines and wire credits name the writers, not actors of the story.
  const byline = (tokens[0]?.text === 'By' && tokens.length <= 8)
    || creditLine(tokens);
  const emit: Emit = (c) => {
    out.push({
      start: c.start, end: c.end, sentence, kind: c.kind, name: c.name, words: c.words ?? [c.name], role: c.role ?? null,
      roleClass: c.roleClass ?? null, country: c.country ?? null, personCue: c.personCue ?? false,
      honorific: c.honorific ?? false, listed: c.listed ?? false, titleOnly: false, alias: c.alias ?? null, rule: c.rule,
    });
  };

  titleOnlyRefs(g, s, sentence, out);

  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    if (t.text === 'the' || t.text === 'The') bareMinistry(g, s, i, emit);
    const titled = t.text === 'The' ? theTitle(g, s, i) : -1;
    if (titled > i) {
      emit({ start: t.start, end: tokens[titled]!.end, kind: 'organization', name: s.text.slice(t.start, tokens[titled]!.end),
        rule: 'shape:the-title' });
      i = titled + 1;
      continue;
    }
    if (!isNameWord(g, t)) {
      // A listed name may start with a word that is not a name on its own ("The Hague", "von der Leyen").
      const hit = (t.upper || (g.lowerStartChars[t.text.charCodeAt(0)] === 1 && g.lowerStarts.has(t.text))) ? gazetteerAt(g, s, i) : null;
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
    const headline = headlines?.[i] ?? false;
    // A cue word (Group, Ministry, Cosmodrome, Declaration) makes the whole run one organization, place or non-actor.
    if (!headline) {
      const cued = cueSegment(g, s, i, runEnd);
      if (cued) {
        const { last, kind } = cued;
        const hit = gazetteerAt(g, s, i);
        if (hit && hit.last >= last) {
          if (!nationalBody(g, s, i, hit, emit)) emitEntry(g, s, i, hit.last, hit.entry, emit);
          i = hit.last + 1;
          continue;
        }
        if (kind === 'discard') {
          for (let k = i; k <= last; k++) {
            const e = gazetteerAt(g, s, k);
            // Not "Tour de France", "Cup of Nations": a name after "de" or "of" only names the event.
            const owned = k > i && (PARTICLES.has(tokens[k - 1]!.text) || tokens[k - 1]!.text === 'of');
            if (e && !owned && (e.entry.kind === 'country' || e.entry.kind === 'organization') && e.last <= last) {
              emitEntry(g, s, k, e.last, e.entry, emit);
              k = e.last;
            }
          }
        } else {
          // "Hanwha Ocean shares rose": market words make a place-like name a company.
          const org = kind === 'place' && orgContext(g, s, i, last);
          emitCued(g, s, i, last, org ? 'organization' : kind as ActorKind, emit);
        }
        i = last + 1;
        continue;
      }
    }
    i = segmentRun(g, s, i, runEnd, { headline, byline }, emit);
  }
}

/** A run that a cue word classified: "Lyon Metals Group", "Russian Defence Ministry", "Qatar's Ministry of ...". */
function emitCued(g: Gazetteer, s: Sentence, i: number, last: number, kind: ActorKind, emit: Emit): void {
  const tokens = s.tokens;
  const lead = g.surfaces.get(tokens[i]!.text);
  let country = lead?.kind === 'country' ? lead.name : null;
  if (lead?.via === 'demonym') emitEntry(g, s, i, i, lead, emit);
  let start = tokens[i]!.start;
  let name = s.text.slice(start, tokens[last]!.end);
  // "Qatar's Ministry of Foreign Affairs": the owner's name is part of the body's name.
  // The name without its owner is kept as an alias ("Department of Conservation").
  const owner = kind === 'organization' ? countryOwner(g, s, i) : null;
  const alias = owner ? name : null;
  if (owner) {
    country = owner.country;
    start = owner.start;
    name = `${owner.demonym} ${name}`;
  }
  emit({ start, end: tokens[last]!.end, kind, name, country, alias, rule: `cue:${kind}` });
}

/** The country whose possessive ends just before token i ("South Africa's Constitutional Court"), or null. */
function countryOwner(g: Gazetteer, s: Sentence, i: number): { country: string; demonym: string; start: number } | null {
  if (s.tokens[i]?.gap !== 'possessive') return null;
  for (let first = Math.max(0, i - 3); first < i; first++) {
    const hit = gazetteerAt(g, s, first);
    if (hit && hit.last === i - 1 && hit.entry.kind === 'country' && hit.entry.via === 'name' && hit.entry.country) {
      const country = hit.entry.country;
      return { country, demonym: g.demonymOf.get(country) ?? country, start: s.tokens[first]!.start };
    }
  }
  return null;
}

// Listed bodies every country has: "India's Supreme Court", "Colombia's Congress" are that country's.
const NATIONAL_TYPES = new Set(['court', 'government']);

/** "India's Supreme Court": emits the owner's body (the listed name kept as an alias) and returns true. */
function nationalBody(g: Gazetteer, s: Sentence, k: number, hit: Hit, emit: Emit): boolean {
  const e = hit.entry;
  if (e.kind !== 'organization' || e.via !== 'name' || e.country || !NATIONAL_TYPES.has(e.type ?? '')) return false;
  const owner = countryOwner(g, s, k);
  if (!owner) return false;
  const listed = phrase(s, k, hit.last);
  emit({ start: owner.start, end: s.tokens[hit.last]!.end, kind: 'organization', name: `${owner.demonym} ${listed}`,
    country: owner.country, alias: listed, rule: 'gazetteer:national-body' });
  return true;
}

/** Index of the last token of the capitalised run starting at `i` (name words, particles, "of" after a cue word). */
function runFrom(g: Gazetteer, s: Sentence, i: number): number {
  const tokens = s.tokens;
  let last = i;
  let cueSeen = g.nameCues.has(tokens[i]!.text);
  let ofSeen = false;
  // "Chief Ahmed Salem and Interior Ministry spokesman ...": after a title the "and" starts a second name.
  let roleSeen = g.roles.has(tokens[i]!.lower);
  for (let k = i + 1; k < tokens.length; k++) {
    const t = tokens[k]!;
    // "Tokai Gas & Power", "Procter & Gamble"
    const ampersand = ampersandGap(s, k) && t.upper && !tokens[k - 1]!.possessive;
    // "St. Peter's Square", "Children's Hospital": a possessive inside a name that a cue word closes.
    const owned = t.gap === 'possessive' && ownerCue(g.nameCues.get(t.text))
      && !gazetteerAt(g, s, k - 1) && !gazetteerAt(g, s, i);
    if (!joined(s, k) && !ampersand && !owned) break;
    if (isNameWord(g, t) || startsWithCapital(t.text) && g.roles.has(t.lower)) {
      last = k;
      roleSeen ||= g.roles.has(t.lower);
      cueSeen ||= g.nameCues.has(t.text);
      continue;
    }
    const next = tokens[k + 1];
    // "Mathieu van der Poel", "Juan de la Cruz": particles may come in pairs.
    if (PARTICLES.has(t.text) && next && PARTICLES.has(next.text) && joined(s, k + 1) && tokens[k + 2]?.upper && joined(s, k + 2)) {
      k++;
      continue;
    }
    // "Ministry of Defence", "State Committee for National Security", "Competition and Markets Authority".
    // Not "Kazakhstan Temir Zholy and Azerbaijan Railways": a listed name after "and" starts a second name.
    // Nor "Airbus and Tata Group": a listed name before "and" is a name of its own.
    const cueAhead = (t.text === 'and' || t.text === '&') && !cueSeen && !roleSeen && !gazetteerAt(g, s, k + 1)
      && gazetteerAt(g, s, i)?.last !== k - 1
      && tokens.slice(k + 1, k + 4).some((x) => g.nameCues.get(x.text) === 'organization');
    const ofFor = (t.text === 'of' || t.text === 'for') && cueSeen;
    ofSeen ||= ofFor;
    // "Department of Health and Human Services", "Centers for Disease Control and Prevention".
    const tail = t.text === 'and' && ofSeen && !gazetteerAt(g, s, k + 1);
    // "Alliance for the Liberation of Kivu": "of the" / "for the" inside an organization's name.
    if (ofFor && next?.text === 'the' && tokens[k + 2]?.upper && joined(s, k + 1) && joined(s, k + 2)) {
      k++;
      continue;
    }
    const bridge = (PARTICLES.has(t.text) || ofFor || cueAhead || tail) && next && next.upper && joined(s, k + 1);
    if (!bridge) break;
  }
  return last;
}

/** /^\p{Lu}/: ASCII answered without the pattern. */
function startsWithCapital(word: string): boolean {
  const c = word.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : CAPITAL_FIRST.test(word);
}
const CAPITAL_FIRST = /^\p{Lu}/u;

function ownerCue(cue: string | undefined): boolean {
  return cue === 'place' || cue === 'organization';
}

/** The stretch of the run that a cue word classifies, from its start to the cue (or past "of ..."). */
function cueSegment(g: Gazetteer, s: Sentence, i: number, runEnd: number): { last: number; kind: string } | null {
  const tokens = s.tokens;
  let start = i;
  while (start <= runEnd && (g.honorifics.has(tokens[start]!.text) || g.roles.has(tokens[start]!.lower)
    && !g.nameCues.has(tokens[start]!.text))) start++;
  // "General Motors", "General Electric": a title word followed only by organization words names a company.
  const titled = start !== i && start <= runEnd
    && tokens.slice(start, runEnd + 1).every((t) => g.nameCues.get(t.text) === 'organization');
  if (start !== i && !titled) return null;
  let found: { last: number; kind: string } | null = null;
  for (let k = i; k <= runEnd; k++) {
    const kind = g.nameCues.get(tokens[k]!.text);
    if (!kind) continue;
    // "Saudi Energy Minister", "Chilean Mining Minister": the cue word is a portfolio in a title, not a name.
    const role = roleStartingAt(g, s, k);
    if ((role && role.last > k) || (k + 1 <= runEnd && roleStartingAt(g, s, k + 1))) break;
    const hasOf = tokens.slice(k + 1, runEnd + 1).some((t, n) => BRIDGES.has(t.text)
      || ampersandGap(s, k + 1 + n));
    // "Cape Canaveral", "Radio Mitre": a prefix word leads; other cue words lead only before "of".
    // "Port Harcourt" and "Mundra Port": a word of both kinds leads or closes.
    const both = kind.endsWith('-both');
    const prefix = kind.endsWith('-prefix') || (both && k === i);
    if (k === i && !hasOf && !((prefix || kind === 'discard') && runEnd > i)) continue;
    if (prefix && k !== i) continue;
    if (found?.kind === 'discard') continue; // "Champions League", "Arab League Summit": not an actor
    const whole = hasOf || prefix || kind === 'discard';
    // "Bank of Japan Governor Kazuo Ueda": the name ends where a title starts.
    let end = whole ? runEnd : k;
    for (let r = k + 1; r <= end; r++) {
      if (tokens[r]!.upper && roleStartingAt(g, s, r) && r > k + 1) {
        end = r - 1;
        break;
      }
    }
    found = { last: end, kind: kind.replace(/-(?:prefix|both)$/, '') };
    if (hasOf) break;
  }
  return found;
}

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
    const words = wordsOf(s, i, last);
    emitPerson(g, s, i, last, emit, { name: e.name, listed: true, words, rule: 'gazetteer:person' });
    return;
  }
  emit({ start, end, kind: e.kind, name: e.name, country: e.country, rule: `gazetteer:${e.via}` });
  // "U.S. Supreme Court", "Russian Defence Ministry": a country leading an organization's name is mentioned too.
  let cued = false;
  for (let k = i + 1; k <= last && !cued; k++) cued = g.nameCues.get(s.tokens[k]!.text) === 'organization';
  const lead = cued && e.kind === 'organization' ? g.surfaces.get(s.tokens[i]!.text) : undefined;
  if (lead && lead.kind === 'country') {
    emit({ start, end: s.tokens[i]!.end, kind: 'country', name: lead.name, country: lead.name, rule: `gazetteer:${lead.via}` });
  }
}

/** A capital or metonym names a place when the text puts something there ("in Moscow", "the capital, Astana"). */
function placeContext(g: Gazetteer, s: Sentence, i: number, last: number): boolean {
  const tokens = s.tokens;
  const prev = tokens[i - 1];
  if (prev && !prev.possessive && joined(s, i)) {
    // "a Moscow court", "the Beijing office": the city, as a modifier.
    if (/^(?:a|an|the)$/i.test(prev.text)) return true;
    if (LOCATIVE.has(prev.lower)) return true;
    // "the city of Odesa"; "in Moscow and Yerevan" (but "between Yerevan and Moscow" are the governments).
    if (prev.lower === 'of' && /^(?:city|capital|town|port)$/.test(tokens[i - 2]?.lower ?? '')) return true;
    if ((prev.lower === 'and' || prev.lower === 'or') && LOCATIVE.has(tokens[i - 3]?.lower ?? '')) return true;
  }
  // "the Kazakh capital, Astana"; "Astana, Kazakhstan"
  if (prev && /^(?:capital|city)$/.test(prev.lower) && /^,\s+$/.test(s.text.slice(prev.end, tokens[i]!.start))) return true;
  const next = tokens[last + 1];
  if (next && /^,\s+$/.test(s.text.slice(tokens[last]!.end, next.start))) {
    const e = g.surfaces.get(next.text);
    if (e && e.kind === 'country' && e.via === 'name') return true;
  }
  // A dateline: "MOSCOW (Reuters) -"
  return i === 0 && /^\p{Lu}+$/u.test(tokens[i]!.text);
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
    // "leader Santiago Abascal", "Finance Minister German Avila": after a title, a place's name or a demonym
    // followed by a name is a first name.
    const firstName = !!hit && hit.last === k && k < runEnd && joined(s, k) && !gazetteerAt(g, s, k + 1)
      && !roleStartingAt(g, s, k + 1) && (hit.entry.via === 'demonym' ? !!roleEndingAt(g, s, k - 1)
        : leadsName(hit.entry) && (!!titleBefore(g, s, k)?.role || g.honorifics.has(tokens[k - 1]?.text ?? '')));
    if (firstName) {
      let last = k + 1;
      while (last + 1 <= runEnd && !gazetteerAt(g, s, last + 1) && !roleStartingAt(g, s, last + 1)) last++;
      classifyChunk(g, s, k, last, mode, emit);
      k = last + 1;
      continue;
    }
    // "Kazakhstan Temir Zholy", "Russia Today": a country's name leading unknown words names an organization.
    // "Denver Nuggets", "Tokyo Electron": a listed place leading unknown words, likewise.
    // Not "a Louisiana Republican", "a Paris restaurant": after an article the place describes.
    if (hit && hit.last < runEnd && !mode.headline && leadsName(hit.entry) && !/^(?:a|an)$/i.test(tokens[k - 1]?.text ?? '')
      && !tokens[hit.last]!.possessive && !gazetteerAt(g, s, hit.last + 1) && !roleInside(g, s, hit.last + 1, runEnd)) {
      // The country is mentioned ("Kazakhstan Temir Zholy"); a city or region only lends its name ("Denver Nuggets").
      if (hit.entry.kind === 'country') emitEntry(g, s, k, hit.last, hit.entry, emit);
      emit({ start: tokens[k]!.start, end: tokens[runEnd]!.end, kind: 'organization',
        name: s.text.slice(tokens[k]!.start, tokens[runEnd]!.end), country: hit.entry.kind === 'country' ? hit.entry.country : null,
        rule: `shape:${hit.entry.kind}-name` });
      return runEnd + 1;
    }
    if (hit && nationalBody(g, s, k, hit, emit)) {
      k = hit.last + 1;
      continue;
    }
    // "Allianz Global Investors", "Toyota Motor": a listed company leading unknown capitalised words is another company.
    if (hit && hit.entry.type === 'company' && hit.entry.via === 'name' && hit.last < runEnd && !mode.headline
      && !gazetteerAt(g, s, hit.last + 1) && !roleInside(g, s, hit.last + 1, runEnd) && !tokens[hit.last]!.possessive
      && tokens.slice(hit.last + 1, runEnd + 1).every((t) => /^\p{Lu}/u.test(t.text))) {
      emit({ start: tokens[k]!.start, end: tokens[runEnd]!.end, kind: 'organization',
        name: s.text.slice(tokens[k]!.start, tokens[runEnd]!.end), rule: 'shape:organization-name' });
      return runEnd + 1;
    }
    // "North Darfur", "Southern Kordofan": a compass word before a listed place is part of its name.
    const compass = tokens[k + 1] && joined(s, k + 1) && COMPASS.test(tokens[k]!.text) ? gazetteerAt(g, s, k + 1) : null;
    if (!hit && compass && compass.entry.kind === 'place' && compass.entry.via === 'name') {
      emit({ start: tokens[k]!.start, end: tokens[compass.last]!.end, kind: 'place', name: phrase(s, k, compass.last),
        country: compass.entry.country, rule: 'shape:compass-place' });
      k = compass.last + 1;
      continue;
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
    const lower = tokens[k]!.lower;
    // ... unless the modifier starts a longer title of its own ("Chief Executive Officer").
    const own = roleStartingAt(g, s, k);
    if (g.modifiers.has(lower) && (!own || own.last < (roleStartingAt(g, s, k + 1)?.last ?? -1)) && (roleStartingAt(g, s, k + 1)
      || (g.modifiers.has(tokens[k + 1]?.lower ?? '') && roleStartingAt(g, s, k + 2)))) {
      k++;
      continue;
    }
    const role = roleStartingAt(g, s, k);
    if (role) {
      // A title may run past the capitalised run ("Chief of the General Staff").
      k = role.last + 1;
      // "Minister of Digital Development and Transport": the portfolio belongs to the title.
      if ((tokens[k]?.text === 'of' || tokens[k]?.text === 'for') && joined(s, k) && tokens[k + 1]?.upper && joined(s, k + 1)) {
        let e = k + 1;
        while (tokens[e + 1] && joined(s, e + 1) && (tokens[e + 1]!.upper || (tokens[e + 1]!.text === 'and' && tokens[e + 2]?.upper))) e++;
        // Without a comma after it, the portfolio's last two capitalised words are the name
        // ("Minister of Foreign Affairs Jeyhun Bayramov said").
        const closed = !tokens[e + 1] || /^[,;:)]/.test(s.text.slice(tokens[e]!.end, tokens[e + 1]!.start).trim());
        if (!closed && e - (k + 1) >= 2) e -= 2;
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
    // "Melania Trump", "Hunter Biden": another first name before a listed surname is another person.
    const family = gazetteerAt(g, s, last + 1);
    if (family && family.entry.kind === 'person' && family.last === last + 1 && last + 1 <= runEnd && !mode.headline
      && tokens.slice(k, last + 1).every((t) => /^\p{Lu}\p{Ll}+$/u.test(t.text))) {
      emitPerson(g, s, k, family.last, emit, { rule: 'shape:family-name' });
      k = family.last + 1;
      continue;
    }
    // "Prime Minister Luís Montenegro", "Senator Bernard Georgia": after a title, a country's name closing the run
    // is a surname.
    const surname = last + 1 === runEnd ? gazetteerAt(g, s, runEnd) : null;
    if (surname && surname.last === runEnd && surname.entry.kind === 'country' && surname.entry.via === 'name'
      && (titleBefore(g, s, k)?.role || g.honorifics.has(tokens[k - 1]?.text ?? ''))) last = runEnd;
    // "Chilean Mining Minister", "Water Resources Minister": a portfolio, not a name; likewise before any
    // capitalised title that a name follows ("Tourism Cabinet Secretary Rebecca Miano").
    const title = last < runEnd ? roleStartingAt(g, s, last + 1) : null;
    if (title && (title.cls === 'minister' || (tokens[last + 1]!.upper && title.last < runEnd))
      && tokens.slice(k, last + 1).every((t) => /^\p{Lu}\p{Ll}/u.test(t.text))) {
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
  const words = extra.words ?? wordsOf(s, first, last);
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
  const words = wordsOf(s, first, last);
  const n = last - first + 1;

  if (n === 1 && text.includes('-') && hyphenParts(g, s, first, emit)) return;
  const typed = typeNoun(g, s, first, last);
  if (typed) {
    emit({ start, end, kind: typed.kind, name: text, words, alias: typed.named, rule: `type-noun:${typed.kind}` });
    return;
  }
  const prev = tokens[first - 1];
  // "737 MAX", "iPhone 17 Air": after a number (not a year) a capitalised word names a model.
  if (prev && joined(s, first) && /^[\d.,]+$/.test(prev.text) && !/^(?:1[89]|20)\d\d$/.test(prev.text)) return;
  // "Residents said ...", "Analysts expect ...": capitalised only because it opens the sentence.
  // "Rescue teams" written "Rescue Teams": the group noun closing a short opening chunk names no one either.
  if (first === 0 && n <= 3 && groupNoun(g, tokens[last]!.lower)) return;
  // "the five Central Asian states", "a Sunni Muslim cleric": an adjective of a region or a faith names no one.
  if (g.groupAdjectives.has(tokens[last]!.lower)) return;
  if (thingBeside(g, s, first, last)) return;
  const before = titleBefore(g, s, first);
  // "Imam Khomeini Hussainiya", "Queen Elizabeth Hospital": a cue word closing a titled name makes the whole,
  // title included, a place or an organization.
  const cue = n > 1 ? g.nameCues.get(tokens[last]!.text) : undefined;
  if (before?.role && (cue === 'place' || cue === 'organization')) {
    emit({ start: before.start, end, kind: cue, name: s.text.slice(before.start, end), rule: 'cue:titled-name' });
    return;
  }
  const honorific = !!prev && g.honorifics.has(prev.text) && joined(s, first);
  // A lone cue word ("Group chief executive", "Summit president") names nothing by itself.
  if (!before?.role && !honorific && !mode.headline && !mode.byline && !(n === 1 && g.nameCues.has(text))) {
    const rule = orgContext(g, s, first, last);
    if (rule) {
      emit({ start, end, kind: 'organization', name: text, words, rule });
      return;
    }
    // "the coastal city of Manta", "the province of Nangarhar"
    if (prev?.text === 'of' && PLACE_OF.has(tokens[first - 2]?.lower ?? '') && joined(s, first) && joined(s, first - 1)
      && !/\p{Ll}/u.test(words.map((w) => w[0]).join(''))) {
      emit({ start, end, kind: 'place', name: text, words, rule: 'context:place-of' });
      return;
    }
  }
  const next = tokens[last + 1];
  const speaks = !!next && personVerbs!.has(next.text) && /^\s+$/.test(s.text.slice(end, next.start));
  const after = n <= 4 ? titleAfter(g, s, last + 1) : null;
  // "the Max Planck Institute in Leipzig said": after "in", a word is a place even before a speech verb.
  // "prosecutors in Reggio Calabria said": a name of up to three words, likewise.
  if (n <= 3 && !before?.role && !honorific && !mode.headline && first > 0 && PLACING.has(prev?.lower ?? '')) {
    const place = placedWord(g, s, first, last);
    if (place) {
      emit({ start, end, kind: 'place', name: text, words, rule: place });
      return;
    }
  }
  // "the Cabinet of Ministers said": a plural title alone is a body of people, not a person.
  const group = n === 1 && groupNoun(g, tokens[first]!.lower);
  const personCue = !group && (!!before?.role || honorific || speaks || !!(after && after.role));
  if (mode.byline) return;
  // "Photo: Karen Minasyan/AFP", "(Photo by Jane Doe/Getty Images)": the photographer is a credit, not an actor.
  if (PHOTO_CREDIT_BEFORE.test(s.text.slice(Math.max(0, start - 24), start)) || CREDIT_AFTER.test(s.text.slice(end, end + 3))
    || /©\s*$/.test(s.text.slice(Math.max(0, start - 3), start))) {
    return;
  }
  if (text.includes('.') && /^\p{Lu}[\p{L}\p{N}-]*\.(?:com|org|net|am|ru|ua|kz|az|ge|by|uk|de|fr|io|news|info)$/u.test(text)) {
    emit({ start, end, kind: 'organization', name: text, words, rule: 'shape:domain' });
    return;
  }
  if (n === 1 && first === 0 && /^\p{Lu}{4,}$/u.test(text) && /^\s*[—–(,-]/u.test(s.text.slice(end, end + 3))) {
    emit({ start, end, kind: 'place', name: titleCase(text), words, rule: 'shape:dateline' });
    return;
  }
  // "wrote on X": the social network.
  if (text === 'X' && prev?.text === 'on' && joined(s, first)) {
    emit({ start, end, kind: 'organization', name: 'X', words, rule: 'context:social-network' });
    return;
  }
  // People are not named in capitals: an acronym that speaks, or is somebody's "counterpart", is an organization.
  const acronymPerson = honorific || (!!before?.role && !/\bcounterparts?$/u.test(before.role));
  if (n === 1 && /^\p{Lu}[\p{Lu}\p{N}&]{1,6}$/u.test(text) && !acronymPerson) {
    emit({ start, end, kind: mode.headline ? 'unknown' : 'organization', name: text, words, rule: 'shape:acronym' });
    return;
  }
  if (words.some((w) => /\p{Ll}/u.test(w[0]!) && !PARTICLES.has(w) && !PREFIXED.test(w))) return;
  // "Harbor & Vane", "Dunmore & Sons": names joined by an ampersand are a firm.
  if (n > 1 && !before?.role && !honorific && s.text.slice(start, end).includes(' & ')) {
    emit({ start, end, kind: 'organization', name: text, words, rule: 'shape:ampersand' });
    return;
  }
  if (n > 1 && words.every((w) => /^[\p{Lu}\p{N}.'-]+$/u.test(w))) {
    // "DAR ES SALAAM —": an all-capitals dateline names the place of the story; elsewhere it is shouting.
    if (first === 0) emit({ start, end, kind: 'place', name: titleCase(text), words, rule: 'shape:dateline' });
    return;
  }
  // "told Parliament", "the Presidency said": an organization word alone, mid-sentence, is that body.
  if (n === 1 && !before?.role && !honorific && !mode.headline && first > 0 && g.nameCues.get(text) === 'organization') {
    emit({ start, end, kind: 'organization', name: text, words, rule: 'cue:organization-word' });
    return;
  }
  if (n === 1 && !personCue && !mode.headline && first > 0) {
    // "Cupertino, California", "in Lviv": an unknown word placed somewhere is a place.
    const place = placedWord(g, s, first, first);
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
  // "Key Points", "Ope Adetayo": a line that is nothing but a name is a label or a writer's credit.
  if (!personCue && first === 0 && last === tokens.length - 1) return;
  // "Galaxy S25", "Model Y", "the tanker Eagle S": a person's name holds no digit and ends in no bare capital.
  if (words.some(hasNumber) || isLoneCapital(words[n - 1]!)) return;
  // "Harbor Freight, which ...": people are "who".
  if (!tokens[last]!.possessive && WHICH.test(s.text.slice(end, end + 10))) return;
  emitPerson(g, s, first, last, emit, { words, personCue, rule: personCue ? 'title:person' : 'shape:full-name' });
}

/** /\p{N}/: a digit or other number character; ASCII answered without the pattern. */
function hasNumber(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 128) return NUMBER.test(word);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}
const NUMBER = /\p{N}/u;

/** /^\p{Lu}$/: one capital letter. */
function isLoneCapital(word: string): boolean {
  if (word.length === 1) return (word.charCodeAt(0) >= 65 && word.charCodeAt(0) <= 90) || LONE_CAPITAL_LETTER.test(word);
  return word.length === 2 && LONE_CAPITAL_LETTER.test(word);
}
const LONE_CAPITAL_LETTER = /^\p{Lu}$/u;

const WHICH = /^,\s+which\s/;
const COMPASS = /^(?:North|South|East|West|Northern|Southern|Eastern|Western|Central|Upper|Lower)$/;
const PHOTO_CREDIT_BEFORE = /\b(?:[Pp]hoto(?:graph)?s?|PHOTO|[Ii]mages?|[Pp]ictures?|[Cc]redit|[Ff]ile photo)(?:\s+by)?\s*[:|]?\s*$/;
const CREDIT_AFTER = /^\s?\/\s?\p{Lu}/u;
const PLACING = new Set(['in', 'near', 'outside', 'across', 'throughout', 'around']);
const PLACE_OF = new Set(['city', 'town', 'village', 'port', 'province', 'region', 'state', 'island', 'district', 'county',
  'capital', 'municipality', 'governorate', 'prefecture']);

function leadsName(e: Entry): boolean {
  return (e.kind === 'country' || e.kind === 'place') && (e.via === 'name' || e.via === 'capital');
}

/** A title starts somewhere in tokens[from..to] ("U.S. Health Secretary Robert F. Kennedy Jr."). */
function roleInside(g: Gazetteer, s: Sentence, from: number, to: number): boolean {
  for (let k = from; k <= to; k++) if (roleStartingAt(g, s, k) || g.honorifics.has(s.tokens[k]!.text)) return true;
  return false;
}

function placedWord(g: Gazetteer, s: Sentence, i: number, last: number): string | null {
  const t = s.tokens[last]!;
  if (t.possessive) return null;
  const next = s.tokens[last + 1];
  if (next && /^,\s+$/.test(s.text.slice(t.end, next.start))) {
    const e = g.surfaces.get(next.text);
    if (e && (e.kind === 'country' || e.kind === 'place') && e.via === 'name') return 'context:place-comma-region';
  }
  const prev = s.tokens[i - 1];
  if (prev && PLACING.has(prev.text) && joined(s, i)) return 'context:place-preposition';
  return null;
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

/** "Civil Contract party", "space agency Roscosmos", "Zvartnots international airport": the noun tells the kind. */
function typeNoun(g: Gazetteer, s: Sentence, first: number, last: number): { kind: ActorKind; named: string | null } | null {
  const tokens = s.tokens;
  for (let n = 2; n >= 1; n--) {
    const a = tokens[last + 1];
    const b = tokens[last + n];
    if (a && b && !tokens[last]!.possessive && joined(s, last + 1) && (n === 1 || joined(s, last + 2))) {
      const kind = nounAt(g.nounsAfter, g.nounsAfterFirst, s, last + 1, last + n);
      // The name with its noun ("Houthi movement") is kept as an alias of the name alone ("Houthi").
      if (kind && !b.upper) return { kind, named: s.text.slice(tokens[first]!.start, b.end) };
    }
    const c = tokens[first - n];
    const d = tokens[first - 1];
    if (c && d && joined(s, first) && (n === 1 || joined(s, first - 1))) {
      const kind = nounAt(g.nounsBefore, g.nounsBeforeFirst, s, first - n, first - 1);
      if (kind && !c.upper) return { kind, named: null };
    }
  }
  // "the Comuneros del Sur, a splinter group of the ELN,": a type noun heading the description after the name.
  const appositive = s.text.charCodeAt(tokens[last]!.end) === 44 // the pattern starts with a comma
    ? APPOSITIVE.exec(s.text.slice(tokens[last]!.end, tokens[last]!.end + 80)) : null;
  const kind = appositive && (g.nounsBefore.get(appositive[1]!) ?? g.nounsAfter.get(appositive[1]!));
  return kind ? { kind, named: null } : null;
}

/** nouns.get(phrase(s, from, to)), the phrase built only when a listed noun of several words starts with its first word. */
function nounAt(nouns: Map<string, ActorKind>, firsts: Set<string>, s: Sentence, from: number, to: number): ActorKind | undefined {
  const word = s.tokens[from]!.text;
  if (from === to) return nouns.get(word);
  return firsts.has(word) ? nouns.get(phrase(s, from, to)) : undefined;
}

const APPOSITIVE = /^,\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,3}?(\p{Ll}[\p{Ll}-]*)(?=\s*[,.;—–]|\s+(?:of|that|which|whose|based|in|from|with|led|backed|founded|owned|outside|behind|after|for|to|and|known|listed|controlled|run)\s)/u;
