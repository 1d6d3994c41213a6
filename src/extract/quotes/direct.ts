// Pass 2: direct quotes and who said them. In order of preference: a cue right after the closing mark
// ("..., Ushakov said"), a cue earlier in the quote's sentence ("Pashinyan concluded that ...: “...”",
// "He added that it was “impossible”"), a cue ending the paragraph before with a colon, then the speaker of the
// quote just before (a quote that goes on after "he said", or a follow-on paragraph).
import type { Doc } from '../../analyse/document.js';
import { sentenceAt } from '../../analyse/document.js';
import type { Quote } from '../../model.js';
import { cuesBySentence, sentenceSubject, type Cue } from './cues.js';
import type { MentionIndex } from './mentions.js';
import type { QuotedSpan } from './quote-marks.js';

export interface DirectQuote {
  quote: QuotedSpan;
  cue: Cue | null;
  speaker: Cue['speaker'];
  rule: string;
}

const AFTER_CLOSE = /^[\s,—–-]*/;
const MIN_UNATTRIBUTED_WORDS = 4;
const TITLE_BEFORE_NAME = /^(?:[\p{L}\p{N}’'.-]+\s+){1,7}$|^(?:[\p{L}\p{N}’'.-]+\s+){0,6}[\p{L}\p{N}’'.-]+,\s+$/u;

export function attributeQuotes(doc: Doc, quotes: QuotedSpan[], cues: Cue[], mi: MentionIndex): DirectQuote[] {
  const text = doc.text;
  const cueBySpeakerStart = new Map<number, Cue>();
  const cueByVerbStart = new Map<number, Cue>();
  for (const c of cues) {
    if (c.speaker && !c.inverted && !c.participle) cueBySpeakerStart.set(c.speaker.start, c);
    cueByVerbStart.set(c.start, c);
  }
  const bySentence = cuesBySentence(cues);
  const out: DirectQuote[] = [];
  quotes.forEach((quote, qi) => {
    const si = sentenceAt(doc, quote.open);
    if (si < 0 || doc.sentences[si]!.caption) return;
    const para = doc.paragraphs[quote.paragraph]!;
    const found = cueAfter(doc, quote, para.end, cueBySpeakerStart, cueByVerbStart, bySentence) ?? cueBefore(doc, quote, si, bySentence);
    if (found) {
      out.push({ quote, cue: found.cue, speaker: found.cue.speaker, rule: found.rule });
      return;
    }
    const sentence = doc.sentences[si]!;
    if (quote.open > sentence.start + 2) {
      // A partial quote inside a sentence: the sentence's speaker, or a person who is its subject
      // ("Keller called the veto “deeply regrettable”").
      const other = (bySentence.get(si) ?? []).find((c) => c.speaker);
      if (other) {
        out.push({ quote, cue: other, speaker: other.speaker, rule: 'quote:direct:sentence-cue' });
        return;
      }
      const subject = sentenceSubject(text, sentence.start, quote.open, mi);
      if (subject?.actor && mi.actor(subject.actor)?.kind === 'person') {
        out.push({ quote, cue: null, speaker: subject, rule: 'quote:direct:sentence-subject' });
        return;
      }
    }
    const prev = out[out.length - 1];
    const continues = prev && prev.speaker && (prev.quote.paragraph === quote.paragraph
      || (prev.quote.paragraph === quote.paragraph - 1 && quote.open === para.start && quotes[qi - 1] === prev.quote));
    if (continues) {
      out.push({ quote, cue: prev.cue, speaker: prev.speaker, rule: 'quote:direct:follow-on' });
    } else if (text.slice(quote.start, quote.end).split(/\s+/).length >= MIN_UNATTRIBUTED_WORDS) {
      out.push({ quote, cue: null, speaker: null, rule: 'quote:direct:unattributed' });
    }
  });
  return out;
}

function cueAfter(doc: Doc, quote: QuotedSpan, paraEnd: number, bySpeaker: Map<number, Cue>, byVerb: Map<number, Cue>,
  bySentence: Map<number, Cue[]>):
  { cue: Cue; rule: string } | null {
  if (quote.close === null) return null;
  const text = doc.text;
  const p = quote.close + 1 + AFTER_CLOSE.exec(text.slice(quote.close + 1, quote.close + 8))![0].length;
  if (p >= paraEnd) return null;
  const subjectFirst = bySpeaker.get(p);
  if (subjectFirst) return { cue: subjectFirst, rule: 'quote:direct:cue-after' };
  const verbFirst = byVerb.get(p);
  if (verbFirst?.speaker) return { cue: verbFirst, rule: 'quote:direct:cue-after' };
  // A title before the name: '..., Omani Foreign Minister Khalid al-Harthi said', '..., the group's spokesman,
  // Bertrand Kasongo, said'.
  const si = sentenceAt(doc, quote.close);
  for (const cue of bySentence.get(si) ?? []) {
    if (!cue.speaker || cue.speaker.via !== 'mention' || cue.inverted || cue.participle || cue.coordinated
      || cue.speaker.start < p || cue.speaker.start - p > 90) continue;
    const between = text.slice(p, cue.speaker.start);
    if (TITLE_BEFORE_NAME.test(between) && !/\b(?:and|but|that|who|which)\b/.test(between)) return { cue, rule: 'quote:direct:cue-after' };
  }
  return null;
}

function cueBefore(doc: Doc, quote: QuotedSpan, si: number, bySentence: Map<number, Cue[]>): { cue: Cue; rule: string } | null {
  const inSentence = bySentence.get(si) ?? [];
  for (let i = inSentence.length - 1; i >= 0; i--) {
    const c = inSentence[i]!;
    if (c.end <= quote.open && c.speaker) return { cue: c, rule: 'quote:direct:cue-before' };
  }
  // 'Peskov said:' closing the paragraph before the quote.
  const para = doc.paragraphs[quote.paragraph]!;
  if (quote.open === para.start && quote.paragraph > 0) {
    const prevPara = doc.paragraphs[quote.paragraph - 1]!;
    if (doc.text[prevPara.end - 1] === ':') {
      const last = (bySentence.get(sentenceAt(doc, prevPara.end - 1)) ?? []).filter((c) => c.speaker).pop();
      if (last) return { cue: last, rule: 'quote:direct:cue-colon' };
    }
  }
  return null;
}

export function toDirectRecord(doc: Doc, d: DirectQuote, date: string | null): Quote {
  const { quote, speaker, cue } = d;
  return {
    start: quote.start,
    end: quote.end,
    text: doc.text.slice(quote.start, quote.end),
    sentence: Math.max(0, sentenceAt(doc, quote.start)),
    kind: 'direct',
    speaker: speaker?.actor ?? null,
    speaker_start: speaker?.start ?? null,
    speaker_end: speaker?.end ?? null,
    cue: cue?.form ?? null,
    date,
    rule: d.rule,
  };
}
