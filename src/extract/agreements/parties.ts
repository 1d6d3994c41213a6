// The parties of an agreement: actors named as its subject ("Putin and Pashinyan agreed"), after "between",
// "with" or a passive "by", or "the two countries" resolved to the two most recently in focus.
import type { Doc } from '../../analyse/document.js';
import type { Actor, Mention, Span } from '../../model.js';
import type { MentionIndex } from '../quotes/mentions.js';
import { skipGapBack } from '../quotes/speakers.js';
import type { QuoteLexicon } from '../quotes/lexicon.js';
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
const TWO = /\b(?:the\s+)?(?:two|both)\s+(countries|nations|states|governments|sides|parties|neighbou?rs|leaders|presidents|heads\s+of\s+state)\b/iu;
const FOCUS_REACH = 3000;

export function findParties(doc: Doc, sentence: Span, trig: Trigger, mi: MentionIndex, qlex: QuoteLexicon): Parties {
  const text = doc.text;
  const found: Mention[] = [];
  const rules: string[] = [];
  const take = (ms: Mention[], rule: string): void => {
    if (ms.length) rules.push(rule);
    found.push(...ms);
  };

  const between = /\bbetween\s+/u.exec(text.slice(sentence.start, sentence.end));
  let focusWanted: RegExpExecArray | null = null;
  if (between) {
    const from = sentence.start + between.index + between[0].length;
    const two = TWO.exec(text.slice(from, from + 40));
    if (two && two.index === 0) focusWanted = two;
    else take(chainForward(text, from, sentence.end, mi), 'between');
  }
  take(chainBackward(text, trig.start, sentence.start, mi, qlex), 'subject');
  const after = text.slice(trig.coreEnd, sentence.end);
  const withM = /^(?:\s+[\p{L}\p{N}€$£%’'-]+(?:\.\d+)?){0,9}?\s+with\s+/u.exec(after);
  if (withM) take(chainForward(text, trig.coreEnd + withM[0].length, sentence.end, mi), 'with');
  const byM = /^(?:\s+[\p{L}\p{N}]+){0,3}?\s+by\s+/u.exec(after);
  if (byM) take(byPhrase(text, trig.coreEnd + byM[0].length, sentence.end, mi), 'by');

  if (found.length === 0) {
    focusWanted ??= TWO.exec(text.slice(sentence.start, sentence.end));
    if (focusWanted) take(inFocus(focusWanted[1]!.toLowerCase(), sentence.start, mi), 'focus');
  }
  if (found.length === 0) take(clauseMentions(text, sentence, trig, mi), 'clause');

  const ids: string[] = [];
  for (const f of found) {
    const m = representedBy(text, f, mi);
    if (PARTY_KINDS.has(mi.kind(m)!) && !ids.includes(m.actor)) ids.push(m.actor);
  }
  return { ids, rule: rules.join('+') || 'none' };
}

/** Coordinated names starting at `from`: "Armenia and Kazakhstan", "Putin, Tokayev and Lukashenko". */
function chainForward(text: string, from: number, limit: number, mi: MentionIndex): Mention[] {
  const lead = /^(?:the\s+)?(?:[\p{Lu}][\p{L}.’'-]*\s+){0,4}/u.exec(text.slice(from, limit))![0];
  let m = firstMentionIn(from, from + lead.length + 1, mi);
  const out: Mention[] = [];
  while (m) {
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

function firstMentionIn(from: number, to: number, mi: MentionIndex): Mention | undefined {
  const m = mi.sorted[mi.firstFrom(from)];
  return m && m.start < to ? m : undefined;
}

/** The subject of the trigger: the names right before it, coordinated, without "of Russia"-style modifiers. */
function chainBackward(text: string, at: number, floor: number, mi: MentionIndex, qlex: QuoteLexicon): Mention[] {
  const p = skipGapBack(text, at, floor, qlex);
  let m = mi.endingAt(p);
  const out: Mention[] = [];
  while (m && m.start >= floor) {
    // "Chilean Mining Minister Carolina Fuentes and ...": go on from the institution the person acts for.
    const rep = representedBy(text, m, mi);
    if (rep !== m && rep.start >= floor) m = rep;
    out.unshift(m);
    const i = mi.firstFrom(m.start) - 1;
    const prev = i >= 0 ? mi.sorted[i] : undefined;
    if (!prev || prev.start < floor || prev.end > m.start) break;
    const gap = text.slice(prev.end, m.start);
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

/** "the two countries": the two most recently named actors of the kind, if there are two. */
function inFocus(noun: string, before: number, mi: MentionIndex): Mention[] {
  const kind: Actor['kind'] = /leader|president|head/.test(noun) ? 'person' : 'country';
  const out: Mention[] = [];
  for (let i = mi.firstFrom(before) - 1; i >= 0 && out.length < 2; i--) {
    const m = mi.sorted[i]!;
    if (m.start < before - FOCUS_REACH) break;
    if (mi.kind(m) === kind && !out.some((o) => o.actor === m.actor)) out.push(m);
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
  const stop = rest.search(/[,;]/);
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
