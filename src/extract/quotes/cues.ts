// Pass 1b: speech cues ("said", "told", "according to") outside quotation marks, each with its speaker.
import type { Doc } from '../../analyse/document.js';
import { sentenceAt } from '../../analyse/document.js';
import type { QuoteLexicon, SpeechFrame } from './lexicon.js';
import type { MentionIndex } from './mentions.js';
import type { QuotedSpan } from './quote-marks.js';
import { SpeakerMemory, subjectAfter, subjectBefore, type SpeakerRef } from './speakers.js';

export interface Cue {
  start: number;
  end: number;
  /** The verb as written ("said", "according to"). */
  form: string;
  lemma: string;
  frame: SpeechFrame;
  sentence: number;
  speaker: SpeakerRef | null;
  /** The speaker follows the verb ('..., said Ushakov'; 'according to Ushakov'). */
  inverted: boolean;
  /** A participle after a comma ("..., adding that"): the speaker is the subject of the sentence. */
  participle: boolean;
  /** Joined to an earlier verb by "and"/"but" ("... and said"): same subject, and a reported clause before it ends. */
  coordinated: boolean;
}

const CLOSING = /[”"»’]$/;
const TAIL = 48;
const QUALIFIED = /^(?:[^,;.]{0,50},\s*|(?:\s*['’]s)?(?:\s+[\p{L}’'-]+){0,5}\s+)$/u;
// Verbs that go on with what the last speaker said: "he added", "she continued".
const CONTINUING = new Set(['add', 'continue']);

export function findCues(doc: Doc, quotes: QuotedSpan[], mi: MentionIndex, lex: QuoteLexicon): Cue[] {
  const text = doc.text;
  const memory = new SpeakerMemory(doc, mi, lex);
  const cues: Cue[] = [];
  let q = 0;
  for (const hit of lex.cues.all(text)) {
    const { start, end } = hit;
    while (q < quotes.length && quotes[q]!.end <= start) q++;
    if (q < quotes.length && quotes[q]!.start <= start) continue; // inside a quotation: the quoted person's words
    const si = sentenceAt(doc, start);
    const sentence = doc.sentences[si];
    if (!sentence || sentence.caption) continue;
    const form = hit.phrase;
    const entry = lex.forms.get(form);
    if (!entry) continue;
    const floor = clauseFloor(text, sentence.start, start, quotes, q);
    // Only the words just before the cue decide its frame; a bounded tail keeps a 10,000-cue sentence linear.
    const before = text.slice(Math.max(floor, start - TAIL), start).trimEnd();
    const clauseOpens = before === '' && (start - floor <= TAIL || text.slice(floor, start).trim() === '');
    const participle = /ing$/.test(form) && (before.endsWith(',') || /\bas$/.test(before));
    // "... and said", "..., but warned": the verb shares the subject of the sentence.
    const coordinated = !participle && /(?:^|[\s,])(?:and|but)(?:\s+(?:also|then|later))?$/.test(before);
    let speaker: SpeakerRef | null;
    let inverted = false;
    if (entry.frame === 'source') {
      speaker = sourceAfter(text, end, sentence.end, mi, lex);
      inverted = true;
    } else if (participle || coordinated) {
      speaker = previousSpeaker(cues, si) ?? sentenceSubject(text, sentence.start, start, mi);
    } else {
      speaker = subjectBefore(text, start, floor, mi, lex);
      if (!speaker && (clauseOpens || before.endsWith(',') || CLOSING.test(before))) {
        speaker = subjectAfter(text, end, sentence.end, mi, lex);
        inverted = speaker !== null;
      }
    }
    if (speaker) speaker = memory.resolve(speaker, CONTINUING.has(entry.lemma));
    cues.push({ start, end, form: text.slice(start, end), lemma: entry.lemma, frame: entry.frame, sentence: si, speaker, inverted, participle, coordinated });
  }
  return cues;
}

/** A clause starts at its sentence, or after a closing quotation mark inside it. */
function clauseFloor(text: string, sentenceStart: number, at: number, quotes: QuotedSpan[], q: number): number {
  for (let i = q - 1; i >= 0; i--) {
    const quote = quotes[i]!;
    if (quote.end < sentenceStart) break;
    if (quote.close !== null && quote.close < at) return Math.max(sentenceStart, quote.close + 1);
  }
  return sentenceStart;
}

function previousSpeaker(cues: Cue[], sentence: number): SpeakerRef | null {
  for (let i = cues.length - 1; i >= 0 && cues[i]!.sentence === sentence; i--) {
    if (cues[i]!.speaker) return cues[i]!.speaker;
  }
  return null;
}

/** The subject of a sentence: its first mention or personal pronoun before `limit`, after an optional lead-in phrase. */
export function sentenceSubject(text: string, start: number, limit: number, mi: MentionIndex): SpeakerRef | null {
  const head = text.slice(start, limit);
  const pr = /^(?:[^,]{0,80},\s*)?(He|She|he|she)\b/.exec(head);
  const inSentence = mi.within(start, limit).filter((x) => mi.kind(x) !== 'place');
  let first = inSentence[0];
  // "The UN special envoy for Yemen, Anders Holmgren, ...", "Russia's foreign minister Sergei Lavrov ...",
  // "Kenya's High Court": an organization or country that only qualifies the actor after it.
  if (first && mi.kind(first) !== 'person') {
    const head = inSentence.slice(1, 4).find((m) => QUALIFIED.test(text.slice(first!.end, m.start))
      && (mi.kind(m) === 'person' || /^\s*['’]s\s/.test(text.slice(first!.end, m.start))));
    if (head) first = head;
  }
  if (pr && (!first || start + pr[0].length <= first.start)) {
    const s = start + pr[0].length - pr[1]!.length;
    return { start: s, end: s + pr[1]!.length, actor: null, via: 'pronoun' };
  }
  return first ? { start: first.start, end: first.end, actor: first.actor, via: 'mention' } : null;
}

/** "according to Ushakov", "according to a statement from the Kremlin", "according to Peskov's remarks". */
function sourceAfter(text: string, from: number, limit: number, mi: MentionIndex, lex: QuoteLexicon): SpeakerRef | null {
  const direct = subjectAfter(text, from, limit, mi, lex);
  if (direct) return direct;
  const phrase = /^\s+(?:an?|the)\s+([\p{L} ]{2,30}?)\s+(?:from|by|of|issued by)\s+/u.exec(text.slice(from, Math.min(limit, from + 60)));
  if (phrase && lex.reportingNouns.has(phrase[1]!.toLowerCase())) {
    return subjectAfter(text, from + phrase[0].length, limit, mi, lex);
  }
  return null;
}

/** Cues grouped by sentence index, in text order. */
export function cuesBySentence(cues: Cue[]): Map<number, Cue[]> {
  const out = new Map<number, Cue[]>();
  for (const c of cues) {
    const list = out.get(c.sentence);
    if (list) list.push(c);
    else out.set(c.sentence, [c]);
  }
  return out;
}
