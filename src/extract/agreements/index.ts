// Agreements: who agreed what with whom. One record per evidence sentence with a trigger (agreement-triggers.txt)
// and at least one party, as event coders require, so that stray "deal" words make no records.
import { sentenceAt, type Doc } from '../../analyse/document.js';
import type { Agreement } from '../../model.js';
import type { ExtractContext } from '../context.js';
import { dateFor, datesByParagraph } from '../link.js';
import { quoteLexicon } from '../quotes/lexicon.js';
import { MentionIndex } from '../quotes/mentions.js';
import type { PhraseHit } from '../quotes/phrases.js';
import { agreementLexicon } from './lexicon.js';
import { findParties } from './parties.js';
import { subjectOf } from './subject.js';
import { findTrigger, statusOf } from './triggers.js';

export function extractAgreements(doc: Doc, ctx: ExtractContext): Agreement[] {
  const lex = agreementLexicon();
  const qlex = quoteLexicon();
  const mi = MentionIndex.of(ctx);
  const text = doc.text;
  const dates = datesByParagraph(doc, ctx.dates);
  const verbHits: PhraseHit[] = [];
  const nounHits: PhraseHit[] = [];
  for (const h of lex.phrases.all(text)) {
    const slice = text.slice(h.start, h.end);
    const written = h.phrase.includes(' ') ? slice.replace(/\s+/gu, ' ') : slice;
    if (lex.frames.has(written)) verbHits.push({ start: h.start, end: h.end, phrase: written });
    else if (lex.nounSet.has(written.toLowerCase()) && !insideName(h, mi)) nounHits.push(h);
  }
  const verbs = bySentence(doc, verbHits);
  // "the Northern Alliance", "the Paris Agreement Institute": an agreement word inside a name is no agreement.
  const nouns = bySentence(doc, nounHits);
  const out: Agreement[] = [];
  for (const sentence of doc.sentences) {
    if (sentence.caption) continue;
    const sentenceNouns = nouns.get(sentence.index) ?? [];
    const trig = findTrigger(text, sentence, verbs.get(sentence.index) ?? [], sentenceNouns, lex, mi);
    if (!trig || (trig.year && doc.published && trig.year > doc.published.slice(0, 4))) continue;
    const previous = out[out.length - 1];
    // "They also agreed to ...": the sides of the agreement just reported.
    const parties = previous && previous.sentence >= sentence.index - 2 && THEY.test(text.slice(sentence.start, trig.start))
      ? { ids: previous.parties, rule: 'they' }
      : findParties(doc, sentence, trig, mi, qlex, lex, sentenceNouns);
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

const THEY = /(?:^|\s)(?:[Tt]hey|[Bb]oth(?:\s+sides)?|[Tt]he\s+two)\s+(?:(?:also|then|later|further|have|had)\s+)?$/u;

function insideName(n: PhraseHit, mi: MentionIndex): boolean {
  for (let k = mi.firstFrom(n.end) - 1; k >= 0; k--) {
    const m = mi.sorted[k]!;
    if (m.start < n.start - 120) return false;
    if (m.start <= n.start && m.end >= n.end) return true;
  }
  return false;
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
