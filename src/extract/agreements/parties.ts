// The parties of an agreement: actors named as its subject ("Putin and Pashinyan agreed"), after "between",
// "with" or a passive "by", or "the two countries" resolved to the two most recently in focus.
import type { Doc } from '../../analyse/document.js';
import type { Actor, Mention, Span } from '../../model.js';
import type { MentionIndex } from '../quotes/mentions.js';
import { words, type PhraseHit } from '../quotes/phrases.js';
import { skipGapBack } from '../quotes/speakers.js';
import type { QuoteLexicon } from '../quotes/lexicon.js';
import { acquisitionTarget } from './acquisition.js';
import { firstWordAt } from './cues.js';
import type { AgreementLexicon } from './lexicon.js';
import type { Trigger } from './triggers.js';

export interface Parties {
  ids: string[];
  rule: string;
}

const PARTY_KINDS = new Set<Actor['kind']>(['person', 'organization', 'country']);
// Between two coordinated names: ", ", " and ", ", and ", and up to four words of title ("and Prime Minister").
const COORDINATION = /^(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s*[–—-]\s*)(?:[\p{L}.’'-]+\s+){0,4}$/u;
// "Putin of Russia", "Russia's Putin": the country only describes the person.
const AFFILIATION = /^\s+of\s+(?:the\s+)?$/u;
const FOCUS_REACH = 3000;
const WITH_FROM = /^(?:\s+[\p{L}\p{N}€$£%’'-]+(?:\.\d+)?){0,9}?\s+(?:with|from)\s+/u;
const BY = /^(?:\s+[\p{L}\p{N}]+){0,3}?\s+by\s+(?!\p{Ll}+ing\b)/u;
const WITH_FROM_TO = /^(?:\s+[\p{L}\p{N}€$£%’'-]+(?:\.\d+)?){0,9}?\s+(?:with|from|to)\s+/u;

/** The parties of the agreement `trig` reports; `nouns` are the sentence's agreement nouns. */
export function findParties(doc: Doc, sentence: Span, trig: Trigger, mi: MentionIndex, qlex: QuoteLexicon,
  lex: AgreementLexicon, nouns: PhraseHit[], subjectIds: string[] = []): Parties {
  const text = doc.text;
  const excluded = nonParties(text, sentence, trig, mi, qlex, lex);
  const found: Mention[] = [];
  const rules: string[] = [];
  const take = (ms: Mention[], rule: string): void => {
    // Places ("signed in Tashkent") are never parties; a person may stand for the country they represent.
    const kept = ms.filter((m) => !excluded.has(m) && PARTY_KINDS.has(mi.kind(representedBy(text, m, mi))!));
    if (kept.length) rules.push(rule);
    found.push(...kept);
  };

  const between = /\bbetween\s+/u.exec(text.slice(sentence.start, sentence.end));
  let focusWanted: { count: string; noun: string; at: number } | null = null;
  if (between) {
    const from = sentence.start + between.index + between[0].length;
    const two = lex.sidesRe.exec(text.slice(from, from + 40));
    if (two && two.index === 0) focusWanted = { count: two[1]!, noun: two[2]!, at: from };
    else take(chainForward(text, from, sentence.end, mi), 'between');
  }
  // The subject of "brokered" or "mediated" is the go-between, and so is the subject of "proposed a truce
  // between A and B": an agreement between two named sides is theirs.
  if (trig.frame !== 'broker' && found.length < 2 && subjectIds.length === 0) {
    const subject = chainBackward(text, trig.start, sentence.start, mi, qlex);
    const pronoun = subject.length ? subject : speakerOfPronoun(text, trig.start, sentence.start, mi, qlex);
    take(pronoun.length ? pronoun : definiteSubject(text, trig.start, sentence.start, mi, qlex, lex), 'subject');
  }
  // "offered Russia a prisoner swap", "rejected Moscow's proposal": the other side of an offer.
  if (trig.frame === 'status-noun') {
    take(mi.within(trig.start, trig.coreStart), 'recipient');
    const to = /^(?:\s+[\p{L}-]+){0,2}?\s+to\s+/u.exec(text.slice(trig.end, sentence.end));
    if (to) take(chainForward(text, trig.end + to[0].length, sentence.end, mi), 'recipient');
  }
  if (trig.acquisition) {
    // "agreed to buy X", "the takeover of X", "a merger with X".
    const of = /^\s+(?:of|with)(?=\s)/u.exec(text.slice(trig.end, sentence.end));
    const target = acquisitionTarget(text, trig.end + (of ? of[0].length : 0), sentence.end, mi);
    if (target) take([target], 'target');
  }
  const after = text.slice(trig.coreEnd, sentence.end);
  // "signed a deal with X", "won a contract from X", "awarded a contract to X".
  const other = trig.frame === 'object' ? WITH_FROM_TO : WITH_FROM;
  // The patterns try up to ten words each: a tail without their keyword is not tried at all.
  const withM = after.includes('with') || after.includes('from') || (other === WITH_FROM_TO && after.includes('to')) ? other.exec(after) : null;
  if (withM) take(chainForward(text, trig.coreEnd + withM[0].length, sentence.end, mi), 'with');
  // "partnered with X", "joined forces with X": the trigger phrase itself ends in "with".
  else if (/\swith$/u.test(text.slice(trig.coreStart, trig.coreEnd))) {
    take(chainForward(text, trig.coreEnd + (/^\s*/u.exec(after)?.[0].length ?? 0), sentence.end, mi), 'with');
  }
  // "agreed to stop attacks under a deal with the United States": the agreement noun's own "with".
  for (const n of nouns) {
    if (n.start < trig.coreStart) continue;
    const rest = text.slice(n.end, sentence.end);
    const w = n.start >= trig.coreEnd ? /^\s+with\s+/u.exec(rest) : null;
    if (w) take(chainForward(text, n.end + w[0].length, sentence.end, mi), 'with');
    // "a deal to supply liquefied natural gas to China's Sinopec": the buyer of a supply deal.
    const to = lex.supplyRe.exec(rest);
    if (to) take(chainForward(text, n.end + to[0].length, sentence.end, mi), 'supplied');
    // "a $7 billion loan for Pakistan": the borrower.
    const lent = lex.lendNouns.has(text.slice(n.start, n.end).toLowerCase()) ? /^\s+(?:for|to)\s+/u.exec(rest) : null;
    if (lent) take(chainForward(text, n.end + lent[0].length, sentence.end, mi), 'borrower');
  }
  // "signed by A and B", not "breached the treaty by allowing ...".
  const byM = after.includes('by') ? BY.exec(after) : null;
  if (byM) take(byPhrase(text, trig.coreEnd + byM[0].length, sentence.end, mi), 'by');

  if (subjectIds.length) return { ids: unique([...subjectIds, ...partyIds(text, found, mi)]), rule: ['they', ...rules].join('+') };
  if (found.length === 0) {
    if (!focusWanted) {
      const two = lex.sidesRe.exec(text.slice(sentence.start, sentence.end));
      if (two) focusWanted = { count: two[1]!, noun: two[2]!, at: sentence.start + two.index };
    }
    if (focusWanted) {
      const kinds = lex.sides.get(focusWanted.noun.toLowerCase().replace(/\s+/gu, ' ')) ?? ['country'];
      take(inFocus(kinds, COUNT[focusWanted.count.toLowerCase()] ?? 2, focusWanted.at, mi), 'focus');
    }
  }
  if (found.length === 0) take(clauseMentions(text, sentence, trig, mi), 'clause');
  // "Under a 2019 memorandum, Egypt and Sudan share ...": the agreement named in an opening phrase.
  const comma = /^\s*,\s*/u.exec(text.slice(trig.end, sentence.end));
  if (found.length === 0 && trig.frame === 'named' && comma) {
    take(chainForward(text, trig.end + comma[0].length, sentence.end, mi), 'main-clause');
  }

  // "The agreement, signed in Astana, commits Kazakhstan and Uzbekistan to ...": the rest of the sentence.
  if (found.length === 0) take(mi.within(trig.end, sentence.end), 'sentence');

  return { ids: withoutRepresented(partyIds(text, found, mi), mi), rule: rules.join('+') || 'none' };
}

function partyIds(text: string, found: Mention[], mi: MentionIndex): string[] {
  const ids: string[] = [];
  for (const f of found) {
    const m = representedBy(text, f, mi);
    if (PARTY_KINDS.has(mi.kind(m)!) && !ids.includes(m.actor)) ids.push(m.actor);
  }
  return ids;
}

const unique = (ids: string[]): string[] => [...new Set(ids)];

/** "The company agreed ...", "the agency would not sign ...": the last actor of the kind the noun names. */
function definiteSubject(text: string, at: number, floor: number, mi: MentionIndex, qlex: QuoteLexicon,
  lex: AgreementLexicon): Mention[] {
  const p = skipGapBack(text, at, floor, qlex);
  const d = lex.definiteRe.exec(text.slice(Math.max(floor, p - 60), p));
  if (!d) return [];
  const m = mi.lastBefore(p - d[0].length, lex.definites.get(d[1]!)!, p - FOCUS_REACH);
  return m ? [m] : [];
}

/** A person whose country is already a party signs for it, and is not a party of their own. */
const fold = (s: string): string => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

function withoutRepresented(ids: string[], mi: MentionIndex): string[] {
  if (!ids.some((id) => mi.actor(id)?.kind === 'person')) return ids;
  const countries = new Set<string>();
  for (const id of ids) {
    const a = mi.actor(id);
    if (a?.kind === 'country') for (const n of [a.name, ...a.aliases]) countries.add(fold(n));
  }
  if (countries.size === 0) return ids;
  return ids.filter((id) => {
    const a = mi.actor(id);
    return !(a?.kind === 'person' && a.country && countries.has(fold(a.country)));
  });
}

/**
 * Mentions that name mediators, hosts or sources in this sentence: the names after "mediated by", "according to"
 * (agreement-non-parties.txt), and those of a closing "..., X said".
 */
function nonParties(text: string, sentence: Span, trig: Trigger, mi: MentionIndex, qlex: QuoteLexicon,
  lex: AgreementLexicon): Set<Mention> {
  const out = new Set<Mention>();
  for (const b of lex.nonParties.within(text, sentence.start, sentence.end)) {
    const from = b.end + (/^\s*/u.exec(text.slice(b.end, b.end + 8))?.[0].length ?? 0);
    for (const m of chainForward(text, from, sentence.end, mi)) out.add(m);
  }
  // "..., Armenian Foreign Minister Ararat Mirzoyan told reporters.": a closing attribution after the trigger.
  const tail = text.slice(trig.end, sentence.end);
  const comma = Math.max(tail.lastIndexOf(','), tail.lastIndexOf('—'));
  if (comma >= 0 && isAttribution(text, trig.end + comma + 1, sentence.end, qlex)) {
    for (const m of mi.within(trig.end + comma + 1, sentence.end)) out.add(m);
  }
  return out;
}

function isAttribution(text: string, from: number, to: number, qlex: QuoteLexicon): boolean {
  if (to - from > 160) return false;
  const ws = words(text);
  let n = 0;
  for (let i = firstWordAt(ws, from); i < ws.length; i += 2) {
    if (ws[i + 1]! > to || ++n > 12) return false;
    if (qlex.formWords.get(text, ws[i]!, ws[i + 1]!, false) !== undefined) return true;
  }
  return false;
}

/** Coordinated names starting at `from`: "Armenia and Kazakhstan", "Putin, Tokayev and Lukashenko". */
function chainForward(text: string, from: number, limit: number, mi: MentionIndex): Mention[] {
  const lead = /^(?:the\s+)?(?:[\p{Lu}][\p{L}.’'-]*\s+){0,4}/u.exec(text.slice(from, limit))![0];
  let m = firstMentionIn(from, from + lead.length + 1, mi);
  const out: Mention[] = [];
  while (m) {
    m = qualifiedBy(text, m, mi) ?? m;
    out.push(m);
    const next = mi.sorted[mi.firstFrom(m.end)];
    if (!next || next.start >= limit) break;
    const gap = text.slice(m.end, next.start);
    if (AFFILIATION.test(gap) && mi.kind(next) === 'country' && mi.kind(m) === 'person') {
      const after = mi.sorted[mi.firstFrom(next.end)];
      if (!after || after.start >= limit || !COORDINATION.test(text.slice(next.end, after.start))) break;
      m = after;
      continue;
    }
    if (!COORDINATION.test(gap)) break;
    m = next;
  }
  return out;
}

/** The mention closest before `m` that does not overlap it, the longest of those ending there ("Sudan's army", not "Sudan"). */
function before(m: Mention, mi: MentionIndex): Mention | undefined {
  let best: Mention | undefined;
  for (let i = mi.firstFrom(m.start) - 1, n = 0; i >= 0 && n < 6; i--, n++) {
    const p = mi.sorted[i]!;
    if (p.end > m.start) continue;
    if (!best || p.end > best.end || (p.end === best.end && p.start < best.start)) best = p;
  }
  return best;
}

// Between a nationality and the organization it describes: "’s", or a few lower-case words ("state energy company").
const QUALIFIES = /^(?:['’]s)?(?:\s+(?!(?:and|or|with|of|to|by|from|in|at|on|for|as|than|that|which|who|signed|agreed|said)\s)\p{Ll}[\p{Ll}-]*){0,3}\s+$/u;

/** The organization a country mention describes ("the Japanese space agency JAXA"), if any. */
function qualifiedBy(text: string, m: Mention, mi: MentionIndex): Mention | undefined {
  if (mi.kind(m) !== 'country') return undefined;
  const next = mi.sorted[mi.firstFrom(m.end)];
  if (!next || next.start - m.end > 40 || mi.kind(next) !== 'organization') return undefined;
  return QUALIFIES.test(text.slice(m.end, next.start)) ? next : undefined;
}

function firstMentionIn(from: number, to: number, mi: MentionIndex): Mention | undefined {
  const m = mi.sorted[mi.firstFrom(from)];
  return m && m.start < to ? m : undefined;
}

/** The subject of the trigger: the names right before it, coordinated, without "of Russia"-style modifiers. */
// "The company said it had agreed ...": a pronoun subject right after a speech verb stands for the speaker.
const PRONOUNS = new Set(['it', 'they', 'he', 'she', 'we']);

function speakerOfPronoun(text: string, at: number, floor: number, mi: MentionIndex, qlex: QuoteLexicon): Mention[] {
  const ws = text.slice(Math.max(floor, at - 40), at).trimEnd().split(/\s+/u);
  let k = ws.length - 1;
  if (k < 1 || !PRONOUNS.has(ws[k]!)) return [];
  if (ws[k - 1] === 'that') k--;
  const verb = ws[k - 1];
  if (!verb || !qlex.forms.has(verb)) return [];
  const verbAt = text.lastIndexOf(verb, at);
  return verbAt < floor ? [] : chainBackward(text, verbAt, floor, mi, qlex);
}

// "the Comuneros del Sur, a splinter group of the ELN, signed": a description between the subject and its verb.
const APPOSITIVE_BEFORE = /,\s+(?:a|an|the|its|their|which|who)\s[^,;]{0,80},\s*$/u;

const POSSESSIVE_BODY = /['’]s(?:\s+\p{Ll}[\p{Ll}-]*){1,3}$/u;

function chainBackward(text: string, at: number, floor: number, mi: MentionIndex, qlex: QuoteLexicon): Mention[] {
  let p = skipGapBack(text, at, floor, qlex);
  if (!mi.endingAt(p)) {
    const appositive = APPOSITIVE_BEFORE.exec(text.slice(Math.max(floor, p - 100), p));
    if (appositive) p = skipGapBack(text, p - appositive[0].length, floor, qlex);
  }
  if (!mi.endingAt(p)) {
    // "The IMF's executive board approved", "Tesla's shareholders agreed": the body acts for its institution.
    const body = POSSESSIVE_BODY.exec(text.slice(Math.max(floor, p - 50), p));
    if (body) p -= body[0].length;
  }
  let m = mi.endingAt(p);
  const out: Mention[] = [];
  while (m && m.start >= floor) {
    // "Chilean Mining Minister Carolina Fuentes and ...": go on from the institution the person acts for.
    const rep = representedBy(text, m, mi);
    if (rep !== m && rep.start >= floor) m = rep;
    out.unshift(m);
    let head = m;
    let prev = before(m, mi);
    // "its Japanese counterpart JAXA", "Russia's Gazprom": the company, not the country that describes it.
    if (prev && qualifiedBy(text, prev, mi) === m) {
      head = prev;
      prev = before(prev, mi);
    }
    if (!prev || prev.start < floor || prev.end > head.start) break;
    const gap = text.slice(prev.end, head.start);
    if (AFFILIATION.test(gap)) {
      out.shift(); // "Putin of Russia": keep the person, drop the country.
      out.unshift(prev);
      const j = mi.firstFrom(prev.start) - 1;
      const before = j >= 0 ? mi.sorted[j] : undefined;
      if (!before || before.start < floor || !COORDINATION.test(text.slice(before.end, prev.start))) break;
      m = before;
      continue;
    }
    if (!COORDINATION.test(gap)) break;
    m = prev;
  }
  return out;
}

/** "by former Soviet republics — including Armenia and Azerbaijan —": every name up to the phrase's end. */
function byPhrase(text: string, from: number, limit: number, mi: MentionIndex): Mention[] {
  const rest = text.slice(from, limit);
  const stop = /[,;]|\.(?:\s|$)/u.exec(rest);
  let end = stop ? stop.index : rest.length;
  const dash = /[—–]/.exec(rest);
  if (dash && dash.index < end) {
    const close = rest.slice(dash.index + 1).search(/[—–]/);
    end = close >= 0 ? dash.index + 1 + close : end;
  }
  return mi.within(from, from + end);
}

const COUNT: Record<string, number> = { two: 2, both: 2, three: 3, four: 4, five: 5 };

/** "the two countries": the two most recently named actors of the kinds. */
function inFocus(kinds: Actor['kind'][], count: number, before: number, mi: MentionIndex): Mention[] {
  const out: Mention[] = [];
  for (let i = mi.firstFrom(before) - 1; i >= 0 && out.length < count; i--) {
    const m = mi.sorted[i]!;
    if (m.start < before - FOCUS_REACH) break;
    if (kinds.includes(mi.kind(m)!) && !out.some((o) => o.actor === m.actor)) out.push(m);
  }
  return out.reverse();
}

/** Last resort: the names in the trigger's own clause (between commas). */
function clauseMentions(text: string, sentence: Span, trig: Trigger, mi: MentionIndex): Mention[] {
  const before = text.slice(sentence.start, trig.start);
  const that = /\bthat\s/.exec(before.slice(-120));
  const from = sentence.start + Math.max(before.lastIndexOf(','), before.lastIndexOf(';'),
    that ? before.length - Math.min(120, before.length) + that.index : -1) + 1;
  const rest = text.slice(trig.end, sentence.end);
  // After the trigger, the clause ends at a comma or at an adverbial phrase ("by filling ...", "without X's consent").
  const stop = rest.search(/[,;]|\s(?:by|without|despite|against|after|before|during|because)\s/u);
  return mi.within(from, stop < 0 ? sentence.end : trig.end + stop);
}

// Between an institution and its official: "’s", title words, perhaps a closing comma ("her Rwandan counterpart, ").
const OFFICIAL_OF = /^(?:['’]s)?(?:\s+(?!and\b)[\p{L}’'.-]+){0,4},?\s+$/u;

/**
 * A person named with the country or organization they act for ("Congolese Foreign Minister Thérèse Mbala",
 * "ESA Director General Thomas Ridder") makes the agreement for it: the party is the institution.
 */
function representedBy(text: string, m: Mention, mi: MentionIndex): Mention {
  if (mi.kind(m) !== 'person') return m;
  const i = mi.firstFrom(m.start) - 1;
  const prev = i >= 0 ? mi.sorted[i] : undefined;
  if (!prev || prev.end > m.start || m.start - prev.end > 60) return m;
  const kind = mi.kind(prev);
  return (kind === 'country' || kind === 'organization') && OFFICIAL_OF.test(text.slice(prev.end, m.start)) ? prev : m;
}
