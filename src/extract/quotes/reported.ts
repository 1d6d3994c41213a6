// Pass 3: reported speech. "<speaker> said (that) <clause>", "<clause>, <speaker> said.",
// "according to <speaker>, <clause>", "..., adding that <clause>". The record is the clause alone.
import type { Doc } from '../../analyse/document.js';
import { cuesBySentence, type Cue } from './cues.js';
import { isSpace } from './phrases.js';
import type { QuotedSpan } from './quote-marks.js';

export interface ReportedClause {
  start: number;
  end: number;
  cue: Cue;
  rule: string;
}

// Between the verb and "that": nothing, or a phrase that starts with a preposition, an adverb or a comma
// ("said in a statement on Monday that", "hinted for the first time that", "said, however, that").
const THAT = /^([^.;:!?“”"«»]{0,90}?)\bthat\s+/u;
const LEAD_IN = /^(?:\s*,|\s+(?:to|in|on|at|during|after|before|for|from|via|through|with|over|after|late|early|again|also|once|last|this|next|earlier|later|yesterday|today|\p{Ll}+ly)\b|\s*$)/u;
// With no "that", a say-verb introduces a clause when a subject follows: a name, a pronoun, a determiner, a number.
const BARE_SUBJECT = /^\s+(?=(?:he|she|it|they|we|I|there|this|these|those|the|a|an|its|his|her|their|our|some|many|no|all|both|each|\p{Lu}|\d)\b|\p{Lu})/u;
const MIN_WORDS = 3;
// A reported clause is a sentence's worth of words; longer is a run-on text with no sentence ends (a scrape
// without punctuation), and taking it would make every cue in it a record as long as the rest of the text.
const MAX_CLAUSE = 1500;
// After "said", a clause may start with any word but a preposition, a conjunction or an adverb:
// "said bottlenecks at Caspian ports remained ..." but not "said in a statement".
const SAY_BARE = /^\s+(?!(?:in|on|at|during|after|before|for|from|with|to|by|about|of|over|through|via|while|when|as|and|but|or|so|if|last|this|earlier|later|yesterday|today|goodbye|hello|nothing)\b)(?!\p{Ll}+ly\b)\p{Ll}/u;
// " and called on", ", and urged the", " and accused him": a verb in -ed right after "and", followed by a word that
// starts its object, not an adjective before a noun ("and armed groups").
const NEXT_ACTION = /,?\s+and\s+(?:then\s+|also\s+)?\p{Ll}{3,}ed\s+(?:on|for|to|the|a|an|his|her|its|their|him|them|it|us|that|\p{Lu})(?![\p{L}])/u;

export function reportedClauses(doc: Doc, cues: Cue[], quotes: QuotedSpan[]): ReportedClause[] {
  const out: ReportedClause[] = [];
  for (const [si, inSentence] of cuesBySentence(cues)) {
    const sentence = doc.sentences[si]!;
    const sentenceQuotes = overlapping(quotes, sentence.start, sentence.end);
    const found: ReportedClause[] = [];
    for (const cue of inSentence) {
      if (!cue.speaker) continue;
      const clause = cue.frame === 'source' ? sourceClause(doc, cue, inSentence)
        : forwardClause(doc, cue, inSentence, sentenceQuotes) ?? trailingClause(doc, cue, inSentence);
      if (!clause || clause.end - clause.start > MAX_CLAUSE) continue;
      const [s, e] = trim(doc.text, skipDateline(doc.text, clause.start), Math.min(clause.end, sentence.end));
      if (e <= s || wordCountBelow(doc.text, s, e, MIN_WORDS)) continue;
      if (isWhollyQuoted(s, e, sentenceQuotes)) continue;
      found.push({ start: s, end: e, cue, rule: clause.rule });
    }
    // Reported speech inside reported speech ("he added that a country could announce it was ...") is one claim.
    out.push(...found.filter((r) => !found.some((o) => o !== r && o.start <= r.start && o.end >= r.end && o.cue.start < r.cue.start)));
  }
  return out;
}

/** Whether text[start, end) splits at white space into fewer than `n` pieces, counted without splitting it. */
function wordCountBelow(text: string, start: number, end: number, n: number): boolean {
  let pieces = 1;
  for (let i = start; i < end; i++) {
    if (!isSpace(text.charCodeAt(i))) continue;
    if (++pieces >= n) return false;
    while (i + 1 < end && isSpace(text.charCodeAt(i + 1))) i++;
  }
  return true;
}

/** The quotes overlapping [start, end); `quotes` is in text order. */
function overlapping(quotes: QuotedSpan[], start: number, end: number): QuotedSpan[] {
  let lo = 0;
  let hi = quotes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((quotes[mid]!.close ?? quotes[mid]!.end) < start) lo = mid + 1;
    else hi = mid;
  }
  const out: QuotedSpan[] = [];
  for (let i = lo; i < quotes.length && quotes[i]!.open < end; i++) out.push(quotes[i]!);
  return out;
}

function forwardClause(doc: Doc, cue: Cue, cues: Cue[], quotes: QuotedSpan[]): { start: number; end: number; rule: string } | null {
  if (cue.inverted) return null;
  const text = doc.text;
  const sentence = doc.sentences[cue.sentence]!;
  const after = text.slice(cue.end, sentence.end);
  let start: number | null = null;
  const that = THAT.exec(after);
  if (that && (LEAD_IN.test(that[1]!) || (cue.frame === 'object' && that[1]!.trim().split(/\s+/).length <= 6))) {
    start = cue.end + that[0].length;
  } else if (cue.frame === 'bare' && (BARE_SUBJECT.test(after) || (cue.lemma === 'say' && SAY_BARE.test(after)))
    && !startsWithQuoteAttribution(text, cue)) {
    start = cue.end + /^\s+/.exec(after)![0].length;
  }
  if (start === null) return null;
  const limit = Math.min(sentence.end, start + MAX_CLAUSE + 1);
  return { start, end: clauseEnd(doc, start, limit, cues, quotes, cue), rule: cue.participle ? 'quote:reported:participle' : 'quote:reported:that-clause' };
}

/** "'...,' Ushakov said Putin would ..." is not a pattern; but '..., said Ushakov' must not read "Ushakov" as a clause. */
function startsWithQuoteAttribution(text: string, cue: Cue): boolean {
  return cue.speaker !== null && cue.speaker.start > cue.start;
}

/** Where a reported clause stops: before a trailing attribution, a colon that opens a quote, or the next participle cue. */
function clauseEnd(doc: Doc, start: number, limit: number, cues: Cue[], quotes: QuotedSpan[], own: Cue): number {
  const text = doc.text;
  let end = limit;
  // Cues are in text order and `end` only moves back: look at the cues between `start` and `end` alone.
  for (let i = firstAfter(cues, start); i < cues.length && cues[i]!.start < end; i++) {
    const c = cues[i]!;
    if (c === own || !c.speaker) continue;
    if (c.coordinated) {
      const joint = /,?\s+(?:and|but)(?:\s+\p{Ll}+)?\s+$/u.exec(text.slice(start, c.start));
      if (joint) end = Math.min(end, start + joint.index);
      continue;
    }
    const at = c.participle ? c.start : c.speaker && !c.inverted ? c.speaker.start : c.start;
    const comma = commaBefore(text, start, at);
    if (comma !== null) end = Math.min(end, comma);
  }
  // "... and called on Kinshasa to ...": a second past-tense verb of the speaker ends what was said.
  const action = NEXT_ACTION.exec(text.slice(start, end));
  if (action) end = start + action.index;
  for (const q of quotes) {
    if (q.open > start && q.open < end && /:\s*$/.test(text.slice(Math.max(start, q.open - 3), q.open))) {
      end = Math.min(end, text.lastIndexOf(':', q.open));
    }
  }
  return end;
}

/** Index of the first cue that starts after `at` (binary search over cues in text order). */
function firstAfter(cues: Cue[], at: number): number {
  let lo = 0;
  let hi = cues.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cues[mid]!.start <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether a cue other than `cue` starts before `at`; `cues` are one sentence's, in text order. */
function otherCueBefore(cues: Cue[], cue: Cue, at: number): boolean {
  const first = cues[0] === cue ? cues[1] : cues[0];
  return first !== undefined && first.start < at;
}

/** "<clause>, Ushakov said." / "<clause>, said Ushakov." / "<clause>, he added." */
function trailingClause(doc: Doc, cue: Cue, cues: Cue[]): { start: number; end: number; rule: string } | null {
  const text = doc.text;
  const sentence = doc.sentences[cue.sentence]!;
  const head = cue.inverted ? cue.start : cue.speaker!.start;
  const end = commaBefore(text, sentence.start, head);
  if (end === null || end - sentence.start > MAX_CLAUSE || !tailIsAdjunct(text, cue, sentence.end)) return null;
  // '“...,” the group's spokesman, Bertrand Kasongo, said': the cue attributes the quote, not a clause.
  if (/^\s*[“"«„]/.test(text.slice(sentence.start, end)) && /[”"»]/.test(text.slice(sentence.start, end))) return null;
  // A clause that holds a speech cue of its own ("X announced that ..., Akorda reported") is that cue's claim.
  if (otherCueBefore(cues, cue, end)) return null;
  return { start: sentence.start, end, rule: 'quote:reported:cue-after' };
}

/** "According to Ushakov, <clause>." / "<clause>, according to Ushakov." */
function sourceClause(doc: Doc, cue: Cue, cues: Cue[]): { start: number; end: number; rule: string } | null {
  const text = doc.text;
  const sentence = doc.sentences[cue.sentence]!;
  const before = text.slice(sentence.start, cue.start);
  if (/^\s*$/.test(before)) {
    const comma = text.indexOf(',', cue.speaker!.end);
    if (comma < 0 || comma >= sentence.end || comma - cue.speaker!.end > 60) return null;
    // "According to Xinhua, he told his counterparts that ...": the clause is that cue's claim.
    if (cues.some((c) => c !== cue && c.speaker && c.start > comma)) return null;
    return { start: comma + 1, end: sentence.end, rule: 'quote:reported:according-to' };
  }
  const clause = before.trimEnd();
  if (!clause.endsWith(',') || clause.length - 1 > MAX_CLAUSE || otherCueBefore(cues, cue, cue.start)) return null;
  return { start: sentence.start, end: sentence.start + clause.length - 1, rule: 'quote:reported:according-to' };
}

/**
 * The comma that opens a trailing attribution whose subject starts at `at`: right before it, or before a short
 * noun phrase that ends in it ("..., the Kazakh President's press service Akorda reported"). Not a comma that
 * closes a quotation ('...,” he said'): that attributes the quote.
 */
const COMMA_REACH = 400;

function commaBefore(text: string, floor: number, at: number): number | null {
  // At most eight words may follow the comma, so a comma further back than a few hundred characters never counts:
  // searching a bounded window keeps a long sentence without commas linear.
  const from = Math.max(floor, at - COMMA_REACH);
  const found = text.slice(from, at).lastIndexOf(',');
  const comma = found < 0 ? -1 : from + found;
  if (comma <= floor) return null;
  const between = text.slice(comma + 1, at);
  if (/^[”"»’]/.test(between)) return null;
  if (/[;:“”"«»—–]/.test(between) || between.trim().split(/\s+/).filter(Boolean).length > 8) return null;
  return comma;
}

// After a trailing cue only adjuncts may follow: '..., Peskov told reporters on Monday.' A verb followed by its
// object ('Speaking to journalists, Pashinyan reaffirmed Armenia's readiness ...') is not an attribution.
const ADJUNCT = /^(?:\s*[.!?]*$|\s*,|\s+(?:in|on|at|after|during|while|before|when|as|from|via|through|to|on|late|early|last|this|earlier|later|\p{Ll}+ly)\b)/u;

const HEARER = [1, 2, 3, 4].map((n) => new RegExp(`^(?:\\s+[\\p{L}\\p{N}.’'-]+){${n}}`, 'u'));

function tailIsAdjunct(text: string, cue: Cue, sentenceEnd: number): boolean {
  const from = cue.inverted && cue.speaker ? Math.max(cue.end, cue.speaker.end) : cue.end;
  const tail = text.slice(from, sentenceEnd);
  if (ADJUNCT.test(tail)) return true;
  // A hearer first: "told reporters", "told Russian news agencies", "told the BBC on Monday".
  if (cue.frame !== 'object') return false;
  for (const hearer of HEARER) {
    const m = hearer.exec(tail);
    if (m && ADJUNCT.test(tail.slice(m[0].length))) return true;
  }
  return false;
}

// "WARSAW, Poland — ", "LUANDA, Angola (AP) — ": a dateline opening the story is not part of what was said.
const DATELINE = /^\p{Lu}[\p{Lu} .'-]+(?:,\s*[\p{L} .'-]{2,30})?(?:\s*\([\p{L} ]{1,20}\))?\s*[—–-]\s+/u;

function skipDateline(text: string, start: number): number {
  const m = DATELINE.exec(text.slice(start, start + 80));
  return m ? start + m[0].length : start;
}

function trim(text: string, s: number, e: number): [number, number] {
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /[\s,;:.—–-]/.test(text[e - 1]!)) e--;
  return [s, e];
}

/** The clause is nothing but a direct quote ("adding that “we always ...”"): the direct record covers it. */
function isWhollyQuoted(s: number, e: number, quotes: QuotedSpan[]): boolean {
  return quotes.some((q) => q.open <= s && q.start - s <= 1 && (q.close ?? q.end) >= e - 1);
}
