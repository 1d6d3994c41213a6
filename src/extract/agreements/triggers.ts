// Finding the agreement trigger of a sentence and reading its status from the words around it.
import type { Span } from '../../model.js';
import type { MentionIndex } from '../quotes/mentions.js';
import { isSpace, type PhraseHit } from '../quotes/phrases.js';
import { acquisitionTarget, passiveBuyer } from './acquisition.js';
import type { CueHit } from './cues.js';
import { STATUS_ORDER, type AgreementLexicon, type Status, type TriggerFrame } from './lexicon.js';

export interface Trigger {
  /** The whole trigger phrase, auxiliaries included ("are expected to be signed"). */
  start: number;
  end: number;
  /** The verb or noun that fired. */
  coreStart: number;
  coreEnd: number;
  frame: TriggerFrame | 'status-noun' | 'named';
  /** The year an agreement is named by ("the 2015 nuclear deal"), which dates it. */
  year?: string;
  /** The phrase buys or takes over a company ("agreed to buy", "will acquire"): its object is a party. */
  acquisition?: boolean;
  /** The status cues of the sentence, found once. */
  statusCues?: CueHit<Status>[];
}

const DETERMINER_BEFORE = /(?:^|\s)(?:a|an)\s+$/i;
const STATUS_NOUN_WINDOW = 40;
const NOT_AN_OBJECT = /^\s+(?:that|out|up)\b/u;

// An agreement named with its year: "the 1973 pipeline treaty", "under a 2019 memorandum", "Iran's 2015 nuclear deal".
const NAMED_BY_YEAR = /(?:^|\s)((?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Tt]his|[Tt]hat|\p{Lu}[\p{L}-]*['’]s)\s+(?:[\p{Ll}-]+\s+){0,2}?((?:1[89]|20)\d\d)(?:\s+[\p{L}-]+){0,3}?\s+)$/u;

const FOUR_DIGITS = /\d{4}/u;

/** The first agreement trigger in the sentence, or null. `verbs` and `nouns` are the sentence's lexicon hits. */
export function findTrigger(text: string, sentence: Span, verbs: PhraseHit[], nouns: PhraseHit[], lex: AgreementLexicon,
  mi: MentionIndex, offers: PhraseHit[] = []): Trigger | null {
  let best: Trigger | null = null;
  for (const v of verbs) {
    const frame = lex.frames.get(v.phrase)!;
    const coreStart = v.start;
    let coreEnd = v.end;
    // "a sign of peace", "a deal" after an article is a noun, not the verb.
    if (DETERMINER_BEFORE.test(text.slice(Math.max(sentence.start, coreStart - 4), coreStart))) continue;
    // "concluded that ...", "reached out to": the verb reports or moves, it does not conclude an agreement.
    if ((frame === 'noun' || frame === 'broker') && (nouns.length === 0 || NOT_AN_OBJECT.test(text.slice(coreEnd, coreEnd + 8)))) continue;
    // "bought a house", "buy time": only a company bought, or a buyer after a passive, makes a deal.
    if (frame === 'acquire' && !acquisitionTarget(text, coreEnd, sentence.end, mi)
      && !passiveBuyer(text, coreStart, coreEnd, sentence.end, mi)) continue;
    if (frame === 'settle' && !lex.disputeRe.test(text.slice(coreEnd, Math.min(sentence.end, coreEnd + 80)))) continue;
    // "won a contract", "the merger announced on Monday": weaker verbs need the agreement as their object.
    if (frame === 'object' && objectNoun(text, coreEnd, nouns) === null && nounBefore(text, coreStart, nouns) === null) continue;
    if (frame === 'upgrade') {
      const level = lex.levelRe.exec(text.slice(coreEnd, sentence.end));
      if (!level) continue;
      coreEnd += level[0].length;
    }
    best = { start: coreStart, end: coreEnd, coreStart, coreEnd, frame };
    break;
  }
  // "rejected the proposed accord", "a proposal for a ceasefire": a status cue right before an agreement noun.
  let named: Trigger | null = null;
  let sentenceCues: CueHit<Status>[] | undefined;
  for (const n of nouns) {
    if (best && n.start >= best.start) break;
    const from = Math.max(sentence.start, n.start - STATUS_NOUN_WINDOW);
    const before = text.slice(Math.max(sentence.start, n.start - 60), n.start);
    const year = FOUR_DIGITS.test(before) ? NAMED_BY_YEAR.exec(before) : null;
    if (year) {
      // Withdrawn from or not, "the 2015 nuclear deal" names an agreement concluded in 2015.
      named ??= { start: n.start - year[1]!.length, end: extendNouns(text, n, nouns), coreStart: n.start, coreEnd: n.end, frame: 'named', year: year[2]! };
      continue;
    }
    sentenceCues ??= lex.status.within(text, sentence.start, sentence.end);
    const cues = sentenceCues.filter((c) => c.start >= from && c.end <= n.start);
    for (const status of ['rejected', 'proposed'] as const) {
      const last = cues.findLast((c) => c.value === status);
      if (last && !/[,;:.]/.test(text.slice(last.start, n.start))) {
        best = { start: last.start, end: n.end, coreStart: n.start, coreEnd: n.end, frame: 'status-noun' };
        break;
      }
    }
    if (best?.frame === 'status-noun') break;
  }
  if (best?.frame !== 'status-noun') {
    for (const o of offers) {
      if (best && o.start >= best.start) break;
      const refused = refusedOffer(text, sentence, o, lex);
      if (refused && !insideName(o, mi)) {
        best = refused;
        break;
      }
    }
  }
  best ??= named;
  if (best && best.frame !== 'status-noun') {
    const auxFrom = Math.max(sentence.start, best.coreStart - 60);
    const aux = auxMayEnd(text, auxFrom, best.coreStart, lex) ? lex.auxRe.exec(text.slice(auxFrom, best.coreStart)) : null;
    if (aux) best.start = best.coreStart - aux[0].length;
    else best.start = nounBefore(text, best.coreStart, nouns) ?? best.start;
    sentenceCues ??= lex.status.within(text, sentence.start, sentence.end);
    best.statusCues = sentenceCues;
    const cue = sentenceCues.filter((c) => c.start >= best!.coreStart - 60 && c.end <= best!.coreStart)
      .findLast((c) => (c.value === 'rejected' || c.value === 'proposed') && lex.auxOnlyRe.test(text.slice(c.end, best!.coreStart)));
    if (cue) best.start = Math.min(best.start, cue.start);
    if (best.frame !== 'upgrade' && best.frame !== 'acquire') best.end = objectEnd(text, best, sentence, nouns);
    const last = lastWords(text, best.coreStart, best.end, lex);
    best.acquisition = lex.frames.get(last) === 'acquire' || lex.acquireNouns.has(last.toLowerCase());
  }
  return best;
}

/**
 * Whether text[from, at) ends in a word and white space where `auxRe` can end: the word must be the last word of an
 * auxiliary. A cheap test that spares the regex, which is tried at every position of the window.
 */
export function auxMayEnd(text: string, from: number, at: number, lex: AgreementLexicon): boolean {
  if (!lex.auxLastWords) return true;
  let i = at;
  while (i > from && isSpace(text.charCodeAt(i - 1))) i--;
  if (i === at) return false;
  const end = i;
  for (; i > from; i--) {
    const c = text.charCodeAt(i - 1);
    // Beyond ASCII a letter may fold to an ASCII one ("ſ" is "s" to the regex): leave it to the regex.
    if (c >= 128) return true;
    if (!((c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122))) break;
  }
  return lex.auxLastWords.has(text.slice(i, end).toLowerCase());
}

// "rejected a long-term offer", "turned down Moscow's proposal", "a bid of 40 million euros": an offer named as such.
const DETERMINED_OFFER = /(?:^|\s)(?:a|an|the|its|their|his|her|this|that|any|every|another|[\p{L}.-]+['’]s?)\s+(?:[\p{L}\p{N}$€£%.-]+\s+){0,3}$/u;

/**
 * An offer refused or put forward ("turned down a bid", "offered a counter-proposal"), or talks walked away from
 * ("walked away from talks", "broke off negotiations"). A plain negation is not enough: "did not comment on the
 * proposal" refuses nothing.
 */
function refusedOffer(text: string, sentence: Span, o: PhraseHit, lex: AgreementLexicon): Trigger | null {
  const kind = lex.weakNouns.get(o.phrase);
  // Only the few words before the offer: much cheaper than the sentence's cues, for a word as common as "talks".
  const cue = lex.status.within(text, Math.max(sentence.start, o.start - STATUS_NOUN_WINDOW), o.start).findLast((c) =>
    (c.value === 'rejected' || (kind === 'offer' && c.value === 'proposed'))
    && !lex.negations.has(text.slice(c.start, c.end).toLowerCase().replace(/\s+/gu, ' ')));
  if (!cue || /[,;:.]/u.test(text.slice(cue.start, o.start))) return null;
  if (kind === 'offer' && !DETERMINED_OFFER.test(text.slice(cue.end - 1, o.start))) return null;
  return { start: cue.start, end: o.end, coreStart: o.start, coreEnd: o.end, frame: 'status-noun' };
}

/** "the Northern Alliance", "the Paris Agreement Institute": an agreement word inside a name is no agreement. */
export function insideName(n: PhraseHit, mi: MentionIndex): boolean {
  for (let k = mi.firstFrom(n.end) - 1; k >= 0; k--) {
    const m = mi.sorted[k]!;
    if (m.start < n.start - 120) return false;
    if (m.start <= n.start && m.end >= n.end) return true;
  }
  return false;
}

/** The trigger phrase text[start, end)'s final verb: "agreed to buy" → "buy", "agreed to take over" → "take over". */
function lastWords(text: string, start: number, end: number, lex: AgreementLexicon): string {
  let e = end;
  while (e > start && isSpace(text.charCodeAt(e - 1))) e--;
  let s = e;
  while (s > start && !isSpace(text.charCodeAt(s - 1))) s--;
  const last = text.slice(s, e);
  if (s === start) return last;
  let e2 = s;
  while (e2 > start && isSpace(text.charCodeAt(e2 - 1))) e2--;
  let s2 = e2;
  while (s2 > start && !isSpace(text.charCodeAt(s2 - 1))) s2--;
  const two = `${text.slice(s2, e2)} ${last}`;
  return lex.frames.has(two) ? two : last;
}

/** "a ceasefire deal", "a trade agreement protocol": agreement nouns in a row name one agreement. */
function extendNouns(text: string, n: PhraseHit, nouns: PhraseHit[]): number {
  let end = n.end;
  for (const m of nouns) {
    if (m.start <= n.start) continue;
    if (!/^\s+$/u.test(text.slice(end, m.start))) break;
    end = m.end;
  }
  return end;
}

/** Status from the cues in the trigger's clause up to the trigger's end; concluded when nothing says otherwise. */
export function statusOf(text: string, sentence: Span, trig: Trigger, lex: AgreementLexicon): Status {
  if (trig.frame === 'named') return 'concluded';
  const before = text.slice(sentence.start, trig.start);
  const clause = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf('—'), before.lastIndexOf(':'));
  const from = sentence.start + clause + 1;
  const cues = (trig.statusCues ?? lex.status.within(text, sentence.start, sentence.end)).filter((c) => c.start >= from && c.end <= trig.end);
  for (const status of STATUS_ORDER) if (cues.some((c) => c.value === status)) return status;
  return /\bto\s+\S+$/.test(text.slice(trig.start, trig.coreEnd)) ? 'expected' : 'concluded';
}

// Up to this many words may separate a trigger verb from the agreement it takes: "agreed to extend a nationwide
// ceasefire", "signed a memorandum of understanding".
const OBJECT_GAP = /^(?:\s+[\p{L}\p{N}€$£%’'-]+(?:\.\d+)?){0,6}?\s+$/u;
// "agreed [on Tuesday] [in Beijing] to set up": the infinitive an agreement verb governs.
// "agreed to the extension", "agreed on the text": its object when the agreement is not named.
const INFINITIVE = /^(?:\s+(?:on|in|at|last|this|after|during)\s+(?:[\p{Lu}\d][\p{L}\d,]*\s+){0,3}?(?:\p{Lu}\p{Ll}+|\d{4}|week|month|year)){0,2}\s+to\s+(?!(?:the|a|an|its|their|this|that)\s)\p{Ll}+(?:\s+(?:up|out|off|down|in))?(?![\p{L}])|^\s+(?:to|on)\s+(?:the|a|an|its|their|this)\s+\p{Ll}+(?![\p{L}-])/u;

/** The agreement noun a verb ending at `at` takes as its object, or null. */
function objectNoun(text: string, at: number, nouns: PhraseHit[]): PhraseHit | null {
  for (const n of nouns) {
    if (n.start < at) continue;
    if (n.start - at > 70) return null;
    return OBJECT_GAP.test(text.slice(at, n.start)) ? n : null;
  }
  return null;
}

/** The trigger phrase takes in the agreement it names, or the infinitive of "agreed to". */
function objectEnd(text: string, trig: Trigger, sentence: Span, nouns: PhraseHit[]): number {
  const n = objectNoun(text, trig.coreEnd, nouns);
  if (n) return extendNouns(text, n, nouns);
  const inf = INFINITIVE.exec(text.slice(trig.coreEnd, sentence.end));
  return inf && /^agree/i.test(text.slice(trig.coreStart, trig.coreEnd)) ? trig.coreEnd + inf[0].length : trig.end;
}

/** "a memorandum signed in March", "the deal reached last year": the agreement right before its verb. */
function nounBefore(text: string, at: number, nouns: PhraseHit[]): number | null {
  for (let i = nouns.length - 1; i >= 0; i--) {
    const n = nouns[i]!;
    if (n.end > at) continue;
    if (!/^\s+$/.test(text.slice(n.end, at))) return null;
    const det = /(?:^|\s)((?:a|an|the|this|that)\s+(?:[\p{L}-]+\s+){0,2})$/iu.exec(text.slice(Math.max(0, n.start - 40), n.start));
    return det ? n.start - det[1]!.length : n.start;
  }
  return null;
}
