// Finding the agreement trigger of a sentence and reading its status from the words around it.
import type { Span } from '../../model.js';
import type { AgreementLexicon, Status, TriggerFrame } from './lexicon.js';

export interface Trigger {
  /** The whole trigger phrase, auxiliaries included ("are expected to be signed"). */
  start: number;
  end: number;
  /** The verb or noun that fired. */
  coreStart: number;
  coreEnd: number;
  frame: TriggerFrame | 'status-noun';
}

const DETERMINER_BEFORE = /(?:^|\s)(?:a|an)\s+$/i;
const STATUS_NOUN_WINDOW = 40;
const NOT_AN_OBJECT = /^\s+(?:that|out|up)\b/u;

/** The first agreement trigger in the sentence, or null. */
export function findTrigger(text: string, sentence: Span, lex: AgreementLexicon): Trigger | null {
  const nouns: Span[] = [];
  lex.nounRe.lastIndex = sentence.start;
  let m: RegExpExecArray | null;
  while ((m = lex.nounRe.exec(text)) !== null && m.index < sentence.end) nouns.push({ start: m.index, end: m.index + m[0].length });

  let best: Trigger | null = null;
  lex.verbRe.lastIndex = sentence.start;
  while ((m = lex.verbRe.exec(text)) !== null && m.index < sentence.end) {
    const frame = lex.frames.get(m[1]!)!;
    const coreStart = m.index;
    let coreEnd = coreStart + m[0].length;
    // "a sign of peace", "a deal" after an article is a noun, not the verb.
    if (DETERMINER_BEFORE.test(text.slice(Math.max(sentence.start, coreStart - 4), coreStart))) continue;
    // "concluded that ...", "reached out to": the verb reports or moves, it does not conclude an agreement.
    if (frame === 'noun' && (nouns.length === 0 || NOT_AN_OBJECT.test(text.slice(coreEnd, coreEnd + 8)))) continue;
    if (frame === 'upgrade') {
      const level = lex.levelRe.exec(text.slice(coreEnd, sentence.end));
      if (!level) continue;
      coreEnd += level[0].length;
    }
    best = { start: coreStart, end: coreEnd, coreStart, coreEnd, frame };
    break;
  }
  // "rejected the proposed accord", "a proposal for a ceasefire": a status cue right before an agreement noun.
  for (const n of nouns) {
    if (best && n.start >= best.start) break;
    const from = Math.max(sentence.start, n.start - STATUS_NOUN_WINDOW);
    const window = text.slice(from, n.start);
    for (const { status, re } of lex.status) {
      if (status !== 'rejected' && status !== 'proposed') continue;
      const cue = new RegExp(re.source, 'gu');
      let c: RegExpExecArray | null;
      let last: number | null = null;
      while ((c = cue.exec(window)) !== null) last = c.index;
      if (last !== null && !/[,;:.]/.test(window.slice(last))) {
        best = { start: from + last, end: n.end, coreStart: n.start, coreEnd: n.end, frame: 'status-noun' };
        break;
      }
    }
    if (best?.frame === 'status-noun') break;
  }
  if (best && best.frame !== 'status-noun') {
    const aux = lex.auxRe.exec(text.slice(Math.max(sentence.start, best.coreStart - 60), best.coreStart));
    if (aux) best.start = best.coreStart - aux[0].length;
  }
  return best;
}

/** Status from the cues in the trigger's clause up to the trigger's end; concluded when nothing says otherwise. */
export function statusOf(text: string, sentence: Span, trig: Trigger, lex: AgreementLexicon): Status {
  const before = text.slice(sentence.start, trig.start);
  const clause = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf('—'), before.lastIndexOf(':'));
  const window = text.slice(sentence.start + clause + 1, trig.end);
  for (const { status, re } of lex.status) if (re.test(window)) return status;
  return /\bto\s+\S+$/.test(text.slice(trig.start, trig.coreEnd)) ? 'expected' : 'concluded';
}
