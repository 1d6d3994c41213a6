// Agreements: who agreed what with whom. One record per evidence sentence with a trigger (agreement-triggers.txt)
// and at least one party, as event coders require, so that stray "deal" words make no records.
import { sentenceAt, type Doc } from '../../analyse/document.js';
import type { Agreement } from '../../model.js';
import type { ExtractContext } from '../context.js';
import { dateFor, datesByParagraph } from '../link.js';
import { quoteLexicon } from '../quotes/lexicon.js';
import { MentionIndex } from '../quotes/mentions.js';
import type { PhraseHit } from '../quotes/phrases.js';
import { agreementLexicon, type AgreementLexicon } from './lexicon.js';
import { findParties } from './parties.js';
import { subjectOf } from './subject.js';
import { findTrigger, insideName, statusOf } from './triggers.js';

export function extractAgreements(doc: Doc, ctx: ExtractContext): Agreement[] {
  const lex = agreementLexicon();
  const qlex = quoteLexicon();
  const mi = MentionIndex.of(ctx);
  const text = doc.text;
  const dates = datesByParagraph(doc, ctx.dates);
  const verbHits: PhraseHit[] = [];
  const nounHits: PhraseHit[] = [];
  const offerHits: PhraseHit[] = [];
  for (const h of lex.phrases.all(text)) {
    const slice = text.slice(h.start, h.end);
    const written = h.phrase.includes(' ') ? slice.replace(/\s+/gu, ' ') : slice;
    if (lex.frames.has(written)) {
      verbHits.push({ start: h.start, end: h.end, phrase: written });
      continue;
    }
    const lower = written.toLowerCase();
    // "the Northern Alliance", "the Paris Agreement Institute": an agreement word inside a name is no agreement.
    if (lex.nounSet.has(lower)) {
      if (!insideName(h, mi)) nounHits.push(h);
    // Offers and talks are common words: whether one lies inside a name is asked only of a refused one (triggers.ts).
    } else if (lex.weakNouns.has(lower)) offerHits.push({ start: h.start, end: h.end, phrase: lower });
  }
  const verbs = bySentence(doc, verbHits);
  const nouns = bySentence(doc, nounHits);
  const offers = bySentence(doc, offerHits);
  const out: Agreement[] = [];
  for (const sentence of doc.sentences) {
    if (sentence.caption) continue;
    const sentenceVerbs = verbs.get(sentence.index);
    const sentenceOffers = offers.get(sentence.index);
    let sentenceNouns = nouns.get(sentence.index);
    // Most sentences hold no agreement word at all, and so no trigger.
    if (!sentenceVerbs && !sentenceOffers && !sentenceNouns) continue;
    sentenceNouns ??= [];
    const trig = findTrigger(text, sentence, sentenceVerbs ?? [], sentenceNouns, lex, mi, sentenceOffers ?? []);
    if (!trig || (trig.year && doc.published && trig.year > doc.published.slice(0, 4))) continue;
    // "They also agreed to ...", "The two sides signed ...": the sides of the agreement just reported.
    const back = out.length ? backReference(text.slice(Math.max(sentence.start, trig.start - 60), trig.start), out, sentence.index, lex) : null;
    const parties = findParties(doc, sentence, trig, mi, qlex, lex, sentenceNouns, back ?? []);
    if (parties.ids.length === 0) continue;
    out.push({
      start: sentence.start,
      end: sentence.end,
      text: text.slice(sentence.start, sentence.end),
      sentence: sentence.index,
      trigger: text.slice(trig.start, trig.end),
      parties: parties.ids,
      subject: subjectOf(text, sentence, trig, sentenceNouns),
      status: statusOf(text, sentence, trig, lex),
      date: trig.year ?? dateFor(doc, dates.get(sentence.paragraph) ?? [], sentence)?.value ?? null,
      rule: `agreement:${trig.frame}/${parties.rule}`,
    });
  }
  return out;
}

// How many sentences back a subject may refer: "they" only to the sentences just before, "the two countries" further.
const PRONOUN_REACH = 2;
const NOUN_REACH = 4;
const COUNTS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5 };

/** The parties of an earlier agreement that a subject such as "they" or "the two companies" refers back to. */
function backReference(before: string, earlier: Agreement[], sentence: number, lex: AgreementLexicon): string[] | null {
  const m = lex.backRefRe.exec(before);
  if (!m) return null;
  const pronoun = /^\s*[Tt]hey\s/u.test(m[0]);
  const count = COUNTS[/\b(two|three|four|five)\b/u.exec(m[0])?.[1] ?? ''] ?? (/\b[Bb]oth\b/u.test(m[0]) ? 2 : 0);
  for (let i = earlier.length - 1; i >= 0; i--) {
    const a = earlier[i]!;
    if (a.sentence < sentence - (pronoun ? PRONOUN_REACH : NOUN_REACH)) break;
    if ((pronoun || a.parties.length >= 2) && (count === 0 || a.parties.length === count)) return a.parties;
    if (pronoun) break;
  }
  return null;
}

function bySentence(doc: Doc, hits: PhraseHit[]): Map<number, PhraseHit[]> {
  const out = new Map<number, PhraseHit[]>();
  for (const h of hits) {
    const i = sentenceAt(doc, h.start);
    if (i < 0 || h.end > doc.sentences[i]!.end) continue;
    const list = out.get(i) ?? [];
    list.push(h);
    out.set(i, list);
  }
  return out;
}
