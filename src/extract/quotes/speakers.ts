// Finding who speaks: the subject of a speech verb (a mention, a pronoun or a description such as
// "the Armenian leader") and the actor it refers to.
import { sentenceAt, type Doc } from '../../analyse/document.js';
import type { Actor, Mention } from '../../model.js';
import type { MentionIndex } from './mentions.js';
import type { QuoteLexicon } from './lexicon.js';
import { isSpace, isWordChar } from './phrases.js';

export interface SpeakerRef {
  start: number;
  end: number;
  /** Actor id, or null when the words name a speaker we cannot resolve ("officials", "they"). */
  actor: string | null;
  via: 'mention' | 'pronoun' | 'description';
}

const PASSIVE_AUX = /(?:^|\s)(?:is|are|was|were|be|been|being)$/;
const PRONOUN = /(?:^|[^\p{L}])(he|she|He|She|they|They|we|We|I|it|It)$/u;
const PERSONAL = new Set(['he', 'she']);
const APPOSITION = /^(?:the\s+)?(?:[\p{L}\p{N}’'.-]+\s+){0,5}[\p{L}\p{N}’'.-]+,\s+(?:(?:the|a|an)\s+(?:[\p{L}’'.-]+\s+){0,3})?$/u;

/** Moves back over white space and gap words ("also", "on Thursday", "repeatedly") from `end`. */
export function skipGapBack(text: string, end: number, floor: number, lex: QuoteLexicon): number {
  let p = backOverSpace(text, end, floor);
  for (let n = 0; n < 6; n++) {
    let s = p;
    while (s > floor && (isWordChar(text.charCodeAt(s - 1)) || isJoiner(text.charCodeAt(s - 1)))) s--;
    if (s === p || !isGapWord(text, s, p, lex)) break;
    p = backOverSpace(text, s, floor);
  }
  return p;
}

/** "also", "repeatedly", "15th": a word that may stand between a subject and its verb. */
function isGapWord(text: string, s: number, p: number, lex: QuoteLexicon): boolean {
  const w = text.slice(s, p);
  if (lex.gapWords.has(w)) return true;
  // The patterns are tried only on words that can match them: ending in "ly", or starting with a digit.
  if (p - s >= 4 && text.charCodeAt(p - 2) === 108 && text.charCodeAt(p - 1) === 121 && /^\p{Ll}{2,}ly$/u.test(w)) return true;
  const c0 = text.charCodeAt(s);
  return c0 >= 48 && c0 <= 57 && /^\d{1,4}(?:st|nd|rd|th)?$/.test(w);
}

const isJoiner = (c: number): boolean => c === 0x2d || c === 0x27 || c === 0x2019; // - ' ’

function backOverSpace(text: string, p: number, floor: number): number {
  while (p > floor && isSpace(text.charCodeAt(p - 1))) p--;
  return p;
}

/** The words before a speech verb that name its speaker, or null (passives, no subject in reach). */
export function subjectBefore(text: string, verbStart: number, floor: number, mi: MentionIndex,
  lex: QuoteLexicon): SpeakerRef | null {
  const p = skipGapBack(text, verbStart, floor, lex);
  if (PASSIVE_AUX.test(text.slice(Math.max(floor, p - 8), p))) return null;
  const direct = nameEndingAt(text, p, floor, mi, lex);
  if (direct) return direct;
  if (text[p - 1] === ',') {
    const inner = text.lastIndexOf(',', p - 2);
    // An appositive name: "Hungary's defence minister, Gábor Szalai, said".
    const named = mi.endingAt(p - 1);
    if (named && named.start >= floor && inner >= 0 && /^,\s*(?:the\s+)?$/iu.test(text.slice(inner, named.start))) {
      return { start: named.start, end: named.end, actor: named.actor, via: 'mention' };
    }
    // A parenthetical between subject and verb: "Hayk Konjoryan, a leading lawmaker ..., confirmed".
    if (inner > floor && p - inner < 160 && !/[“”"«»;]|\.\s/.test(text.slice(inner, p))) {
      const subject = nameEndingAt(text, skipGapBack(text, inner, floor, lex), floor, mi, lex);
      // "The Southern Front's commander, who uses the nom de guerre Iván Mejía, said": the description is named.
      if (subject?.via === 'description' && named && mi.kind(named) === 'person' && /^,\s*(?:who|whose)\b/.test(text.slice(inner, named.start))) {
        return { start: named.start, end: named.end, actor: named.actor, via: 'mention' };
      }
      return subject;
    }
  }
  return null;
}

/** The speaker named right after a verb in trailing position: '..., said Ushakov.' */
export function subjectAfter(text: string, verbEnd: number, limit: number, mi: MentionIndex, lex: QuoteLexicon): SpeakerRef | null {
  let p = verbEnd;
  while (p < limit && /\s/.test(text[p]!)) p++;
  const the = /^the\s+/iu.exec(text.slice(p, p + 5));
  const m = mi.startingAt(p) ?? (the ? mi.startingAt(p + the[0].length) : undefined);
  if (m) {
    // "China's state news agency Xinhua": the country only qualifies the speaker named after it.
    const owner = /^['’]s\s+(?:[\p{L}’'.-]+\s+){0,4}$/u;
    const next = mi.sorted[mi.firstFrom(m.end)];
    if (next && next.start < limit && owner.test(text.slice(m.end, next.start))) {
      return { start: next.start, end: next.end, actor: next.actor, via: 'mention' };
    }
    return { start: m.start, end: m.end, actor: m.actor, via: 'mention' };
  }
  // '..., said the union's secretary-general, Simon Kiprono.', '..., said the association's president, the
  // Argentine player Martina Solís.'
  for (let i = mi.firstFrom(p); i < mi.sorted.length; i++) {
    const next = mi.sorted[i]!;
    if (next.start >= limit || next.start - p > 100) break;
    if (mi.kind(next) === 'person' && APPOSITION.test(text.slice(p, next.start))) {
      return { start: next.start, end: next.end, actor: next.actor, via: 'mention' };
    }
  }
  const d = /^(?:the|The)\s+(?:[\p{L}’'-]+\s+){0,3}?([\p{L}-]+)(?=[\s.,;]|$)/u.exec(text.slice(p, Math.min(limit, p + 80)));
  if (d && lex.roles.has(d[1]!.toLowerCase())) return { start: p, end: p + d[0].length, actor: null, via: 'description' };
  return null;
}

function nameEndingAt(text: string, p: number, floor: number, mi: MentionIndex, lex: QuoteLexicon): SpeakerRef | null {
  const m = mi.endingAt(p);
  if (m && m.start >= floor) return { start: m.start, end: m.end, actor: m.actor, via: 'mention' };
  const before = text.slice(Math.max(floor, p - 80), p);
  const pr = PRONOUN.exec(before);
  if (pr) return { start: p - pr[1]!.length, end: p, actor: null, via: 'pronoun' };
  const d = /(?:^|[^\p{L}])((?:the|The)\s+(?:[\p{L}’'-]+\s+){0,3}?([\p{L}-]+))$/u.exec(before);
  if (d && lex.roles.has(d[2]!.toLowerCase())) return { start: p - d[1]!.length, end: p, actor: null, via: 'description' };
  return null;
}

/** Remembers who spoke last, so "he" and "the Kremlin spokesperson" can be resolved. */
export class SpeakerMemory {
  private lastPerson: { actor: string; at: number } | null = null;

  private readonly text: string;

  constructor(private readonly doc: Doc, private readonly mi: MentionIndex, private readonly lex: QuoteLexicon) {
    this.text = doc.text;
  }

  /** Fills in `ref.actor` for pronouns and descriptions; remembers person speakers. */
  resolve(ref: SpeakerRef, continuing = false): SpeakerRef {
    let actor = ref.actor;
    if (ref.via === 'pronoun') actor = this.pronoun(ref, continuing);
    else if (ref.via === 'description') actor = this.description(ref);
    if (actor && this.mi.actor(actor)?.kind === 'person') this.lastPerson = { actor, at: ref.start };
    return { start: ref.start, end: ref.end, actor, via: ref.via };
  }

  /** `continuing`: the verb goes on with earlier speech ("he added"), so the last speaker is meant. */
  private pronoun(ref: SpeakerRef, continuing: boolean): string | null {
    if (!PERSONAL.has(this.text.slice(ref.start, ref.end).toLowerCase())) return null;
    // The last person named as a speaker, unless a person has been the subject of a sentence since.
    const subject = this.lastSubject(ref.start);
    if (this.lastPerson && (continuing || !subject || subject.start < this.lastPerson.at)) return this.lastPerson.actor;
    return subject?.actor ?? this.mi.lastBefore(ref.start, 'person')?.actor ?? null;
  }

  /** A person mention opening one of the last two sentences before `at` (after title words). */
  private lastSubject(at: number): Mention | undefined {
    const si = sentenceAt(this.doc, at);
    for (let k = si; k >= Math.max(0, si - 1); k--) {
      const s = this.doc.sentences[k]!;
      // The first person named among the sentence's first words ("Chinese Foreign Minister Zhao Lihua").
      for (let i = this.mi.firstFrom(s.start); i < this.mi.sorted.length; i++) {
        const m = this.mi.sorted[i]!;
        if (m.start >= Math.min(at, s.end) || !/^(?:[\p{L}’'.-]+\s+){0,5}$/u.test(this.text.slice(s.start, m.start))) break;
        if (this.mi.kind(m) === 'person') return m;
      }
    }
    return undefined;
  }

  private description(ref: SpeakerRef): string | null {
    const words = this.text.slice(ref.start, ref.end).toLowerCase().split(/\s+/);
    const role = this.lex.roles.get(words[words.length - 1]!);
    if (!role) return null;
    // An unknown role cannot contradict a person description, so it fits.
    const fits = (a: Actor | undefined): boolean => !!a && a.kind === role.kind && (role.synonyms.length === 0
      || (a.kind === 'person' && !a.role)
      || role.synonyms.some((s) => [a.role ?? '', a.name, ...a.aliases].some((n) => n.toLowerCase().includes(s))));
    if (this.lastPerson && role.kind === 'person' && fits(this.mi.actor(this.lastPerson.actor))) return this.lastPerson.actor;
    // Otherwise the most recent fitting actor named before, within a few paragraphs.
    const floor = Math.max(0, ref.start - 3000);
    for (let i = this.mi.firstFrom(ref.start) - 1; i >= 0; i--) {
      const m: Mention = this.mi.sorted[i]!;
      if (m.start < floor) break;
      if (fits(this.mi.actor(m.actor))) return m.actor;
    }
    return null;
  }
}
